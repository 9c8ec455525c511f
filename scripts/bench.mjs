// Speed and memory benchmark (issue 6), whole processes pinned to one core (taskset -c 0 when available):
//   - `analyze --json --jobs 1` over the first N PolNeAR train articles: MB/s of wall and of CPU time, peak RSS;
//   - compromise (nlp + people/places/organizations/quotations) over the same texts in its own process;
//   - startup: a single-file `summary` against `node -e 0`;
//   - peak RSS on corpora --scale and 2 x --scale times larger (the same files repeated): at most 200 MB, and flat;
//   - each analysis stage's share of CPU time, in-process, JIT-cold (first pass) and warm.
// The machine is shared and noisy: figures are medians of --reps runs (interleaved, so all sides see the same load),
// and CPU time (user + sys) is printed beside wall time since it is less sensitive to load.
// usage: npm run bench [-- --reps 5 --files 200 --scale 10 --startup-reps 11 --data DIR]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d }
const REPS = Number(opt('--reps', '5')), FILES = Number(opt('--files', '200')), SCALE = Number(opt('--scale', '10'))
const STARTUP_REPS = Number(opt('--startup-reps', '11'))
const DATA = opt('--data', '../shared/data/polnear/train/text')
const root = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(root, 'bin/article-inspect.js'), SEED = join(root, 'fixtures/seed-adg-north-korea.txt')
const USAGE = new URL('./bench/usage.mjs', import.meta.url).href

if (!existsSync(join(root, 'dist/bundle/main.cjs'))) throw new Error('dist/bundle/main.cjs is missing: run npm run build first')
const files = readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort().slice(0, FILES).map((f) => join(DATA, f))
const bytes = files.reduce((a, f) => a + statSync(f).size, 0)
const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0
const tmp = mkdtempSync(join(tmpdir(), 'bench-'))

const hasBash = spawnSync('bash', ['-c', 'times']).status === 0

/**
 * Runs `node ...nodeArgs` pinned to CPU 0, stdout discarded. Wall time is taken here; CPU time (user + sys) from
 * bash's `times` for its children when bash is there, so the measured process runs unmodified; with `rss`, a
 * preloaded module (bench/usage.mjs) reports the process's peak RSS (and its CPU time when there is no bash).
 */
function run(nodeArgs, { rss = false } = {}) {
  const usageFile = join(tmp, 'usage.json')
  rmSync(usageFile, { force: true })
  const argv = [...(pinned ? ['taskset', '-c', '0'] : []), process.execPath, ...(rss || !hasBash ? ['--import', USAGE] : []), ...nodeArgs]
  const [cmd, ...rest] = hasBash ? ['bash', '-c', '"$@" >/dev/null; s=$?; times >&2; exit $s', 'bash', ...argv] : argv
  const t0 = performance.now()
  const r = spawnSync(cmd, rest, {
    cwd: root, env: { ...process.env, BENCH_USAGE: usageFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26,
  })
  const wallMs = performance.now() - t0
  if (r.status !== 0) throw new Error(`${nodeArgs.join(' ').slice(0, 200)} failed (${r.status}): ${r.stderr}`)
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { cpuMs: NaN, maxRssKb: NaN }
  if (hasBash) usage.cpuMs = childrenCpuMs(r.stderr)
  return { wallMs, ...usage }
}

/** User + system time of the children from the output of bash's `times` (its last line: "0m1.234s 0m0.056s"). */
function childrenCpuMs(out) {
  const line = out.trim().split('\n').at(-1)
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]))
  if (secs.length !== 2) throw new Error(`cannot read CPU time from: ${line}`)
  return (secs[0] + secs[1]) * 1000
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 }
const med = (runs) => ({ wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssKb: median(runs.map((r) => r.maxRssKb)) })
const mbps = (ms) => bytes / 1e6 / (ms / 1000)
const f = (x, d = 2) => x.toFixed(d)
const verdict = (ok) => (ok ? 'ok' : 'MISSED')
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ')

console.log(`npm run bench: ${files.length} PolNeAR train articles (${f(bytes / 1e6, 3)} MB) from ${DATA}; node ${process.version}; ` +
  `${pinned ? 'pinned to CPU 0 (taskset -c 0)' : 'NOT pinned (no taskset)'}; medians of ${REPS} runs`)
console.log(`load average at start: ${load()}`)

// 1-2. Throughput, ours and compromise's, interleaved.
const ours = [], theirs = []
const analyzeArgs = [BIN, 'analyze', '--json', '--jobs', '1', ...files]
for (let r = 0; r < REPS; r++) {
  ours.push(run(analyzeArgs, { rss: true }))
  theirs.push(run([fileURLToPath(new URL('./bench/compromise.mjs', import.meta.url)), ...files], { rss: true }))
}
const a = med(ours), c = med(theirs)
console.log('\n## Throughput (whole process, input bytes / time)')
console.log('| run | wall s | CPU s | MB/s wall | MB/s CPU | peak RSS MB |\n|---|---|---|---|---|---|')
console.log(`| article-inspect analyze --json --jobs 1 | ${f(a.wallMs / 1000, 3)} | ${f(a.cpuMs / 1000, 3)} | ${f(mbps(a.wallMs))} | ${f(mbps(a.cpuMs))} | ${f(a.maxRssKb / 1024, 1)} |`)
console.log(`| compromise nlp + people/places/organizations/quotations | ${f(c.wallMs / 1000, 3)} | ${f(c.cpuMs / 1000, 3)} | ${f(mbps(c.wallMs), 3)} | ${f(mbps(c.cpuMs), 3)} | ${f(c.maxRssKb / 1024, 1)} |`)
const ratioWall = c.wallMs / a.wallMs, ratioCpu = c.cpuMs / a.cpuMs
console.log(`analyze: ${f(mbps(a.wallMs))} MB/s wall, ${f(mbps(a.cpuMs))} MB/s CPU (target >= 2 MB/s per core): ${verdict(mbps(a.wallMs) >= 2)} (wall), ${verdict(mbps(a.cpuMs) >= 2)} (CPU)`)
console.log(`ours / compromise: ${f(ratioWall, 1)}x wall, ${f(ratioCpu, 1)}x CPU (target >= 15x): ${verdict(ratioWall >= 15)} (wall), ${verdict(ratioCpu >= 15)} (CPU)`)

