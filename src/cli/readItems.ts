import { closeSync, createReadStream, fstatSync, openSync, readFileSync, statSync } from 'node:fs'
import { InputError } from './decodeInput.js'
import { expandPaths } from './expandPaths.js'

/** One article to process, in input order: raw bytes of a file, the text of an NDJSON line, or why it failed. */
export interface Item {
  /** The path as given ("-" for standard input); for NDJSON, the corpus file. */
  file: string
  /** What messages name: the path, or "corpus.jsonl:17" for an NDJSON line. */
  label: string
  /** NDJSON fields other than "text", passed through into the output record; null for plain files. */
  extra: Record<string, unknown> | null
  /** The line number in an NDJSON input. */
  line?: number
  bytes?: Uint8Array
  text?: string
  /** Why the item cannot be read (plain data, so it survives being posted to a worker). */
  error?: { code: string; message: string }
}

/** How inputs are found and read. */
export interface ReadOptions {
  glob?: string
  /** Inputs are JSON Lines of {"id","text",...} rather than article files. */
  ndjson?: boolean
  maxBytes: number
  stdin: NodeJS.ReadableStream
}

/**
 * Yields the items to process, in order, one at a time: files as given, directories expanded (recursive,
 * `glob`), "-" for standard input; with `ndjson`, every non-blank line of every input. Reading failures are
 * items with an `error`, never exceptions, so one bad input never stops the run.
 */
export async function* readItems(paths: string[], opts: ReadOptions): AsyncGenerator<Item> {
  for await (const file of expandPaths(paths, opts.glob)) {
    if (typeof file !== 'string') {
      yield { file: file.empty, label: file.empty, extra: null, error: { code: 'ENOFILES', message: `folder has no files matching ${file.glob}` } }
      continue
    }
    if (opts.ndjson) yield* readNdjson(file, opts)
    else yield await readFileItem(file, opts)
  }
}

async function readFileItem(file: string, opts: ReadOptions): Promise<Item> {
  const item: Item = { file, label: file, extra: null }
  try {
    if (file === '-') item.bytes = await readStream(opts.stdin, opts.maxBytes)
    else item.bytes = readFileChecked(file, opts.maxBytes)
    if (item.bytes.length > opts.maxBytes) throw tooLarge(item.bytes.length, opts.maxBytes)
  } catch (e) {
    item.error = errorData(e)
    item.bytes = undefined
  }
  return item
}

/**
 * Reads a file with one open and one fstat: a directory or a file over the limit fails before its bytes are
 * read. Synchronous, because many small files read faster without a thread-pool round trip per call.
 */
function readFileChecked(file: string, maxBytes: number): Uint8Array {
  const fd = openSync(file, 'r')
  try {
    const s = fstatSync(fd)
    if (s.isDirectory()) throw new InputError('EISDIR', 'is a directory')
    if (s.size > maxBytes) throw tooLarge(s.size, maxBytes)
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

async function* readNdjson(file: string, opts: ReadOptions): AsyncGenerator<Item> {
  let stream: NodeJS.ReadableStream
  try {
    if (file !== '-' && statSync(file).isDirectory()) throw new InputError('EISDIR', 'is a directory')
    stream = file === '-' ? opts.stdin : createReadStream(file)
  } catch (e) {
    yield { file, label: file, extra: null, error: errorData(e) }
    return
  }
  let n = 0
  try {
    const { createInterface } = await import('node:readline') // loaded only for NDJSON input
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++
      if (line.trim()) yield ndjsonItem(file, n, line, opts.maxBytes)
    }
  } catch (e) {
    yield { file, label: `${file}:${n + 1}`, extra: null, line: n + 1, error: errorData(e) }
  }
}

function ndjsonItem(file: string, line: number, json: string, maxBytes: number): Item {
  const item: Item = { file, label: `${file}:${line}`, extra: null, line }
  let record: unknown
  try {
    record = JSON.parse(json)
  } catch {
    item.error = { code: 'EJSON', message: 'not valid JSON' }
    return item
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    item.error = { code: 'ENOTEXT', message: 'not a JSON object with a "text" field' }
    return item
  }
  const { text, ...extra } = record as { text?: unknown; id?: unknown }
  item.extra = extra
  if (typeof extra.id === 'string' || typeof extra.id === 'number') item.label = `${file}:${line} (id ${extra.id})`
  if (typeof text !== 'string') {
    item.error = { code: 'ENOTEXT', message: 'no string "text" field' }
    return item
  }
  if (text.length > maxBytes) item.error = errorData(tooLarge(text.length, maxBytes))
  else item.text = text
  return item
}

function tooLarge(size: number, max: number): InputError {
  return new InputError('TOO_LARGE', `${size} bytes is over the --max-bytes limit of ${max}; skipped`)
}

/** Reads a whole stream, failing as soon as it grows past `maxBytes`. */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += b.length
    if (size > maxBytes) throw tooLarge(size, maxBytes)
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}

const SYSTEM_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
}

/** Turns whatever reading threw into a short, stable code and a one-line message. */
export function errorData(e: unknown): { code: string; message: string } {
  if (e instanceof InputError) return { code: e.code, message: e.message }
  const code = (e as { code?: string })?.code ?? 'EIO'
  return { code, message: SYSTEM_MESSAGES[code] ?? String((e as Error)?.message ?? e).split('\n')[0] }
}
