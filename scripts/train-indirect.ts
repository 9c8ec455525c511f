// Trains the reported-speech filter on the PolNeAR train split and writes src/nlp/quotes/indirectModel.ts.
// usage (from the project root): npx tsx scripts/train-indirect.ts (or npm run train:indirect)
// Deterministic: fixed seed and folds, articles in file-name order. Never reads the dev split. Run it again after
// any change to findIndirect or indirectFeatures: the weights fit the finds those produce.
import fs from 'node:fs'
import path from 'node:path'
import { readSplit } from './quotes/polnear.js'
import { trainIndirectFilter } from './quotes/trainIndirectFilter.js'

const t0 = Date.now()
const train = readSplit(path.resolve('..', 'shared', 'data', 'polnear', 'train'))
const log = (s: string) => console.error(s)
const model = trainIndirectFilter(train, log)
const weights = [...model.weights].filter(([, v]) => Math.abs(v) >= 0.01).sort(([a], [b]) => (a < b ? -1 : 1))
fs.writeFileSync('src/nlp/quotes/indirectModel.ts', `import type { BinaryModel } from './scoreRegion.js'

/** Weights of the reported-speech filter (logistic regression over indirectFeatures), written by
 *  \`npm run train:indirect\`: a find scored below the threshold is not shown. Cross-validated on PolNeAR train:
 *  P ${model.before.P.toFixed(4)} R ${model.before.R.toFixed(4)} F1 ${model.before.F.toFixed(4)} with every find shown, P ${model.after.P.toFixed(4)} R ${model.after.R.toFixed(4)} F1 ${model.after.F.toFixed(4)} filtered. */
export const INDIRECT_MODEL: BinaryModel = {
  threshold: ${model.threshold},
  weights: new Map(Object.entries({
${weights.map(([k, v]) => `    ${JSON.stringify(k)}: ${+v.toFixed(3)},`).join('\n')}
  })),
}
`)
log(`wrote src/nlp/quotes/indirectModel.ts (${weights.length} weights) in ${Date.now() - t0} ms`)
