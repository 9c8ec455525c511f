import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageOutput, pagerCommand, wantsPager } from '../../src/cli/page.js'

const tall = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n') + '\n'

describe('paging', () => {
  it.each([
    [{}, 'less -R'],
    [{ PAGER: 'more' }, 'more'],
    [{ PAGER: '  ' }, null],
    [{ PAGER: 'cat' }, null],
  ])('pager for %j is %j', (env, want) => expect(pagerCommand(env)).toBe(want))

  it.each([
    [{ isTTY: false, rows: 24, env: {} }, tall, false],
    [{ isTTY: true, rows: 24, env: {} }, tall, true],
    [{ isTTY: true, rows: 24, env: {} }, 'short\n', false],
    [{ isTTY: true, rows: 0, env: {} }, 'short\n', true],
    [{ isTTY: true, rows: 24, env: { PAGER: '' } }, tall, false],
  ])('wantsPager(%j)', (ctx, text, want) => expect(wantsPager(text, ctx)).toBe(want))

  it('pipes the text through $PAGER (with LESS=FRX unless set) when it is taller than the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ai-page-'))
    const written: string[] = []
    const pager = `cat > ${join(dir, 'out')}; printf %s "$LESS" > ${join(dir, 'less')}`
    await pageOutput(tall, { isTTY: true, rows: 24, env: { PATH: process.env.PATH, PAGER: pager }, write: async (s) => void written.push(s) })
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe(tall)
    expect(readFileSync(join(dir, 'less'), 'utf8')).toBe('FRX')
    expect(written).toEqual([])
  })

  it('writes directly when the pager cannot be found, or the text fits', async () => {
    const written: string[] = []
    const write = async (s: string) => void written.push(s)
    await pageOutput(tall, { isTTY: true, rows: 24, env: { PATH: process.env.PATH, PAGER: 'no-such-pager-xyz 2>/dev/null' }, write })
    await pageOutput('short\n', { isTTY: true, rows: 24, env: { PAGER: 'false' }, write })
    expect(written).toEqual([tall, 'short\n'])
  })
})
