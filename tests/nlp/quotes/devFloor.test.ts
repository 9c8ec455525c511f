import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { parse } from '../../../src/parse/parse.js'
import { scorePolnear } from './scorePolnear.js'

/**
 * Floors a little under the PolNeAR dev scores that `npm run eval:quotes` reports (here without the entity
 * tagger, which only adds to them), so that a regression fails. Skips, loudly, without ../shared/data.
 */
const dev = path.resolve('..', 'shared', 'data', 'polnear', 'dev')
const speakers = path.resolve(dev, '..', 'dev-speakers.jsonl')
const present = fs.existsSync(path.join(dev, 'text'))
if (!present) console.warn(`quotes dev floor: ${dev} not found, skipping the PolNeAR floor test`)

const find = (text: string) => {
  const article = parse(text)
  return findQuotes(article, articleSentences(article), [])
}

describe.skipIf(!present)('PolNeAR dev floor', () => {
  it('quoted: extraction, attribution and resolved attribution', async () => {
    const s = await scorePolnear(dev, find, false, speakers)
    expect(s.precision).toBeGreaterThanOrEqual(0.97)
    expect(s.recall).toBeGreaterThanOrEqual(0.975)
    expect(s.attribution).toBeGreaterThanOrEqual(0.915)
    expect(s.attributionResolved).toBeGreaterThanOrEqual(0.895)
  }, 30_000)

  it('indirect: extraction and attribution', async () => {
    const s = await scorePolnear(dev, find, true)
    expect(s.f1).toBeGreaterThanOrEqual(0.705)
    expect(s.precision).toBeGreaterThanOrEqual(0.762)
    expect(s.attribution).toBeGreaterThanOrEqual(0.888)
  }, 30_000)
})
