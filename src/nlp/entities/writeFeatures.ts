import { mix } from './hash.js'
import { lookup } from './hashTable.js'
import { docKey, type DocContext } from './docContext.js'
import type { NerResources } from './NerResources.js'
import { ALL_UPPER, FIRST_UPPER, type SentenceInfo } from './sentenceInfo.js'

/** Most feature hashes one token can get. */
export const MAX_FEATURES = 72

/** Stand-in word and shape hashes before the first and after the last token of a sentence. */
export const BOS = 0x3b9aca07, EOS = 0x2545f491

/**
 * Writes the feature hashes of every token of a sentence into `out` (MAX_FEATURES slots per token) and their
 * number into `counts`. Local features after Ratinov & Roth 2009 ("Design Challenges and Misconceptions in NER"):
 * words, affixes, shapes in a +-2 window, sentence position and all-caps line; cluster ids of the word and its
 * neighbours (Lin & Wu 2009 style k-means clusters); gazetteer matches; and non-local ones from `doc`.
 */
export function writeFeatures(info: SentenceInfo, gaz: Uint32Array, capsLine: boolean, res: NerResources,
  doc: DocContext, out: Uint32Array, counts: Uint8Array): void {
  const { n, lower, shape, word, flags } = info
  for (let i = 0; i < n; i++) {
    let k = i * MAX_FEATURES
    const lw = lower[i], sh = shape[i], f = flags[i]
    const lp = i > 0 ? lower[i - 1] : BOS, ln = i + 1 < n ? lower[i + 1] : EOS
    const sp = i > 0 ? shape[i - 1] : BOS, sn = i + 1 < n ? shape[i + 1] : EOS
    out[k++] = mix(1, 0); out[k++] = mix(2, word[i]); out[k++] = mix(3, lw); out[k++] = mix(4, lp); out[k++] = mix(5, ln)
    out[k++] = mix(6, i > 1 ? lower[i - 2] : BOS); out[k++] = mix(7, i + 2 < n ? lower[i + 2] : EOS)
    out[k++] = mix(8, sh); out[k++] = mix(9, sp); out[k++] = mix(10, sn)
    out[k++] = mix(11, mix(sp, sh)); out[k++] = mix(12, mix(sh, sn)); out[k++] = mix(13, mix(mix(sp, sh), sn))
    for (let a = 0; a < 4; a++) { out[k++] = mix(14 + a, info.prefix[i * 4 + a]); out[k++] = mix(18 + a, info.suffix[i * 4 + a]) }
    out[k++] = mix(22, mix(lp, lw)); out[k++] = mix(23, mix(lw, ln))
    if (i === 0) out[k++] = mix(24, sh)
    if (capsLine) { out[k++] = mix(25, sh); out[k++] = mix(26, lw) }
    k = writeClusters(out, k, 27, lookup(res.clusters, lw))
    k = writeClusters(out, k, 30, i > 0 ? lookup(res.clusters, lp) : 0x3ff)
    k = writeClusters(out, k, 33, i + 1 < n ? lookup(res.clusters, ln) : 0x3ff)
    const end = (i + 1) * MAX_FEATURES
    k = writeGazetteer(out, k, end, gaz, i, n)
    if (f & FIRST_UPPER) k = writeDocument(out, k, end, doc, lw, f, i)
    counts[i] = k - i * MAX_FEATURES
  }
}

function writeClusters(out: Uint32Array, k: number, tpl: number, packed: number): number {
  out[k] = mix(tpl, packed & 0x3ff); out[k + 1] = mix(tpl + 1, (packed >>> 10) & 0x3ff); out[k + 2] = mix(tpl + 2, packed >>> 20)
  return k + 3
}

/** Token i's gazetteer features (its own matches, its neighbours'), written at out[k…] while fewer than 6 slots
 *  are left before `end`; returns the new write position. */
export function writeGazetteer(out: Uint32Array, k: number, end: number, gaz: Uint32Array, i: number, n: number): number {
  const g = gaz[i], gp = i > 0 ? gaz[i - 1] : 0, gn = i + 1 < n ? gaz[i + 1] : 0
  if ((g | gp | gn) === 0) return k
  for (let l = 0; l < 8 && k < end - 6; l++) {
    const pos = (g >>> (4 * l)) & 15
    if (pos) for (let b = 0; b < 4; b++) if (pos & (1 << b)) out[k++] = mix(36, l * 8 + b)
    if ((gp >>> (4 * l)) & 15) out[k++] = mix(37, l)
    if ((gn >>> (4 * l)) & 15) out[k++] = mix(38, l)
  }
  return k
}

/** Token i's document features (label history of its word, seen lower-cased, title-case elsewhere), written at
 *  out[k…] under the cap `end`; returns the new write position. */
export function writeDocument(out: Uint32Array, k: number, end: number, doc: DocContext, lw: number, f: number, i: number): number {
  const key = docKey(lw), h = doc.history.get(key)
  if (h && k < end - 6) {
    let best = 0
    for (let y = 1; y < 5; y++) { if (h[y] > h[best]) best = y; if (h[y] > 0) out[k++] = mix(40, y) }
    out[k++] = mix(39, best)
  }
  if (doc.lowerSeen.has(key) && k < end) out[k++] = mix(i === 0 ? 42 : 43, 0)
  if (f & ALL_UPPER && doc.titleMid.has(key) && k < end) out[k++] = mix(44, 0)
  return k
}
