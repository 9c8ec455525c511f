// Speed and memory benchmark (issue 6), whole processes pinned to one core (taskset -c 0 when available):
//   - `analyze --json --jobs 1` over the first N PolNeAR train articles: MB/s of wall and of CPU time, peak RSS;
//   - compromise (nlp + people/places/organizations/quotations) over the same texts in its own process;
//   - startup: a single-file `summary` against `node -e 0`;
//   - peak RSS on a corpus `--scale` times larger (the same files repeated);
//   - each analysis stage's share of CPU time, in-process, JIT-cold (first pass) and warm.
// The machine is shared and noisy: figures are medians of --reps runs (interleaved, so all sides see the same load),
// and CPU time (user + sys) is printed beside wall time since it is less sensitive to load.
// usage: npm run bench [-- --reps 5 --files 200 --scale 10 --startup-reps 11 --data DIR]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
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

if (!existsSync(join(root, 'dist/bundle/main.js'))) throw new Error('dist/bundle/main.js is missing: run npm run build first')
const files = readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort().slice(0, FILES).map((f) => join(DATA, f))
const bytes = files.reduce((a, f) => a + statSync(f).size, 0)
const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0
const tmp = mkdtempSync(join(tmpdir(), 'bench-'))

/** Runs `node ...nodeArgs` pinned to CPU 0, stdout discarded; wall time from here, CPU and peak RSS from the child. */
function run(nodeArgs) {
  const usageFile = join(tmp, 'usage.json')
  rmSync(usageFile, { force: true })
  const argv = [process.execPath, '--import', USAGE, ...nodeArgs]
  const t0 = performance.now()
  const r = spawnSync(pinned ? 'taskset' : argv[0], pinned ? ['-c', '0', ...argv] : argv.slice(1), {
    cwd: root, env: { ...process.env, BENCH_USAGE: usageFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26,
  })
  const wallMs = performance.now() - t0
  if (r.status !== 0) throw new Error(`${nodeArgs.join(' ').slice(0, 200)} failed (${r.status}): ${r.stderr}`)
  return { wallMs, ...JSON.parse(readFileSync(usageFile, 'utf8')) }
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
  ours.push(run(analyzeArgs))
  theirs.push(run([fileURLToPath(new URL('./bench/compromise.mjs', import.meta.url)), ...files]))
}
const a = med(ours), c = med(theirs)
console.log('\n## Throughput (whole process, input bytes / time)')
console.log('| run | wall s | CPU s | MB/s wall | MB/s CPU | peak RSS MB |\n|---|---|---|---|---|---|')
console.log(`| article-inspect analyze --json --jobs 1 | ${f(a.wallMs / 1000, 3)} | ${f(a.cpuMs / 1000, 3)} | ${f(mbps(a.wallMs))} | ${f(mbps(a.cpuMs))} | ${f(a.maxRssKb / 1024, 1)} |`)
console.log(`| compromise nlp + people/places/organizations/quotations | ${f(c.wallMs / 1000, 3)} | ${f(c.cpuMs / 1000, 3)} | ${f(mbps(c.wallMs), 3)} | ${f(mbps(c.cpuMs), 3)} | ${f(c.maxRssKb / 1024, 1)} |`)
const ratioWall = c.wallMs / a.wallMs, ratioCpu = c.cpuMs / a.cpuMs
console.log(`analyze: ${f(mbps(a.wallMs))} MB/s wall, ${f(mbps(a.cpuMs))} MB/s CPU (target >= 2 MB/s per core): ${verdict(mbps(a.wallMs) >= 2)} (wall), ${verdict(mbps(a.cpuMs) >= 2)} (CPU)`)
console.log(`ours / compromise: ${f(ratioWall, 1)}x wall, ${f(ratioCpu, 1)}x CPU (target >= 15x): ${verdict(ratioWall >= 15)} (wall), ${verdict(ratioCpu >= 15)} (CPU)`)

// 3. Startup: one small file through `summary` against an empty node, interleaved.
const sum = [], empty = []
for (let r = 0; r < STARTUP_REPS; r++) {
  sum.push(run([BIN, 'summary', SEED]))
  empty.push(run(['-e', '0']))
}
const s = med(sum), e = med(empty)
console.log(`\n## Startup (medians of ${STARTUP_REPS})`)
console.log('| run | wall ms | CPU ms | peak RSS MB |\n|---|---|---|---|')
console.log(`| article-inspect summary fixtures/seed-adg-north-korea.txt | ${f(s.wallMs, 0)} | ${f(s.cpuMs, 0)} | ${f(s.maxRssKb / 1024, 1)} |`)
console.log(`| node -e 0 | ${f(e.wallMs, 0)} | ${f(e.cpuMs, 0)} | ${f(e.maxRssKb / 1024, 1)} |`)
console.log(`summary / node -e 0: ${f(s.wallMs / e.wallMs)}x wall, ${f(s.cpuMs / e.cpuMs)}x CPU (target <= 2x): ${verdict(s.wallMs / e.wallMs <= 2)} (wall), ${verdict(s.cpuMs / e.cpuMs <= 2)} (CPU)`)

// 4. Memory: the same analyze over a corpus SCALE times larger.
const big = run([BIN, 'analyze', '--json', '--jobs', '1', ...Array.from({ length: SCALE }, () => files).flat()])
console.log(`\n## Peak RSS`)
console.log(`| input | MB | wall s | CPU s | MB/s wall | peak RSS MB |\n|---|---|---|---|---|---|`)
console.log(`| ${files.length} articles | ${f(bytes / 1e6, 2)} | ${f(a.wallMs / 1000, 2)} | ${f(a.cpuMs / 1000, 2)} | ${f(mbps(a.wallMs))} | ${f(a.maxRssKb / 1024, 1)} |`)
console.log(`| the same x${SCALE} | ${f(SCALE * bytes / 1e6, 2)} | ${f(big.wallMs / 1000, 2)} | ${f(big.cpuMs / 1000, 2)} | ${f(SCALE * mbps(big.wallMs))} | ${f(big.maxRssKb / 1024, 1)} |`)
const growth = big.maxRssKb / a.maxRssKb
console.log(`peak RSS x${f(growth)} for ${SCALE}x the input (target <= 200 MB, not growing): ${verdict(big.maxRssKb <= 200 * 1024 && a.maxRssKb <= 200 * 1024 && growth < 1.25)}`)

// 5. Stages, in-process.
const r = spawnSync(pinned ? 'taskset' : process.execPath, [...(pinned ? ['-c', '0', process.execPath] : []),
  fileURLToPath(new URL('./bench/stages.mjs', import.meta.url)), ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
if (r.status !== 0) throw new Error(`stages failed: ${r.stderr}`)
const st = JSON.parse(r.stdout)
const total = (t) => Object.values(t).reduce((x, y) => x + y, 0)
console.log(`\n## Stages (in-process CPU ms over the ${files.length} articles; cold = first pass in a fresh process, warm = best later pass)`)
console.log(`| stage | cold ms | cold % | warm ms | warm % | warm MB/s |\n|---|---|---|---|---|---|`)
for (const k of Object.keys(st.cold)) {
  console.log(`| ${k} | ${f(st.cold[k], 0)} | ${f(100 * st.cold[k] / total(st.cold), 1)} | ${f(st.warm[k], 0)} | ${f(100 * st.warm[k] / total(st.warm), 1)} | ${f(mbps(st.warm[k]), 1)} |`)
}
console.log(`| all | ${f(total(st.cold), 0)} | 100 | ${f(total(st.warm), 0)} | 100 | ${f(mbps(total(st.warm)), 2)} |`)
console.log(`\nload average at end: ${load()}`)
rmSync(tmp, { recursive: true, force: true })
