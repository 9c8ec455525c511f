// Makes the V8 code cache of the CLI bundle (usage: node scripts/cacheBundle.mjs dist/bundle/main.cjs; run by
// scripts/bundle.mjs): loads it with the CLI's V8 flags, runs the commands a short run uses over the fixtures, so
// the functions V8 compiles lazily are in the cache too, then saves it beside the bundle. Output goes to stdout,
// which the build discards.
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const { loadBundle, saveCache, setRunFlags } = require('../dist/cli/loadBundle.cjs')

setRunFlags()
const bundle = loadBundle(resolve(process.argv[2]), false)
const fixtures = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort().map((f) => join('fixtures', f))
const seed = 'fixtures/seed-adg-north-korea.txt'
const runs = [
  ['summary', seed], ['quotes', seed], ['entities', seed], ['sections', seed],
  ['summary', '--json', seed], ['quotes', '--json', seed], ['entities', '--json', seed], ['sections', '--json', seed],
  ['analyze', '--json', '--jobs', '1', ...fixtures],
]
for (const argv of runs) {
  const code = await bundle.exports.main(argv)
  if (code !== 0) throw new Error(`warm-up run failed (${code}): ${argv.join(' ')}`)
}
if (!saveCache(bundle)) throw new Error('could not write the code cache')
