// Instruction counts of whole CLI runs, for comparing two builds on a noisy machine (usage below). On a shared
// machine the CPU time of `analyze` over 200 articles varies by 10-15% from run to run, so changes worth a few
// percent cannot be seen with npm run bench. Valgrind's cachegrind counts the instructions every thread of the
// process executes, one thread at a time; with V8's garbage collector and optimizing compiler on the main thread
// (--single-threaded-gc, --no-concurrent-recompilation: flags under which V8 still accepts the bundle's code cache),
// the count of the same build repeats to about 0.2% on a quiet machine, but only to about 1% under load
// (WebAssembly tier-up still runs on background threads; node --predictable made a stage harness repeat within
// 0.1 M instructions). An instruction is not a unit of time (cache misses, page faults and system calls weigh
// nothing here), so use this to compare builds, and npm run bench for the figures.
// A run takes ~65x its normal time: ~2.5 min for 200 articles.
// usage: node scripts/bench/instructions.mjs [--files 200] [--data DIR] [--reps 1] [--startup]
//   --startup also counts `summary` of the seed fixture and `node -e 0`.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d }
const FILES = Number(opt('--files', '200')), REPS = Number(opt('--reps', '1'))
const DATA = opt('--data', '../shared/data/polnear/train/text')
const root = fileURLToPath(new URL('../..', import.meta.url))
const BIN = join(root, 'bin/article-inspect.js'), SEED = join(root, 'fixtures/seed-adg-north-korea.txt')
const FLAGS = ['--single-threaded-gc', '--no-concurrent-recompilation']

if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed (apt-get install valgrind)')
const files = readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort().slice(0, FILES).map((f) => resolve(DATA, f))
const bytes = files.reduce((a, f) => a + statSync(f).size, 0)

/** Instructions executed by `node ...nodeArgs` (all threads), from cachegrind's summary on stderr. */
function count(nodeArgs) {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...nodeArgs], {
    cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26,
  })
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr)
  if (r.status !== 0 || !m) throw new Error(`${nodeArgs.join(' ').slice(0, 200)} failed (${r.status}): ${r.stderr.slice(-2000)}`)
  return Number(m[1].replaceAll(',', ''))
}

const runs = [[`analyze --json --jobs 1, ${files.length} articles (${(bytes / 1e6).toFixed(3)} MB)`, [...FLAGS, BIN, 'analyze', '--json', '--jobs', '1', ...files]]]
if (args.includes('--startup')) runs.push(['summary of the seed fixture', [...FLAGS, BIN, 'summary', SEED]], ['node -e 0', [...FLAGS, '-e', '0']])
console.log(`instructions (valgrind cachegrind; node ${process.version} ${FLAGS.join(' ')}), ${REPS} run(s) each`)
console.log('| run | instructions (billions) | per input byte |\n|---|---|---|')
for (const [label, nodeArgs] of runs) {
  const n = Array.from({ length: REPS }, () => count(nodeArgs))
  const perByte = label.startsWith('analyze') ? (n[0] / bytes).toFixed(0) : ''
  console.log(`| ${label} | ${n.map((x) => (x / 1e9).toFixed(3)).join(', ')} | ${perByte} |`)
}
