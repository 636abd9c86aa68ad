import type { Catalog } from '../catalog/loadCatalog';
import type { FactDefinition } from '../domain/factDefinition';
import { followUpQuestion } from '../parsing/followUp';
import { byVerdict, factLabel, trialName, verdictLabels } from '../report/wording';
import type { Question, Reply } from '../screening/replies';
import type { AdaptiveCard } from './cards/adaptiveCard';
import { followUpCard } from './cards/followUpCard';
import { questionCard } from './cards/questionCard';
import { resultCard } from './cards/resultCard';
import { preformatted, toMarkdown } from './markdown';
import { personalOnlyText } from './texts/channelTexts';
import {
  closedQuestionFinishedText,
  finishedText,
  helpText,
  noOpenQuestionText,
  nothingToUndoText,
  pausedText,
  restartText,
  resultsReasonTexts,
  stateResetText,
  summaryText,
  undoneText,
  unknownStudyText,
  welcomeText,
  whyText,
} from './texts/conversationTexts';
import { duplicateText, notedText, notedUnknownText, pendingText, questionPlainText, staleButtonText, tooManyTriesText } from './texts/promptTexts';
import { moreCardsText, noMoreCardsText, referralText, resultsText, ruledOutLines } from './texts/resultTexts';

/** One message as a channel sends it. */
export interface OutgoingMessage {
  /** Markdown: one item per line in Teams, Web Chat and the Emulator. */
  text?: string;
  card?: AdaptiveCard;
  /** The whole message in plain text, for notifications and clients that show no cards. */
  summary: string;
}

type Renderer<K extends Reply['kind']> = (reply: Extract<Reply, { kind: K }>, catalog: Catalog) => OutgoingMessage[];

const said = (plain: string): OutgoingMessage[] => [{ text: toMarkdown(plain), summary: plain }];

const renderers: { [K in Reply['kind']]: Renderer<K> } = {
  welcome: (_reply, catalog) => said(welcomeText(catalog.trials)),
  'state-reset': ({ reason }) => said(stateResetText(reason)),
  question: ({ question }, catalog) => [questionMessage(question, catalog)],
  noted: ({ noted, ruledOut }, catalog) => {
    const label = factLabel(catalog, noted.fact);
    const line = noted.as === 'value' ? notedText(noted.summary) : noted.as === 'unknown' ? notedUnknownText(label) : tooManyTriesText(label);
    return said([line, ...ruledOutLines(ruledOut)].join('\n'));
  },
  results: ({ reason, results }, catalog) => {
    const text = resultsText(results, catalog);
    return said(reason === 'asked' ? text : `${resultsReasonTexts[reason]}\n${text}`);
  },
  'result-cards': ({ results, from, to }, catalog) => {
    const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
    const cards = open.slice(from, to).map((result) => ({ card: resultCard(result, catalog), summary: `${trialName(result)}: ${verdictLabels[result.verdict]}` }));
    const left = open.length - to;
    // Nothing left to show after "more" (but nothing said when there was nothing to show at all).
    const after = left > 0 ? said(moreCardsText(left)) : from > 0 && from === to ? said(noMoreCardsText) : [];
    return [...cards, ...after];
  },
  paused: () => said(pausedText),
  help: () => said(helpText),
  summary: ({ answers, answered }, catalog) => said(summaryText(answers, answered, catalog)),
  why: ({ fact, candidate }, catalog) => said(whyText(fact, candidate, catalog.trials, catalog)),
  'no-open-question': () => said(noOpenQuestionText),
  referral: ({ result, answers, answered, day }, catalog) => {
    if (!result) return said(unknownStudyText);
    const plain = referralText(result, answers, answered, catalog, day);
    return [{ text: preformatted(plain), summary: plain }];
  },
  undone: ({ fact }, catalog) => said(undoneText(factLabel(catalog, fact))),
  'nothing-to-undo': () => said(nothingToUndoText),
  restarted: () => said(restartText),
  'stale-button': ({ staleFact, open }, catalog) =>
    said(open ? staleButtonText(staleFact === undefined || !catalog.facts.has(staleFact) ? undefined : factLabel(catalog, staleFact)) : closedQuestionFinishedText),
  finished: () => said(finishedText),
  duplicate: () => said(duplicateText),
};

/** Group chats and channels are refused before any screening: the message that says so. */
export function personalOnlyMessage(): OutgoingMessage {
  return said(personalOnlyText)[0]!;
}

/**
 * The messages for a turn's replies. A question's card joins the text message before it (what was noted and
 * ruled out, the help, why a button was not applied): one message per answer, the question asked once, on its card.
 */
export function renderReplies(replies: readonly Reply[], catalog: Catalog): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  for (const reply of replies) {
    const rendered = (renderers[reply.kind] as Renderer<typeof reply.kind>)(reply, catalog);
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

function questionMessage(question: Question, catalog: Catalog): OutgoingMessage {
  const fact = definition(catalog, question.fact);
  if (question.followUp) {
    const { pending, summary, followUp } = question.followUp;
    const card = followUpCard(question.seq, fact, pending, followUp, catalog);
    const said = question.problem ?? pendingText(summary);
    const asked = followUpQuestion(followUp, pending, fact, catalog);
    return { text: toMarkdown(said), card, summary: `${said}\n${asked.question}\n${asked.hint}` };
  }
  const plain = questionPlainText(fact, question.trialCount);
  // Why the last answer was not taken is said above the card; the question itself is on the card only.
  if (question.problem) return { text: toMarkdown(question.problem), card: questionCard(question, fact, catalog), summary: `${question.problem}\n${plain}` };
  return { card: questionCard(question, fact, catalog), summary: plain };
}

function definition(catalog: Catalog, id: string): FactDefinition {
  const fact = catalog.facts.get(id);
  if (!fact) throw new Error(`no fact "${id}" in the catalog`);
  return fact;
}
