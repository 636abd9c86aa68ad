import type { Catalog } from '../catalog/loadCatalog';
import type { FactDefinition } from '../domain/factDefinition';
import type { Answers } from '../domain/factValue';
import type { Locale } from '../domain/wording';
import { byVerdict } from '../report/results';
import { cardKindOf, cardTopics } from '../screening/questionGroups';
import type { Noted, Question, Reply } from '../screening/replies';
import type { AskedItem } from '../screening/state';
import { detailCard, detailField, detailPlainText } from './cards/detailCard';
import type { AdaptiveCard } from './cards/adaptiveCard';
import { followUpCard } from './cards/followUpCard';
import { factField, groupCard } from './cards/groupCard';
import { questionCard } from './cards/questionCard';
import { readingCard } from './cards/readingCard';
import { resultCard } from './cards/resultCard';
import { toMarkdown } from './markdown';
import { TEXTS } from './texts/texts';
import { voiceOf, type Voice } from './voice';

/** One message as a channel sends it. */
export interface OutgoingMessage {
  /** Markdown: one item per line in Teams, Web Chat and the Emulator. */
  text?: string;
  card?: AdaptiveCard;
  /** The whole message in plain text: what stands in for the card where cards are not shown. */
  summary: string;
}

type Renderer<K extends Reply['kind']> = (reply: Extract<Reply, { kind: K }>, voice: Voice) => OutgoingMessage[];

const said = (plain: string): OutgoingMessage[] => [{ text: toMarkdown(plain), summary: plain }];

/** What is not said: events for the channel glue (metrics, the pre-screening log). */
const silent = (): OutgoingMessage[] => [];

