import type { Command } from 'commander'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { renderShow } from '../../render/renderShow.js'
import { UsageError, type CliDeps } from '../deps.js'
import { hideFormatOptions } from '../hideFormatOptions.js'
import { inputCommand, parsePositiveInt, type InputOptions } from '../inputCommand.js'
import type { Job, JobSpec } from '../job.js'
import { pageOutput, processPageContext } from '../page.js'
import { runCommand } from '../runCommand.js'

interface ShowCliOptions extends InputOptions {
  entities?: boolean
  indirect?: boolean
  width?: number
  pager: boolean
}

/** The `show` job: the article, wrapped and marked up. */
export function showJob(spec: JobSpec): Job {
  const { entities, indirect, width } = spec.options as Partial<ShowCliOptions>
  return (input, ctx) => renderShow(analyze(parse(input.text), { model: ctx.model() }), ctx.paint, width ?? ctx.width, { entities, indirect })
}

/** `show`: the article itself in the terminal, quotes coloured by speaker; paged when stdout is a terminal. */
export function showCommand(deps: CliDeps): Command {
  return hideFormatOptions(inputCommand('show', 'the article itself, each quote coloured by its speaker, with a legend (bracket marks without colour)', ['table'])
    .option('--entities', 'also mark entity mentions by type')
    .option('--indirect', 'also mark reported speech')
    .option('--width <n>', 'wrap to this many columns (default: the terminal width)', parsePositiveInt)
    .option('--no-pager', 'never page, even on a terminal ($PAGER, default "less -R")')
    .action(async (paths: string[], opts: ShowCliOptions, cmd: Command) => {
      if (opts.json || opts.format) throw new UsageError('show prints the article for reading; for JSON use "analyze --json"')
      const run = { command: 'show', options: { entities: opts.entities, indirect: opts.indirect, width: opts.width } }
      if (!opts.pager) return runCommand(deps, paths, opts, cmd, run)
      let text = ''
      await runCommand({ ...deps, write: async (s) => void (text += s) }, paths, opts, cmd, run)
      await pageOutput(text, processPageContext(deps.write))
    }))
}
