import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { renderEntities } from '../../render/renderEntities.js'
import { renderJson } from '../../render/renderJson.js'
import { renderQuotes } from '../../render/renderQuotes.js'
import { renderSummary } from '../../render/renderSummary.js'
import { analyzeFields } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand, parseCount, type InputOptions } from '../inputCommand.js'
import { recordOf, type Job, type JobSpec } from '../job.js'
import { runCommand } from '../runCommand.js'

interface AnalyzeCliOptions extends InputOptions {
  sentences: number
}

/** The `analyze` job: every view at once. */
export function analyzeJob(spec: JobSpec): Job {
  const { sentences } = spec.options as Partial<AnalyzeCliOptions>
  return (input, ctx) => {
    const analysis = analyze(parse(input.text), { model: ctx.model(), sentences })
    if (spec.format === 'json') return renderJson(recordOf(input, analyzeFields(analysis)))
    const { paint, width } = ctx
    return [renderSummary(analysis, paint, width), paint.bold('Quotes'), renderQuotes(analysis.quotes.filter((q) => q.kind !== 'indirect'), paint, width),
      paint.bold('Entities'), renderEntities(analysis.entities, paint, width)].join('\n')
  }
}

/** `analyze`: everything; with --json, one record holding the fields of every other view. */
export function analyzeCommand(deps: CliDeps): Command {
  return inputCommand('analyze', 'everything: structure, quotes, entities and key sentences')
    .option('--sentences <n>', 'number of key sentences', parseCount, 3)
    .action((paths: string[], opts: AnalyzeCliOptions, cmd: Command) =>
      runCommand(deps, paths, opts, cmd, { command: 'analyze', options: { sentences: opts.sentences } }))
}
