import { analyzeJob } from './commands/analyzeCommand.js'
import { entitiesJob } from './commands/entities.js'
import { quotesJob } from './commands/quotes.js'
import { reportJob } from './commands/report.js'
import { sectionsJob } from './commands/sections.js'
import { showJob } from './commands/show.js'
import { speakersJob } from './commands/speakers.js'
import { summaryJob } from './commands/summary.js'
import type { Job, JobSpec } from './job.js'

const JOBS: Record<string, (spec: JobSpec) => Job> = {
  analyze: analyzeJob,
  entities: entitiesJob,
  quotes: quotesJob,
  report: reportJob,
  sections: sectionsJob,
  show: showJob,
  speakers: speakersJob,
  summary: summaryJob,
}

/** The job of a command, rebuilt from its spec (in the main thread or in a worker). */
export function makeJob(spec: JobSpec): Job {
  const make = JOBS[spec.command]
  if (!make) throw new Error(`unknown job: ${spec.command}`)
  return make(spec)
}