// 3. Startup: one small file through `summary` against an empty node, interleaved. The bin loads the bundle with
// its V8 code cache (see src/cli/loadBundle.cts); say whether this V8 accepts it, since a rejected one is slower.
const loader = JSON.stringify(join(root, 'dist/cli/loadBundle.cjs')), bundle = JSON.stringify(join(root, 'dist/bundle/main.cjs'))
const cache = spawnSync(process.execPath, ['-e', `const l = require(${loader}); l.setRunFlags(); process.stdout.write(l.loadBundle(${bundle}).cache)`], { encoding: 'utf8' }).stdout
const sum = [], empty = []
for (let r = 0; r < STARTUP_REPS; r++) {
  sum.push(run([BIN, 'summary', SEED]))
  empty.push(run(['-e', '0']))
}
const s = med(sum), e = med(empty)
console.log(`\n## Startup (medians of ${STARTUP_REPS}; CPU from ${hasBash ? "bash's times, processes unmodified" : 'a preloaded module'}; V8 code cache: ${cache || 'unknown'})`)
console.log('| run | wall ms | CPU ms |\n|---|---|---|')
console.log(`| article-inspect summary fixtures/seed-adg-north-korea.txt | ${f(s.wallMs, 0)} | ${f(s.cpuMs, 0)} |`)
console.log(`| node -e 0 | ${f(e.wallMs, 0)} | ${f(e.cpuMs, 0)} |`)
console.log(`summary / node -e 0: ${f(s.wallMs / e.wallMs)}x wall, ${f(s.cpuMs / e.cpuMs)}x CPU (target <= 2x): ${verdict(s.wallMs / e.wallMs <= 2)} (wall), ${verdict(s.cpuMs / e.cpuMs <= 2)} (CPU)`)

// 4. Memory: the same analyze over corpora SCALE and 2 * SCALE times larger. Peak RSS rises a little at first (V8
// sizes its heap to the allocation rate) and must then stay flat: the 20x run no larger than the 10x one (+5%).
const scaled = (k) => run([BIN, 'analyze', '--json', '--jobs', '1', ...Array.from({ length: k }, () => files).flat()], { rss: true })
const mid = scaled(SCALE), big = scaled(2 * SCALE)
console.log(`\n## Peak RSS`)
console.log(`| input | MB | wall s | CPU s | MB/s wall | MB/s CPU | peak RSS MB |\n|---|---|---|---|---|---|---|`)
for (const [label, k, x] of [[`${files.length} articles`, 1, a], [`the same x${SCALE}`, SCALE, mid], [`the same x${2 * SCALE}`, 2 * SCALE, big]]) {
  console.log(`| ${label} | ${f(k * bytes / 1e6, 2)} | ${f(x.wallMs / 1000, 2)} | ${f(x.cpuMs / 1000, 2)} | ${f(k * mbps(x.wallMs))} | ${f(k * mbps(x.cpuMs))} | ${f(x.maxRssKb / 1024, 1)} |`)
}
const peak = Math.max(a.maxRssKb, mid.maxRssKb, big.maxRssKb) / 1024, flat = big.maxRssKb <= 1.05 * mid.maxRssKb
console.log(`peak RSS ${f(peak, 1)} MB; x${2 * SCALE} / x${SCALE}: ${f(big.maxRssKb / mid.maxRssKb)} (target <= 200 MB and flat): ${verdict(peak <= 200 && flat)}`)

// 5. Stages, in-process, with the V8 setting bin/article-inspect.js uses.
const { RUN_FLAGS } = createRequire(import.meta.url)('../dist/cli/loadBundle.cjs')
const budget = /^1[1-3]\./.test(process.versions.v8) ? RUN_FLAGS : []
const r = spawnSync(pinned ? 'taskset' : process.execPath, [...(pinned ? ['-c', '0', process.execPath] : []), ...budget,
  fileURLToPath(new URL('./bench/stages.mjs', import.meta.url)), ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
if (r.status !== 0) throw new Error(`stages failed: ${r.stderr}`)
const st = JSON.parse(r.stdout)
const total = (t) => Object.values(t).reduce((x, y) => x + y, 0)
console.log(`\n## Stages (in-process CPU ms over the ${files.length} articles; cold = first pass in a fresh process, warm = best later pass, each pass with a freshly loaded model)`)
console.log(`| stage | cold ms | cold % | warm ms | warm % | warm MB/s |\n|---|---|---|---|---|---|`)
for (const k of Object.keys(st.cold)) {
  console.log(`| ${k} | ${f(st.cold[k], 0)} | ${f(100 * st.cold[k] / total(st.cold), 1)} | ${f(st.warm[k], 0)} | ${f(100 * st.warm[k] / total(st.warm), 1)} | ${f(mbps(st.warm[k]), 1)} |`)
}
console.log(`| all | ${f(total(st.cold), 0)} | 100 | ${f(total(st.warm), 0)} | 100 | ${f(mbps(total(st.warm)), 2)} |`)
console.log(`\nload average at end: ${load()}`)
rmSync(tmp, { recursive: true, force: true })
