import type { BlockKind } from '../types.js'
import { isBoilerplate } from './rules/isBoilerplate.js'
import { isNote } from './rules/isNote.js'
import { isPromo } from './rules/isPromo.js'
import { isCredit } from './rules/parseContributors.js'
import { matchSectionLine } from './rules/matchSectionLine.js'
import { isPhotoCaption } from './rules/isPhotoCaption.js'

/** The rules that recognize a block on its own text, in the order they are tried. */
const RULES: { kind: BlockKind; test: (line: string) => boolean }[] = [
  { kind: 'section', test: (line) => matchSectionLine(line) !== null },
  { kind: 'note', test: isNote },
  { kind: 'credit', test: isCredit },
  { kind: 'promo', test: isPromo },
  { kind: 'boilerplate', test: isBoilerplate },
  { kind: 'caption', test: isPhotoCaption },
]

/**
 * The kind a block has on its own text alone (section line, note, credit, promo, boilerplate, photo caption),
 * or null for ordinary text. `length` is how much of the line the kind covers: a credit glued to the next
 * story's headline ("Costa reported from Washington.In satirizing…") covers only its own sentence.
 */
export function classifyBlock(line: string): { kind: BlockKind; length: number } | null {
  // an indexed loop: for…of runs the iterator protocol, which costs while this code is still interpreted
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]
    if (!rule.test(line)) continue
    const glued = /[a-z)\]]\.(?=[A-Z][a-z])|[a-z]:(?=[A-Z][a-z])/.exec(line)
    if (glued && glued.index + 2 < line.length && rule.test(line.slice(0, glued.index + 2))) {
      return { kind: rule.kind, length: glued.index + 2 }
    }
    return { kind: rule.kind, length: line.length }
  }
  return null
}
