// Trains the learned parts of the quote attributor on the PolNeAR train split and writes them as small TS tables:
// src/nlp/quotes/regionModel.ts (the quotation filter) and src/nlp/quotes/learnedCues.ts (reported-speech cues).
// usage (from the project root): npx tsx scripts/train-quotes.ts (or npm run train:quotes)
// Deterministic: fixed seeds, articles in file-name order. Never reads the dev split.
import fs from 'node:fs'
import path from 'node:path'
import { learnCueLexicon } from './quotes/learnCueLexicon.js'
import { readSplit } from './quotes/polnear.js'
import { trainRegionFilter } from './quotes/trainRegionFilter.js'

const train = readSplit(path.resolve('..', 'shared', 'data', 'polnear', 'train'))
const log = (s: string) => console.error(s)

// Verb forms annotated as a cue at least half the times they occur: reported speech beyond the hand-made lists.
const cues = Object.entries(learnCueLexicon(train, 0.5)).map(([w]) => w).filter((w) => /^[a-z-]+(?:ed|es|s|ing)$/.test(w)).sort()
fs.writeFileSync('src/nlp/quotes/learnedCues.ts', `/** Verb forms that PolNeAR train annotates as attribution cues at least half the times they occur (seen at least
 *  three times), written by \`npm run train:quotes\`; findIndirect treats them as reported-speech cues. */
export const LEARNED_CUES: readonly string[] = [
${cues.map((w) => `  '${w}',`).join('\n')}
]
`)
log(`wrote src/nlp/quotes/learnedCues.ts (${cues.length} cue forms)`)

const region = trainRegionFilter(train, log)
const weights = Object.fromEntries([...region.weights].filter(([, v]) => Math.abs(v) >= 0.01).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, +v.toFixed(3)]))
fs.writeFileSync('src/nlp/quotes/regionModel.ts', `import type { BinaryModel } from './scoreRegion.js'

/** Weights of the quotation filter (logistic regression over regionFeatures), written by \`npm run train:quotes\`. */
export const REGION_MODEL: BinaryModel = {
  threshold: ${region.threshold},
  weights: new Map(Object.entries({
${Object.entries(weights).map(([k, v]) => `    ${JSON.stringify(k)}: ${v},`).join('\n')}
  })),
}
`)
log(`wrote src/nlp/quotes/regionModel.ts (${Object.keys(weights).length} weights)`)