const renderers: { [K in Reply['kind']]: Renderer<K> } = {
  started: silent,
  screened: silent,
  welcome: (_reply, { t, w, catalog }) => said(t.conversation.welcomeText(w, catalog.trials)),
  'state-reset': ({ reason }, { t }) => said(t.conversation.stateResetText(reason)),
  question: ({ question }, voice) => [questionMessage(question, voice)],
  'nothing-filled': (_reply, { t }) => said(t.prompts.nothingFilledText),
  noted: ({ noted, ruledOut, brief }, { t, w }) => {
    // A summary's facts are on its card already: one line for them and the studies they ruled out (the results say why).
    if (brief) return said(t.reading.recordedText(noted.filter((n) => n.as !== 'detail-not-given').length, ruledOut.map((r) => t.trials.shortName(w, r))));
    const line = (n: Noted): string => {
      switch (n.as) {
        case 'value':
          return t.prompts.notedText(t.readings.reading(w, w.facts.get(n.fact) ?? factNamed(n.fact), n.value, n.reading));
        case 'detail-not-given':
          return t.prompts.notGivenText(t.trials.detailLabel(w, n.detail));
        case 'unknown':
          return t.prompts.notedUnknownText(factLabel(w, n.fact));
        case 'unreadable':
          return t.prompts.tooManyTriesText(factLabel(w, n.fact));
      }
    };
    return said([...noted.map(line), ...t.results.ruledOutLines(w, ruledOut)].join('\n'));
  },
  results: ({ reason, results }, { t, w }) => {
    const text = t.results.resultsText(w, results);
    return said(reason === 'asked' ? text : `${t.conversation.resultsReasonTexts[reason]}\n${text}`);
  },
  'result-cards': ({ results, from, to, declined }, voice) => {
    const { t, w } = voice;
    const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
    const cards = open.slice(from, to).map((result) => ({ card: resultCard(result, declined, voice), summary: t.results.resultSummaryText(w, result, declined) }));
    const left = open.length - to;
    // Nothing left to show after "more" (but nothing said when there was nothing to show at all).
    const after = left > 0 ? said(t.results.moreCardsText(left)) : from > 0 && from === to ? said(t.results.noMoreCardsText) : [];
    return [...cards, ...after];
  },
  paused: (_reply, { t }) => said(t.conversation.pausedText),
  help: (_reply, { t }) => said(t.conversation.helpText),
  summary: ({ answers, answered }, { t, w }) => said(t.conversation.summaryText(w, answers, answered)),
  why: ({ item, candidate }, voice) => said(voice.t.conversation.whyText(voice.w, itemLabel(item, voice), candidate, voice.catalog.trials)),
  'no-open-question': (_reply, { t }) => said(t.conversation.noOpenQuestionText),
  referral: ({ result, answers, answered, declined, day }, { t, w }) => {
    if (!result) return said(t.conversation.unknownStudyText);
    // Plain lines, as every message: a preformatted block was cut off in Web Chat, widened Teams' pane, and showed
    // as "``` Referral sum…" in Teams' chat list.
    return said(t.results.referralText(w, result, answers, answered, declined, day));
  },
  undone: ({ items }, voice) => said(voice.t.conversation.undoneText(items.map((item) => itemLabel(item, voice)))),
  'nothing-to-undo': (_reply, { t }) => said(t.conversation.nothingToUndoText),
  restarted: (_reply, { t }) => said(t.conversation.restartText),
  'stale-button': ({ staleFact, open }, { t, w }) =>
    said(open ? t.prompts.staleButtonText(staleFact === undefined || !w.facts.has(staleFact) ? undefined : factLabel(w, staleFact)) : t.conversation.closedQuestionFinishedText),
  finished: (_reply, { t }) => said(t.conversation.finishedText),
  duplicate: (_reply, { t }) => said(t.prompts.duplicateText),
  'language-chosen': (_reply, { t }) => said(t.conversation.languageChosenText),
  reading: ({ reading, ignored, readUpTo }, voice) => {
    const { t, w } = voice;
    // What the card cannot say: identifiers ignored, and a paste too long to be read whole.
    const shown = [t.reading.ignoredText(ignored), readUpTo === undefined ? '' : t.reading.readUpToText(readUpTo)].filter(Boolean).join('\n');
    const intro = [t.reading.readingIntroText(reading.facts.length), shown].filter(Boolean).join('\n');
    // The questions below the facts complete them: a detail is asked of the answer as read.
    const read = Object.fromEntries(reading.facts.map((r) => [r.fact, r.value])) as Answers;
    const fields = reading.asks.map((item) => (item.detail ? detailField(item, read, voice) : factField(definition(w.facts, item.fact), voice)));
    const lines = reading.facts.map((r) => t.reading.readFactLine(t.readings.reading(w, definition(w.facts, r.fact), r.value, r.reading), r.source, r.guesses));
    const unclear = reading.unclear.map((u) => t.unclear(w, u));
    const plain = [
      intro,
      ...lines.map((line) => `• ${line}`),
      ...(unclear.length > 0 ? [t.reading.readingLabels.willAsk, ...unclear.map((u) => `• ${u}`)] : []),
      ...(fields.length > 0 ? [t.reading.readingLabels.stillOpen, ...fields.map((f) => `• ${String(f.label)}`)] : []),
      t.reading.confirmTypedText,
    ].join('\n');
    const card = readingCard(reading, { lines, unclear, labels: new Map(reading.facts.map((r) => [r.fact, factLabel(w, r.fact)])) }, fields, voice);
    return [{ ...(shown ? { text: toMarkdown(shown) } : {}), card, summary: plain }];
  },
  'nothing-read': ({ ignored }, { t }) => said([t.reading.nothingReadText, t.reading.ignoredText(ignored)].filter(Boolean).join('\n')),
  'reading-discarded': (_reply, { t }) => said(t.reading.readingDiscardedText),
  'reading-waits': (_reply, { t }) => said(t.reading.readingWaitsText),
};

const factLabel = (w: Voice['w'], id: string) => w.facts.get(id)?.label ?? id;

/** A fact the catalog no longer has (a reading stored before it changed), named by its id. */
const factNamed = (id: string): FactDefinition => ({ id, type: 'boolean', label: id, question: id, hint: '', names: [], implied: [] });

