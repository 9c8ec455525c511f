import type { NerModel } from '../nlp/entities/NerModel.js'
import type { Paint } from '../render/paint.js'

/** Output formats: human tables, NDJSON records, or CSV rows. */
export type Format = 'table' | 'json' | 'csv'

/** Everything a worker needs to process inputs like the command would: plain data, so it can be posted. */
export interface JobSpec {
  command: string
  format: Format
  options: Record<string, unknown>
  color: boolean
  width: number
}

/** A decoded input ready for analysis. */
export interface ReadyInput {
  file: string
  /** What the CSV `file` column shows: the path, or an NDJSON record's id (else "path:line"). */
  label: string
  extra: Record<string, unknown> | null
  text: string
  encoding: string
}

/** What jobs get besides the input: the model (loaded on first use), the paint and the width for tables. */
export interface JobContext {
  model(): NerModel
  paint: Paint
  width: number
}

/** A job turns one input into output text, or into data for a corpus-wide aggregate. */
export type Job = (input: ReadyInput, ctx: JobContext) => string | { data: unknown }

/** The JSON record of an input: `file`, the NDJSON record's other fields, the view's fields, the encoding. */
export function recordOf(input: ReadyInput, fields: Record<string, unknown>): Record<string, unknown> {
  return { file: input.file, ...input.extra, ...fields, encoding: input.encoding }
}
