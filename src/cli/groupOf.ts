import { InvalidArgumentError } from 'commander'
import { dirname } from 'node:path'
import type { ReadyInput } from './job.js'

/** Parses --by: "source" or the name of an NDJSON field. */
export function parseGroupBy(value: string): string {
  if (!/^[\w.-]+$/.test(value)) throw new InvalidArgumentError('expected "source" or an NDJSON field name')
  return value
}

/**
 * The group an input falls in for `--by KEY`: the NDJSON record's KEY field when it has one; for "source",
 * otherwise the folder the input file is in ("-" for standard input). Null when not grouping.
 */
export function groupOf(input: ReadyInput, by: string | undefined): string | null {
  if (!by) return null
  const field = input.extra?.[by]
  if (field !== undefined && field !== null) return String(field)
  if (by === 'source') return input.file === '-' ? '-' : dirname(input.file)
  return '(none)'
}
