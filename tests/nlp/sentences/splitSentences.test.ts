import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../src/nlp/sentences/splitSentences.js'

const texts = (t: string) => splitSentences(t).map((s) => s.text)

describe('splitSentences', () => {
  it.each([
    ['Dr. Lee arrived. She sat.', ['Dr. Lee arrived.', 'She sat.']],
    ['He said "Stop. Now." and left.', ['He said "Stop. Now." and left.']],
    ['Talks with N. Korea began. The U.S. Senate agreed.', ['Talks with N. Korea began.', 'The U.S. Senate agreed.']],
    ['Sanctions on the U.S. The next day it rained.', ['Sanctions on the U.S.', 'The next day it rained.']],
    ['On Jan. 3 he left. It was cold.', ['On Jan. 3 he left.', 'It was cold.']],
    ['Sen. Claire McCaskill spoke. Gov. Chris Christie, R-N.J., did not.', ['Sen. Claire McCaskill spoke.', 'Gov. Chris Christie, R-N.J., did not.']],
    ['NASHUA, N.H. - Voters came. Mr. A. B. Smith won.', ['NASHUA, N.H. - Voters came.', 'Mr. A. B. Smith won.']],
    ['"We must act," Tillerson said. "North Korea must come to the table."', ['"We must act," Tillerson said.', '"North Korea must come to the table."']],
    ['“Please show me. I will learn from them.”', ['“Please show me.', 'I will learn from them.”']],
    ['It costs $4.5 million. That is a lot!', ['It costs $4.5 million.', 'That is a lot!']],
    ['Is it over? No. It is not.', ['Is it over?', 'No.', 'It is not.']],
    ['He went to Washington, D.C. He stayed.', ['He went to Washington, D.C.', 'He stayed.']],
    ['The U.N. Security Council met... The vote failed.', ['The U.N. Security Council met...', 'The vote failed.']],
    ['It is not rocket science. . . . It is not.', ['It is not rocket science. . . .', 'It is not.']],
    ["''I hope not. I hope not,'' he said.", ["''I hope not. I hope not,'' he said."]],
    ["''I hope not. I hope not,'' Mr. Trump said.", ["''I hope not.", "I hope not,'' Mr. Trump said."]],
    ['A line ending here.\nnext line starts lower.', ['A line ending here.', 'next line starts lower.']],
    ['Drills in Europe: . • In Norway, troops came. • About 100 soldiers left.', ['Drills in Europe: .', '• In Norway, troops came.', '• About 100 soldiers left.']],
    ['“Have I started writing my speech?” Sanders replied. “Look, the answer is yes.”', ['“Have I started writing my speech?” Sanders replied.', '“Look, the answer is yes.”']],
    ['“Stop!” the White House said. It did.', ['“Stop!” the White House said.', 'It did.']],
    ['“Why?” Mr. Trump asked.', ['“Why?” Mr. Trump asked.']],
    ['“It is over.” Then the vote came.', ['“It is over.”', 'Then the vote came.']],
    ["He has a note from Donald J. Trump. ''Mark, you are a total loser!'' the note says.", ['He has a note from Donald J. Trump.', "''Mark, you are a total loser!'' the note says."]],
    ['No final period', ['No final period']],
    ['', []],
  ])('%j', (text, want) => expect(texts(text)).toEqual(want))

  it('gives spans that point into the text', () => {
    const text = '  First one.  Second one.  '
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('splits only within the given range', () => {
    const text = 'Skip this. Keep this. And this.'
    expect(splitSentences(text, 11).map((s) => s.text)).toEqual(['Keep this.', 'And this.'])
  })
})
