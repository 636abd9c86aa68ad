/**
 * The input fields of our cards, per fact: an answer on a group card, and on a pasted summary's confirmation card
 * whether to keep a fact read and a correction typed over it. Their values arrive in the card's data under these keys.
 */
export function answerField(fact: string): string {
  return `answer:${fact}`;
}

export function keepField(fact: string): string {
  return `keep:${fact}`;
}

export function fixField(fact: string): string {
  return `fix:${fact}`;
}
