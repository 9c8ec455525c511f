import type { MessagePort } from 'node:worker_threads'
import type { NerModel } from '../nlp/entities/NerModel.js'
import type { JobContext, JobSpec } from './job.js'
import { loadShippedModel } from './loadModel.js'
import { makeJob } from './makeJob.js'
import { makePaint } from './makePaint.js'
import { runItem } from './runItem.js'

/**
 * The work of a pool's worker thread: builds the job from the posted spec (`workerData.spec`) and answers each
 * `{ id, item }` message on `port` with `{ id, result }`. The entity model is loaded on first use.
 */
export function serveJobs(port: MessagePort, workerData: unknown): void {
  const spec = (workerData as { spec: JobSpec }).spec
  let model: NerModel | undefined
  const ctx: JobContext = { model: () => (model ??= loadShippedModel()), paint: makePaint(spec.color), width: spec.width }
  const job = makeJob(spec)
  port.on('message', ({ id, item }) => port.postMessage({ id, result: runItem(job, item, ctx) }))
}
