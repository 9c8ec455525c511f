import type { Entity, Span } from '../../types.js'
import { groupEntities } from './groupEntities.js'
import type { NerModel } from './NerModel.js'
import { tagMentions } from './tagMentions.js'

/** Tags the mentions of `text` with `model` and groups them into entities (see tagMentions, groupEntities). */
export function findEntities(text: string, sentences: readonly Span[], model: NerModel): Entity[] {
  return groupEntities(text, tagMentions(text, sentences, model))
}
