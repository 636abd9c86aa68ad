import { startBenchServer, type BotKind } from './benchServer';

/**
 * Child-process entry (run compiled, with plain node): serves one bot and tells the parent its URL.
 * Answers "cpu" with its CPU time, so the parent can tell how busy the server was; exits on "stop", as a
 * signal would not let --cpu-prof write its profile.
 */
async function main(): Promise<void> {
  const kind = process.argv[2] as BotKind;
  const server = await startBenchServer(kind, process.argv[3]);
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
    if (message === 'stop') process.exit(0);
  });
  process.send?.({ url: server.url });
}

void main();
