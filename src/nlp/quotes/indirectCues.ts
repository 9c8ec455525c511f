import { CUE_FORMS } from './cueWords.js'
import { LEARNED_CUES } from './learnedCues.js'
import { WEAK_CUES } from './weakCues.js'

/**
 * Verbs that report speech, thought or findings without quotation marks (PolNeAR's and PARC 3.0's attribution
 * cues beyond speech verbs): "believes", "found", "called for", "warned", "urged". Forms → lemma.
 */
const EXTRA = (
  'think:thinks,thought,thinking believe:believes,believed,believing know:knows,knew,known expect:expects,expected ' +
  'hope:hopes,hoped want:wants,wanted fear:fears,feared worry:worries,worried doubt:doubts,doubted feel:feels,felt ' +
  'consider:considers,considered show:shows,showed,shown find:finds,found suggest:suggests,suggested,suggesting ' +
  'indicate:indicates,indicated predict:predicts,predicted estimate:estimates,estimated conclude:concludes,concluded ' +
  'argue:argues,argued,arguing claim:claims,claimed,claiming insist:insists,insisted warn:warns,warned,warning ' +
  'urge:urges,urged,urging promise:promises,promised,promising pledge:pledges,pledged vow:vows,vowed ' +
  'acknowledge:acknowledges,acknowledged deny:denies,denied admit:admits,admitted announce:announces,announced ' +
  'reveal:reveals,revealed confirm:confirms,confirmed report:reports,reported,reporting accuse:accuses,accused ' +
  'blame:blames,blamed criticize:criticizes,criticized,criticizing praise:praises,praised defend:defends,defended ' +
  'call:calls,called,calling propose:proposes,proposed recommend:recommends,recommended demand:demands,demanded ' +
  'agree:agrees,agreed disagree:disagrees,disagreed assert:asserts,asserted contend:contends,contended ' +
  'explain:explains,explained note:notes,noted,noting add:adds,added,adding complain:complains,complained ' +
  'question:questions,questioned describe:describes,described cite:cites,cited,citing recall:recalls,recalled ' +
  'acknowledge:acknowledging allege:alleges,alleged endorse:endorses,endorsed support:supports,supported ' +
  'oppose:opposes,opposed reject:rejects,rejected dismiss:dismisses,dismissed seem:seems,seemed,seemingly ' +
  'appear:appears,appeared decline:declines,declined refuse:refuses,refused seek:seeks,sought,seeking ' +
  'plan:plans,planned offer:offers,offered back:backs,backed,backing decide:decides,decided view:views,viewed ' +
  'see:sees,saw,seen mean:means,meant learn:learns,learned prefer:prefers,preferred attack:attacks,attacked ' +
  'sign:signs,signed mention:mentions,mentioned express:expresses,expressed pointed:pointed ' +
  'discuss:discusses,discussed,discussing talk:talks,talked,talking recognize:recognizes,recognized ' +
  'insist:insisting understand:understands,understood imagine:imagines,imagined wonder:wonders,wondered ' +
  'question:questioning worry:worrying assume:assumes,assumed guess:guesses,guessed realize:realizes,realized ' +
  'accept:accepts,accepted favor:favors,favored ' +
  'reportedly:reportedly allegedly:allegedly apparently:apparently'
).split(' ').flatMap((entry) => {
  const [lemma, forms] = entry.split(':')
  return [lemma, ...forms.split(',')].map((f) => [f, lemma] as const)
})

/** Forms that are mostly nouns or other senses in news text ("the state of", "his remarks", "continues to"). */
const NOT_INDIRECT = new Set(('state states continue continues continuing remarks remark means mean signs sign order orders ' +
  'thanks thank tweet posts post term terms answer bid bids maintains maintain read reads reading calls call').split(' '))

/** Every indirect-speech cue form → lemma. */
export const INDIRECT_CUES: ReadonlyMap<string, string> = new Map([...CUE_FORMS, ...EXTRA, ...LEARNED_CUES.map((f) => [f, f] as const)].filter(([form]) => !NOT_INDIRECT.has(form)))

/** The forms of INDIRECT_CUES and of WEAK_CUES, for one lookup per word where either list makes a cue. */
export const ANY_CUES: ReadonlySet<string> = new Set([...INDIRECT_CUES.keys(), ...WEAK_CUES])
