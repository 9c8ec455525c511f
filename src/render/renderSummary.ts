import type { Analysis } from '../types.js'
import type { Paint } from './paint.js'
import { formatCount } from './formatCount.js'
import { oneLine } from './sanitize.js'
import { renderTable } from './table.js'
import { speakerCounts, SUMMARY_ENTITIES } from './toRecord.js'
import { articleStats } from '../nlp/stats/articleStats.js'

/**
 * The human `summary` view: headline and print metadata, size and reading time, who is quoted how often, the
 * top entities, and the key sentences.
 */
export function renderSummary(x: Analysis, paint: Paint, width: number): string {
  const a = x.article
  const stats = articleStats(a)
  const out: string[] = []
  out.push(paint.bold(a.headline ? oneLine(a.headline.text) : '(no headline)'))
  const meta = [
    a.date,
    a.section && `Section ${oneLine(a.section.name)}`,
    a.dateline && oneLine(a.dateline.place ?? a.dateline.text),
    `${formatCount(stats.wordCount)} words`,
    `${stats.paragraphCount} paragraphs`,
    `${stats.readingMinutes} min read`,
  ].filter(Boolean)
  out.push(paint.dim(meta.join(' · ')))
  const speakers = speakerCounts(x.quotes)
  const quoted = x.quotes.filter((q) => q.kind !== 'indirect').length
  out.push('', `${paint.bold('Quotes')} ${quoted} from ${speakers.length} ${speakers.length === 1 ? 'speaker' : 'speakers'}`)
  if (speakers.length) {
    out.push(renderTable([{ head: 'Speaker', max: 48 }, { head: 'Quotes', right: true }],
      speakers.map((s, i) => [paint.speaker(i, oneLine(s.name)), String(s.quotes)]), paint, width, { compact: true }))
  }
  const top = x.entities.slice(0, SUMMARY_ENTITIES)
  out.push('', `${paint.bold('Top entities')}`)
  if (top.length) {
    out.push(renderTable([{ head: 'Type' }, { head: 'Name', max: 48 }, { head: 'Count', right: true }],
      top.map((e) => [paint.entity(e.type, e.type), oneLine(e.name), String(e.count)]), paint, width, { compact: true }))
  } else out.push(paint.dim('none'))
  out.push('', paint.bold('Key sentences'))
  x.summary.forEach((s, i) => out.push(`${paint.dim(`${i + 1}.`)} ${oneLine(s.text)}`))
  if (!x.summary.length) out.push(paint.dim('none'))
  return out.join('\n') + '\n'
}
