import { decodeInput, InputError } from './decodeInput.js'
import type { Job, JobContext } from './job.js'
import type { Item } from './readItems.js'

/** The outcome of one item: output text, aggregate data, or a one-line error. */
export interface ItemResult {
  out?: string
  data?: unknown
  error?: { code: string; message: string }
}

/** Decodes an item and runs the job on it; never throws (analysis errors become `error` results). */
export function runItem(job: Job, item: Item, ctx: JobContext): ItemResult {
  if (item.error) return { error: item.error }
  try {
    const decoded = item.text !== undefined ? { text: item.text, encoding: 'utf-8' } : decodeInput(item.bytes ?? new Uint8Array())
    if (!/\S/.test(decoded.text)) throw new InputError('EMPTY', 'only whitespace, no text')
    const id = item.extra?.id
    const label = item.line === undefined ? item.file : typeof id === 'string' || typeof id === 'number' ? String(id) : `${item.file}:${item.line}`
    const out = job({ file: item.file, label, extra: item.extra, text: decoded.text, encoding: decoded.encoding }, ctx)
    return typeof out === 'string' ? { out } : { data: out.data }
  } catch (e) {
    const code = e instanceof InputError ? e.code : 'EANALYZE'
    return { error: { code, message: String((e as Error)?.message ?? e).split('\n')[0] } }
  }
}
