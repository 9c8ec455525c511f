import { charWidth } from './displayWidth.js'

/** Plain text (already sanitized) and how to paint it. */
export interface Run {
  text: string
  paint: (s: string) => string
}

interface Cell {
  ch: string
  width: number
  run: number
}

/**
 * Wraps styled text to lines of at most `width` columns, measuring only the visible text: whitespace runs
 * collapse to one space, lines break between words (a word wider than the line is cut), and each line is
 * painted on its own, run by run, so no escape sequence is ever split and every line closes its styles.
 * A space between words takes the style of the run it came from (so an underlined cue stays unbroken).
 */
export function wrapRuns(runs: Run[], width: number): string[] {
  const max = Math.max(1, width)
  const lines: Cell[][] = []
  let line: Cell[] = []
  let lineWidth = 0
  for (const { word, space } of words(runs)) {
    const w = word.reduce((n, c) => n + c.width, 0)
    if (line.length && lineWidth + 1 + w <= max) {
      line.push(space, ...word)
      lineWidth += 1 + w
      continue
    }
    if (line.length) lines.push(line)
    line = []
    lineWidth = 0
    for (const c of word) {
      if (lineWidth + c.width > max && line.length) {
        lines.push(line)
        line = []
        lineWidth = 0
      }
      line.push(c)
      lineWidth += c.width
    }
  }
  if (line.length) lines.push(line)
  return lines.map((cells) => paintLine(cells, runs))
}

/** Splits runs into words of cells, each with the (collapsed) space cell that preceded it, if any. */
function words(runs: Run[]): { word: Cell[]; space: Cell }[] {
  const out: { word: Cell[]; space: Cell }[] = []
  let word: Cell[] = []
  let space: Cell | null = null
  runs.forEach((r, run) => {
    for (const ch of r.text) {
      if (/\s/.test(ch)) {
        if (word.length) out.push({ word, space: space ?? { ch: ' ', width: 1, run: word[0].run } })
        if (word.length || !space) space = { ch: ' ', width: 1, run }
        word = []
        continue
      }
      word.push({ ch, width: charWidth(ch), run })
    }
  })
  if (word.length) out.push({ word, space: space ?? { ch: ' ', width: 1, run: word[0].run } })
  return out
}

function paintLine(cells: Cell[], runs: Run[]): string {
  let out = ''
  let i = 0
  while (i < cells.length) {
    let j = i
    let text = ''
    while (j < cells.length && cells[j].run === cells[i].run) text += cells[j++].ch
    out += runs[cells[i].run].paint(text)
    i = j
  }
  return out
}
