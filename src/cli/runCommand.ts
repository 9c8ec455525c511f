import type { Command } from 'commander'
import type { Paint } from '../render/paint.js'
import { csvRow } from '../render/csv.js'
import type { CliDeps } from './deps.js'
import { formatOf, type InputOptions } from './inputCommand.js'
import type { Format, JobSpec } from './job.js'
import { runInputs } from './runInputs.js'

/** What a subcommand runs: its job (by name and options), and for corpus reports how results add up. */
export interface CommandRun {
  command: string
  options: Record<string, unknown>
  csvHeader?: string[]
  /** Receives each input's data, in input order, for a corpus-wide report. */
  onData?: (data: unknown) => void
  /** Renders the corpus-wide report once every input is done. */
  finish?: (format: Format, paint: Paint) => string
}

/** Runs a subcommand's job over its inputs in the requested format, then prints any corpus-wide report. */
export async function runCommand(deps: CliDeps, paths: string[], opts: InputOptions, cmd: Command, run: CommandRun): Promise<void> {
  const format = formatOf(opts)
  const color = deps.color(cmd.optsWithGlobals().color)
  const spec: JobSpec = { command: run.command, format, options: run.options, color, width: deps.width }
  if (format === 'csv' && run.csvHeader) await deps.write(csvRow(run.csvHeader))
  await runInputs(deps, paths, opts, spec, run.onData)
  if (run.finish && !deps.isClosed()) await deps.write(run.finish(format, deps.paint(color)))
}
