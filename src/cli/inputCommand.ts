import { Command, InvalidArgumentError } from 'commander'
import { DEFAULT_MAX_BYTES } from './runInputs.js'

/** A subcommand that reads articles: `[files...]` (stdin when none or "-"), --json and --max-bytes. */
export function inputCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .argument('[files...]', 'article text files; standard input when none is given or for "-"')
    .option('--json', 'print one JSON record per input, one per line (NDJSON)')
    .option('--max-bytes <n>', 'skip inputs larger than this many bytes', parsePositiveInt, DEFAULT_MAX_BYTES)
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
