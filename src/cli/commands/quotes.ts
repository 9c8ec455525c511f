import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { filterBySpeaker } from '../../nlp/quotes/filterBySpeaker.js'
import { parse } from '../../parse/parse.js'
import { renderJson } from '../../render/renderJson.js'
import { renderQuotes } from '../../render/renderQuotes.js'
import { quoteRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand } from '../inputCommand.js'
import { runInputs, type InputOptions } from '../runInputs.js'

interface QuotesOptions extends InputOptions {
  speaker?: string
  bySpeaker?: boolean
  indirect?: boolean
}

/** `quotes`: who said what. JSON always includes reported speech (kind "indirect"); tables only with --indirect. */
export function quotesCommand(deps: CliDeps): Command {
  return inputCommand('quotes', 'quotations and who said them')
    .option('--speaker <name>', 'only quotes whose speaker matches a word of NAME (any alias, ignoring case and accents)')
    .option('--by-speaker', 'group the table by speaker')
    .option('--indirect', 'also show reported speech without quotation marks in the table')
    .action(async (files: string[], opts: QuotesOptions, cmd: Command) => {
      const paint = deps.paint(cmd.optsWithGlobals().color)
      await runInputs(deps, files, opts, (file, input) => {
        const { quotes: all } = analyze(parse(input.text), { model: deps.model() })
        const quotes = opts.speaker ? filterBySpeaker(all, opts.speaker) : all
        if (opts.json) return renderJson({ file, quotes: quotes.map(quoteRecord), encoding: input.encoding })
        const shown = opts.indirect ? quotes : quotes.filter((q) => q.kind !== 'indirect')
        return renderQuotes(shown, paint, deps.width, { bySpeaker: opts.bySpeaker })
      })
    })
}
