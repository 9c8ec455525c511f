const BYLINE = /^(?:By|BY|by)[:\s]+([A-Z][^\n]{1,150})$/
const NAME = /^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|del|der|la|le|bin|al)){0,4}$/
const NOT_NAME = /^(?:The|A|An|Staff|Special|Associated|Reuters|AP|AFP|Bloomberg|Contributing|Senior|Chief|Correspondent)\b/

/**
 * Recognizes a byline ("By Jane Doe and John Roe", "By JANE DOE | The Associated Press") and returns its author
 * names, or null when the line is not a byline. The organization after a "|" or "," is not an author.
 */
export function matchByline(line: string): { authors: string[] } | null {
  const m = BYLINE.exec(line)
  if (!m) return null
  const authors: string[] = []
  for (const part of m[1].split(/\s*[|,;]\s*|\s+and\s+|\s*&\s*/)) {
    const p = part.trim().replace(/\.$/, '')
    if (!p || NOT_NAME.test(p)) continue
    if (!NAME.test(p)) return authors.length ? { authors } : null
    authors.push(p)
  }
  return authors.length ? { authors } : null
}
