import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: an inverted attribution whose speaker is described at length after the name.
describe('isNamedSpeakerTail', () => {
  it.each([
    ['Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics at M.I.T., who is one of the foremost specialists on free trade.', 'Nor are tariffs likely to bring many of these jobs back', 'David Autor'],
    ['Clinton has a strong ground game in the state, said Mindy Romero, director of the California Civic Engagement Project at the University of California, Davis.', 'Clinton has a strong ground game in the state', 'Mindy Romero'],
    ['The program is hardly formal, but it has attracted a loyal following, said Ms. Gil, with games of capture the flag and hikes through the park.', 'The program is hardly formal, but it has attracted a loyal following', 'Gil'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toContain(who)
  })

  it.each([
    ['Ms. Smith, a lawyer for the family, said Mr. Jones, who was not armed, ran away from the officers.', 'Ms. Smith, a lawyer for the family'],
    ['The senator, who leads the committee, said Clinton, the nominee, would testify next week.', 'The senator, who leads the committee'],
  ])('reads a subject with an appositive as no report (%j)', (body, subject) => {
    expect(indirect(body).map((q) => q.text)).not.toContain(subject)
  })
})
