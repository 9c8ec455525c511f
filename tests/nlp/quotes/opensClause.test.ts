import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a subject with an appositive before "said", and a clause right after it (which ends where a
// nested report begins: ", who he’s supporting", see yieldNested).
describe('opensClause', () => {
  it.each([
    ['Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted major change in Washington, but found Mr. Trump too objectionable.', 'she wanted major change in Washington, but found Mr. Trump too objectionable', 'Roxana M. Leon'],
    ['Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.', 'he would welcome Cruz', 'Chuck Grassley'],
    ['Murphy, though, said he’s with former secretary of state Hillary Clinton, who he’s supporting in the primary.', 'he’s with former secretary of state Hillary Clinton', 'Murphy'],
  ])('%j reports %j by %s', (body, content, who) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.name).toContain(who)
  })

  it('still reads an inverted speaker after a comma (“…, said a campaign spokesman.”)', () => {
    expect(indirect('The meeting was useful, said a campaign spokesman.')[0]?.text).toBe('The meeting was useful')
  })
})
