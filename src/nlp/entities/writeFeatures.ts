import { mix } from './hash.js'
import { lookup } from './hashTable.js'
import type { DocContext } from './docContext.js'
import type { NerResources } from './NerResources.js'
import { ALL_UPPER, FIRST_UPPER, type SentenceInfo } from './sentenceInfo.js'

/** Most feature hashes one token can get. */
export const MAX_FEATURES = 72

const BOS = 0x3b9aca07, EOS = 0x2545f491

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
    const end = k + MAX_FEATURES
    const emit = (tpl: number, v: number): void => { if (k < end) out[k++] = mix(tpl, v) }
    const lw = lower[i], sh = shape[i], f = flags[i]
    const lp = i > 0 ? lower[i - 1] : BOS, ln = i + 1 < n ? lower[i + 1] : EOS
    const sp = i > 0 ? shape[i - 1] : BOS, sn = i + 1 < n ? shape[i + 1] : EOS
    emit(1, 0); emit(2, word[i]); emit(3, lw); emit(4, lp); emit(5, ln)
    emit(6, i > 1 ? lower[i - 2] : BOS); emit(7, i + 2 < n ? lower[i + 2] : EOS)
    emit(8, sh); emit(9, sp); emit(10, sn); emit(11, mix(sp, sh)); emit(12, mix(sh, sn)); emit(13, mix(mix(sp, sh), sn))
    for (let a = 0; a < 4; a++) { emit(14 + a, info.prefix[i * 4 + a]); emit(18 + a, info.suffix[i * 4 + a]) }
    emit(22, mix(lp, lw)); emit(23, mix(lw, ln))
    if (i === 0) emit(24, sh)
    if (capsLine) { emit(25, sh); emit(26, lw) }
    emitClusters(emit, 27, lookup(res.clusters, lw))
    emitClusters(emit, 30, i > 0 ? lookup(res.clusters, lp) : 0x3ff)
    emitClusters(emit, 33, i + 1 < n ? lookup(res.clusters, ln) : 0x3ff)
    emitGazetteer(emit, gaz, i, n)
    if (f & FIRST_UPPER) emitDocument(emit, doc, lw, f, i)
    counts[i] = k - i * MAX_FEATURES
  }
}

function emitClusters(emit: (tpl: number, v: number) => void, tpl: number, packed: number): void {
  emit(tpl, packed & 0x3ff); emit(tpl + 1, (packed >>> 10) & 0x3ff); emit(tpl + 2, packed >>> 20)
}

function emitGazetteer(emit: (tpl: number, v: number) => void, gaz: Uint32Array, i: number, n: number): void {
  const g = gaz[i]
  for (let l = 0; l < 8; l++) {
    const pos = (g >>> (4 * l)) & 15
    if (pos) for (let b = 0; b < 4; b++) if (pos & (1 << b)) emit(36, l * 8 + b)
    if (i > 0 && (gaz[i - 1] >>> (4 * l)) & 15) emit(37, l)
    if (i + 1 < n && (gaz[i + 1] >>> (4 * l)) & 15) emit(38, l)
  }
}

function emitDocument(emit: (tpl: number, v: number) => void, doc: DocContext, lw: number, f: number, i: number): void {
  const h = doc.history.get(lw)
  if (h) {
    let best = 0
    for (let y = 1; y < 5; y++) { if (h[y] > h[best]) best = y; if (h[y] > 0) emit(40, y) }
    emit(39, best)
  }
  if (doc.lowerSeen.has(lw)) emit(i === 0 ? 42 : 43, 0)
  if (f & ALL_UPPER && doc.titleMid.has(lw)) emit(44, 0)
}
