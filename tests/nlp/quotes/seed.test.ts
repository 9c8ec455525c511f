import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { filterBySpeaker } from '../../../src/nlp/quotes/filterBySpeaker.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'

/** The quote checks of ../shared/eval/check-seed.mjs, on the seed's copy in fixtures/. */
const text = fs.readFileSync(new URL('../../../fixtures/seed-adg-north-korea.txt', import.meta.url), 'utf8').replace(/^\uFEFF/, '')
const article = parse(text)
const quotes = findQuotes(article, articleSentences(article), [])
const key = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9 ]/g, '').trim()

describe('seed article quotes', () => {
  it.each([
    ['We must increase the costs', 'tillerson'], ['significant first step', 'kang'], ['wants to buy some time', 'kono'],
    ['the North Korean regime is still going', 'johnson'], ['unacceptable', 'lavrov'], ['destructive', 'lavrov'],
    ["doesn't include important parties", 'lu kang'], ["North Korea's willingness to launch missiles", 'tillerson'],
    ['much bigger & more powerful', 'trump'], ['might prompt a change', 'white house'], ['The spasm of Trump', 'rodong'],
  ])('%j is by %s', (start, who) => {
    const hit = quotes.find((q) => key(q.text).startsWith(key(start)))
    expect(hit).toBeDefined()
    expect(key(hit!.speaker?.name ?? '')).toContain(who)
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text)
  })

  it('gives "nuclear button tweet" to nobody or to Trump', () => {
    for (const q of quotes.filter((x) => /nuclear button tweet/.test(x.text))) expect(q.speaker?.name ?? 'Trump').toMatch(/Trump/)
  })

  it('--speaker Tillerson finds his two full quotes and only his', () => {
    const his = filterBySpeaker(quotes, 'Tillerson')
    expect(his.some((q) => /We must increase/.test(q.text))).toBe(true)
    expect(his.some((q) => /willingness to launch/.test(q.text))).toBe(true)
    expect(his.every((q) => /Tillerson/.test(q.speaker?.name ?? ''))).toBe(true)
  })

  it('names Tillerson canonically with his title', () => {
    const q = quotes.find((x) => /We must increase/.test(x.text))!
    expect(q.speaker).toMatchObject({ name: 'Rex Tillerson', title: 'Secretary of State', mention: { text: 'Tillerson' } })
  })
})
