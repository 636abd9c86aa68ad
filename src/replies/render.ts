import type { Catalog } from '../catalog/loadCatalog';
import type { FactDefinition } from '../domain/factDefinition';
import type { Answers } from '../domain/factValue';
import { followUpQuestion } from './texts/followUpTexts';
import { byVerdict, factLabel, shortName } from '../report/wording';
import { cardKindOf, cardTopics } from '../screening/questionGroups';
import type { Noted, Question, Reply } from '../screening/replies';
import type { AskedItem } from '../screening/state';
import { detailLabel } from '../report/detailWording';
import { detailCard, detailField, detailPlainText } from './cards/detailCard';
import type { AdaptiveCard } from './cards/adaptiveCard';
import { followUpCard } from './cards/followUpCard';
import { factField, groupCard } from './cards/groupCard';
import { questionCard } from './cards/questionCard';
import { readingCard } from './cards/readingCard';
import { resultCard } from './cards/resultCard';
import { toMarkdown } from './markdown';
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
import { duplicateText, notGivenText, nothingFilledText, groupPlainText, groupProblemsText, notedText, notedUnknownText, pendingText, questionPlainText, staleButtonText, tooManyTriesText } from './texts/promptTexts';
import { confirmTypedText, ignoredText, nothingReadText, readFactLine, readingDiscardedText, readingIntroText, readingLabels, readingWaitsText, readUpToText, recordedText } from './texts/readingTexts';
import { moreCardsText, noMoreCardsText, referralText, resultsText, resultSummaryText, ruledOutLines } from './texts/resultTexts';

/** One message as a channel sends it. */
export interface OutgoingMessage {
  /** Markdown: one item per line in Teams, Web Chat and the Emulator. */
  text?: string;
  card?: AdaptiveCard;
  /** The whole message in plain text: what stands in for the card where cards are not shown. */
  summary: string;
}

type Renderer<K extends Reply['kind']> = (reply: Extract<Reply, { kind: K }>, catalog: Catalog) => OutgoingMessage[];

const said = (plain: string): OutgoingMessage[] => [{ text: toMarkdown(plain), summary: plain }];

/** What is not said: events for the channel glue (metrics, the pre-screening log). */
const silent = (): OutgoingMessage[] => [];

const renderers: { [K in Reply['kind']]: Renderer<K> } = {
  started: silent,
  screened: silent,
  welcome: (_reply, catalog) => said(welcomeText(catalog.trials)),
  'state-reset': ({ reason }) => said(stateResetText(reason)),
  question: ({ question }, catalog) => [questionMessage(question, catalog)],
  'nothing-filled': () => said(nothingFilledText),
  noted: ({ noted, ruledOut, brief }, catalog) => {
    // A summary's facts are on its card already: one line for them and the studies they ruled out (the results say why).
    if (brief) return said(recordedText(noted.filter((n) => n.as !== 'detail-not-given').length, ruledOut.map(shortName)));
    const line = (n: Noted) => (n.as === 'value' ? notedText(n.summary) : n.as === 'detail-not-given' ? notGivenText(detailLabel(n.detail, catalog)) : notedLines[n.as](factLabel(catalog, n.fact)));
    return said([...noted.map(line), ...ruledOutLines(ruledOut)].join('\n'));
  },
  results: ({ reason, results }) => {
    const text = resultsText(results);
    return said(reason === 'asked' ? text : `${resultsReasonTexts[reason]}\n${text}`);
  },
  'result-cards': ({ results, from, to, declined }, catalog) => {
    const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
    const cards = open.slice(from, to).map((result) => ({ card: resultCard(result, declined, catalog), summary: resultSummaryText(result, declined, catalog) }));
    const left = open.length - to;
    // Nothing left to show after "more" (but nothing said when there was nothing to show at all).
    const after = left > 0 ? said(moreCardsText(left)) : from > 0 && from === to ? said(noMoreCardsText) : [];
    return [...cards, ...after];
  },
  paused: () => said(pausedText),
  help: () => said(helpText),
  summary: ({ answers, answered }, catalog) => said(summaryText(answers, answered, catalog)),
  why: ({ item, candidate }, catalog) => said(whyText(itemLabel(item, catalog), candidate, catalog.trials)),
  'no-open-question': () => said(noOpenQuestionText),
  referral: ({ result, answers, answered, declined, day }, catalog) => {
    if (!result) return said(unknownStudyText);
    // Plain lines, as every message: a preformatted block was cut off in Web Chat, widened Teams' pane, and showed
    // as "``` Referral sum…" in Teams' chat list.
    return said(referralText(result, answers, answered, declined, catalog, day));
  },
  undone: ({ items }, catalog) => said(undoneText(items.map((item) => itemLabel(item, catalog)))),
  'nothing-to-undo': () => said(nothingToUndoText),
  restarted: () => said(restartText),
  'stale-button': ({ staleFact, open }, catalog) =>
    said(open ? staleButtonText(staleFact === undefined || !catalog.facts.has(staleFact) ? undefined : factLabel(catalog, staleFact)) : closedQuestionFinishedText),
  finished: () => said(finishedText),
  duplicate: () => said(duplicateText),
  reading: ({ reading, ignored, readUpTo }, catalog) => {
    // What the card cannot say: identifiers ignored, and a paste too long to be read whole.
    const shown = [ignoredText(ignored), readUpTo === undefined ? '' : readUpToText(readUpTo)].filter(Boolean).join('\n');
    const intro = [readingIntroText(reading.facts.length), shown].filter(Boolean).join('\n');
    // The questions below the facts complete them: a detail is asked of the answer as read.
    const read = Object.fromEntries(reading.facts.map((r) => [r.fact, r.value])) as Answers;
    const fields = reading.asks.map((item) => (item.detail ? detailField(item, read, catalog) : factField(definition(catalog, item.fact), catalog)));
    const plain = [
      intro,
      ...reading.facts.map((r) => `• ${readFactLine(r.summary, r.source, r.guesses)}`),
      ...(reading.unclear.length > 0 ? [readingLabels.willAsk, ...reading.unclear.map((u) => `• ${u.message}`)] : []),
      ...(fields.length > 0 ? [readingLabels.stillOpen, ...fields.map((f) => `• ${String(f.label)}`)] : []),
      confirmTypedText,
    ].join('\n');
    const labels = new Map(reading.facts.map((r) => [r.fact, factLabel(catalog, r.fact)]));
    return [{ ...(shown ? { text: toMarkdown(shown) } : {}), card: readingCard(reading, labels, fields), summary: plain }];
  },
  'nothing-read': ({ ignored }) => said([nothingReadText, ignoredText(ignored)].filter(Boolean).join('\n')),
  'reading-discarded': () => said(readingDiscardedText),
  'reading-waits': () => said(readingWaitsText),
};

