/** Binary layout of a NER model file: a 64-byte header of little-endian u32 words, then 4-byte aligned sections. */
export const MAGIC = 0x524e4941 // "AINR"
export const HEADER_WORDS = 16

/** Header word indices. */
export const H = { magic: 0, version: 1, labels: 2, featCap: 3, entries: 4, gazCap: 5, clusterCap: 6, maxPhrase: 7, scale: 8, infoBytes: 9 } as const

/** Byte offsets of each section for the given sizes, and the total file length. */
export function sectionOffsets(labels: number, featCap: number, entries: number, gazCap: number, clusterCap: number, infoBytes: number): Record<string, number> {
  const o: Record<string, number> = {}
  let at = HEADER_WORDS * 4
  const add = (name: string, bytes: number): void => { o[name] = at; at += Math.ceil(bytes / 4) * 4 }
  add('featKeys', featCap * 4); add('featVals', featCap * 4); add('weights', entries * 4)
  add('transitions', (labels + 2) * labels * 4); add('gazKeys', gazCap * 4); add('gazVals', gazCap * 4)
  add('clusterKeys', clusterCap * 4); add('clusterVals', clusterCap * 4); add('info', infoBytes)
  o.total = at
  return o
}
