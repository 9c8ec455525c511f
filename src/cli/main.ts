import { readFileSync } from 'node:fs'
import { CommanderError } from 'commander'
import type { NerModel } from '../nlp/entities/NerModel.js'
import { UsageError, type CliDeps } from './deps.js'
import { makeWriter } from './io.js'
import { loadShippedModel } from './loadModel.js'
import { makePaint, wantsColor } from './makePaint.js'
import { buildProgram } from './program.js'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

/**
 * Runs the CLI on `argv` (without node and script) and resolves to the exit code: 0 when every input was
 * processed, 1 when any failed, 2 for a usage error, 130 when interrupted (Ctrl-C stops after the record being
 * written, so no line is left half-written; a second Ctrl-C exits at once). The only place that catches errors.
 */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0
  let closed = false
  let interrupted = false
  process.on('SIGINT', () => {
    if (interrupted) process.exit(130)
    interrupted = closed = true
  })
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true
    else throw e
  })
  let model: NerModel | undefined
  const deps: CliDeps = {
    write: makeWriter(process.stdout, () => closed),
    warn: (line) => void process.stderr.write(line + '\n'),
    get stdin() {
      return process.stdin
    },
    // A getter, like stdin: process.stdin is a stream made on first use (loading node's stream modules), which a run
    // over files never needs.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY)
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    color: (flag) => wantsColor(flag, process.env, Boolean(process.stdout.isTTY)),
    paint: makePaint,
    width: Math.max(60, Math.min(process.stdout.columns || 100, 160)),
    model: () => (model ??= loadShippedModel()),
    fail: () => { exitCode = 1 },
    isClosed: () => closed,
  }
  const program = buildProgram(deps, VERSION, argv[0])
  for (const c of [program, ...program.commands]) {
    c.exitOverride().configureOutput({ outputError: (str, write) => write(`article-inspect: ${str.replace(/^error: /, '')}`) })
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    process.stderr.write(`article-inspect: ${(e as Error)?.message ?? e}\n`)
    return e instanceof UsageError ? 2 : 1
  }
  return interrupted ? 130 : exitCode
}
