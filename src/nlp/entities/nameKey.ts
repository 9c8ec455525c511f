/** Titles and honorifics dropped when comparing names ("Mr. Trump" = "Trump"), lowercase, without periods. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'senator', 'rep', 'gov', 'governor',
  'pres', 'president', 'gen', 'general', 'col', 'lt', 'capt', 'sgt', 'adm', 'rev', 'hon', 'judge', 'justice', 'mayor',
  'secretary', 'minister', 'prime', 'vice', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh',
  'st', 'saint', 'the',
])

/**
 * Comparison key tokens of a name: lowercase words without leading titles ("Sen.", "Mr."), a trailing possessive
 * ("'s", "’s", "'") or periods, so "Mr. Trump's" and "TRUMP" both give ["trump"]. Never empty for a non-empty name.
 */
export function nameKey(name: string): string[] {
  const words = name.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter((w) => w.length > 0)
  if (words.length === 0) return []
  const last = words.length - 1
  words[last] = words[last].replace(/'s?$/, '')
  if (words[last] === '') words.pop()
  const clean = words.map((w) => (w.length > 1 ? w.replace(/\.+$/, '') : w))
  let i = 0
  while (i < clean.length - 1 && TITLES.has(clean[i])) i++
  return clean.slice(i)
}
