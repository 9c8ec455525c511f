// Preloaded into a benchmarked process (node --import): at exit, writes its own CPU time and peak RSS to the file
// named by BENCH_USAGE, so the benchmark needs no /usr/bin/time.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const u = process.resourceUsage()
  writeFileSync(process.env.BENCH_USAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }))
})
