#!/usr/bin/env node
// CommonJS (see bin/package.json), like the bundle it loads, so no ESM loader starts. The CLI is one bundle with its
// V8 code cache (built by `npm run build`, see scripts/bundle.mjs); the V8 flags go first, as the cache needs them.
const { join } = require('node:path')
const { loadBundle, setRunFlags } = require('../dist/cli/loadBundle.cjs')

setRunFlags()
const { main } = loadBundle(join(__dirname, '../dist/bundle/main.cjs')).exports
main(process.argv.slice(2)).then((code) => { process.exitCode = code })
