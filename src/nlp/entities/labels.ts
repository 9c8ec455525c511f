import type { EntityType } from '../../types.js'

/** The statistical tagger's entity types, in label order (CoNLL-2003 PER, ORG, LOC, MISC). */
export const NER_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']

/** Number of BILOU labels: O plus B/I/L/U for each type (Ratinov & Roth 2009 found BILOU beats BIO). */
export const LABEL_COUNT = 1 + 4 * NER_TYPES.length

/** Position of a label within its entity: 0 = O, 1 = Begin, 2 = Inside, 3 = Last, 4 = Unit. */
export function labelPosition(label: number): number {
  return label === 0 ? 0 : ((label - 1) & 3) + 1
}

/** Type index (0..3) of a non-O label, -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2
}

/** Label number for type index `t` and position 1..4 (B, I, L, U). */
export function makeLabel(t: number, pos: number): number {
  return 1 + 4 * t + (pos - 1)
}

/** Whether label `b` may follow label `a` under BILOU (-1 = sentence start for `a`, sentence end for `b`). */
export function isAllowed(a: number, b: number): boolean {
  const open = a >= 0 && (labelPosition(a) === 1 || labelPosition(a) === 2)
  if (b < 0) return !open
  const pb = labelPosition(b)
  if (!open) return pb === 0 || pb === 1 || pb === 4
  return (pb === 2 || pb === 3) && labelType(b) === labelType(a)
}
