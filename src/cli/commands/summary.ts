import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { renderJson } from '../../render/renderJson.js'
import { renderSummary } from '../../render/renderSummary.js'
import { summaryFields } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand, parseCount, parseRatio, type InputOptions } from '../inputCommand.js'
import { recordOf, type Job, type JobSpec } from '../job.js'
import { runCommand } from '../runCommand.js'

interface SummaryOptions extends InputOptions {
  sentences: number
  ratio?: number
}

/** The `summary` job. */
export function summaryJob(spec: JobSpec): Job {
  const { sentences, ratio } = spec.options as Partial<SummaryOptions>
  return (input, ctx) => {
    const analysis = analyze(parse(input.text), { model: ctx.model(), sentences, ratio })
    if (spec.format === 'json') return renderJson(recordOf(input, summaryFields(analysis)))
    return renderSummary(analysis, ctx.paint, ctx.width)
  }
}

/** `summary`: the article at a glance, with its key sentences. */
export function summaryCommand(deps: CliDeps): Command {
  return inputCommand('summary', 'headline, date, size, who is quoted, top entities and key sentences')
    .option('--sentences <n>', 'number of key sentences', parseCount, 3)
    .option('--ratio <r>', 'key sentences as a share of body sentences, in (0, 1]; overrides --sentences', parseRatio)
    .action((paths: string[], opts: SummaryOptions, cmd: Command) =>
      runCommand(deps, paths, opts, cmd, { command: 'summary', options: { sentences: opts.sentences, ratio: opts.ratio } }))
}
