import fs from 'node:fs'
import path from 'node:path'

/** A [start, end) range of offsets into an article text. */
export type Range = [number, number]
/** One annotated attribution: its Source, Cue and Content fragments. */
export interface Attribution { source: Range[]; cue: Range[]; content: Range[] }
/** One PolNeAR article with its attributions (the alphabetically first annotator's file, as the scorer uses). */
export interface PolnearArticle { base: string; text: string; attributions: Attribution[] }

/** Reads a PolNeAR split directory (text/*.txt, attributions/*.ann) in file-name order. */
export function readSplit(dir: string): PolnearArticle[] {
  const ann = new Map<string, string>()
  for (const f of fs.readdirSync(path.join(dir, 'attributions')).sort()) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '')
    if (!ann.has(base)) ann.set(base, f)
  }
  return [...ann].sort(([a], [b]) => (a < b ? -1 : 1)).map(([base, f]) => ({
    base,
    text: fs.readFileSync(path.join(dir, 'text', base + '.txt'), 'utf8'),
    attributions: parseAnn(fs.readFileSync(path.join(dir, 'attributions', f), 'utf8')),
  }))
}

function parseAnn(src: string): Attribution[] {
  const spans: Record<string, Range[]> = {}
  const links: Record<string, string[]>[] = []
  for (const line of src.split('\n')) {
    const t = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line)
    if (t) spans[t[1]] = t[2].split(';').map((x) => x.trim().split(' ').map(Number) as Range)
    const e = /^E\d+\t(.*)$/.exec(line)
    if (!e) continue
    const link: Record<string, string[]> = { Source: [], Cue: [], Content: [] }
    for (const part of e[1].trim().split(/\s+/)) {
      const [role, id] = part.split(':')
      link[role.replace(/\d+$/, '')]?.push(id)
    }
    links.push(link)
  }
  const of = (ids: string[]) => ids.flatMap((id) => spans[id] ?? [])
  return links.map((l) => ({ source: of(l.Source), cue: of(l.Cue), content: of(l.Content) }))
}

export const isAlnum = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c)

/** Share of the letters and digits of text[s, e) marked in `mask` (0 when there are none). */
export function coverage(text: string, mask: Uint8Array, s: number, e: number): number {
  let tot = 0, ok = 0
  for (let i = s; i < e; i++) if (isAlnum(text[i])) { tot++; if (mask[i]) ok++ }
  return tot ? ok / tot : 0
}
