import { mergeSurnames, nameKey } from './nameKey.js'

/** One article's speakers: their names as the article resolves them, with quote counts. */
export interface ArticleSpeakers {
  group: string | null
  speakers: { name: string; type: string; quotes: number }[]
}

/** A speaker across the corpus (or within one group of it). */
export interface SpeakerTotal {
  group: string | null
  name: string
  type: string
  quotes: number
  articles: number
  coQuoted: { name: string; articles: number }[]
}

interface Acc { quotes: number; articles: number; forms: Map<string, number>; type: string; co: Map<string, number> }

/**
 * Accumulates speakers across articles, one article at a time, in memory proportional to the number of
 * distinct speakers: quotes and articles per speaker, and the speakers quoted in the same articles. Names are
 * merged across articles by {@link nameKey}, and a surname alone joins the full name it most often stands for.
 */
export class SpeakerAggregate {
  private readonly groups = new Map<string | null, Map<string, Acc>>()

  /** Adds one article's speakers. */
  add(article: ArticleSpeakers): void {
    let g = this.groups.get(article.group)
    if (!g) this.groups.set(article.group, (g = new Map()))
    const keys = [...new Set(article.speakers.map((s) => nameKey(s.name)).filter(Boolean))]
    for (const s of article.speakers) {
      const key = nameKey(s.name)
      if (!key) continue
      let acc = g.get(key)
      if (!acc) g.set(key, (acc = { quotes: 0, articles: 0, forms: new Map(), type: s.type, co: new Map() }))
      acc.quotes += s.quotes
      acc.forms.set(s.name, (acc.forms.get(s.name) ?? 0) + s.quotes)
    }
    for (const key of keys) {
      const acc = g.get(key)!
      acc.articles++
      for (const other of keys) if (other !== key) acc.co.set(other, (acc.co.get(other) ?? 0) + 1)
    }
  }

  /** The totals, most quoted first (ties by name), each with its `top` most frequent co-quoted speakers. */
  result(top = 3): SpeakerTotal[] {
    const out: SpeakerTotal[] = []
    for (const [group, g] of this.groups) {
      const merged = merge(g)
      const display = (key: string) => mostFrequent(merged.get(key)!.forms)
      for (const [key, acc] of merged) {
        const coQuoted = [...acc.co].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top)
        out.push({ group, name: display(key), type: acc.type, quotes: acc.quotes, articles: acc.articles,
          coQuoted: coQuoted.map(([k, n]) => ({ name: display(k), articles: n })) })
      }
    }
    return out.sort((a, b) => String(a.group ?? '').localeCompare(String(b.group ?? '')) || b.quotes - a.quotes || b.articles - a.articles || a.name.localeCompare(b.name))
  }
}

function merge(g: Map<string, Acc>): Map<string, Acc> {
  const into = mergeSurnames(new Map([...g].map(([k, a]) => [k, a.quotes])))
  const out = new Map<string, Acc>()
  for (const [key, acc] of g) {
    const target = into.get(key)!
    const t = out.get(target) ?? { quotes: 0, articles: 0, forms: new Map(), type: acc.type, co: new Map() }
    t.quotes += acc.quotes
    t.articles += acc.articles
    for (const [f, n] of acc.forms) t.forms.set(f, (t.forms.get(f) ?? 0) + n)
    for (const [k, n] of acc.co) {
      const k2 = into.get(k)!
      if (k2 !== target) t.co.set(k2, (t.co.get(k2) ?? 0) + n)
    }
    out.set(target, t)
  }
  return out
}

/** The form to show: the most frequent of the multi-word forms if any (ties: the longer, then A–Z). */
export function mostFrequent(forms: Map<string, number>): string {
  const full = [...forms].filter(([f]) => /\s/.test(f.trim()))
  const pool = full.length ? full : [...forms]
  pool.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
  return pool[0]?.[0] ?? ''
}
