import { parentPort, workerData } from 'node:worker_threads'
import type { NerModel } from '../nlp/entities/NerModel.js'
import type { JobContext, JobSpec } from './job.js'
import { makeJob } from './makeJob.js'
import { loadShippedModel } from './loadModel.js'
import { makePaint } from './makePaint.js'
import { runItem } from './runItem.js'

// A worker thread of the pool: builds the job from the posted spec and answers each item with its result.
const spec = (workerData as { spec: JobSpec }).spec
let model: NerModel | undefined
const ctx: JobContext = { model: () => (model ??= loadShippedModel()), paint: makePaint(spec.color), width: spec.width }
const job = makeJob(spec)
parentPort!.on('message', ({ id, item }) => parentPort!.postMessage({ id, result: runItem(job, item, ctx) }))
