const NOTE = /^(?:\[|\()?(?:UPDATE|Update|UPDATED|Updated|CORRECTION|Correction|CLARIFICATION|Clarification|EDITOR['’]S NOTE|Editor['’]s [Nn]ote|CORRECTIONS?|Corrections?)\b/
const REVISED = /^(?:This|The) (?:article|story|post|report|piece|version)(?: has been| was| is being) (?:updated|revised|corrected|clarified|changed)\b/
const EARLIER = /^An? (?:earlier|previous) version of this (?:article|story|post|report)\b/

/**
 * True for update and correction notes: "UPDATE:", "Correction:", "Editor’s note:", "This story has been
 * updated…", "An earlier version of this article…".
 */
export function isNote(line: string): boolean {
  if (line.length > 1200) return false
  return NOTE.test(line) || REVISED.test(line) || EARLIER.test(line)
}