/** How an answer recorded without a reading of its own is said, by the fact's label. */
const notedLines: Record<Exclude<Noted['as'], 'value' | 'detail-not-given'>, (label: string) => string> = {
  unknown: notedUnknownText,
  unreadable: tooManyTriesText,
};

/** An item of a question named for a list: the fact's label, or the detail's. */
function itemLabel(item: AskedItem, catalog: Catalog): string {
  return item.detail ? detailLabel({ fact: item.fact, detail: item.detail }, catalog) : factLabel(catalog, item.fact);
}

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
  const { items } = question;
  const problems = question.problems?.map((p) => ({ label: itemLabel(p.item, catalog), message: p.message }));
  const problemText = problems && (items.length === 1 ? problems[0]!.message : groupProblemsText(problems));
  if (items.some((item) => item.detail)) {
    const recorded = question.recorded ?? {};
    const [card, plain] = [detailCard(question.seq, items, recorded, catalog), detailPlainText(items, recorded, catalog)];
    return problemText ? { text: toMarkdown(problemText), card, summary: `${problemText}\n${plain}` } : { card, summary: plain };
  }
  const facts = items.map((item) => definition(catalog, item.fact));
  const [fact] = facts;
  if (question.followUps) {
    const asked = question.followUps.map((w) => ({ ...w, fact: definition(catalog, w.fact) }));
    const said = problemText ?? (asked.length === 1 ? pendingText(asked[0]!.summary) : undefined);
    const plain = asked.map((a) => {
      const q = followUpQuestion(a.followUp, a.pending, a.fact, catalog);
      return `${q.question}\n${q.hint}`;
    });
    return { ...(said ? { text: toMarkdown(said) } : {}), card: followUpCard(question.seq, asked, catalog), summary: [said, ...plain].filter(Boolean).join('\n') };
  }
  const topics = cardTopics(facts, catalog);
  const [card, plain] =
    facts.length === 1
      ? [questionCard(question, fact!, catalog), questionPlainText(fact!, question.trialCount)]
      : [groupCard(question.seq, cardKindOf(facts, catalog), topics, facts, question.trialCount, catalog), groupPlainText(topics, facts, question.trialCount)];
  // Why the last answer was not taken is said above the card; the question itself is on the card only.
  if (!problemText) return { card, summary: plain };
  return { text: toMarkdown(problemText), card, summary: `${problemText}\n${plain}` };
}

function definition(catalog: Catalog, id: string): FactDefinition {
  const fact = catalog.facts.get(id);
  if (!fact) throw new Error(`no fact "${id}" in the catalog`);
  return fact;
}
