import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse/parse.js'
import type { Article } from '../../src/types.js'

const seed = readFileSync(new URL('../../fixtures/seed-adg-north-korea.txt', import.meta.url), 'utf8')

/** Every block is a true span, blocks are ordered and disjoint, and every non-blank character is in one. */
export function expectBlocksCoverText(a: Article) {
  const covered = new Uint8Array(a.text.length)
  let last = 0
  for (const b of a.blocks) {
    expect(a.text.slice(b.start, b.end)).toBe(b.text)
    expect(b.start).toBeGreaterThanOrEqual(last)
    last = b.end
    covered.fill(1, b.start, b.end)
  }
  for (let i = 0; i < a.text.length; i++) if (!covered[i]) expect(a.text[i]).toMatch(/\s/)
}

const kinds = (text: string) => parse(text).blocks.map((b) => [b.kind, b.text])

describe('parse: the seed article', () => {
  const a = parse(seed)
  it('finds the headline, one caption, the section and the contributors', () => {
    expect(a.headline?.text).toBe('U.S. urges allies to help pressure N. Korea')
    expect(a.captions.map((c) => c.text)).toEqual([
      'Secretary of State Rex Tillerson meets Tuesday with Deanna Lewis of the Squamish First Nations in Vancouver, British Columbia.',
    ])
    expect(a.section).toMatchObject({ name: 'A', date: '2018-01-17', text: 'A Section on 01/17/2018' })
    expect(a.date).toBe('2018-01-17')
    expect(a.contributors).toEqual([
      { name: 'Matthew Pennington', organization: 'The Associated Press' },
      { name: 'Rick Noack', organization: 'The Washington Post' },
    ])
  })
  it('has 24 body paragraphs, a promo, a credit and trailing furniture', () => {
    const paras = a.blocks.filter((b) => b.kind === 'paragraph')
    expect(paras).toHaveLength(24)
    expect(paras[0].text).toMatch(/^Secretary of State Rex Tillerson called Tuesday/)
    expect(paras[23].text).toMatch(/^Pyongyang still agreed/)
    expect(a.blocks.filter((b) => b.kind !== 'paragraph').map((b) => b.kind)).toEqual([
      'headline', 'caption', 'caption', 'promo', 'credit', 'section', 'boilerplate',
    ])
  })
  it('covers every non-blank character with ordered blocks', () => expectBlocksCoverText(a))
})

describe('parse: layouts', () => {
  it.each([
    ['headline; deck on one line', 'Carson on defense; biography questioned\n\nBen Carson says he is under attack.',
      [['headline', 'Carson on defense;'], ['deck', 'biography questioned'], ['paragraph', 'Ben Carson says he is under attack.']]],
    ['headline ending in ";" with the deck below', 'Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican claims.\n\nABSTRACT.\n\nA more tangible upswing could help.\n\nFULL TEXT.\n\nThe jobs report cheered Democrats.',
      [['headline', 'Jobs report gives Democrats a lift;'], ['deck', 'Solid upturn could blunt Republican claims.'], ['boilerplate', 'ABSTRACT.'],
        ['deck', 'A more tangible upswing could help.'], ['boilerplate', 'FULL TEXT.'], ['paragraph', 'The jobs report cheered Democrats.']]],
    ['one long paragraph, no headline', 'The surprisingly robust jobs report cheered Democrats. It heralded a new atmosphere.',
      [['paragraph', 'The surprisingly robust jobs report cheered Democrats. It heralded a new atmosphere.']]],
    ['single-newline paragraphs', 'Title here\nFirst paragraph is here.\nSecond paragraph is here.',
      [['headline', 'Title here'], ['paragraph', 'First paragraph is here.'], ['paragraph', 'Second paragraph is here.']]],
    ['CRLF line endings', 'Title\r\n\r\nNASHUA, N.H. - Body text here.\r\n\r\nMore text.\r\n',
      [['headline', 'Title'], ['dateline', 'NASHUA, N.H. -'], ['paragraph', 'Body text here.'], ['paragraph', 'More text.']]],
    ['a byline under the headline', 'Big news today\n\nBy Jane Doe and John Roe\n\nSomething happened.',
      [['headline', 'Big news today'], ['byline', 'By Jane Doe and John Roe'], ['paragraph', 'Something happened.']]],
    ['a hard-wrapped note', 'Title\n\nBody.\n\nEditor’s note: Donald Trump regularly\nincites\npolitical violence and is a serial liar,\nracist.',
      [['headline', 'Title'], ['paragraph', 'Body.'], ['note', 'Editor’s note: Donald Trump regularly\nincites\npolitical violence and is a serial liar,\nracist.']]],
    ['a credit glued to the next headline', 'Title\n\nBody.\n\nCosta reported from Washington.In satirizing the elite, a troupe starts with Trump.',
      [['headline', 'Title'], ['paragraph', 'Body.'], ['credit', 'Costa reported from Washington.'], ['boilerplate', 'In satirizing the elite, a troupe starts with Trump.']]],
    ['an NYT correction section', 'Title\n\nBody.\n\nCORRECTION:\n\nAs published in the International New York Times.\n\nAn article on Monday misstated the date.\n\nSaturday, March 19, 2016.',
      [['headline', 'Title'], ['paragraph', 'Body.'], ['note', 'CORRECTION:'], ['note', 'As published in the International New York Times.'],
        ['note', 'An article on Monday misstated the date.'], ['note', 'Saturday, March 19, 2016.']]],
  ])('%s', (_name, text, want) => {
    expect(kinds(text)).toEqual(want)
    expectBlocksCoverText(parse(text))
  })

  it('keeps offsets into text with a BOM and NBSP', () => {
    const text = '\uFEFFHeadline here\n\n\u00A0Body\u00A0text with NBSP.\u00A0\n'
    const a = parse(text)
    expect(a.blocks.map((b) => b.text)).toEqual(['Headline here', 'Body\u00A0text with NBSP.'])
    expectBlocksCoverText(a)
  })

  it.each(['', '   \n\n \t ', '\n'])('returns empty structure for blank input %j', (text) => {
    expect(parse(text)).toMatchObject({ headline: null, blocks: [], captions: [], contributors: [] })
  })

  it('reads the dateline date of a CoNLL-style document', () => {
    const a = parse('CRICKET - LEICESTERSHIRE TAKE OVER AT TOP .\nLONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four for 38 .')
    expect(a.dateline).toMatchObject({ place: 'LONDON', date: '1996-08-30' })
    expect(a.date).toBe('1996-08-30')
  })
})
