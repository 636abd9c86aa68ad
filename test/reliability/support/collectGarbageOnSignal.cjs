// Preloaded into the bot's child process by the reliability suite only (with --expose-gc): SIGUSR2 runs a full
// garbage collection, so the heap measured afterwards is what the process keeps, not what it has yet to collect.
process.on('SIGUSR2', () => global.gc());
