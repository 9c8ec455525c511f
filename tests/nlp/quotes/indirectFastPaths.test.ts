import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse/parse.js'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { isMark } from '../../../src/nlp/quotes/clauseWords.js'
import { findAsReported } from '../../../src/nlp/quotes/findAsReported.js'
import { findAsked } from '../../../src/nlp/quotes/findAsked.js'
import { findCallsVerb } from '../../../src/nlp/quotes/findCallsVerb.js'
import { findEvidenceParticiple } from '../../../src/nlp/quotes/findEvidenceParticiple.js'
import { findNominalCue } from '../../../src/nlp/quotes/findNominalCue.js'
import { findPrepositionReports } from '../../../src/nlp/quotes/findPrepositionReports.js'
import { findRaisedSubject } from '../../../src/nlp/quotes/findRaisedSubject.js'
import { findRelativeCue } from '../../../src/nlp/quotes/findRelativeCue.js'
import { findStanceParticiple } from '../../../src/nlp/quotes/findStanceParticiple.js'
import { isListed, listOf } from '../../../src/nlp/quotes/isListed.js'
import { isTriggered, triggeredRules, type TriggeredRule } from '../../../src/nlp/quotes/triggeredRules.js'
import { wordsIn } from '../../../src/nlp/quotes/wordsIn.js'
import type { Span } from '../../../src/types.js'

/** The regex isMark replaced (clauseWords.ts had it as MARKS), its reference. */
const MARKS = /^[“”"‘’'«»„:;()\[\]—–!?.]$|^--$|^''$/

/** Words that stress case folding, marks and code points outside ASCII. */
const TRICKY = ['plan', 'Plan', 'PLAN', 'pLaN', 'plans', 'plan.', 'idea', 'IDEA', 'Idea', 'ıdea', 'İdea', 'id\u212Aa', 'bi\u212A', 'bid',
  'BID', 'push', 'Push', 'pUsh', 'claim', 'claims', '', '.', ',', '--', "''", '-', '—', '–', '“', '”', '‘', '’', '«', '»', '„', '[', ']',
  '(', ')', ':', ';', '!', '?', '"', "'", '...', '---', "'''", 'ſ', 'K', 'k', '\u212A', 'ß', 'ﬁ', 'décision', 'decision', 'DECISION']

// Set lookups of the reported-speech finders against the regexes they replace.
describe('reported-speech fast paths', () => {
  it('isListed is the anchored /i regex of its list on tricky words and on every code point', () => {
    const list = 'decision plan plans bid push idea claim k'
    const regex = new RegExp(`^(?:${list.split(' ').join('|')})$`, 'i')
    const words = listOf(list)
    const cases = [...TRICKY]
    for (let c = 0; c < 0x110000; c += c < 0x3000 ? 1 : 97) cases.push(String.fromCodePoint(c), 'b' + String.fromCodePoint(c) + 'd')
    expect(cases.filter((w) => isListed(words, w) !== regex.test(w))).toEqual([])
  })

  it('isMark is the MARKS regex it replaced on tricky words and on every code point alone or doubled', () => {
    const cases = [...TRICKY]
    for (let c = 0; c < 0x110000; c += c < 0x3000 ? 1 : 97) cases.push(String.fromCodePoint(c), String.fromCodePoint(c).repeat(2))
    expect(cases.filter((w) => isMark(w) !== MARKS.test(w))).toEqual([])
  })

  it('triggeredRules names every rule that finds something in a sentence of the fixtures, or in a mixed-case one', () => {
    const finders: [TriggeredRule, (text: string, w: Span[]) => unknown[]][] = [
      ['as-reported', (t, w) => findAsReported(t, w, w[w.length - 1].end)], ['asked', (t, w) => findAsked(t, w, w[0].start)],
      ['calls', (t, w) => findCallsVerb(t, w, w[0].start, w[w.length - 1].end)], ['evidence', findEvidenceParticiple], ['nominal', findNominalCue],
      ['preposition', (t, w) => findPrepositionReports(t, w, w[0].start)], ['raised', findRaisedSubject], ['relative-cue', findRelativeCue],
      ['stance', findStanceParticiple],
    ]
    const missed: string[] = []
    const found = new Set<TriggeredRule>()
    const dir = new URL('../../../fixtures/', import.meta.url)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const article = parse(readFileSync(new URL(file, dir), 'utf8'))
      for (const s of articleSentences(article)) {
        // The sentence as written, and with its words' case flipped from the second letter on ("ReporTEDLY").
        const flipped = article.text.slice(0, s.start) + article.text.slice(s.start, s.end).replace(/\B\w/g, (c) => c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())
        for (const text of [article.text, flipped]) {
          const w = wordsIn(text, s.start, s.end)
          if (!w.length) continue
          const rules = triggeredRules(w)
          for (const [rule, find] of finders) {
            if (!find(text, w).length) continue
            found.add(rule)
            if (!isTriggered(rules, rule)) missed.push(`${rule}: ${text.slice(s.start, s.end)}`)
          }
        }
      }
    }
    expect(missed).toEqual([])
    expect(found.size).toBeGreaterThanOrEqual(5)
  })
})
