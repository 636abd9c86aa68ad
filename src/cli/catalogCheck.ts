import { parseArgs } from 'node:util';
import { checkCatalog } from '../catalog/loadCatalog';
import { defaultSeedsPath } from '../catalog/seedsPath';

/** Validates every seed record and prints, per trial, how its source criteria are coded. */
function main(): number {
  const { values } = parseArgs({ options: { seeds: { type: 'string' } } });
  const { catalog, problems } = checkCatalog(values.seeds ?? defaultSeedsPath());
  if (!catalog) {
    for (const p of problems) console.error(`${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
    console.error(`catalog check failed: ${problems.length} problem(s)`);
    return 1;
  }
  const rows = catalog.trials.map(({ record, criteria, facts }) => ({
    trial: record.id,
    registry: record.registryId ?? '(none in source)',
    criteria: criteria.length,
    rules: criteria.filter((c) => c.node).length,
    confirmOnly: criteria.filter((c) => !c.node).length,
    facts: facts.size,
  }));
  console.table(rows);
  console.log(
    `catalog ok: ${rows.length} trials, ${rows.reduce((n, r) => n + r.criteria, 0)} criteria ` +
      `(${rows.reduce((n, r) => n + r.rules, 0)} coded as rules, ${rows.reduce((n, r) => n + r.confirmOnly, 0)} confirm-only), ` +
      `${catalog.facts.size} facts, ${catalog.drugs.size} drugs; every criterion quotes its source verbatim`,
  );
  const halfLives = [...catalog.drugs.values()].filter((d) => d.halfLifeHours);
  const doseLimits = [...catalog.drugClasses.values()].filter((c) => c.maxDailyDose);
  const ranged = [...halfLives.map((d) => d.halfLifeHours!), ...doseLimits.map((c) => c.maxDailyDose!)].filter((f) => f.range).length;
  console.log(
    `drug figures ok: ${halfLives.length} half-lives and ${doseLimits.length} dose limits, each citing its source; ` +
      `the ${ranged} given as a range take its upper end`,
  );
  return 0;
}

process.exitCode = main();
