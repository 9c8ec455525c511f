const MARKER = /^(?:ABSTRACT|FULL TEXT|ADVERTISEMENT|Advertisement|Continue reading the main story|Story continues below|Continued from page \w+)\.?:?$/
const SOCIAL = [
  /\bLike (?:the|our|us on) (?:page|Facebook)\b[:.]?$/,
  /^Follow (?:\S+ ){0,5}on (?:Twitter|Facebook|Instagram)\b/,
  /^(?:Twitter|Facebook|Instagram|Email|E-mail):? @?\S+\.?$/,
  /^@\w+\.?$/,
  /^(?:Sign up|Subscribe|Share this|Share on|Download the|Get the)\b.{0,120}$/,
  /^<\w[^>]{0,300}>.*$/,
  /^(?:Read|See) (?:it all|the (?:full|whole) .{1,40}|more) here\.?$/,
  /\bSubscribe here\b/,
]
const COPYRIGHT = /(?:Copyright|©|\(c\) \d{4}|All [Rr]ights [Rr]eserved)/

/**
 * True for page furniture that is not part of the story: print markers ("ABSTRACT.", "FULL TEXT."), social
 * prompts ("Like the page:", "Follow X on Twitter"), embed tags, and copyright lines.
 */
export function isBoilerplate(line: string): boolean {
  if (line.length > 300) return false
  if (MARKER.test(line)) return true
  if (COPYRIGHT.test(line)) return true
  return SOCIAL.some((re) => re.test(line))
}

/** True for "ABSTRACT." (NYT print archive marker): the block after it is the abstract, not the body. */
export function isAbstractMarker(line: string): boolean {
  return /^ABSTRACT\.?:?$/.test(line)
}

/** True for short lines that look like trailing page furniture ("Upcoming Events----"): few words, no sentence end. */
export function isFurniture(line: string): boolean {
  if (line.length > 60 || /^(?:\d{1,3}[.)]|[*•])\s/.test(line)) return false
  const words = line.split(/\s+/).length
  return words <= 6 && !/[.!?"”’']$/.test(line)
}
