import type { Command } from 'commander'
import { SpeakerAggregate, type SpeakerTotal } from '../../aggregate/aggregateSpeakers.js'
import { analyze } from '../../analyze.js'
import { parse } from '../../parse/parse.js'
import { csvRow } from '../../render/csv.js'
import type { Paint } from '../../render/paint.js'
import { renderJson } from '../../render/renderJson.js'
import { renderSpeakerTotals } from '../../render/renderSpeakerTotals.js'
import { speakerCounts } from '../../render/toRecord.js'
import type { CliDeps } from '../deps.js'
import { groupOf, parseGroupBy } from '../groupOf.js'
import { inputCommand, parsePositiveInt, type InputOptions } from '../inputCommand.js'
import type { Job, JobSpec } from '../job.js'
import { runCommand } from '../runCommand.js'
import { topPerGroup } from './entities.js'

interface SpeakersOptions extends InputOptions {
  by?: string
  top?: number
}

/** Columns of `speakers --format csv`. */
export const SPEAKERS_CSV = ['group', 'speaker', 'type', 'quotes', 'articles', 'co_quoted']

/** The `speakers` job: each article's quoted speakers (direct and partial quotes) with their counts. */
export function speakersJob(spec: JobSpec): Job {
  const { by } = spec.options as Partial<SpeakersOptions>
  return (input, ctx) => {
    const { quotes } = analyze(parse(input.text), { model: ctx.model() })
    const types = new Map(quotes.flatMap((q) => (q.speaker ? [[q.speaker.name, q.speaker.type] as const] : [])))
    const speakers = speakerCounts(quotes).map((s) => ({ name: s.name, type: types.get(s.name) ?? 'PERSON', quotes: s.quotes }))
    return { data: { group: groupOf(input, by), speakers } }
  }
}

/** `speakers`: who is quoted most across a corpus, in how many articles, and alongside whom. */
export function speakersCommand(deps: CliDeps): Command {
  return inputCommand('speakers', 'corpus report: each speaker\'s quotes and articles, and who they are quoted with', ['table', 'json', 'csv'])
    .option('--by <key>', 'group by "source" (the input\'s folder, or an NDJSON "source" field) or any NDJSON field', parseGroupBy)
    .option('--top <n>', 'show only the N most quoted speakers (per group); tables default to 25', parsePositiveInt)
    .action((paths: string[], opts: SpeakersOptions, cmd: Command) => {
      const total = new SpeakerAggregate()
      return runCommand(deps, paths, opts, cmd, {
        command: 'speakers',
        options: { by: opts.by },
        csvHeader: SPEAKERS_CSV,
        onData: (data) => total.add(data as Parameters<SpeakerAggregate['add']>[0]),
        finish: (format, paint) => renderRows(topPerGroup(total.result(), opts.top, format), format, paint, deps.width),
      })
    })
}

function renderRows(rows: SpeakerTotal[], format: string, paint: Paint, width: number): string {
  if (format === 'json') return rows.map((r) => renderJson(r)).join('')
  if (format === 'csv') {
    return rows.map((r) => csvRow([r.group, r.name, r.type, r.quotes, r.articles, r.coQuoted.map((c) => `${c.name} (${c.articles})`).join('; ')])).join('')
  }
  return renderSpeakerTotals(rows, paint, width)
}
