import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/displayWidth.js'
import { plainPaint } from '../../src/render/paint.js'
import { isPlainPaint, renderShow } from '../../src/render/renderShow.js'
import { ansiPaint, isBalanced, strip } from './ansiPaint.js'
import { fakeAnalysis, seedAnalysis } from './fakeAnalysis.js'

const seed = seedAnalysis()
const oneLine = (s: string) => s.replace(/\s+/g, ' ')

describe('renderShow without colour: bracket marks', () => {
  const out = renderShow(seed, plainPaint, 80)

  it('marks each quote with its speaker, around the quotation marks', () => {
    expect(oneLine(out)).toContain('[Tillerson: "We must increase the costs of the regime\'s behavior')
    expect(oneLine(out)).toContain('credible negotiations,"] Tillerson said in his opening remarks')
    expect(oneLine(out)).toContain('[Tillerson: "North Korea\'s willingness')
    expect(oneLine(out)).toContain('[Trump: "much bigger & more powerful"]')
    expect(oneLine(out)).toContain('[?: "maximum pressure"]')
  })

  it('prints a legend of speakers with titles and counts', () => {
    const legend = out.split('─')[0]
    expect(legend).toContain('[Tillerson] Rex Tillerson, Secretary of State — 2 quotes')
    expect(legend).toContain('[Kang Kyung-wha] Kang Kyung-wha, South Korean Foreign Minister — 1 quote')
    expect(legend).toContain('[?] unattributed — 1 quote')
  })

  it('tags furniture, shows a caption printed twice once, and puts the headline first', () => {
    const body = out.split(/─+\n\n/)[1]
    expect(body.startsWith('U.S. urges allies to help pressure N. Korea\n2018-01-17 · Section A')).toBe(true)
    expect(out.match(/Deanna Lewis/g)).toHaveLength(1)
    expect(out).toContain('(caption) Secretary of State')
    expect(out).toContain('(promo) [NUCLEAR NORTH KOREA')
    expect(out).toContain('(boilerplate) Upcoming Events')
  })

  it('marks entity mentions by type with --entities', () => {
    const marked = oneLine(renderShow(seed, plainPaint, 80, { entities: true }))
    expect(marked).toContain('Secretary of State {Rex Tillerson|PER} called Tuesday')
    expect(marked).toContain('"{North Korea|LOC}\'s willingness')
    expect(marked).toContain('Entities (marked {name|TYPE}) LOC = LOCATION, MISC, ORG = ORGANIZATION, PER = PERSON')
  })

  it.each([40, 60, 80, 120])('keeps every line within %i columns', (width) => {
    for (const line of renderShow(seed, plainPaint, width, { entities: true }).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width)
  })
})

describe('renderShow with colour', () => {
  const out = renderShow(seed, ansiPaint, 72)

  it('uses no brackets', () => {
    expect(isPlainPaint(ansiPaint)).toBe(false)
    expect(out).not.toContain('[Tillerson:')
  })

  it.each([24, 40, 72])('keeps every line balanced and within %i columns, legend included', (width) => {
    const narrow = renderShow(seed, ansiPaint, width, { entities: true }).split('\n')
    for (const line of narrow) {
      expect(isBalanced(line)).toBe(true)
      expect(displayWidth(strip(line))).toBeLessThanOrEqual(width)
    }
    expect(narrow.some((l) => l.includes('\u001b[31mSecretary of State\u001b[39m') || l.includes('\u001b[31mRex Tillerson\u001b[39m'))).toBe(true)
  })

  it('paints both Tillerson quotes, even across wrapped lines, in his colour and underlines the cue', () => {
    const red = /\u001b\[31m([^\u001b]*)\u001b\[39m/g
    const painted = [...out.matchAll(red)].map((m) => m[1]).join(' ')
    expect(oneLine(painted)).toContain('"We must increase the costs of the regime\'s behavior to the point that North Korea must come to the table for credible negotiations,"')
    expect(oneLine(painted)).toContain('"North Korea\'s willingness to launch missiles')
    expect(oneLine(out)).toContain('\u001b[1m\u001b[31mTillerson\u001b[39m\u001b[22m \u001b[4msaid\u001b[24m in his')
    expect(out).toContain('\u001b[1mU.S. urges allies to help pressure N. Korea\u001b[22m')
    expect(out).toContain('\u001b[2m[NUCLEAR NORTH KOREA')
  })
})

describe('renderShow keeps the terminal safe', () => {
  const hostile = 'Evil \u001b[2J\u001b]0;pwned\u0007 headline\n\n"Run \u001b[31mred\u001b[0m now," Mallory said. \u202Egnirts\u202C ok.'
  const x = fakeAnalysis(hostile, [{ text: 'Run \u001b[31mred\u001b[0m now,', speaker: 'Mallory \u001b[1mX', mention: ['Mallory'], cue: ['said'] }])

  it.each([
    ['plain', plainPaint],
    ['colour', ansiPaint],
  ])('lets no control character or escape from the input through (%s)', (_name, paint) => {
    const out = renderShow(x, paint, 60)
    expect(strip(out.replace(/\u001b\[[0-9]+m/g, ''))).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/)
    expect(out).toContain('␛[2J␛]0;')
    expect(out).toContain('pwned␇')
    expect(out).toContain('Mallory ␛[1mX')
    expect(out).toContain('�gnirts�')
  })

  it('says so when there are no quotes', () => {
    expect(renderShow(fakeAnalysis('Title\n\nNobody spoke.', []), plainPaint, 60)).toContain('no quotes found')
  })

  it('shows reported speech only when asked', () => {
    const text = 'T\n\nThe minister said the talks would go on.'
    const y = fakeAnalysis(text, [{ text: 'the talks would go on', speaker: 'Ann Lee', mention: ['The minister'], cue: ['said'], kind: 'indirect' }])
    expect(renderShow(y, plainPaint, 60)).not.toContain('[Ann Lee')
    expect(oneLine(renderShow(y, plainPaint, 60, { indirect: true }))).toContain('[Ann Lee, reported: the talks would go on]')
  })
})
