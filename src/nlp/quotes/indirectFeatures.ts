import type { BlockKind, Span } from '../../types.js'
import { NEGATED } from './clauseWords.js'
import { CUE_FORMS } from './cueWords.js'
import { STRONG, type IndirectFind } from './findIndirect.js'
import { INDIRECT_CUES } from './indirectCues.js'
import { isSpace } from './isSpace.js'
import { LEARNED_CUES } from './learnedCues.js'
import type { SpeakerRef } from './readPhrase.js'
import { WEAK_CUES } from './weakCues.js'
import { isCapitalized, wordsIn } from './wordsIn.js'

/** What {@link indirectFeatures} reads about a find besides the text: its sentence and the kind of its block. */
export interface IndirectFacts {
  sentence: Span
  block: BlockKind
  /** True when the sentence holds a quotation-mark region. */
  quoted: boolean
}

const LEARNED = new Set(LEARNED_CUES)
/** Opening words of content worth a feature of their own; other words read as their shape (Cap, low, num). */
const OPENERS = new Set(('that to if whether what why how who whom which when where about for of on in against ' +
  'the a an this these those his her their its our my some many most all no any every each ' +
  'he she they it we i you there not because as while after before').split(' '))
/** Finite auxiliaries: a clause has one, a bare noun phrase ("his support for the wall") does not. */
const FINITE = new Set('is are was were will would has have had can could should may might must do does did am'.split(' ').concat(NEGATED))
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us', 'i’m', "i'm", 'we’re', "we're"])
/** A negated cue ("did not say", "never claimed") reports nothing said. */
const NEGATION = new Set(['not', 'never', 'no', ...NEGATED])

/**
 * Binary features of one reported-speech find for the learned filter over findIndirect (indirectModel.ts): the
 * rule that produced it, the cue word (form, lemma, the cue lists it is on), the kind of speaker phrase, the
 * length, first words and end of the content, and where the cue stands. Feature names are stable strings; cheap:
 * a few wordsIn over the content and the words around the cue, no regex built per find.
 */
export function indirectFeatures(text: string, find: IndirectFind, facts: IndirectFacts): string[] {
  const { content: c, cue, rule } = find
  const form = cue.text.toLowerCase()
  const lemma = CUE_FORMS.get(form) ?? INDIRECT_CUES.get(form) ?? form
  const lists = [STRONG.test(form) && 'strong', CUE_FORMS.has(form) && 'speech', LEARNED.has(form) && 'learned', WEAK_CUES.has(form) && 'weak'].filter(Boolean).join('+') || 'other'
  const before = wordsIn(text, Math.max(facts.sentence.start, cue.start - 40), cue.start)
  const p1 = before[before.length - 1]?.text.toLowerCase() ?? '<s>'
  const n1 = wordsIn(text, cue.end, Math.min(facts.sentence.end, cue.end + 30))[0]?.text.toLowerCase() ?? '</s>'
  const content = contentFeatures(text, find, facts)
  const feats = [
    'bias', `rule=${rule}`, `lemma=${lemma}`, `cue=${form}`, `lists=${lists}`, `rule&lists=${rule}&${lists}`,
    `block=${facts.block}`, `quoted=${facts.quoted}`, `p1=${p1}`, `n1=${n1}`, `lemma&n1=${lemma}&${n1}`,
    ...content.feats, ...speakerFeatures(text, find),
    `lemma&len=${lemma}&${content.len}`, `lemma&first=${lemma}&${content.first}`, `lemma&finite=${lemma}&${content.finite}`,
  ]
  if (find.quiet) feats.push('quiet')
  if (before.slice(-3).some((x) => NEGATION.has(x.text.toLowerCase()))) feats.push('negated')
  if (isCapitalized(cue.text)) feats.push('cueCap')
  if (text[c.end - 1] === '?' || text[c.end] === '?') feats.push('question')
  return feats
}

/** Features of the content: length, first words, a finite verb, first person, where it starts and ends, and the
 *  words between it and the cue. */
