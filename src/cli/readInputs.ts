import { readFile, stat } from 'node:fs/promises'
import { decodeInput, InputError, type Decoded } from './decodeInput.js'

/** One input, read and decoded, or the reason it could not be. */
export type Input = { file: string } & ({ ok: true; decoded: Decoded } | { ok: false; error: InputError })

/**
 * Reads inputs one by one, in order: each file path as given, and "-" for standard input. Failures (missing
 * file, directory, unreadable, too large, binary, empty) are yielded as values, never thrown, so the caller
 * can report them and go on.
 */
export async function* readInputs(files: string[], readStdin: () => Promise<Uint8Array>, maxBytes: number): AsyncGenerator<Input> {
  for (const file of files) {
    try {
      const bytes = file === '-' ? await readStdin() : await readFileChecked(file, maxBytes)
      if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes)
      yield { file, ok: true, decoded: decodeInput(bytes) }
    } catch (e) {
      yield { file, ok: false, error: toInputError(e) }
    }
  }
}

async function readFileChecked(file: string, maxBytes: number): Promise<Uint8Array> {
  const s = await stat(file)
  if (s.isDirectory()) throw new InputError('EISDIR', 'is a directory')
  if (s.size > maxBytes) throw tooLarge(s.size, maxBytes)
  return readFile(file)
}

function tooLarge(size: number, max: number): InputError {
  return new InputError('TOO_LARGE', `${size} bytes is over the --max-bytes limit of ${max}; skipped`)
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

/** Turns whatever reading threw into an InputError with a short, stable code and a one-line message. */
export function toInputError(e: unknown): InputError {
  if (e instanceof InputError) return e
  const code = (e as { code?: string })?.code ?? 'EIO'
  const message = SYSTEM_MESSAGES[code] ?? String((e as Error)?.message ?? e).split('\n')[0]
  return new InputError(code, message)
}
