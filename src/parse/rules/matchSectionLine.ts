import { parseDate } from './parseDate.js'

const SECTION_ON = /^([A-Z][\w&'’ -]{0,40}?) Section(?: on| of| for|,)? ?(.{0,40})$/
const SECTION_LABEL = /^Section:? ([A-Z][\w&'’ -]{0,40}?)(?:,? (?:Page|Pg\.?) \w+)?\.?$/

/**
 * Recognizes a print-section line such as "A Section on 01/17/2018" or "Section: Business" and returns the
 * section name and its ISO date (or null). Returns null for anything else, including long lines.
 */
export function matchSectionLine(line: string): { name: string; date: string | null } | null {
  if (line.length > 80) return null
  let m = SECTION_ON.exec(line)
  if (m && (m[2] === '' || parseDate(m[2]))) return { name: m[1].trim(), date: parseDate(m[2]) }
  m = SECTION_LABEL.exec(line)
  if (m) return { name: m[1].trim(), date: null }
  return null
}
