/**
 * State is kept as JSON in every store, so what a memory store gives back is what Redis would: a copy, with
 * what JSON cannot hold dropped. A value that is not JSON at all is a programming error, refused at the write.
 */
export function stateToJson(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`a state value must be JSON-serialisable; got ${typeof value}`);
  return json;
}

export function stateFromJson(json: string): unknown {
  return JSON.parse(json);
}
