import type { Contributor } from '../../types.js'

const NAME_RE = "[A-Z][\\w'’.-]+(?: [A-Z][\\w'’.-]+){0,3}"
const NAMES_RE = `(?:(?:The )?(?:[A-Z][\\w&'’.-]* ){0,4}(?:[Ss]taff )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?) )?${NAME_RE}(?:(?:,|,? and) ${NAME_RE})*`
const CREDIT = [
  /^Information for this (?:article|story|report) was (?:contributed|provided|gathered) by /,
  new RegExp(`^${NAMES_RE},? (?:also )?(?:contributed|reported)(?: (?:reporting|additional reporting|research|to this (?:report|story|article|post)))?(?:,? (?:from|in) [A-Z][^.;]{0,60}(?:\\.[^.;]{0,30})?)?(?:[.;,]|$)`),
  /^\(?(?:Reporting|Additional reporting|Writing) by /,
  /^[-—–]*\s*[Aa]dditional reporting (?:by|from) /,
]

/** A body sentence framed by what someone reported ("As The Washington Post reported, even if Sanders …"), which
 *  the name pattern of a credit would otherwise take for "<names> reported,". */
const FRAMED = /^(?:As|But as|And as|When|While|If|After|Before|Since)\s/

/**
 * True for contributor and credit lines: "Information for this article was contributed by …", "Jane Doe
 * contributed to this report.", "Costa reported from Washington.", "(Reporting by …; Editing by …)".
 */
export function isCredit(line: string): boolean {
  return line.length <= 400 && !FRAMED.test(line) && CREDIT.some((re) => re.test(line))
}

const NAME = /^(?:[A-Z][\w'’.-]*|(?:de|van|von|da|del|der|la|le|bin|al|St\.))(?: (?:[A-Z][\w'’.-]*|de|van|von|da|del|der|la|le|bin|al)){0,4}$/
const ORG_WRITER = /^(?:The )?((?:[A-Z][\w&'’.-]*\s?){1,5}?) (?:staff )?(?:writers?|reporters?|correspondents?|photographers?)\s+/i
const LEAD = /^[-—–]*\s*(?:(?:Additional |additional )?(?:[Rr]eporting|[Ww]riting) )?(?:by|from)\s+/
const TAIL = /\s+(?:(?:also )?(?:contributed|reported)\b.*|(?:in|from) [A-Z].*)$/

/**
 * The people a credit line names, with the organization each works for when the line says so ("Matthew
 * Pennington of The Associated Press"; "Associated Press writer Jill Colvin"). Places ("reported from
 * Oakland, Calif.") and editors ("Editing by …") are left out.
 */
export function parseContributors(line: string): Contributor[] {
  const out: Contributor[] = []
  const body = line.replace(/^\(|\)\.?$/g, '').replace(/^Information for this \w+ was \w+ by /, '')
  for (const rawClause of body.split(/;\s*(?:and\s+)?|\.\s+(?=[A-Z])/)) {
    let clause = rawClause.trim().replace(/\.$/, '')
    if (/^Editing by /i.test(clause)) continue
    let organization: string | null = null
    const of = /^(.+?) of ((?:the |The )?[A-Z][^,]*)$/.exec(clause)
    if (of) { clause = of[1]; organization = of[2] }
    let afterPlace = false
    for (let piece of clause.split(/,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)) {
      piece = piece.trim()
      if (/^(?:from|in) /.test(piece) || (afterPlace && !/\s/.test(piece))) continue
      piece = piece.replace(LEAD, '')
      const writer = ORG_WRITER.exec(piece)
      if (writer && !organization) { organization = normalizeOrg(writer[1]); piece = piece.slice(writer[0].length) }
      afterPlace = / (?:from|in) [A-Z]/.test(piece)
      const name = piece.replace(TAIL, '')
      if (name && NAME.test(name) && !out.some((c) => c.name === name)) out.push({ name, organization })
    }
  }
  return out
}

function normalizeOrg(org: string): string {
  const o = org.trim()
  return /^(Associated Press|Washington Post|New York Times)$/.test(o) ? `The ${o}` : o
}
