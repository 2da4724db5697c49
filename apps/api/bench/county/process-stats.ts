/**
 * What a bench server process used since it was last asked: its peak resident memory (sampled every
 * 50 ms) and its CPU time (user + system, every thread: JavaScript, garbage collection, compression
 * in libuv's pool). CPU time per request is the steadier figure on a shared machine, where req/s
 * moves with whatever else runs; both servers report it alike.
 */
export function processStats() {
  let peakRss = process.memoryUsage().rss;
  let cpu = process.cpuUsage();
  setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50).unref();
  return () => {
    const used = process.cpuUsage(cpu);
    const stats = { peakRss: Math.max(peakRss, process.memoryUsage().rss), cpuMs: (used.user + used.system) / 1000 };
    peakRss = process.memoryUsage().rss;
    cpu = process.cpuUsage();
    return stats;
  };
}
