/**
 * Attribution cue verbs, in every form ("say", "says", "said", "saying"), after the cue inventories of PolNeAR
 * (Newell et al., LREC 2018) and PARC 3.0 (Pareti, LREC 2016): speech and writing verbs that introduce what
 * someone said. `CUE_FORMS` maps each form to its lemma.
 */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  'put it': ['put it', 'puts it', 'putting it'],
  'go on': ['went on', 'goes on', 'go on'],
  'shoot back': ['shot back', 'shoots back'],
  'fire back': ['fired back', 'fires back'],
  'write back': ['wrote back'],
  read: ['reads', 'read', 'reading'],
  'sing': ['sang', 'sings', 'singing'],
  'swear': ['swore', 'swears'],
  'bid': ['bid', 'bids'],
}

/** Regular speech verbs, base forms; their -s, -ed and -ing forms are derived. */
const REGULAR = (
  'add ask argue note explain insist claim state declare announce reply respond recall continue conclude ' +
  'warn admit acknowledge suggest complain observe remark report joke quip scoff tout boast predict ' +
  'promise pledge vow assert contend maintain emphasize stress caution concede confirm deny agree ' +
  'urge demand plead charge allege accuse describe recount testify repeat reiterate answer counter ' +
  'retort confess post shout yell scream chant cry mutter whisper exclaim proclaim lament mock marvel muse ' +
  'wonder tease question point_out chime_in sound_off snap bark fume rail gush interject summarize ' +
  'disclose reveal indicate estimate assure reassure inform advise instruct order call describe dub label ' +
  'term brand characterize liken compare refer praise criticize blast slam decry dismiss deride thank'
).split(' ')

/** Verbs that double their last consonant before -ed and -ing. */
const DOUBLED = /^(snap|quip|chat|dub|slam|bar|refer|admit|commit|regret|omit|submit|permit|plan|stop|rebut|abet)$/

function inflect(base: string): string[] {
  const [verb, ...rest] = base.split('_')
  const tail = rest.length ? ' ' + rest.join(' ') : ''
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb
  const y = verb.endsWith('y') && !/[aeiou]y$/.test(verb)
  const s = y ? verb.slice(0, -1) + 'ies' : /(s|sh|ch|x)$/.test(verb) ? verb + 'es' : verb + 's'
  const ed = y ? verb.slice(0, -1) + 'ied' : verb.endsWith('e') ? verb + 'd' : DOUBLED.test(verb) ? verb + verb.at(-1) + 'ed' : verb + 'ed'
  const ing = DOUBLED.test(verb) ? verb + verb.at(-1) + 'ing' : (verb.endsWith('ee') ? verb : stem) + 'ing'
  return [verb, s, ed, ing].map((f) => f + tail)
}

/** Every cue form (lower case, possibly two words like "point out") → its lemma. */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>()
  for (const [lemma, forms] of Object.entries(IRREGULAR)) for (const f of forms) m.set(f, lemma)
  for (const base of REGULAR) for (const f of inflect(base)) if (!m.has(f)) m.set(f, base.replace('_', ' '))
  return m
})()

/** Cue forms made of two words ("point out", "went on"), checked before single words. */
export const TWO_WORD_CUES: ReadonlySet<string> = new Set([...CUE_FORMS.keys()].filter((f) => f.includes(' ')))

/** Participles that hang a quotation on the subject of the main clause ("…, saying the North “wants …”"). */
export function isParticiple(form: string): boolean {
  return form.endsWith('ing')
}

/** Cue lemmas that need a clause or quotation to be speech ("called it “…”" yes, "called him" no). */
export const WEAK_CUES: ReadonlySet<string> = new Set(['read', 'post', 'question', 'order', 'speak', 'sing'])
