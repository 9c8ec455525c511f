import { createRequire } from 'node:module'

/** A progress display on stderr: inputs done (of how many, when known), inputs per second, time left. */
export interface Progress {
  tick(): void
  setTotal(total: number): void
  stop(): void
}

/**
 * Starts a progress bar on `stream` (a TTY) with cli-progress, loaded only when needed. It appears after the
 * first second, so short runs stay silent; once the total is known it shows a bar and the time left.
 */
export function startProgress(stream: NodeJS.WriteStream): Progress {
  const require = createRequire(import.meta.url)
  const { SingleBar } = require('cli-progress') as typeof import('cli-progress')
  const started = Date.now()
  let done = 0
  let total: number | null = null
  let bar: InstanceType<typeof SingleBar> | null = null
  const rate = () => ({ rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) })
  const open = () => {
    bar?.stop()
    const format = total === null
      ? '{value} inputs | {rate}/s | {duration_formatted}'
      : '{bar} {value}/{total} inputs | {rate}/s | ETA {eta_formatted}'
    bar = new SingleBar({ stream, format, hideCursor: true, clearOnComplete: true, fps: 5, etaBuffer: 50 })
    bar.start(total ?? 0, done, rate())
  }
  return {
    tick() {
      done++
      if (!bar && Date.now() - started > 1000) open()
      bar?.update(done, rate())
    },
    setTotal(n) {
      total = n
      if (bar) open()
    },
    stop() {
      bar?.stop()
    },
  }
}
