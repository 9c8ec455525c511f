import type { Span } from '../../types.js'

/**
 * Verb forms that PolNeAR train annotates as attribution cues a third to a half of the times they occur (seen at
 * least six times; nouns and forms of other senses left out by hand): weaker than the learned cues, so findIndirect
 * alone uses them ("Republicans have long opposed …", "Trump's campaign welcomed …").
 */
export const WEAK_CUES: ReadonlySet<string> = new Set((
  'adds admitting advocated agrees aims alarmed answered answering appeared approved assumed attributed ' +
  'avoided backed backing believes believing booed characterized charged cheered considered considering ' +
  'contrasting debated decided deciding defending delivering demanded demanding determining devoted disavowed ' +
  'dismiss displayed echoing endorsing estimated estimates exposed expressing favored framed ' +
  'highlighting highlights identified ignored imposed impressed inclined interpreted introducing knocked ' +
  'launching learned listing naming noticed offering opposed opposes opted persuading pleased preferred presented ' +
  'presenting pressed pressing proposed proposing protesting pushed pushes pushing recognized recognizes ' +
  'recommended relying renewed repeated requested resonated ripped scared seeking seems sees shared signed ' +
  'spotted supported supporting suspected talking tended testified thinks threatened threatening threatens ' +
  'underscored underscores unleashed viewed weighed welcomed witnessed worried worries worrying').split(' '))

/** Cue forms that are as often nouns ("his support for", "attacks on") or adverbs ("came back"). */
const NOUNISH = new Set('support supports back attacks attack plan plans views view questions question respond find see concern concerns'.split(' '))
/** Words before a noun: determiners, possessives, adjectives common in news ("strong support", "new attacks"). */
const NOUN_BEFORE = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|such|of|more|less|much|some|any|no|new|broad|strong|wide|widespread|public|popular|political|personal|early|growing|full|vocal|little|financial|verbal|repeated|latest|first|own|whose|for|in|on|with|without|from|came|come|comes|coming|went|go|goes|going|get|got|getting|bring|brought|fight|fought|pushed|push|step|stepped|turn|turned)$/i
/** Words after a noun of that set rather than a verb ("support for", "attacks on", "the plan was"). */
const NOUN_AFTER = /^(?:for|of|on|from|among|against|with|in|at|by|is|was|are|were|has|had|and|or|[,.;:])$/i

/** Words before "say" as a noun ("the final say", "a larger say"; not "some say", "many more say"). */
const SAY_NOUN_BEFORE = /^(?:a|the|final|larger|greater|bigger|equal|little|real|direct|strong)$/i
/** Words before "added" as an adjective ("for added comfort", "an added benefit", "given added fuel"). */
const ADDED_BEFORE = /^(?:for|with|an|any|no|given|gives|give|giving|of|brings|bring|brought|provides|provide|offers|offer)$/i
/** Cue forms that are as often plain nouns ("the report", "his charges", "initial estimates"). */
const PLAIN_NOUN = new Set('report reports charge charges estimate estimates claim claims question questions plan plans concern concerns view views warning warnings'.split(' '))
/** Finite verbs and modals whose subject a noun form before them is. */
const FINITE_AFTER = /^(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|shouldn['’]t|doesn['’]t|didn['’]t|does|did|said|says|found|finds|shows|showed|indicates|indicated|concluded|concludes|noted|notes|states|stated|suggests|suggested)$/i

/** Determiners and possessives opening a noun phrase. */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/i

/** True when a cue form of the NOUNISH set is used as a noun or adverb here, or in a sense that reports nothing. */
export function isNounUse(w: Span[], i: number, form: string): boolean {
  const l = form.toLowerCase()
  // "475 pledged delegates", "the proposed wall", "his stated goal": a participle used as an adjective.
  if (/ed$/.test(l) && /^(?:the|a|an|his|her|their|its|our|my|your|these|those|some|many|no|\d[\d,.]*)$/i.test(w[i - 1]?.text ?? '')) return true
  // "a lead in pledged delegates": a participle before the noun it describes.
  if (l === 'pledged' && /^delegates?$/i.test(w[i + 1]?.text ?? '')) return true
  // "found himself embroiled in controversy": "find oneself" reports nothing.
  if (/^(?:found|finds|finding)$/.test(l) && /^(?:himself|herself|themselves|itself|myself|ourselves|yourself)$/i.test(w[i + 1]?.text ?? '')) return true
  // "adding to her delegate lead", "added to the confusion": adding to something is not adding a remark.
  if (/^(?:adding|added|adds)$/.test(l) && /^to$/i.test(w[i + 1]?.text ?? '') && DETERMINER.test(w[i + 2]?.text ?? '')) return true
  // "a think tank known for …", "took to the talk shows", "voters who show up at the polls": noun compounds and a
  // verb of arriving.
  if (/^think$/.test(l) && /^tanks?$/i.test(w[i + 1]?.text ?? '')) return true
  if ((/^talk$/.test(l) && /^(?:shows?|radio)$/i.test(w[i + 1]?.text ?? '')) || (/^shows?$/.test(l) && /^talk$/i.test(w[i - 1]?.text ?? ''))) return true
  // ("The poll shows up to a third …" still reports: "up to" and an amount.)
  if (/^(?:show|shows|showed|showing)$/.test(l) && /^up$/i.test(w[i + 1]?.text ?? '') &&
    !(/^to$/i.test(w[i + 2]?.text ?? '') && /^(?:\d|\$|a$|an$|half$|one$|two$|three$)/i.test(w[i + 3]?.text ?? ''))) return true
  // "has the final say on whether …", "a larger say than", "for added comfort", "given added fuel": a noun and an
  // adjective, not a report.
  if (l === 'say' && SAY_NOUN_BEFORE.test(w[i - 1]?.text ?? '')) return true
  if (l === 'added' && ADDED_BEFORE.test(w[i - 1]?.text ?? '')) return true
  // "helped found Fox News", "decided to found Centerview": to found is to establish.
  if (l === 'found' && /^(?:to|helped|help|helps)$/i.test(w[i - 1]?.text ?? '')) return true
  // "the chemical weapons charges are very important", "the report will influence …", "a police report indicates":
  // a noun form before a finite verb is that verb's subject (after a word that is no subject of its own: "what he believes are" reports).
  if (PLAIN_NOUN.has(l) && FINITE_AFTER.test((w[i + 1]?.text ?? '').replace(/\.$/, '')) && !/^(?:he|she|they|it|we|i|you|who|that|which|what)$/i.test(w[i - 1]?.text ?? '') && !/^\p{Lu}/u.test(w[i - 1]?.text ?? '')) return true
  if (!NOUNISH.has(l)) return false
  const next = w[i + 1]?.text ?? '.'
  // "came back to", "back then"; "find themselves", "to find a way": only "find that …" reports.
  if (l === 'back' && /^(?:to|then|home|down|up|out|into|away|again|now|when|where|after|before)$/i.test(next)) return true
  if (l === 'find' && next.toLowerCase() !== 'that') return true
  return NOUN_BEFORE.test(w[i - 1]?.text ?? '') || NOUN_AFTER.test(next)
}
