import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a report closed by a cue whose subject is coordinated.
describe('commaBeforeConjunct', () => {
  it.each([
    ['It’s not only about creating big audiences for advertisers, he and Mr. Allen said.', 'It’s not only about creating big audiences for advertisers'],
    ['Sanders’ support is particularly strong among the most progressive wing of the teachers unions, teachers and union officials told POLITICO.', 'Sanders’ support is particularly strong among the most progressive wing of the teachers unions'],
    ['The server was never checked for intrusions, current and former officials said.', 'The server was never checked for intrusions'],
  ])('%j reports %j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toEqual([content])
  })
})
