import type { Article } from '../../types.js'

/**
 * Who "I" is in a first-person piece: the first byline author, else the person an author note at the end
 * introduces ("Charlotte Meehan is playwright-in-residence at …"); null when neither is found.
 */
export function findAuthor(article: Article): string | null {
  const first = article.byline?.authors[0]
  if (first) return first
  const body = article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'credit' || b.kind === 'boilerplate')
  for (const b of body.slice(-3)) {
    const m = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}) (?:is|was|writes|teaches|lives)\b/u.exec(b.text)
    if (m && b.text.length < 600) return m[1]
  }
  return null
}
