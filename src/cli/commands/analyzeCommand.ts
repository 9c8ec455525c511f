import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { renderEntities } from '../../render/renderEntities.js'
import { renderJson } from '../../render/renderJson.js'
import { renderQuotes } from '../../render/renderQuotes.js'
import { renderSummary } from '../../render/renderSummary.js'
import { toRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand, parseCount } from '../inputCommand.js'
import { runInputs, type InputOptions } from '../runInputs.js'

interface AnalyzeCliOptions extends InputOptions {
  sentences: number
}

/** `analyze`: everything at once; with --json, one record holding the fields of every other view. */
export function analyzeCommand(deps: CliDeps): Command {
  return inputCommand('analyze', 'everything: structure, quotes, entities and key sentences')
    .option('--sentences <n>', 'number of key sentences', parseCount, 3)
    .action(async (files: string[], opts: AnalyzeCliOptions, cmd: Command) => {
      const paint = deps.paint(cmd.optsWithGlobals().color)
      await runInputs(deps, files, opts, (file, input) => {
        const analysis = analyze(parse(input.text), { model: deps.model(), sentences: opts.sentences })
        if (opts.json) return renderJson({ ...toRecord('analyze', file, analysis), encoding: input.encoding })
        const quoted = analysis.quotes.filter((q) => q.kind !== 'indirect')
        return [renderSummary(analysis, paint, deps.width), paint.bold('Quotes'), renderQuotes(quoted, paint, deps.width),
          paint.bold('Entities'), renderEntities(analysis.entities, paint, deps.width)].join('\n')
      })
    })
}
