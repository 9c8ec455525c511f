import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'

const headline = (text: string) => {
  const article = parse(text + '\n\nBody text here.')
  return findQuotes(article, articleSentences(article), []).filter((q) => q.kind === 'indirect')[0]
}

// Real PolNeAR headlines: "Poll:" and "Report:" name the source of what follows (PolNeAR marks them so), while
// "The Latest:" stays a label.
describe('headline source before a colon', () => {
  it.each([
    ['Poll: Trump and Clinton hold narrow leads in Pennsylvania', 'Trump and Clinton hold narrow leads in Pennsylvania', 'Poll'],
    ['Report: Walker to speak at Republican National Convention', 'Walker to speak at Republican National Convention', 'Report'],
  ])('%j reports %j by %s', (text, content, who) => {
    expect(headline(text)).toMatchObject({ text: content, speaker: { name: who } })
  })

  it('reads no speaker in "The Latest:"', () => {
    expect(headline('The Latest: Sanders declares revolution, ignores losses.')?.speaker?.name).not.toBe('Latest')
  })
})
