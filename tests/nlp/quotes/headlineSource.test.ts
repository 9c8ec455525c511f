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

  // Click-bait interjections before a colon are labels too: nothing is reported by them.
  it.each([
    'Wow: Glenn Beck Just Responded To Palin’s Trump Endorsement With One Brutal Line',
    'BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary',
    'Revealed: The Secret Plan Behind The Convention',
  ])('reports nothing by the label of %j', (text) => {
    const q = headline(text)
    expect(q === undefined || q.cue?.text !== ':').toBe(true)
  })
})
