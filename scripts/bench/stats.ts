/** Small timing helpers for the benchmark modules. */

/** The `p`-th percentile (0–100) of some numbers, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The median. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Wall-clock milliseconds of one call. */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Wall-clock and CPU milliseconds of one call (CPU time is what other processes cannot steal). */
export function timeWithCpu(run: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Times two things alternately, `rounds` times each, so that the noise of a shared machine falls
 * on both alike. Returns each one's times.
 */
export function interleave(
  rounds: number,
  measured: () => unknown,
  baseline: () => unknown,
): { measured: number[]; baseline: number[] } {
  const result = { measured: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      result.measured.push(time(measured));
      result.baseline.push(time(baseline));
    } else {
      result.baseline.push(time(baseline));
      result.measured.push(time(measured));
    }
  }
  return result;
}
