/** The parts of a V8 .cpuprofile (as node --cpu-prof writes it) that self time is read from. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  /** Microseconds, on the monotonic clock process.hrtime reads. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  /** Function, file and line ("(garbage collector)", "(program)" for V8's own work). */
  name: string;
  ms: number;
  percent: number;
}

/** Self time by function over the samples taken within `windows` ([start, end] in µs), idle time left out, largest first. */
export function largestCosts(profile: CpuProfile, windows: readonly [number, number][], count: number): { sampledMs: number; costs: Cost[] } {
  const names = new Map(profile.nodes.map((n) => [n.id, nameOf(n.callFrame)]));
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const byName = new Map<string, number>();
  let total = 0;
  let time = profile.startTime;
  let w = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i]!;
    time += delta;
    while (w < sorted.length && sorted[w]![1] < time) w++;
    if (w === sorted.length || sorted[w]![0] > time) return;
    const name = names.get(id)!;
    // Waiting for the next request is no cost of the turn.
    if (name === '(idle)') return;
    byName.set(name, (byName.get(name) ?? 0) + delta);
    total += delta;
  });
  const costs = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, percent: (100 * us) / total }));
  return { sampledMs: total / 1000, costs };
}

function nameOf({ functionName, url, lineNumber }: CpuProfile['nodes'][number]['callFrame']): string {
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '$1/');
  return file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName || '(root)';
}
