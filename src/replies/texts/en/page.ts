/** The Web Chat page's own words (web/index.html, web/app.js), in English. */
export const page = {
  /** The page's language, as <html lang> says it. */
  lang: 'en',
  title: 'Clinical trial screening assistant',
  purpose:
    'Screens one de-identified patient against the eligibility criteria of the clinical trials in our catalog. It asks only the questions that can still change a result, then lists the studies the patient may fit, why, what is still unknown, and whom to contact. The study team confirms eligibility at screening.',
  privacy: 'Never enter names, record numbers, dates of birth or other identifiers.',
  privacyMore: 'Age, sex, diagnosis, lab values and medicines are all it needs.',
  keysSummary: 'Using the keyboard',
  keys: 'Type answers in the box at the bottom and press Enter. To use a card’s buttons, move to the conversation (Shift+Tab from the box), pick the message with the arrow keys, press Enter to enter it, then Tab between its buttons and press Enter; Escape leaves the message.',
  chatLabel: 'Conversation with the screening assistant',
  connecting: 'Connecting to the assistant…',
  /** Another language of the page, linked from it. */
  otherLanguage: '中文',
  placeholder: 'Type the answer, e.g. "Hb 9.2 g/dL" or "unknown"',
  noComponent: 'The chat component did not load. Please reload the page.',
  unavailable: 'The assistant is not available right now. Please try again in a few minutes.',
  sessionInvalid: 'This session is no longer valid: the assistant may have restarted, and the answers given here are gone. Reload the page to start again.',
  ended: 'This conversation has ended. Reload the page to screen another patient.',
  failed: 'The connection to the assistant failed. Please reload the page.',
};
