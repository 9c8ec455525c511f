import type { CliDeps } from './deps.js'
import { UsageError } from './deps.js'
import type { Decoded } from './decodeInput.js'
import { readInputs } from './readInputs.js'
import { sanitize } from '../render/sanitize.js'

/** Options every subcommand that reads articles takes. */
export interface InputOptions {
  json?: boolean
  maxBytes: number
}

/** Default for --max-bytes: larger inputs are reported and skipped. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024

/**
 * Runs `render` on each input in order and writes its output; standard input is read when no file is given
 * (or for "-"). A failing input is reported on stderr as `article-inspect: <file>: <reason>` (and, with
 * --json, as a `{"file","error"}` record in its place), marks the run failed, and the next input goes on.
 */
export async function runInputs(deps: CliDeps, files: string[], opts: InputOptions, render: (file: string, input: Decoded) => string): Promise<void> {
  if (!files.length) {
    if (deps.stdinIsTTY) throw new UsageError('no input: give one or more files, or pipe text to standard input')
    files = ['-']
  }
  const many = files.length > 1
  for await (const input of readInputs(files, deps.readStdin, opts.maxBytes)) {
    if (deps.isClosed()) return
    let out: string
    if (input.ok) {
      try {
        out = render(input.file, input.decoded)
      } catch (e) {
        out = failure(deps, opts, input.file, 'EANALYZE', String((e as Error)?.message ?? e).split('\n')[0])
      }
    } else out = failure(deps, opts, input.file, input.error.code, input.error.message)
    if (many && !opts.json && input.ok) out = `==> ${sanitize(input.file)} <==\n${out}\n`
    await deps.write(out)
  }
}

function failure(deps: CliDeps, opts: InputOptions, file: string, code: string, message: string): string {
  deps.warn(`article-inspect: ${file}: ${message}`)
  deps.fail()
  return opts.json ? JSON.stringify({ file, error: { code, message } }) + '\n' : ''
}
