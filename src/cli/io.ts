import type { Writable } from 'node:stream'

/** Writes to a stream, waiting for it to drain when its buffer is full; resolves at once after EPIPE. */
export function makeWriter(stream: Writable, isClosed: () => boolean): (s: string) => Promise<void> {
  return (s: string) =>
    new Promise<void>((resolve) => {
      if (isClosed() || !s) return resolve()
      if (stream.write(s)) return resolve()
      const done = () => { stream.off('drain', done); stream.off('close', done); resolve() }
      stream.once('drain', done)
      stream.once('close', done)
    })
}
