#!/usr/bin/env node
// CommonJS (see bin/package.json), like the bundle it loads, so no ESM loader starts. The CLI is one bundle with its
// V8 code cache (built by `npm run build`, see scripts/bundle.mjs); the V8 flags go first, as the cache needs them.
const { join } = require('node:path')
const { loadBundle, setRunFlags } = require('../dist/cli/loadBundle.cjs')

setRunFlags()
const { main } = loadBundle(join(__dirname, '../dist/bundle/main.cjs')).exports
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  // Done: exit now instead of letting node first wait for V8's background work (GC and compile tasks a finished run
  // never profits from: ~4% of the instructions of a one-file summary). Not while output is still queued (a pipe or
  // terminal written asynchronously, as on macOS): node then exits once it is written.
  if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit()
})
