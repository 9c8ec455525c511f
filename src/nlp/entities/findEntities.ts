import type { Entity, Span } from '../../types.js'
import { findValueMentionsInRows } from './findValueMentions.js'
import { groupEntities } from './groupEntities.js'
import type { NerModel } from './NerModel.js'
import { prepareDocument } from './prepareDocument.js'
import { tagPrepared } from './tagMentions.js'
import { readWordForms, titleCaseLines, trimTitleMentions, truecaseTitleLines } from './truecaseTitleLines.js'

/**
 * Tags the named-entity mentions of `text` with `model`, adds rule-based DATE / MONEY / PERCENT mentions that do not
 * overlap them, and groups everything into entities (see tagMentions, findValueMentions, groupEntities). Title-case
 * lines are tagged as if written in sentence case, their mentions trimmed of words only a headline capitalizes
 * (see truecaseTitleLines); mentions keep the text as written.
 */
export function findEntities(text: string, sentences: readonly Span[], model: NerModel): Entity[] {
  const titleLines = titleCaseLines(sentences)
  const words = titleLines.length ? readWordForms(text, titleLines) : undefined
  const cased = truecaseTitleLines(text, titleLines, words)
  const prep = prepareDocument(cased, sentences, model)
  let named = tagPrepared(cased, prep, model)
  if (cased !== text) {
    for (const m of named) m.text = text.slice(m.start, m.end)
    named = trimTitleMentions(text, titleLines, named, words)
  }
  const taken = new Uint8Array(text.length)
  for (const m of named) taken.fill(1, m.start, m.end)
  const values = findValueMentionsInRows(text, prep.rows, cased).filter((m) => !taken.subarray(m.start, m.end).includes(1))
  return groupEntities(text, [...named, ...values])
}
