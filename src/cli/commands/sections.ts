import type { Command } from 'commander'
import { parse } from '../../parse/parse.js'
import { csvRow } from '../../render/csv.js'
import { renderJson } from '../../render/renderJson.js'
import { renderSections } from '../../render/renderSections.js'
import { sectionsFields } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { inputCommand, type InputOptions } from '../inputCommand.js'
import { recordOf, type Job, type JobSpec } from '../job.js'
import { runCommand } from '../runCommand.js'

/** Columns of `sections --format csv`: one row per block. */
export const SECTIONS_CSV = ['file', 'kind', 'start', 'end', 'text']

/** The `sections` job: parse only (no model). */
export function sectionsJob(spec: JobSpec): Job {
  return (input, ctx) => {
    const article = parse(input.text)
    if (spec.format === 'json') return renderJson(recordOf(input, sectionsFields(article)))
    if (spec.format === 'csv') return article.blocks.map((b) => csvRow([input.label, b.kind, b.start, b.end, b.text])).join('')
    return renderSections(article, ctx.paint, ctx.width)
  }
}

/** `sections`: the article's structure and print metadata. */
export function sectionsCommand(deps: CliDeps): Command {
  return inputCommand('sections', 'structure and print metadata: headline, byline, dateline, captions, paragraphs, promos, credits', ['table', 'json', 'csv'])
    .action((paths: string[], opts: InputOptions, cmd: Command) => runCommand(deps, paths, opts, cmd, { command: 'sections', options: {}, csvHeader: SECTIONS_CSV }))
}
