#!/usr/bin/env node
// Keeps the README's examples real: every code block preceded by a `<!-- $ COMMAND -->` line is replaced by
// `$ COMMAND` and what that command prints now (run with bash from the project root, with `article-inspect` on
// the PATH, NO_COLOR=1 and 100 columns). `--check` changes nothing and exits 1 when any block is out of date.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const check = process.argv.includes('--check')
const readme = join(root, 'README.md')
const bin = mkdtempSync(join(tmpdir(), 'readme-bin-'))
writeFileSync(join(bin, 'article-inspect'), `#!/bin/sh\nexec node ${join(root, 'bin/article-inspect.js')} "$@"\n`)
chmodSync(join(bin, 'article-inspect'), 0o755)

/** Runs one README command and returns its transcript. */
export function transcript(command) {
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '', COLUMNS: '100' }
  let out
  try {
    out = execFileSync('bash', ['-o', 'pipefail', '-c', command], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 })
  } catch (e) {
    out = String(e.stdout ?? '') + String(e.stderr ?? '')
  }
  return `$ ${command}\n${out.replace(/\s+$/, '')}\n`
}

/** Why a command cannot run here (its data or tool is missing), or null. */
function missing(command) {
  if (command.includes('../shared/') && !existsSync(join(root, '../shared/data'))) return '../shared/data is absent'
  for (const tool of ['jq', 'parallel']) {
    if (new RegExp(`\\| *${tool}\\b`).test(command) && !process.env.PATH.split(':').some((d) => existsSync(join(d, tool)))) return `${tool} is not installed`
  }
  return null
}

const text = readFileSync(readme, 'utf8')
const block = /<!-- \$ (.+?) -->\n```(\w*)\n[\s\S]*?```/g
let stale = 0
const updated = text.replace(block, (whole, command, lang) => {
  const why = missing(command)
  if (why) { console.log(`skipped (${why}): ${command}`); return whole }
  const next = `<!-- $ ${command} -->\n\`\`\`${lang}\n${transcript(command)}\`\`\``
  if (next !== whole) { stale++; if (check) console.log(`out of date: ${command}`) }
  return next
})
if (check) process.exit(stale ? 1 : 0)
writeFileSync(readme, updated)
console.log(`${stale} example(s) updated`)
