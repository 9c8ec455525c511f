import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'))
const packages = Object.entries(lock.packages as Record<string, { resolved?: string; hasInstallScript?: boolean; dev?: boolean; version?: string }>).filter(([k]) => k)

describe('supply chain', () => {
  it('has a committed lockfile that matches package.json', () => {
    expect(existsSync(join(ROOT, 'package-lock.json'))).toBe(true)
    const root = lock.packages['']
    expect(root.dependencies).toEqual(pkg.dependencies)
    expect(root.devDependencies).toEqual(pkg.devDependencies)
  })

  it('resolves every package from the npm registry', () => {
    for (const [name, p] of packages) if (p.resolved) expect(p.resolved, name).toMatch(/^https:\/\/registry\.npmjs\.org\//)
  })

  it('runs no install script: each package that has one is denied in allowScripts', () => {
    const withScripts = packages.filter(([, p]) => p.hasInstallScript).map(([k]) => k.replace(/^.*node_modules\//, ''))
    for (const name of withScripts) expect(pkg.allowScripts?.[name], `${name} has an install script`).toBe(false)
  })

  it('keeps runtime dependencies few', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['chalk', 'cli-progress', 'cli-table3', 'commander'])
  })

  it('npm audit --omit=dev finds no known vulnerability (skipped when the audit service is unreachable)', (ctx) => {
    const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: unknown } | null = null
    try { report = JSON.parse(r.stdout) } catch { report = null }
    if (!report?.metadata?.vulnerabilities) {
      console.warn(`npm audit could not reach the advisory service here; skipped (${String(r.stdout || r.stderr).replace(/\s+/g, ' ').slice(0, 160)})`)
      ctx.skip()
    }
    const v = report.metadata.vulnerabilities
    expect({ low: v.low, moderate: v.moderate, high: v.high, critical: v.critical }).toEqual({ low: 0, moderate: 0, high: 0, critical: 0 })
  })
})
