import { Command, InvalidArgumentError, Option } from 'commander'
import { availableParallelism } from 'node:os'
import type { Format } from './job.js'

/** Options every subcommand that reads articles takes. */
export interface InputOptions {
  json?: boolean
  format?: Format
  maxBytes: number
  glob?: string
  ndjsonInput?: boolean
  jobs: number
  quiet?: boolean
}

/** Default for --max-bytes: larger inputs are reported and skipped. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024

/** A subcommand that reads articles: files, directories, NDJSON or stdin, in any output format it supports. */
export function inputCommand(name: string, description: string, formats: Format[] = ['table', 'json']): Command {
  return new Command(name)
    .description(description)
    .argument('[paths...]', 'article files or folders (recursive); standard input when none is given or for "-"')
    .option('--json', 'one JSON record per input, one per line (NDJSON); same as --format json')
    .addOption(new Option('--format <format>', 'output format').choices(formats))
    .option('--glob <pattern>', 'which files to take from folders', '*.txt')
    .option('--ndjson-input', 'inputs are JSON Lines of {"id","text",...}; other fields pass through to the output')
    .addOption(new Option('-j, --jobs <n>', 'worker threads for many inputs').argParser(parsePositiveInt).default(availableParallelism(), 'the number of cores'))
    .option('--max-bytes <n>', 'skip inputs larger than this many bytes', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress bar')
}

/** The format the options ask for: --format, else --json, else tables. */
export function formatOf(opts: InputOptions): Format {
  if (opts.json && opts.format && opts.format !== 'json') throw new InvalidArgumentError(`--json conflicts with --format ${opts.format}`)
  return opts.format ?? (opts.json ? 'json' : 'table')
}

/** Parses a whole number ≥ 1 for an option, or fails as a usage error. */
export function parsePositiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1')
  return n
}

/** Parses a whole number ≥ 0 for an option, or fails as a usage error. */
export function parseCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of at least 0')
  return n
}

/** Parses a share in (0, 1] for an option, or fails as a usage error. */
export function parseRatio(value: string): number {
  const n = Number(value)
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a number greater than 0 and at most 1')
  return n
}
