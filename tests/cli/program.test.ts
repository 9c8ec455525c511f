import { describe, expect, it } from 'vitest'
import type { CliDeps } from '../../src/cli/deps.js'
import { buildProgram } from '../../src/cli/program.js'

// buildProgram builds only the subcommand a run names; nothing it builds may differ from the full program's.
const deps = {} as CliDeps
const ALL = ['summary', 'quotes', 'entities', 'sections', 'analyze', 'speakers', 'show', 'report']

describe('buildProgram', () => {
  it.each([undefined, 'help', 'bogus', '--color', 'toString', 'constructor'])('builds every subcommand for a first argument of %j', (first) => {
    expect(buildProgram(deps, '1.0.0', first).commands.map((c) => c.name())).toEqual(ALL)
  })

  it.each(ALL)('builds only %s when the run names it, with the same help', (name) => {
    const only = buildProgram(deps, '1.0.0', name)
    expect(only.commands.map((c) => c.name())).toEqual([name])
    const full = buildProgram(deps, '1.0.0').commands.find((c) => c.name() === name)!
    expect(only.commands[0].helpInformation()).toBe(full.helpInformation())
  })
})
