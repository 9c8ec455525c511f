// Hand-made analyses for renderer tests: the real parser, with quotes and entities written out by hand, so the
// views are tested independently of the quote attributor and the entity tagger.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '../../src/parse/parse.js'
import type { Analysis, Entity, EntityType, Quote, Span } from '../../src/types.js'

export const SEED_PATH = join(import.meta.dirname, '../../fixtures/seed-adg-north-korea.txt')

/** The span of the `nth` (0-based) occurrence of `needle` in `text`, or of `needle` inside the first `context`. */
export function spanOf(text: string, needle: string, nth: number | string = 0): Span {
  if (typeof nth === 'string') {
    const ctx = spanOf(text, nth)
    const at = ctx.start + nth.indexOf(needle)
    if (!nth.includes(needle)) throw new Error(`${needle} not in ${nth}`)
    return { text: needle, start: at, end: at + needle.length }
  }
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`not found: ${needle} (#${nth})`)
  }
  return { text: needle, start: at, end: at + needle.length }
}

interface QuoteSpec {
  text: string
  speaker?: string
  type?: EntityType
  title?: string
  mention?: [string, (number | string)?]
  cue?: [string, (number | string)?]
  kind?: Quote['kind']
  nth?: number
}

/** Builds an Analysis from raw text, with quotes and entities located by their text. */
export function fakeAnalysis(text: string, quotes: QuoteSpec[], entities: { name: string; type: EntityType; forms: string[] }[] = []): Analysis {
  const article = parse(text)
  const qs: Quote[] = quotes.map((q) => ({
    ...spanOf(text, q.text, q.nth),
    kind: q.kind ?? 'direct',
    speaker: q.speaker
      ? { name: q.speaker, type: q.type ?? 'PERSON', title: q.title ?? null, mention: q.mention ? spanOf(text, q.mention[0], q.mention[1]) : null }
      : null,
    cue: q.cue ? spanOf(text, q.cue[0], q.cue[1]) : null,
  }))
  qs.sort((a, b) => a.start - b.start)
  const es: Entity[] = entities.map((e) => {
    const mentions: Span[] = []
    for (const form of e.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (!mentions.some((m) => m.start < at + form.length && at < m.end)) mentions.push({ text: form, start: at, end: at + form.length })
      }
    }
    mentions.sort((a, b) => a.start - b.start)
    return { name: e.name, type: e.type, count: mentions.length, aliases: e.forms.filter((f) => f !== e.name), mentions }
  })
  return { article, sentences: [], entities: es, quotes: qs, summary: [] }
}

/** The seed article with its main quotes attributed as issue 2 expects, and a few entities. */
export function seedAnalysis(): Analysis {
  const text = readFileSync(SEED_PATH, 'utf8')
  return fakeAnalysis(
    text,
    [
      { text: 'maximum pressure', kind: 'partial' },
      { text: 'We must increase the costs of the regime\'s behavior to the point that North Korea must come to the table for credible negotiations,', speaker: 'Rex Tillerson', title: 'Secretary of State', mention: ['Tillerson', 'Tillerson said in'], cue: ['said', 'Tillerson said in'] },
      { text: 'significant first step toward restoring inter-Korean relations.', speaker: 'Kang Kyung-wha', title: 'South Korean Foreign Minister', mention: ['Kang Kyung-wha'], cue: ['said', 'Kang Kyung-wha said'], kind: 'partial' },
      { text: 'wants to buy some time to continue their nuclear and missile programs.', speaker: 'Taro Kono', title: 'Japanese Foreign Minister', mention: ['Taro Kono'], cue: ['saying'], kind: 'partial' },
      { text: 'the North Korean regime is still going down the path', speaker: 'Boris Johnson', title: 'British Foreign Secretary', mention: ['Boris Johnson'], cue: ['told reporters'], kind: 'partial' },
      { text: 'North Korea\'s willingness to launch missiles at any time presents a threat to people of all nationalities in the region\'s airspace each day,', speaker: 'Rex Tillerson', title: 'Secretary of State', mention: ['he', 'day," he said'], cue: ['said', 'day," he said'] },
      { text: 'might prompt a change in North Korea\'s destructive behavior.', speaker: 'the White House', type: 'ORGANIZATION', mention: ['The White House'], kind: 'partial' },
      { text: 'much bigger & more powerful', speaker: 'Donald Trump', title: 'President', mention: ['Trump', 'Trump tweeted'], cue: ['tweeted'], kind: 'partial' },
    ],
    [
      { name: 'Rex Tillerson', type: 'PERSON', forms: ['Rex Tillerson', 'Tillerson'] },
      { name: 'North Korea', type: 'LOCATION', forms: ['North Korea'] },
      { name: 'The Associated Press', type: 'ORGANIZATION', forms: ['The Associated Press'] },
      { name: 'Korean War', type: 'MISC', forms: ['Korean War'] },
    ],
  )
}
