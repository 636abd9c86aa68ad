import type { Locale } from '../domain/wording';
import type { ScreeningState } from './state';

/** The clinician named a language: every reply is said in it from now on, whatever locale the channel sends. */
export function chooseLanguage(state: ScreeningState, locale: Locale): void {
  state.locale = locale;
  state.localeChosen = true;
}
