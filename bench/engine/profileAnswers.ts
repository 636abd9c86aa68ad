import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Day } from '../../src/dates/calendar';
import type { Answers } from '../../src/domain/factValue';
import { parseAnswer } from '../../src/parsing/parseAnswer';
import { voiceOf } from '../../src/replies/voice';

/** A test profile's typed answers, parsed the way the bot parses them, as a complete patient. */
export function profileAnswers(profile: Record<string, string>, catalog: Catalog, today: Day): Answers {
  const answers: Answers = {};
  const { t, w } = voiceOf(catalog, 'en');
  for (const [fact, text] of Object.entries(profile)) {
    const definition = catalog.facts.get(fact);
    if (!definition) throw new Error(`the profile answers "${fact}", which is not in the fact catalog`);
    const outcome = parseAnswer(text, definition, { vocabulary: catalog, today });
    if (outcome.kind === 'invalid' || outcome.kind === 'ambiguous') throw new Error(`the profile's answer to "${fact}" does not parse: ${t.problem(w, outcome.problem)}`);
    if (outcome.kind === 'follow-up') throw new Error(`the profile's answer to "${fact}" needs a follow-up question (${outcome.followUp.kind}) before it can be recorded`);
    answers[fact] = outcome.value;
  }
  return answers;
}
