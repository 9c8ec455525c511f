import { createRequire } from 'node:module'
import type { Worker } from 'node:worker_threads'
import type { JobSpec } from './job.js'
import type { Item } from './readItems.js'
import type { ItemResult } from './runItem.js'

interface Pending {
  resolve: (r: ItemResult) => void
  worker: Worker
}

/**
 * A fixed set of worker threads running one job spec. `run` hands an item to the least busy worker and
 * resolves with its result; a worker that dies fails only its own items (code ECRASH) and is replaced.
 */
export class WorkerPool {
  private readonly workers: Worker[] = []
  private readonly load = new Map<Worker, number>()
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private closed = false

  constructor(size: number, private readonly spec: JobSpec) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn())
  }

  /** Processes one item on a worker thread. */
  run(item: Item): Promise<ItemResult> {
    const worker = this.workers.reduce((a, b) => ((this.load.get(b) ?? 0) < (this.load.get(a) ?? 0) ? b : a))
    const id = this.nextId++
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1)
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, worker })
      worker.postMessage({ id, item })
    })
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private spawn(): Worker {
    // node:worker_threads is loaded only when a pool is started: it costs every run several ms.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { spec: this.spec } })
    this.load.set(worker, 0)
    worker.on('message', ({ id, result }: { id: number; result: ItemResult }) => {
      const p = this.pending.get(id)
      if (!p) return
      this.pending.delete(id)
      this.load.set(worker, (this.load.get(worker) ?? 1) - 1)
      p.resolve(result)
    })
    worker.on('error', (e) => this.replace(worker, String(e?.message ?? e).split('\n')[0]))
    worker.on('exit', (code) => { if (code !== 0) this.replace(worker, `worker stopped with exit code ${code}`) })
    return worker
  }

  private replace(dead: Worker, reason: string) {
    const i = this.workers.indexOf(dead)
    if (i < 0 || this.closed) return
    for (const [id, p] of this.pending) {
      if (p.worker !== dead) continue
      this.pending.delete(id)
      p.resolve({ error: { code: 'ECRASH', message: `analysis crashed: ${reason}` } })
    }
    this.load.delete(dead)
    this.workers[i] = this.spawn()
  }
}
