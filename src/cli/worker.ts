import { parentPort, workerData } from 'node:worker_threads'
import { serveJobs } from './serveJobs.js'

// A worker thread of the pool, when the CLI runs from dist/cli/ (the bundled CLI starts its workers from
// dist/bundle/worker.js instead, see scripts/bundle.mjs).
serveJobs(parentPort!, workerData)
