import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a TV transcript whose paragraphs open with the speaker's label.
describe('findLabelledLines', () => {
  const transcript = [
    'The exchange went on for minutes.',
    'KATE BOULDUAN: Why not debate in New York this month?',
    'JOEL BENENSON: This is a man who said he would never run a negative ad. He has run them for weeks.',
    'BOULDUAN: You guys agreed to more debates back in January.',
  ].join('\n\n')

  it('reports every sentence of a labelled paragraph by its label', () => {
    const q = indirect(transcript)
    expect(q.find((x) => x.text === 'Why not debate in New York this month?')?.speaker?.name).toMatch(/boulduan/i)
    expect(q.find((x) => x.text === 'He has run them for weeks')?.speaker?.name).toMatch(/benenson/i)
  })

  it.each([
    // a list names each label once
    ['Sanders: Win in a walk and move on.\n\nTrump: Move past Iowa and its losses.\n\nCruz: Just hang on for now.', 'Win in a walk and move on'],
    // notes are no speakers
    ['CORRECTION: An earlier version of this story misstated a date.\n\nCORRECTION: As published in the print edition today.', 'An earlier version of this story misstated a date'],
  ])('reads no transcript in %j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).not.toContain(content)
  })
})
