// A test paint with real SGR codes (like chalk's), so tests can check wrapping never splits or leaks them.
import type { Paint } from '../../src/render/paint.js'

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`

export const ansiPaint: Paint = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  heading: sgr(1, 22),
  speaker: (n, s) => sgr(31 + (n % 6), 39)(s),
  entity: (_t, s) => sgr(90, 39)(s),
}

/** Text without SGR sequences. */
export const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '')

/** True when every style a line opens is closed again on the same line, and no escape is left half-written. */
export function isBalanced(line: string): boolean {
  if (strip(line).includes('\u001b')) return false
  const open = new Map<string, number>([['fg', 0], ['intensity', 0], ['underline', 0]])
  for (const [, code] of line.matchAll(/\u001b\[([0-9]+)m/g)) {
    const n = Number(code)
    const key = n === 1 || n === 2 || n === 22 ? 'intensity' : n === 4 || n === 24 ? 'underline' : 'fg'
    open.set(key, open.get(key)! + (n === 22 || n === 24 || n === 39 ? -1 : 1))
  }
  return [...open.values()].every((v) => v === 0)
}
