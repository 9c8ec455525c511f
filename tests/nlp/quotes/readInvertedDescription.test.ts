import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: an inverted attribution whose speaker is a bare description.
describe('readInvertedDescription', () => {
  it.each([
    ['Obama’s rise may have been more surprising to the black community than to anyone else, said several observers.', 'Obama’s rise may have been more surprising to the black community than to anyone else'],
    ['Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in Almaty.', 'Even India has more cultural resonance through Bollywood films'],
    ['Defending that terrain is squarely within the Biden wheelhouse, said a handful of Democrats who point to his strong relationships with organized labor.', 'Defending that terrain is squarely within the Biden wheelhouse'],
  ])('%j reports %j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toEqual([content])
  })

  it.each([
    'The plan was dropped last year, said officials would review it again.',
  ])('leaves a speaker followed by a verb to the reported clause (%j)', (body) => {
    expect(indirect(body).map((q) => q.text)).not.toContain(body.slice(0, body.indexOf(',')))
  })
})