function contentFeatures(text: string, find: IndirectFind, facts: IndirectFacts): { feats: string[]; len: string; first: string; finite: boolean } {
  const { content: c, cue, rule } = find
  const words = wordsIn(text, c.start, c.end)
  const letters = words.filter((x) => /^[\p{L}\p{N}]/u.test(x.text))
  const n = letters.length
  const len = n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 15 ? '9-15' : n <= 30 ? '16-30' : '31+'
  const first = opener(letters[0]?.text)
  let finite = false, firstPerson = false
  for (const x of words) {
    const l = x.text.toLowerCase()
    if (FINITE.has(l)) finite = true
    if (FIRST_PERSON.has(l)) firstPerson = true
  }
  const side = cue.start >= c.end ? 'after' : cue.end <= c.start ? 'before' : 'inside'
  const between = side === 'before' ? wordsIn(text, cue.end, Math.min(c.start, cue.end + 120)).length : side === 'after' ? wordsIn(text, c.end, Math.min(cue.start, c.end + 120)).length : 0
  const gap = between === 0 ? '0' : between === 1 ? '1' : between <= 3 ? '2-3' : '4+'
  const next = nextChar(text, c.end, facts.sentence.end)
  const ends = next === '' || next === '.' || next === '!' || next === '?' ? 'stop' : next === ',' ? 'comma' : next === ';' || next === ':' ? 'colon' : 'word'
  const starts = onlySpace(text, facts.sentence.start, c.start)
  const feats = [
    `len=${len}`, `rule&len=${rule}&${len}`, `first=${first}`, `rule&first=${rule}&${first}`, `first2=${first}_${opener(letters[1]?.text)}`,
    `side=${side}`, `gap=${side}${gap}`, `ends=${ends}`, `rule&ends=${rule}&${ends}`, `starts=${starts}`,
    `finite=${finite}`, `finite&len=${finite}&${len}`, `rule&finite=${rule}&${finite}`,
  ]
  if (firstPerson) feats.push('firstPerson')
  if (words.some((x) => x.text === ',')) feats.push('comma')
  return { feats, len, first, finite }
}

/** Features of the speaker phrase: its kind (name, organization, group, description, pronoun, none), its head
 *  word, its length and how far before the cue it stands. */
function speakerFeatures(text: string, { ref, cue, rule }: IndirectFind): string[] {
  const speaker = speakerKind(ref)
  const feats = [`speaker=${speaker}`, `rule&speaker=${rule}&${speaker}`]
  if (!ref) return feats
  const mention = wordsIn(text, ref.mention.start, ref.mention.end)
  const head = ref.form === 'name' ? 'Name' : mention[mention.length - 1]?.text.toLowerCase() ?? ''
  const between = ref.mention.end <= cue.start ? wordsIn(text, ref.mention.end, Math.min(cue.start, ref.mention.end + 120)).length : -1
  const gap = between < 0 ? 'after' : between === 0 ? '0' : between <= 2 ? '1-2' : '3+'
  feats.push(`head=${head}`, `rule&head=${rule}&${head}`, `refLen=${Math.min(mention.length, 5)}`, `refGap=${gap}`, `speaker&refGap=${speaker}&${gap}`)
  return feats
}

/** The kind of a speaker phrase: 'name', 'org-name', 'pronoun', 'org', 'group' (plural), 'description' or 'none'. */
export function speakerKind(ref: SpeakerRef | null): string {
  if (!ref) return 'none'
  if (ref.form === 'nominal') return ref.isOrg ? 'org' : ref.isPlural ? 'group' : 'description'
  return ref.form === 'name' && ref.isOrg ? 'org-name' : ref.form
}

/** A content word as a feature value: itself when it is one of OPENERS, else its shape. */
function opener(word: string | undefined): string {
  if (!word) return 'none'
  const l = word.toLowerCase()
  if (OPENERS.has(l)) return l
  return /^\p{N}/u.test(word) ? 'num' : isCapitalized(word) ? 'Cap' : 'low'
}

/** True when text[from, to) holds only white space (wordsIn would find no word in it), without reading its words. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** The first character at or after `at` (before `end`) that is not white space, or '' at the end. */
function nextChar(text: string, at: number, end: number): string {
  for (let i = at; i < end; i++) if (text[i] !== ' ' && text[i] !== '\n' && text[i] !== '\t') return text[i]
  return ''
}
