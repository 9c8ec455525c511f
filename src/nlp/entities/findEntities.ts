import type { Entity, Span } from '../../types.js'
import { findValueMentions } from './findValueMentions.js'
import { groupEntities } from './groupEntities.js'
import type { NerModel } from './NerModel.js'
import { tagMentions } from './tagMentions.js'

/**
 * Tags the named-entity mentions of `text` with `model`, adds rule-based DATE / MONEY / PERCENT mentions that do not
 * overlap them, and groups everything into entities (see tagMentions, findValueMentions, groupEntities).
 */
export function findEntities(text: string, sentences: readonly Span[], model: NerModel): Entity[] {
  const named = tagMentions(text, sentences, model)
  const covered = (s: number, e: number): boolean => named.some((m) => m.start < e && s < m.end)
  const values = findValueMentions(text, sentences).filter((m) => !covered(m.start, m.end))
  return groupEntities(text, [...named, ...values])
}
