/**
 * Preloaded (`node --expose-gc --import <this file> ...`) into both servers
 * bench/probes/upgrade-memory.ts compares, so both are measured the same way
 * without a line of either server changed. Over the IPC channel the probe
 * opens, it answers `{ cmd: 'memory', gc }` with process.memoryUsage(),
 * taken after full garbage collections when `gc` is true. It exits when the
 * probe goes away, so a server never outlives it.
 */
process.on('message', async (message) => {
  if (!message || message.cmd !== 'memory') return;
  if (message.gc) {
    // Three full collections, a turn of the event loop between them, so
    // objects freed by finalizers and weak callbacks go too.
    for (let i = 0; i < 3; i++) {
      globalThis.gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  process.send({ cmd: 'memory', usage: process.memoryUsage() });
});
process.on('disconnect', () => process.exit(0));
