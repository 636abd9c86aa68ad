import path from 'node:path';
import { loadCatalog } from '../../src/catalog/loadCatalog';
import type { FactType } from '../../src/domain/factDefinition';
import { readSummary } from '../../src/summary/readSummary';
import { IdentifierKind } from '../../src/summary/identifierKind';
import { expectedAnswers, labelledSet } from '../../test/summary/labelledSet';
import { sameRecordedValue } from './sameRecordedValue';

/**
 * Reads every labelled summary (test/fixtures/summaries) and prints precision and recall per fact type and
 * overall, and the identifiers found against those present. `--details` lists every fact read wrong, missed
 * or asked, per summary. Targets (issue 13): precision ≥ 0.98, recall ≥ 0.90.
 */
const TYPES: readonly FactType[] = ['number', 'boolean', 'choice', 'set', 'date', 'medication'];
const details = process.argv.includes('--details');
const catalog = loadCatalog(path.resolve(__dirname, '../../seeds'));

interface Tally {
  labelled: number;
  read: number;
  right: number;
}
const tally = new Map<FactType | 'overall', Tally>([...TYPES, 'overall' as const].map((t) => [t, { labelled: 0, read: 0, right: 0 }]));
const identifiers = new Map(IdentifierKind.options.map((k) => [k, { present: 0, found: 0 }]));
let leaks = 0;
let asked = 0;
const started = performance.now();

const cases = labelledSet();
for (const labelled of cases) {
  const reading = readSummary(labelled.summary.text, { vocabulary: catalog, today: labelled.today });
  const expected = expectedAnswers(labelled, catalog);
  const lines: string[] = [];
  const count = (type: FactType, field: keyof Tally) => {
    tally.get(type)![field] += 1;
    tally.get('overall')![field] += 1;
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
const elapsed = performance.now() - started;

const ratio = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(3));
console.log(`\nReading ${cases.length} labelled summaries (test/fixtures/summaries), ${(elapsed / cases.length).toFixed(1)} ms each on average`);
console.log('\n| fact type | labelled | read | right | precision | recall |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [type, t] of tally) {
  const name = type === 'overall' ? '**overall**' : type;
  console.log(`| ${name} | ${t.labelled} | ${t.read} | ${t.right} | ${ratio(t.right, t.read)} | ${ratio(t.right, t.labelled)} |`);
}
console.log(`\nAsked instead of read (unclear): ${asked}. Targets: precision ≥ 0.98, recall ≥ 0.90.`);
console.log('\n| identifiers | present | found |');
console.log('| --- | ---: | ---: |');
for (const [kind, { present, found }] of identifiers) console.log(`| ${kind} | ${present} | ${found} |`);
console.log(`\nIdentifier text found anywhere in a reading: ${leaks}.`);
