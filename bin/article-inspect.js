#!/usr/bin/env node
// The CLI as one bundle (built by `npm run build`, see scripts/bundle.mjs): one file to load instead of ~100 modules.
import { main } from '../dist/bundle/main.js'

process.exitCode = await main(process.argv.slice(2))
