import type { FactDefinition } from '../domain/factDefinition';
import type { Vocabulary } from '../engine/compileContext';
import { normalizeName } from '../text/normalize';

/** Names of one or two characters are abbreviations, read only as written ("PE", not "pe"; "IS", not "is"), as in summaries. */
const AS_WRITTEN_MAX = 2;

interface Names {
  normalized: string[];
  asWritten: RegExp[];
}

const built = new WeakMap<Vocabulary, Map<FactDefinition, Names>>();

/** A fact's own names (whole and part): its label and `names`. */
function namesOf(fact: FactDefinition): Names {
  const names = [fact.label, ...fact.names.flatMap((n) => (typeof n === 'string' ? [n] : 'part' in n ? [n.part] : []))];
  return {
    normalized: names.filter((n) => n.length > AS_WRITTEN_MAX).map((n) => ` ${normalizeName(n)} `),
    asWritten: names.filter((n) => n.length <= AS_WRITTEN_MAX).map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n}(?![\\p{L}\\p{N}])`, 'u')),
  };
}

function names(vocabulary: Vocabulary): Map<FactDefinition, Names> {
  let byFact = built.get(vocabulary);
  if (!byFact) built.set(vocabulary, (byFact = new Map([...vocabulary.facts.values()].map((f) => [f, namesOf(f)]))));
  return byFact;
}

/**
 * The facts other than `fact` whose names the text uses and `fact`'s own names do not cover: "PE diagnosed last
 * month", typed for the date of the diagnosis, names the thrombosis, whose date it is.
 */
export function otherFactsNamed(text: string, fact: FactDefinition, vocabulary: Vocabulary): FactDefinition[] {
  const padded = ` ${normalizeName(text)} `;
  const all = names(vocabulary);
  const own = all.get(fact) ?? namesOf(fact);
  const ownWords = own.normalized.filter((n) => padded.includes(n));
  return [...all].flatMap(([other, { normalized, asWritten }]) => {
    if (other === fact) return [];
    // A name inside one of the fact's own ("surgery" in "major surgery") is the fact's.
    const named = normalized.some((n) => padded.includes(n) && !ownWords.some((o) => o.includes(n))) || asWritten.some((r) => r.test(text) && !own.asWritten.some((o) => o.source === r.source));
    return named ? [other] : [];
  });
}
