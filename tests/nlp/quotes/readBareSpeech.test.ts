import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')

// Real PolNeAR shapes: a speech verb whose subject is a long description, with a clause after it and no "that".
describe('readBareSpeech', () => {
  it.each([
    ['People who have battled other online threats say it could be doing more.', 'it could be doing more', 'People who have battled other online threats'],
    ['By big margins, those surveyed say the economy should be the first priority for the next president.', 'the economy should be the first priority for the next president', 'those surveyed'],
    ['But Republican activists clamoring to block Donald Trump from the GOP nomination say they’re suddenly in the midst of a bump.', 'they’re suddenly in the midst of a bump', 'Republican activists clamoring to block Donald Trump from the GOP nomination'],
    ['The state officials whose laws have been invalidated say the real change has come in the judiciary.', 'the real change has come in the judiciary', 'The state officials whose laws have been invalidated'],
  ])('%j reports %j by %j', (body, content, subject) => {
    const q = indirect(body)[0]
    expect(q?.text).toBe(content)
    expect(q?.speaker?.mention?.text).toBe(subject)
  })

  it('reads no report after a speech verb with no clause after it (“The words he said at the rally were harsh.”)', () => {
    expect(indirect('The words he said at the rally were harsh.')).toEqual([])
  })
})
