// Trains the learned parts of the quote attributor on the PolNeAR train split.
// usage (from the project root): npx tsx scripts/train-quotes.ts (or npm run train:quotes) [--only regions|indirect]
// Writes src/nlp/quotes/regionModel.ts (the quotation filter, a small table) and models/quotes.json (reported
// speech: cue lexicon, tagger, cue linker). Deterministic: fixed seeds, articles in file-name order.
// Never reads the dev split.
import fs from 'node:fs'
import path from 'node:path'
import { readSplit } from './quotes/polnear.js'
import { trainIndirect } from './quotes/trainIndirect.js'
import { trainRegionFilter } from './quotes/trainRegionFilter.js'

const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null
const train = readSplit(path.resolve('..', 'shared', 'data', 'polnear', 'train'))
const log = (s: string) => console.error(s)

if (only !== 'indirect') {
  const region = trainRegionFilter(train, log)
  const weights = Object.fromEntries([...region.weights].filter(([, v]) => Math.abs(v) >= 0.01).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, +v.toFixed(3)]))
  fs.writeFileSync('src/nlp/quotes/regionModel.ts', `import type { BinaryModel } from './scoreRegion.js'

/** Weights of the quotation filter (logistic regression over regionFeatures), written by \`npm run train:quotes\`. */
export const REGION_MODEL: BinaryModel = {
  threshold: ${region.threshold},
  weights: {
${Object.entries(weights).map(([k, v]) => `    ${JSON.stringify(k)}: ${v},`).join('\n')}
  },
}
`)
  log(`wrote src/nlp/quotes/regionModel.ts (${Object.keys(weights).length} weights)`)
}

if (only !== 'regions') {
  const model = trainIndirect(train, log)
  fs.writeFileSync('models/quotes.json', JSON.stringify(model) + '\n')
  log(`wrote models/quotes.json (${model.keys.length} tagger features, ${Object.keys(model.lexicon).length} cue words, ${Object.keys(model.linker).length} linker weights)`)
}
