import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { renderJson } from '../../render/renderJson.js'
import { renderSummary } from '../../render/renderSummary.js'
import { toRecord } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand, parseCount, parseRatio } from '../inputCommand.js'
import { runInputs, type InputOptions } from '../runInputs.js'

interface SummaryOptions extends InputOptions {
  sentences: number
  ratio?: number
}

/** `summary`: the article at a glance, with its key sentences. */
export function summaryCommand(deps: CliDeps): Command {
  return inputCommand('summary', 'headline, date, size, who is quoted, top entities and key sentences')
    .option('--sentences <n>', 'number of key sentences', parseCount, 3)
    .option('--ratio <r>', 'key sentences as a share of body sentences, in (0, 1]; overrides --sentences', parseRatio)
    .action(async (files: string[], opts: SummaryOptions, cmd: Command) => {
      const paint = deps.paint(cmd.optsWithGlobals().color)
      await runInputs(deps, files, opts, (file, input) => {
        const analysis = analyze(parse(input.text), { model: deps.model(), sentences: opts.sentences, ratio: opts.ratio })
        if (opts.json) return renderJson({ ...toRecord('summary', file, analysis), encoding: input.encoding })
        return renderSummary(analysis, paint, deps.width)
      })
    })
}
