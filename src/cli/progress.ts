import { createRequire } from 'node:module'

/** A progress display on stderr: inputs done, inputs per second, elapsed time. */
export interface Progress {
  tick(): void
  stop(): void
}

/**
 * Starts a progress bar on `stream` (a TTY) with cli-progress, loaded only when needed. It appears after the
 * first second, so short runs stay silent.
 */
export function startProgress(stream: NodeJS.WriteStream): Progress {
  const require = createRequire(import.meta.url)
  const { SingleBar } = require('cli-progress') as typeof import('cli-progress')
  const started = Date.now()
  let done = 0
  let bar: InstanceType<typeof SingleBar> | null = null
  const payload = () => {
    const secs = (Date.now() - started) / 1000
    return { rate: secs > 0 ? (done / secs).toFixed(1) : '0' }
  }
  return {
    tick() {
      done++
      if (!bar && Date.now() - started > 1000) {
        bar = new SingleBar({ stream, format: '{value} inputs | {rate}/s | {duration_formatted}', hideCursor: true, clearOnComplete: true, fps: 5 })
        bar.start(0, done, payload())
      }
      bar?.update(done, payload())
    },
    stop() {
      bar?.stop()
    },
  }
}
