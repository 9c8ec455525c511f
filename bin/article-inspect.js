#!/usr/bin/env node
// V8 optimizes a function once it has run ~66 KB of bytecode; a CLI run of one or a few hundred articles then spends
// much of its CPU compiling code it barely reuses. A 15x larger budget keeps that to the code that is really hot
// (about 40% less CPU over 200 articles; long runs are unchanged). Only on V8 versions known to have the flag.
import { setFlagsFromString } from 'node:v8'

if (/^1[1-3]\./.test(process.versions.v8)) setFlagsFromString('--interrupt-budget=1000000')
// The CLI as one bundle (built by `npm run build`, see scripts/bundle.mjs): one file to load instead of ~100 modules.
const { main } = await import('../dist/bundle/main.js')

process.exitCode = await main(process.argv.slice(2))
