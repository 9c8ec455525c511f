import type { Quote } from '../types.js'
import { groupBySpeaker } from '../nlp/quotes/groupBySpeaker.js'
import type { Paint } from './paint.js'
import { oneLine } from './sanitize.js'
import { renderTable } from './table.js'

/** Options of the human `quotes` view. */
export interface QuotesViewOptions {
  /** One table per speaker instead of one table in article order. */
  bySpeaker?: boolean
}

/**
 * The human `quotes` view: who said what, in article order, each speaker in their own colour, the title under
 * the name and the cue beside it. Unattributed quotes show "—". The caller filters out kinds it hides.
 */
export function renderQuotes(quotes: Quote[], paint: Paint, width: number, options: QuotesViewOptions = {}): string {
  if (!quotes.length) return paint.dim('No quotes found.') + '\n'
  const order = speakerOrder(quotes)
  const color = (q: Quote, s: string) => (q.speaker ? paint.speaker(order.get(q.speaker.name) ?? 0, s) : s)
  const speakerCell = (q: Quote) => {
    if (!q.speaker) return paint.dim('—')
    const lines = [color(q, oneLine(q.speaker.name))]
    if (q.speaker.title) lines.push(paint.dim(oneLine(q.speaker.title)))
    if (q.speaker.mention && !q.speaker.name.includes(q.speaker.mention.text)) lines.push(paint.dim(`as “${oneLine(q.speaker.mention.text)}”`))
    return lines.join('\n')
  }
  const quoteCell = (q: Quote) => {
    const text = q.kind === 'indirect' ? oneLine(q.text) : `“${oneLine(q.text)}”`
    return color(q, text) + (q.kind === 'direct' ? '' : paint.dim(` (${q.kind})`))
  }
  const cueCell = (q: Quote) => (q.cue ? paint.underline(oneLine(q.cue.text)) : '')
  const table = (qs: Quote[]) =>
    renderTable(
      [{ head: 'Speaker', max: 28 }, { head: 'Quote', flex: true }, { head: 'Cue', max: 16 }, { head: 'Offsets', max: 14 }],
      qs.map((q) => [speakerCell(q), quoteCell(q), cueCell(q), `${q.start}–${q.end}`]),
      paint,
      width,
    )
  if (!options.bySpeaker) return table(quotes) + '\n'
  return groupBySpeaker(quotes)
    .map(({ speaker, quotes: qs }) => {
      const title = speaker ? paint.bold(color(qs[0], oneLine(speaker))) : paint.bold('Unattributed')
      return `${title} ${paint.dim(`(${qs.length} ${qs.length === 1 ? 'quote' : 'quotes'})`)}\n${table(qs)}`
    })
    .join('\n\n') + '\n'
}

/** Each speaker's position in order of first appearance, which picks their colour. */
export function speakerOrder(quotes: Quote[]): Map<string, number> {
  const order = new Map<string, number>()
  for (const q of quotes) if (q.speaker && !order.has(q.speaker.name)) order.set(q.speaker.name, order.size)
  return order
}
