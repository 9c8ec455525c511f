import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { filterBySpeaker } from '../../nlp/quotes/filterBySpeaker.js'
import { parse } from '../../parse/parse.js'
import { csvRow } from '../../render/csv.js'
import { renderJson } from '../../render/renderJson.js'
import { renderQuotes } from '../../render/renderQuotes.js'
import { quoteRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand, type InputOptions } from '../inputCommand.js'
import { recordOf, type Job, type JobSpec } from '../job.js'
import { runCommand } from '../runCommand.js'

interface QuotesOptions extends InputOptions {
  speaker?: string
  bySpeaker?: boolean
  indirect?: boolean
}

/** Columns of `quotes --format csv`. */
export const QUOTES_CSV = ['file', 'speaker', 'kind', 'quote', 'start', 'end']

/** The `quotes` job. JSON and CSV always include reported speech (kind "indirect"); tables only with --indirect. */
export function quotesJob(spec: JobSpec): Job {
  const { speaker, bySpeaker, indirect } = spec.options as Partial<QuotesOptions>
  return (input, ctx) => {
    const all = analyze(parse(input.text), { model: ctx.model() }).quotes
    const quotes = speaker ? filterBySpeaker(all, speaker) : all
    if (spec.format === 'json') return renderJson(recordOf(input, { quotes: quotes.map(quoteRecord) }))
    if (spec.format === 'csv') return quotes.map((q) => csvRow([input.label, q.speaker?.name ?? null, q.kind, q.text, q.start, q.end])).join('')
    return renderQuotes(indirect ? quotes : quotes.filter((q) => q.kind !== 'indirect'), ctx.paint, ctx.width, { bySpeaker })
  }
}

/** `quotes`: who said what. */
export function quotesCommand(deps: CliDeps): Command {
  return inputCommand('quotes', 'quotations and who said them', ['table', 'json', 'csv'])
    .option('--speaker <name>', 'only quotes whose speaker matches NAME (any word of any alias, ignoring case and accents)')
    .option('--by-speaker', 'group the table by speaker')
    .option('--indirect', 'also show reported speech without quotation marks in the table')
    .action((paths: string[], opts: QuotesOptions, cmd: Command) =>
      runCommand(deps, paths, opts, cmd, {
        command: 'quotes',
        options: { speaker: opts.speaker, bySpeaker: opts.bySpeaker, indirect: opts.indirect },
        csvHeader: QUOTES_CSV,
      }))
}
