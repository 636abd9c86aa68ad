import { readSummary } from './src/summary/readSummary';
import { loadCatalog } from './src/catalog/loadCatalog';
import { parseIsoDay } from './src/dates/calendar';
const catalog = loadCatalog./seeds');
const text = process.argv[2]!;
const r = readSummary(text, { vocabulary: catalog, today: parseIsoDay(process.argv[3] ?? '2026-09-18') });
for (const f of r.facts) console.log('READ', f.fact, '|', f.summary, '| from', f.source);
for (const u of r.unclear) console.log('ASK', u.fact, '|', u.message);
