import { performance } from "node:perf_hooks";

export type LoadResult = { requests: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number };

/** `clients` loops, each sending one request after the other for `seconds` (after a short warm-up). */
export async function runLoad(
  send: () => Promise<void>,
  { clients, seconds, warmupSeconds = 1 }: { clients: number; seconds: number; warmupSeconds?: number },
): Promise<LoadResult> {
  const loop = async (until: number, times?: number[]) => {
    while (performance.now() < until) {
      const start = performance.now();
      await send();
      times?.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: clients }, () => loop(performance.now() + warmupSeconds * 1000)));
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, () => loop(started + seconds * 1000, times)));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { requests: times.length, seconds: elapsed, perSecond: times.length / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
