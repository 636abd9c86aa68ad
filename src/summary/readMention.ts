import { namesSomethingElse } from '../parsing/drugMention';
import type { ParseContext } from '../parsing/outcome';
import { totalOutcome } from '../parsing/number';
import { causedForm } from '../parsing/secondaryForm';
import { readTotalLess } from '../parsing/totalLess';
import { findingOf, type Finding } from './findings';
import { statementSpan, type Sentence } from './mentions';
import type { Span } from './span';
import { polarityOf, states } from './polarity';
import { readNumber } from './readNumber';
import { readTestResult } from './readTestResult';
import { readDate } from './readDate';
import { readBoolean, readChoice, readSet } from './readStated';
import type { SummaryLexicon } from './summaryLexicon';

/** Where a choice fact was named by one of its options: the facts dated by its words (`wordsOf`) read from there. */
export interface OptionPlace {
  finding: Extract<Finding, { kind: 'option' }>;
  sentence: Sentence;
  i: number;
}

/** What one mention says, for each fact it names. */
export function readMention(sentence: Sentence, i: number, lexicon: SummaryLexicon, context: ParseContext, places: OptionPlace[]): Finding[] {
  const mention = sentence.mentions[i]!;
  const polarity = polarityOf(sentence, i, lexicon.vocabulary.assertion);
  const name = { index: mention.index, end: mention.end };
  const findings: (Finding | undefined)[] = mention.entries.flatMap((entry): (Finding | undefined)[] => {
    switch (entry.kind) {
      case 'drug':
        // "previous MMF": the medicine's own words say it was stopped, as for any medicine named.
        return entry.facts.map((fact) => ({ kind: 'medicine', fact, drug: entry.drug, name, segment: mention.segment, before: sentence.span, polarity: polarity === 'historical' ? 'present' : polarity }));
      case 'test':
        return [readTestResult(sentence, i, entry.test, entry.fact, context)];
      case 'suggests':
        // "PET: mild FDG uptake": likely, never settled; someone else's is nothing of the patient's.
        return polarity === 'someone-else' || polarity === 'not-about-it' ? [] : [{ kind: 'unclear', fact: entry.fact, source: statementSpan(sentence, i), reason: { code: 'doubt' } }];
      case 'none':
        // "post-menopausal": the whole set denied, as "none of these" would.
        return states(polarity, entry.fact) ? [{ kind: 'options', fact: entry.fact, present: [], absent: [], whole: true, source: name }] : [];
      case 'total': {
        // "SLEDAI-2K 10 (of which 4 for anti-dsDNA and low complement)"; not where the fact is named itself ("(clinical SLEDAI 8)").
        if (polarity === 'someone-else' || sentence.mentions.some((m) => m.entries.some((e) => e.kind === 'name' && e.fact === entry.fact))) return [];
        const words = sentence.text.slice(mention.index, sentence.span.end);
        // "SLEDAI-2K on admission 22": an earlier score says nothing of now.
        if (/^[^\d]*\b(?:admission|adm|baseline|previous(?:ly)?|prior|initial(?:ly)?|at\s+diagnosis)\b/i.test(words.slice(mention.end - mention.index))) return [];
        const total = readTotalLess(words, entry.fact);
        if (!total) return [];
        const source = { index: mention.index, end: sentence.span.end };
        return [findingOf(totalOutcome(total, words.trim(), entry.fact), entry.fact, source)];
      }
      case 'component': {
        // Read as the fact itself would be, under the measure's own names (mergeFindings takes the highest).
        if (polarity === 'someone-else') return [];
        const measure = { ...entry.fact, label: entry.component.part, names: entry.component.names, highestOf: undefined };
        const finding = readNumber(sentence, i, measure, context);
        const source = { index: mention.index, end: mention.segment.end };
        return [finding?.kind === 'value' ? { ...finding, fact: entry.fact, component: entry.component.part } : { kind: 'unclear', fact: entry.fact, source, reason: { code: 'doubt' }, component: entry.component.part }];
      }
      case 'option': {
        // "retroperitoneal fibrosis due to pergolide", "RPF 2° to RT": the condition's secondary form.
        const caused = causedForm(entry.code, sentence.text.slice(mention.piece.index, mention.index), sentence.text.slice(mention.end, sentence.span.end), context.vocabulary);
        if (caused?.kind === 'doubt') return [{ kind: 'unclear', fact: entry.fact, source: { index: mention.index, end: mention.piece.end }, reason: { code: 'doubt' } }];
        const code = caused?.code ?? entry.code;
        if (entry.fact.type === 'set') return [{ kind: 'options', fact: entry.fact, present: states(polarity, entry.fact) ? [code] : [], absent: polarity === 'absent' ? [code] : [], whole: false, source: name }];
        if (!states(polarity, entry.fact)) return [];
        const finding = { kind: 'option', fact: entry.fact, code, source: name } as const;
        places.push({ finding, sentence, i });
        return [finding];
      }
      case 'name': {
        const stated = { sentence, i, polarity, part: entry.part };
        const fact = entry.fact;
        switch (fact.type) {
          case 'number':
            return polarity === 'someone-else' || polarity === 'allergy' ? [] : [readNumber(sentence, i, fact, context)];
          case 'boolean':
            return [readBoolean(stated, fact, context)];
          case 'date':
            return [readDate(stated, fact, context)];
          case 'choice':
            return [readChoice(stated, fact, context, lexicon)];
          case 'set':
            return [readSet(stated, fact, context, lexicon)];
          case 'medication':
            return polarity === 'someone-else' || namesSomethingElse(sentence.text, name)
              ? []
              : [{ kind: 'class', fact, polarity: polarity === 'historical' ? 'present' : polarity, part: entry.part, source: { index: mention.piece.index, end: mention.piece.end } }];
        }
      }
    }
  });
  return findings.filter((f): f is Finding => f !== undefined);
}

/**
 * A medicine's words run to the next mention that says something of its own — another medicine or class (from
 * where its words start), anything else read (from its name) — so "MTX 15 mg weekly since 2024, stopped
 * 09/2026 for raised LFTs" and "Etanercept since 2019, stopped last month for infection" keep their stops.
 */
export function withMedicineSegments(sentence: Sentence, perMention: readonly Finding[][], previousSentence: Span): Finding[][] {
  // A drug's name used for something else ("FVC 68% pred", "a TCM doctor") is no medicine whose words start there.
  const medication = (j: number) =>
    !namesSomethingElse(sentence.text, sentence.mentions[j]!) && sentence.mentions[j]!.entries.some((e) => e.kind === 'drug' || (e.kind === 'name' && e.fact.type === 'medication'));
  const owns = (j: number) => medication(j) || perMention[j]!.some((f) => f.kind !== 'medicine' && f.kind !== 'class');
  return perMention.map((found, i) =>
    found.map((f) => {
      if (f.kind !== 'medicine') return f;
      const next = sentence.mentions.findIndex((_, j) => j > i && owns(j));
      const end = next === -1 ? sentence.span.end : medication(next) ? sentence.mentions[next]!.segment.index : sentence.mentions[next]!.index;
      return { ...f, segment: { index: f.segment.index, end }, before: { index: previousSentence.index, end: f.segment.index } };
    }),
  );
}
