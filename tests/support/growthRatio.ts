/**
 * How much the CPU time of `measure` grows from a quarter-size input to the full-size one: about 4 for a linear
 * algorithm, 16 for a quadratic one. A first run at 1/16 warms the JIT; CPU time, not wall time, since the
 * machine may be busy. `measure` returns CPU seconds of the part under test; times under 50 ms count as 50 ms so
 * that a very fast quarter run does not inflate the ratio.
 */
export function growthRatio(make: (scale: number) => string, measure: (text: string) => number): number {
  measure(make(1 / 16))
  const small = measure(make(1 / 4))
  const full = measure(make(1))
  return full / Math.max(small, 0.05)
}

/** CPU seconds (user + system) that `run` takes. */
export function cpuSecondsOf(run: () => void): number {
  const t0 = process.cpuUsage()
  run()
  const t = process.cpuUsage(t0)
  return (t.user + t.system) / 1e6
}
