import type { NerModel } from '../nlp/entities/NerModel.js'
import type { Paint } from '../render/paint.js'

/** What subcommands need from the outside world; `main` builds it from the process, tests may fake it. */
export interface CliDeps {
  /** Writes data to standard output, honouring back-pressure. */
  write(s: string): Promise<void>
  /** Writes one diagnostic line to standard error. */
  warn(line: string): void
  stdin: NodeJS.ReadableStream
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  stderr: NodeJS.WriteStream
  stderrIsTTY: boolean
  /** Whether human output is coloured, given the --color/--no-color flag (undefined when neither was given). */
  color(flag: boolean | undefined): boolean
  /** The paint for human output. */
  paint(color: boolean): Paint
  /** Width of the terminal in columns, for tables. */
  width: number
  /** The entity model, loaded on first use. */
  model(): NerModel
  /** Marks the run as failed (exit code 1) and goes on. */
  fail(): void
  /** True once standard output has gone away (EPIPE): stop working quietly. */
  isClosed(): boolean
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}
