import { describe, expect, it } from 'vitest'
import { contrastRatio, relativeLuminance } from '../../../src/render/html/contrast.js'
import { ENTITY_COLOURS, PAGE, SPEAKER_COLOURS } from '../../../src/render/html/palette.js'
import { REPORT_CSS } from '../../../src/render/html/reportCss.js'

// WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for graphical objects and focus indicators (1.4.11).
const TEXT = 4.5
const GRAPHIC = 3

const tints = [...SPEAKER_COLOURS.map((c) => c.tint), PAGE.unattributedTint]
const inks = [...SPEAKER_COLOURS.map((c) => c.ink), PAGE.unattributedInk]
const pairs = (fg: string[], bg: string[]) => fg.flatMap((f) => bg.map((b) => [f, b] as const))

describe('contrast maths', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %f:1', (a, b, want) => expect(contrastRatio(a, b)).toBeCloseTo(want, 1))

  it('rejects what is not #rrggbb', () => expect(() => relativeLuminance('red')).toThrow(/#rrggbb/))
})

describe('the report palette meets WCAG AA', () => {
  it.each(pairs([PAGE.text], [PAGE.background, PAGE.panel, ...tints]))('body text %s on %s', (fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(TEXT)
  })

  it.each(pairs([PAGE.muted, PAGE.link], [PAGE.background, PAGE.panel, ...tints]))('muted text and links %s on %s', (fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(TEXT)
  })

  it.each(pairs(['#ffffff'], [...inks, PAGE.muted]))('badge initials %s on %s', (fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(TEXT)
  })

  it('tooltip text on the tooltip', () => expect(contrastRatio(PAGE.tipText, PAGE.tipBackground)).toBeGreaterThanOrEqual(TEXT))

  it.each(pairs(inks, [PAGE.background, PAGE.panel, PAGE.barTrack, ...tints]))('bars and underlines %s against %s', (fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(GRAPHIC)
  })

  it.each(pairs([PAGE.focus, ...Object.values(ENTITY_COLOURS)], [PAGE.background, PAGE.panel, ...tints]))('focus ring and entity marks %s against %s', (fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(GRAPHIC)
  })

  it('gives each of the first five speakers its own underline style, so colour is not the only cue', () => {
    expect(new Set(SPEAKER_COLOURS.slice(0, 5).map((c) => c.line)).size).toBe(5)
  })

  it('is the palette the stylesheet uses', () => {
    for (const c of SPEAKER_COLOURS) expect(REPORT_CSS).toContain(`--tint:${c.tint};--ink:${c.ink};--line:${c.line}`)
    for (const v of Object.values(PAGE)) expect(REPORT_CSS).toContain(v)
    expect(REPORT_CSS).not.toMatch(/url\(|@import|https?:/)
  })
})
