import path from 'node:path';
import { loadCatalog } from '../../src/catalog/loadCatalog';
import type { FactType } from '../../src/domain/factDefinition';
import { IdentifierKind } from '../../src/summary/identifierKind';
import { readSummary } from '../../src/summary/readSummary';
import { expectedAnswers, heldOutDir, labelledSet, type LabelledCase } from '../../test/summary/labelledSet';
import { sameRecordedValue } from './sameRecordedValue';

/**
 * Reads every labelled summary (test/fixtures/summaries) and prints precision and recall per fact type and
 * overall, and the identifiers found against those present; then the same for the held-out summaries, written
 * after the reader (their first reading, before the bugs they showed were fixed, is in their README). `--details` lists every fact read wrong, missed or asked, per summary.
 * Targets (issue 13): precision ≥ 0.98, recall ≥ 0.90.
 */
const TYPES: readonly FactType[] = ['number', 'boolean', 'choice', 'set', 'date', 'medication'];
const details = process.argv.includes('--details');
const catalog = loadCatalog(path.resolve(__dirname, '../../seeds'));

interface Tally {
  labelled: number;
  read: number;
  right: number;
}

interface Measure {
  byType: Map<FactType | 'overall', Tally>;
  identifiers: Map<IdentifierKind, { present: number; found: number }>;
  leaks: number;
  asked: number;
  msPerSummary: number;
}

function measure(cases: readonly LabelledCase[]): Measure {
  const byType = new Map<FactType | 'overall', Tally>([...TYPES, 'overall' as const].map((t) => [t, { labelled: 0, read: 0, right: 0 }]));
  const identifiers = new Map(IdentifierKind.options.map((k) => [k, { present: 0, found: 0 }]));
  let leaks = 0;
  let asked = 0;
  let elapsed = 0;
  for (const labelled of cases) {
    const started = performance.now();
    const reading = readSummary(labelled.summary.text, { vocabulary: catalog, today: labelled.today });
    elapsed += performance.now() - started;
    const expected = expectedAnswers(labelled, catalog);
    const lines: string[] = [];
    const count = (type: FactType, field: keyof Tally) => {
      byType.get(type)![field] += 1;
      byType.get('overall')![field] += 1;
    };
    for (const [id, value] of Object.entries(expected)) {
      count(catalog.facts.get(id)!.type, 'labelled');
      if (!reading.facts.some((f) => f.fact === id)) lines.push(`  missed ${id}${reading.unclear.some((u) => u.fact === id) ? ' (asked)' : ''}: ${JSON.stringify(value)}`);
    }
    for (const read of reading.facts) {
      const type = catalog.facts.get(read.fact)!.type;
      count(type, 'read');
      const label = expected[read.fact];
      if (label && sameRecordedValue(read.value, label, labelled.today)) count(type, 'right');
      else lines.push(`  WRONG ${read.fact}: read “${read.summary}” from “${read.source}”; labelled ${label ? JSON.stringify(label) : 'nothing'}`);
    }
    asked += reading.unclear.length;
    for (const { kind } of labelled.summary.identifiers) identifiers.get(kind)!.present += 1;
    for (const { kind, count: n } of reading.ignored) identifiers.get(kind)!.found += n;
    const json = JSON.stringify(reading);
    leaks += labelled.summary.identifiers.filter((id) => json.includes(id.text)).length;
    if (details && (lines.length > 0 || reading.unclear.length > 0)) {
      console.log(`${labelled.name}:`);
      for (const line of lines) console.log(line);
      for (const u of reading.unclear) console.log(`  asked ${u.fact}: ${u.message}`);
    }
  }
  return { byType, identifiers, leaks, asked, msPerSummary: elapsed / cases.length };
}

function print(title: string, cases: readonly LabelledCase[], m: Measure): void {
  const ratio = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(3));
  console.log(`\n${title}: ${cases.length} summaries, ${m.msPerSummary.toFixed(1)} ms each on average`);
  console.log('\n| fact type | labelled | read | right | precision | recall |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [type, t] of m.byType) {
    const name = type === 'overall' ? '**overall**' : type;
    console.log(`| ${name} | ${t.labelled} | ${t.read} | ${t.right} | ${ratio(t.right, t.read)} | ${ratio(t.right, t.labelled)} |`);
  }
  console.log(`\nAsked instead of read (unclear): ${m.asked}.`);
  console.log('\n| identifiers | present | found |');
  console.log('| --- | ---: | ---: |');
  for (const [kind, { present, found }] of m.identifiers) console.log(`| ${kind} | ${present} | ${found} |`);
  console.log(`\nIdentifier text found anywhere in a reading: ${m.leaks}.`);
}

const labelled = labelledSet();
const heldOut = labelledSet(heldOutDir);
print('Labelled set (test/fixtures/summaries)', labelled, measure(labelled));
print('Held-out set (test/fixtures/summaries/held-out), written after the reader (its first reading is in its README)', heldOut, measure(heldOut));
console.log('\nTargets: precision ≥ 0.98, recall ≥ 0.90.');
