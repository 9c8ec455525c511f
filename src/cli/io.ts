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

/** Reads all of standard input as bytes. */
export async function readAllStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
