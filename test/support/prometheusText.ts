/** Reading the Prometheus text format /metrics answers. */

/** The value of an unlabelled sample in the Prometheus text format. */
export function gaugeValue(text: string, name: string): number {
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  if (!match) throw new Error(`no ${name} in the metrics`);
  return Number(match[1]);
}

/** The sum of a counter's samples whose labels include every pair of `labels`. */
export function counterValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const match of text.matchAll(new RegExp(`^${name}(?:\\{([^}]*)\\})? (\\S+)$`, 'gm'))) {
    const sample = Object.fromEntries([...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => sample[key] === value)) total += Number(match[2]);
  }
  return total;
}
