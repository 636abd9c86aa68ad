import type { Locale } from '../../domain/wording';
import { CommandReader } from '../../screening/commands';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * A language's texts shaped as `T`, the English set: the same keys, the same parameters, any words. A key the
 * language lacks, or a parameter it does not take, fails to compile.
 */
export type MessagesOf<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
  : T extends (...args: infer A) => infer R
    ? (...args: A) => MessagesOf<R>
    : T extends readonly (infer E)[]
      ? readonly MessagesOf<E>[]
      : { readonly [K in keyof T]: MessagesOf<T[K]> };

/** Every sentence the assistant says, and the commands it reads, in one language. */
export type Texts = MessagesOf<typeof en>;

/** The languages the assistant speaks: a language added to `Locale` without its texts fails to compile here. */
export const TEXTS: Record<Locale, Texts> = { en, 'zh-CN': zhCN };

/** The commands of every language, read in any: "plt 45" and "help" work in a Chinese conversation, "帮助" in English. */
export const commandReader = (): CommandReader => new CommandReader(new Map(Object.entries(TEXTS).map(([locale, t]) => [locale as Locale, t.commands])));
