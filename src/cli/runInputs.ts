import { renderJson } from '../render/renderJson.js'
import { sanitize } from '../render/sanitize.js'
import type { CliDeps } from './deps.js'
import { UsageError } from './deps.js'
import type { InputOptions } from './inputCommand.js'
import type { JobContext, JobSpec } from './job.js'
import { makeJob } from './makeJob.js'
import { countInputs } from './countInputs.js'
import { isDirectory } from './expandPaths.js'
import { startProgress } from './progress.js'
import { readItems, type Item } from './readItems.js'
import { runItem, type ItemResult } from './runItem.js'
import { WorkerPool } from './workerPool.js'

/** Items read ahead of the output, per worker; and the most input bytes held in flight. */
const QUEUE_PER_JOB = 4
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024

/**
 * Runs a job over every input, streaming results to stdout in input order, record by record. Inputs are
 * files, folders (recursive, --glob), NDJSON corpora (--ndjson-input) or standard input (when no path is
 * given, or "-"). Many inputs run on --jobs worker threads; output is the same as with one. A failing input
 * gives one stderr line `article-inspect: <input>: <reason>` (and a `{"file","error"}` record in JSON), marks the
 * run failed, and the rest go on. Aggregate jobs hand their data to `onData` instead of printing.
 */
export async function runInputs(deps: CliDeps, paths: string[], opts: InputOptions, spec: JobSpec, onData?: (data: unknown) => void): Promise<void> {
  if (!paths.length) {
    if (deps.stdinIsTTY) throw new UsageError('no input: give one or more files or folders, or pipe text to standard input')
    paths = ['-']
  }
  const many = paths.length > 1 || Boolean(opts.ndjsonInput) || paths.some((p) => p !== '-' && isDirectory(p))
  const pool = many && opts.jobs > 1 ? new WorkerPool(opts.jobs, spec) : null
  let job = pool ? null : makeJob(spec)
  const ctx: JobContext = { model: deps.model, paint: deps.paint(spec.color), width: spec.width }
  const exec = (item: Item): Promise<ItemResult> => (pool && !item.error ? pool.run(item) : Promise.resolve(runItem(job ?? (job = makeJob(spec)), item, ctx)))
  const progress = many && !opts.quiet && deps.stderrIsTTY && (onData || !deps.stdoutIsTTY) ? startProgress(deps.stderr) : null
  if (progress) void countInputs(paths, opts.glob, opts.ndjsonInput).then((n) => n !== null && progress.setTotal(n), () => undefined)
  const queue: { item: Item; result: Promise<ItemResult>; size: number }[] = []
  let inFlight = 0
  const emit = async () => {
    const { item, result, size } = queue.shift()!
    const r = await result
    inFlight -= size
    progress?.tick()
    if (r.error) return report(deps, spec, item, r.error)
    if (r.data !== undefined) onData?.(r.data)
    if (r.out !== undefined) await deps.write(many && spec.format === 'table' ? `==> ${sanitize(item.label)} <==\n${r.out}\n` : r.out)
  }
  try {
    // stdin through a getter: process.stdin is a stream made on first use, which a run over files never needs.
    const read = { glob: opts.glob, ndjson: opts.ndjsonInput, maxBytes: opts.maxBytes, get stdin() { return deps.stdin } }
    for await (const item of readItems(paths, read)) {
      // Files are read synchronously: let Ctrl-C and stdout errors in between items.
      await new Promise((resolve) => setImmediate(resolve))
      if (deps.isClosed()) break
      const size = item.bytes?.length ?? item.text?.length ?? 0
      queue.push({ item, result: exec(item), size })
      inFlight += size
      while (queue.length >= QUEUE_PER_JOB * Math.max(1, opts.jobs) || inFlight > MAX_BYTES_IN_FLIGHT) await emit()
    }
    while (queue.length && !deps.isClosed()) await emit()
  } finally {
    progress?.stop()
    await pool?.close()
  }
}

async function report(deps: CliDeps, spec: JobSpec, item: Item, error: { code: string; message: string }) {
  deps.warn(`article-inspect: ${sanitize(item.label)}: ${error.message}`)
  deps.fail()
  if (spec.format !== 'json') return
  const id = item.extra?.id
  await deps.write(renderJson({ file: item.file, ...(item.line !== undefined ? { line: item.line } : {}), ...(id !== undefined ? { id } : {}), error }))
}

