import { mostFrequent } from './aggregateSpeakers.js'
import { mergeSurnames, nameKey } from './nameKey.js'

/** One article's entities with their mention counts. */
export interface ArticleEntities {
  group: string | null
  entities: { name: string; type: string; count: number }[]
}

/** An entity across the corpus (or within one group of it). */
export interface EntityTotal {
  group: string | null
  name: string
  type: string
  count: number
  articles: number
}

interface Acc { count: number; articles: number; forms: Map<string, number> }

/**
 * Accumulates entities across articles in memory proportional to the number of distinct entities: mentions
 * and articles per (type, name). Names are merged by {@link nameKey}; for people, a surname alone joins the
 * full name it most often stands for.
 */
export class EntityAggregate {
  private readonly groups = new Map<string | null, Map<string, Acc>>()

  /** Adds one article's entities. */
  add(article: ArticleEntities): void {
    let g = this.groups.get(article.group)
    if (!g) this.groups.set(article.group, (g = new Map()))
    const seen = new Set<string>()
    for (const e of article.entities) {
      const key = `${e.type}\u0000${nameKey(e.name)}`
      let acc = g.get(key)
      if (!acc) g.set(key, (acc = { count: 0, articles: 0, forms: new Map() }))
      acc.count += e.count
      acc.forms.set(e.name, (acc.forms.get(e.name) ?? 0) + e.count)
      if (!seen.has(key)) { acc.articles++; seen.add(key) }
    }
  }

  /** The totals, most mentioned first (ties by articles, then name). */
  result(): EntityTotal[] {
    const out: EntityTotal[] = []
    for (const [group, g] of this.groups) {
      const people = new Map([...g].filter(([k]) => k.startsWith('PERSON\u0000')).map(([k, a]) => [k.slice(7), a.count]))
      const into = mergeSurnames(people)
      const merged = new Map<string, Acc>()
      for (const [key, acc] of g) {
        const [type, name] = key.split('\u0000')
        const target = type === 'PERSON' ? `${type}\u0000${into.get(name)}` : key
        const t = merged.get(target) ?? { count: 0, articles: 0, forms: new Map() }
        t.count += acc.count
        t.articles += acc.articles
        for (const [f, n] of acc.forms) t.forms.set(f, (t.forms.get(f) ?? 0) + n)
        merged.set(target, t)
      }
      for (const [key, acc] of merged) {
        out.push({ group, name: mostFrequent(acc.forms), type: key.split('\u0000')[0], count: acc.count, articles: acc.articles })
      }
    }
    return out.sort((a, b) => String(a.group ?? '').localeCompare(String(b.group ?? '')) || b.count - a.count || b.articles - a.articles || a.name.localeCompare(b.name))
  }
}