/** An item of a question named for a list: the fact's label, or the detail's. */
function itemLabel(item: AskedItem, { t, w }: Voice): string {
  return item.detail ? t.trials.detailLabel(w, { fact: item.fact, detail: item.detail }) : factLabel(w, item.fact);
}

/** Group chats and channels are refused before any screening: the message that says so, in the channel's language. */
export function personalOnlyMessage(locale: Locale): OutgoingMessage {
  return said(TEXTS[locale].conversation.personalOnlyText)[0]!;
}

/** What a failed turn says: nothing is lost. */
export function turnErrorText(locale: Locale): string {
  return TEXTS[locale].conversation.turnErrorText;
}

/**
 * The messages for a turn's replies, in `locale`. A question's card joins the text message before it (what was
 * noted and ruled out, the help, why a button was not applied): one message per answer, the question asked once,
 * on its card.
 */
export function renderReplies(replies: readonly Reply[], catalog: Catalog, locale: Locale): OutgoingMessage[] {
  const voice = voiceOf(catalog, locale);
  const messages: OutgoingMessage[] = [];
  for (const reply of replies) {
    const rendered = (renderers[reply.kind] as Renderer<typeof reply.kind>)(reply, voice);
    for (const message of rendered) {
      const previous = messages.at(-1);
      if (reply.kind === 'question' && previous && !previous.card) {
        previous.card = message.card;
        previous.summary = `${previous.summary}\n${message.summary}`;
      } else {
        messages.push(message);
      }
    }
  }
  return messages;
}

function questionMessage(question: Question, voice: Voice): OutgoingMessage {
  const { t, w } = voice;
  const { items } = question;
  const problems = question.problems?.map((p) => ({ label: itemLabel(p.item, voice), message: t.problem(w, p.problem) }));
  const problemText = problems && (items.length === 1 ? problems[0]!.message : problems.map((p) => t.prompts.groupProblemText(p.label, p.message)).join('\n'));
  if (items.some((item) => item.detail)) {
    const recorded = question.recorded ?? {};
    const [card, plain] = [detailCard(question.seq, items, recorded, voice), detailPlainText(items, recorded, voice)];
    return problemText ? { text: toMarkdown(problemText), card, summary: `${problemText}\n${plain}` } : { card, summary: plain };
  }
  const facts = items.map((item) => definition(w.facts, item.fact));
  const [fact] = facts;
  if (question.followUps) {
    const asked = question.followUps.map((f) => ({ ...f, fact: definition(w.facts, f.fact) }));
    const pending = asked.length === 1 ? t.prompts.pendingText(t.readings.reading(w, asked[0]!.fact, asked[0]!.pending, asked[0]!.reading)) : undefined;
    const text = problemText ?? pending;
    const plain = asked.map((a) => {
      const q = t.followUps.followUpQuestion(w, a.followUp, a.pending, a.fact);
      return `${q.question}\n${q.hint}`;
    });
    return { ...(text ? { text: toMarkdown(text) } : {}), card: followUpCard(question.seq, asked, voice), summary: [text, ...plain].filter(Boolean).join('\n') };
  }
  const topics = cardTopics(facts, voice.catalog);
  const [card, plain] =
    facts.length === 1
      ? [questionCard(question, fact!, voice), t.prompts.questionPlainText(fact!, question.trialCount)]
      : [groupCard(question.seq, cardKindOf(facts, voice.catalog), topics, facts, question.trialCount, voice), t.prompts.groupPlainText(topics, facts, question.trialCount)];
  // Why the last answer was not taken is said above the card; the question itself is on the card only.
  if (!problemText) return { card, summary: plain };
  return { text: toMarkdown(problemText), card, summary: `${problemText}\n${plain}` };
}

function definition(facts: ReadonlyMap<string, FactDefinition>, id: string): FactDefinition {
  const fact = facts.get(id);
  if (!fact) throw new Error(`no fact "${id}" in the catalog`);
  return fact;
}
