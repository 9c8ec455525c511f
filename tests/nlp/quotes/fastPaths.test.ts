import { describe, expect, it } from 'vitest'
import { capitalRunEnd, nextCapital } from '../../../src/nlp/quotes/capitalRuns.js'
import { dropFinalPeriod } from '../../../src/nlp/quotes/readPhrase.js'
import { letterOrDigit, wordsIn } from '../../../src/nlp/quotes/wordsIn.js'

// Character-code and lookup fast paths of the quotation finders against the regexes and lookups they replace.
describe('quotes fast paths', () => {
  it('letterOrDigit(w, 0, w.length) > 0 is /^[\\p{L}\\p{N}]/u on every code point and lone surrogate', () => {
    const FIRST = /^[\p{L}\p{N}]/u
    const wrong: string[] = []
    for (let c = 0; c < 0x110000; c++) {
      const s = String.fromCodePoint(c)
      for (const w of [s, s + 'x', s + '\udc00']) if ((letterOrDigit(w, 0, w.length) > 0) !== FIRST.test(w)) wrong.push(`U+${c.toString(16)}`)
    }
    expect(wrong).toEqual([])
    expect(letterOrDigit('', 0, 0)).toBe(0)
  })

  it('lower-casing never makes a word shorter (first-person forms are looked for in words of five units or fewer)', () => {
    const shorter: number[] = []
    for (let c = 0; c < 0x110000; c++) {
      const s = String.fromCodePoint(c)
      if (s.toLowerCase().length < s.length) shorter.push(c)
    }
    expect(shorter).toEqual([])
  })

  it('wordsIn is the regex it stands for on 30,000 random windows of texts made of tricky pieces', () => {
    const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-'’&]|\.(?=[\p{L}\p{N}]))*\.?|\S/gu
    const reference = (text: string, from: number, to: number) => {
      const start = Math.max(0, from), stop = Math.min(to, text.length)
      if (!(start < stop)) return []
      return [...text.slice(start, stop).matchAll(WORD)].map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }))
    }
    const PIECES = ['U.S.', 'Trump’s', 'R-Wis.', 'AT&T', 'Mr..Smith', '3.5%', '𝐀𝐁', '😀', '\ud835', '\udc00', '“Go,”', '—', 'é.x', 'a.', '.b',
      'x', 'Kyung-wha', ' ', '  ', '\u00a0', '\n', '\t', '\u2003', 'ſ.', '’s', "''", '...', 'No.1', '—Sen.', 'İ', 'ß-ü', '٣']
    let seed = 12345
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n)
    const wrong: string[] = []
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 1 + random(40) }, () => PIECES[random(PIECES.length)] + (random(3) ? ' ' : '')).join('')
      for (let q = 0; q < 100; q++) {
        const from = random(text.length + 4) - 2, to = from + random(text.length + 4) - 1
        if (JSON.stringify(wordsIn(text, from, to)) !== JSON.stringify(reference(text, from, to))) wrong.push(JSON.stringify([text, from, to]))
      }
    }
    expect(wrong).toEqual([])
  })

  it('nextCapital and capitalRunEnd are the capital-run regex on 30,000 random starts in texts made of tricky pieces', () => {
    const RUN = /\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?\p{Lu}[\p{L}\p{N}.'’&-]*){0,8}/gu
    const PIECES = ['U.S.', 'Trump’s', 'R-Wis.', 'AT&T', 'of', 'of ', 'of\u00a0', 'off', 'Of', ' of the ', 'Bank of America', '𝐀𝐁', '😀',
      '\ud835', '\udc00', '“Go,”', '—', 'É.x', 'a.', '.B', 'x', 'Kyung-wha', ' ', '  ', '\u00a0', '\n', '\u2003', 'ſ.', '’s', "''",
      'İ', 'ß-Ü', '٣', 'ǅ', 'A B C D E F G H I J K', 'Ω', 'ω']
    let seed = 777
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n)
    const wrong: string[] = []
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 1 + random(40) }, () => PIECES[random(PIECES.length)] + (random(3) ? ' ' : '')).join('')
      for (let q = 0; q < 100; q++) {
        let from = random(text.length + 2)
        // Starts fall on code point boundaries, as block starts and match ends do.
        if (from > 0 && from < text.length && (text.charCodeAt(from) & 0xfc00) === 0xdc00 && (text.charCodeAt(from - 1) & 0xfc00) === 0xd800) from--
        RUN.lastIndex = from
        const m = RUN.exec(text)
        const start = nextCapital(text, from)
        const got = start < 0 ? null : [start, capitalRunEnd(text, start)]
        const want = m ? [m.index, m.index + m[0].length] : null
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(JSON.stringify([text, from, got, want]))
      }
    }
    expect(wrong).toEqual([])
  })

  it('dropFinalPeriod is the regex replace it stands for on names made of tricky pieces', () => {
    const PIECES = ['a', 'b', 'Z', 'A', '.', ' ', 'é', 'É', 'ß', '𝐀', '𝐚', '\ud835', '1', "'", '’', '-', 'ǅ']
    const wrong: string[] = []
    const visit = (s: string, depth: number): void => {
      for (const tail of [s + '.', s]) {
        if (dropFinalPeriod(tail) !== tail.replace(/([\p{Ll}\p{Lu}][\p{Ll}]+)\.$/u, '$1')) wrong.push(tail)
      }
      if (depth < 4) for (const p of PIECES) visit(p + s, depth + 1)
    }
    visit('', 0)
    expect(wrong).toEqual([])
  })
})
