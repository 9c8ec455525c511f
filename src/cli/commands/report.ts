import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import type { ReportInput } from '../../render/html/renderArticle.js'
import { renderReport } from '../../render/html/renderReport.js'
import { UsageError, type CliDeps } from '../deps.js'
import { hideFormatOptions } from '../hideFormatOptions.js'
import { inputCommand, type InputOptions } from '../inputCommand.js'
import type { Job } from '../job.js'
import { runCommand } from '../runCommand.js'

interface ReportOptions extends InputOptions {
  output?: string
  title?: string
  indirect?: boolean
}

/** The `report` job: each input's analysis, handed to the report (which needs them all). */
export function reportJob(): Job {
  return (input, ctx) => ({ data: { file: input.label, analysis: analyze(parse(input.text), { model: ctx.model() }) } satisfies ReportInput })
}

/**
 * `report`: one self-contained HTML file for all inputs, to stdout or `--output`. Failing inputs are reported
 * and left out (exit 1); when none is left, nothing is written.
 */
export function reportCommand(deps: CliDeps): Command {
  return hideFormatOptions(inputCommand('report', 'a self-contained HTML report: quotes highlighted per speaker, speakers, entities; an index for several', ['table'])
    .option('-o, --output <file>', 'write the HTML to FILE (default: standard output)')
    .option('--title <text>', 'page title (default: the headline, or "article-inspect report")')
    .option('--indirect', 'also highlight reported speech')
    .action(async (paths: string[], opts: ReportOptions, cmd: Command) => {
      if (opts.json || opts.format) throw new UsageError('report writes HTML; for JSON use "analyze --json"')
      const inputs: ReportInput[] = []
      await runCommand(deps, paths, opts, cmd, { command: 'report', options: {}, onData: (d) => inputs.push(d as ReportInput) })
      if (!inputs.length) return
      const html = renderReport(inputs, { title: opts.title, indirect: opts.indirect })
      if (!opts.output || opts.output === '-') return deps.write(html)
      try {
        writeFileSync(opts.output, html)
      } catch (e) {
        const { code, message } = e as NodeJS.ErrnoException
        throw new Error(`cannot write ${opts.output}: ${code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'is a directory' : message}`)
      }
    }))
}
