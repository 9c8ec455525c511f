import type { Span } from '../../types.js'
import type { SpeakerRef } from './readPhrase.js'

/** Words naming a poll or survey. */
const POLL = /^(?:poll|polls|survey|surveys|polling)$/i

/**
 * A sentence framed by the poll it reports (PolNeAR marks "In" as the cue and the poll as the source): "In an NBC
 * News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton", "In the new Post-ABC
 * poll, the real estate mogul wins about 1 in 3 GOP primary voters". The frame opens the stretch (after "But" or
 * "And" at most) and closes with a comma within twelve words; the report is the rest, to `end`. `w` are the words
 * of a stretch of a sentence outside quotation marks.
 */
export function findPollFrame(text: string, w: Span[], end: number): { content: Span; ref: SpeakerRef; cue: Span }[] {
  const at = /^(?:But|And|Yet)$/.test(w[0]?.text ?? '') ? 1 : 0
  if (w[at]?.text !== 'In' && !(at === 1 && w[1].text === 'in')) return []
  let k = at + 1
  let poll = -1
  while (k < w.length && k - at <= 12 && w[k].text !== ',' && !/^[.;:!?()“”"]$/.test(w[k].text)) {
    if (POLL.test(w[k].text)) poll = k
    k++
  }
  if (poll < 0 || w[k]?.text !== ',' || k + 1 >= w.length || end - w[k + 1].start < 8) return []
  const first = w[at + 1], last = w[k - 1]
  const ref: SpeakerRef = { mention: { text: '', start: first.start, end: last.end }, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: true, isPlural: false }
  return [{ content: { text: text.slice(w[k + 1].start, end), start: w[k + 1].start, end }, ref, cue: w[at] }]
}
