import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a report before its subject and speech cue, with only an occasion or a hearer after the cue.
describe('isOccasionOnly', () => {
  it.each([
    ['He had been completing his second year, a school spokesman told The Wall Street Journal.', 'He had been completing his second year', 'school spokesman'],
    ['Michigan was only doing what 40 states already do, Schuette told the court in his filing.', 'Michigan was only doing what 40 states already do', 'Schuette'],
    ['His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz, Wilkin said during his campaign speech.', 'His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz', 'Wilkin'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.mention?.text).toContain(who)
  })

  it('reads an opening phrase before a subject and a verb of action as no report', () => {
    expect(indirect('In May 2014, the administration traded five detainees at a prison in Cuba.').map((q) => q.text)).not.toContain('In May 2014')
  })
})
