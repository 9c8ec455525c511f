import type { Paint } from './paint.js'
import type { SpeakerInfo } from './listSpeakers.js'
import { oneLine } from './sanitize.js'
import { wrapRuns, type Run } from './wrapRuns.js'

/** Short codes of entity types in bracket marks (`{Rex Tillerson|PER}`); other types show as they are. */
export const TYPE_CODES: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' }

/** What the legend of the `show` view lists. */
export interface LegendInput {
  speakers: SpeakerInfo[]
  unattributed: number
  /** Entity types marked in the text, or null when entities are not marked. */
  entityTypes: string[] | null
  brackets: boolean
}

const plain = (s: string) => s
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`

/**
 * The legend above the `show` view, wrapped to `width`: each speaker's colour swatch (or bracket label), name,
 * title and quote count, the unattributed quotes, and with entities the type colours (or codes).
 */
export function renderShowLegend(input: LegendInput, paint: Paint, width: number): string[] {
  const { brackets } = input
  const how = brackets ? 'quotes marked [Speaker: …]' : 'quotes in the speaker’s colour, cue underlined'
  const items: Run[][] = input.speakers.map((s) => {
    const colour = (t: string) => paint.speaker(s.index, t)
    return [
      brackets ? { text: `[${s.label}] `, paint: plain } : { text: '■ ', paint: colour },
      { text: oneLine(s.name), paint: colour },
      { text: `${s.title ? `, ${oneLine(s.title)}` : ''} — ${plural(s.quotes, 'quote')}`, paint: plain },
    ]
  })
  if (input.unattributed) items.push([{ text: brackets ? '[?] ' : '□ ', paint: plain }, { text: 'unattributed', paint: paint.dim }, { text: ` — ${plural(input.unattributed, 'quote')}`, paint: plain }])
  if (!input.speakers.length && !input.unattributed) items.push([{ text: 'no quotes found', paint: paint.dim }])
  const lines = wrapRuns([{ text: 'Speakers ', paint: paint.bold }, { text: `(${how})`, paint: paint.dim }], width)
  for (const item of items) lines.push(...wrapRuns(item, width - 2).map((l) => `  ${l}`))
  if (input.entityTypes) {
    const types = [...input.entityTypes].sort()
    const keys: Run[] = types.map((t, i) => {
      const sep = i ? (brackets ? ', ' : ' ') : ''
      if (!brackets) return { text: `${sep}${t}`, paint: (s: string) => paint.entity(t, s) }
      return { text: `${sep}${TYPE_CODES[t] && TYPE_CODES[t] !== t ? `${TYPE_CODES[t]} = ${t}` : t}`, paint: plain }
    })
    const head: Run[] = [{ text: 'Entities ', paint: paint.bold }, ...(brackets ? [{ text: '(marked {name|TYPE}) ', paint: paint.dim }] : [])]
    lines.push(...wrapRuns([...head, ...(keys.length ? keys : [{ text: 'none found', paint: paint.dim }])], width))
  }
  return lines
}
