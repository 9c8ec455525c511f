import { createReadStream } from 'node:fs'
import { expandPaths } from './expandPaths.js'

/**
 * Counts the inputs a run will see, for the progress bar's total and ETA: files after folder expansion, or,
 * for NDJSON corpora, their lines. Null when that cannot be known ahead (standard input).
 */
export async function countInputs(paths: string[], glob: string | undefined, ndjson: boolean | undefined): Promise<number | null> {
  let n = 0
  for await (const p of expandPaths(paths, glob)) {
    if (p === '-') return null
    if (typeof p !== 'string' || !ndjson) n++
    else n += await countLines(p)
  }
  return n
}

async function countLines(file: string): Promise<number> {
  let lines = 0
  let last = 10
  try {
    for await (const chunk of createReadStream(file)) {
      for (const byte of chunk as Buffer) if (byte === 10) lines++
      last = (chunk as Buffer)[(chunk as Buffer).length - 1]
    }
  } catch {
    return 1
  }
  return lines + (last === 10 ? 0 : 1)
}
