// Bundles the built CLI (dist/cli/bundleEntry.js: main() and the worker threads' serveJobs()) with its dependencies
// into one CommonJS file, dist/bundle/main.cjs, so a run loads one file instead of ~100 modules, then makes its V8
// code cache (see scripts/cacheBundle.mjs). Run by `npm run build` after tsc. bin/article-inspect.js and the worker
// entry written here (dist/bundle/worker.js) load the bundle through dist/cli/loadBundle.cjs.
// dist/bundle/ sits at the same depth as dist/cli/, so the URLs the code builds from import.meta.url
// (../../package.json, ../../models/ner.bin, ./worker.js) resolve the same from the bundle. The file is ASCII only
// (see below).
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'

/** Built-ins the CLI's dependencies load at startup for features it never uses, left out of the bundle. */
const lean = {
  name: 'lean',
  setup(b) {
    // chalk: makePaint always gives the colour level, so its terminal detection (node:tty, node:os) never runs.
    b.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: join(dirname(args.importer), 'vendor/supports-color/browser.js') }))
    // commander: node:child_process (and with it net, dgram, ...) only for executable subcommands, which the CLI has not.
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const from = "const childProcess = require('node:child_process');"
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes(from)) return { contents: source, loader: 'js', warnings: [{ text: 'commander: require of node:child_process not found; left as is' }] }
      return { contents: source.replace(from, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: 'js' }
    })
  },
}

const OUT = 'dist/bundle'
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

const result = await build({
  entryPoints: ['dist/cli/bundleEntry.js'],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // loadBundle passes the bundle's file URL as __importMetaUrl; dynamic imports of built-ins become lazy requires.
  define: { 'import.meta.url': '__importMetaUrl' },
  supported: { 'dynamic-import': false },
  plugins: [lean],
})
// ASCII only: esbuild leaves non-ASCII characters in regex literals, and one of them makes V8 hold the whole source
// as a two-byte string (1 MB instead of 0.5, and as much again for the flat copy it compiles). As \uXXXX escapes
// (valid in strings, templates, regexes and names) they mean the same, and loadBundle reads the file as latin1. A
// character after a backslash would change meaning.
const code = result.outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c, at, s) => {
  if (s[at - 1] === '\\') throw new Error(`bundle: cannot escape ${JSON.stringify(c)} after a backslash at ${at}`)
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
})
// The build id loadBundle checks a code cache against: a cache made for other code is never used.
const id = createHash('sha256').update(code).digest('hex').slice(0, 16)
writeFileSync(`${OUT}/main.cjs`, `${code}//# bundle ${id}\n`)
writeFileSync(`${OUT}/package.json`, '{ "type": "commonjs" }\n')
writeFileSync(`${OUT}/worker.js`, `// Written by scripts/bundle.mjs: a worker thread of the bundled CLI's pool (see src/cli/workerPool.ts).
const { parentPort, workerData } = require('node:worker_threads')
const { loadBundle } = require('../cli/loadBundle.cjs')
loadBundle(require('node:path').join(__dirname, 'main.cjs')).exports.serveJobs(parentPort, workerData)
`)

// The code cache, in a fresh process with the CLI's V8 flags. Without it the CLI still runs, only starts slower.
const r = spawnSync(process.execPath, ['scripts/cacheBundle.mjs', `${OUT}/main.cjs`], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
if (r.status !== 0) process.stderr.write(`bundle: no code cache (${r.stderr.trim().split('\n').at(-1) ?? r.status}); the CLI will start slower\n`)
