import type { Article, Quote, Sentence, Span } from '../../types.js'
import { findAsked } from './findAsked.js'
import { findCallsVerb } from './findCallsVerb.js'
import { findAsReported } from './findAsReported.js'
import { findEvidenceParticiple } from './findEvidenceParticiple.js'
import { findLabelledLines } from './findLabelledLines.js'
import { findNominalCue } from './findNominalCue.js'
import { findOpeningParticiple } from './findOpeningParticiple.js'
import { findPollFrame } from './findPollFrame.js'
import { findPrepositionReports } from './findPrepositionReports.js'
import { findRaisedSubject } from './findRaisedSubject.js'
import { findRelativeCue } from './findRelativeCue.js'
import { findStanceParticiple } from './findStanceParticiple.js'
import { ANY_CUES } from './indirectCues.js'
import { isNamedSpeakerTail } from './isNamedSpeakerTail.js'
import { isOccasionOnly } from './isOccasionOnly.js'
import { isReportingParticiple } from './isReportingParticiple.js'
import { isSpace } from './isSpace.js'
import { opensClause } from './opensClause.js'
import { openWithThat } from './openWithThat.js'
import { participleAfterQuotation } from './participleAfterQuotation.js'
import { isNounUse } from './weakCues.js'
import { readPassive } from './readPassive.js'
import { readPassiveComplement } from './readPassiveComplement.js'
import { readPhrase, type SpeakerRef } from './readPhrase.js'
import { readClauseSubject } from './readClauseSubject.js'
import { ownerSubject } from './ownerSubject.js'
import { readAdjacentSubject } from './readAdjacentSubject.js'
import { readBareSpeech } from './readBareSpeech.js'
import { readDescribedSubject } from './readDescribedSubject.js'
import { readInterruptedInverted } from './readInterruptedInverted.js'
import { readInvertedDescription } from './readInvertedDescription.js'
import { relativeReport } from './relativeReport.js'
import { reportAfterQuotation } from './reportAfterQuotation.js'
import { reportBesideQuotation } from './reportBesideQuotation.js'
import { commaBeforeConjunct } from './commaBeforeConjunct.js'
import { CUT_BEFORE_QUOTED, endReport, isAdjunctOnly, isHearerOnly, trimTail } from './reportShape.js'
import { predicateAfterSource } from './predicateAfterSource.js'
import { readSpeakerAfter } from './readSpeakerAfter.js'
import { skipCommaAfterCue } from './skipCommaAfterCue.js'
import { isTriggered, triggeredRules } from './triggeredRules.js'
import { readNearestSubject, readSubjectBefore } from './readSubjectBefore.js'
import type { QuoteRegion } from './scanQuoteMarks.js'
import { wordsIn } from './wordsIn.js'
import { yieldNested } from './yieldNested.js'

/** Which path of findIndirect produced a find; a feature of the learned filter (indirectFeatures.ts). */
export type IndirectRule = 'according-lead' | 'according-inner' | 'according-tail' | 'according-predicate' | 'according-late' |
  'headline' | 'passive' | 'inverted' | 'trailing' | 'resumed' | 'subject' | 'described' | 'bare' | 'participle' | 'strong' |
  'relative' | 'raised' | 'asked' | 'preposition' | 'as-reported' | 'opening-participle' | 'labelled' |
  'beside-relative' | 'beside-participle' | 'inserted' | 'inverted-description' | 'interrupted' | 'passive-complement' |
  'relative-cue' | 'nominal' | 'poll-frame' | 'evidence' | 'stance-participle' | 'calls'

/** A reported-speech clause with the phrase it is attributed to; resolved by the caller. */
export interface IndirectFind {
  content: Span
  rule: IndirectRule
  /** The phrase it is attributed to, or null when the cue has no readable subject. */
  ref: SpeakerRef | null
  cue: Span
  /** True when the cue reports no content ("Scott responded with logic."): kept only so that its speaker is
   *  as salient as any other for the pronouns that follow. */
  cueOnly?: boolean
  /** True for a weak report ("critical of …") whose speaker is resolved after all others, so that it makes
   *  nobody salient. */
  quiet?: boolean
}

/** Blocks searched: the body, and the headline and deck, which often report what someone said. */
const SEARCHED = new Set(['paragraph', 'headline', 'deck'])
/** Sentences longer than this (UTF-16 units) are not searched for reported speech. */
const MAX_SENTENCE = 1200
/** Words that may stand between a cue and its clause ("told reporters that", "said Tuesday that"). */
const BRIDGE = /^(?:that|reporters|him|her|them|us|me|it|on|in|at|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|recently|repeatedly|also|again|then|the|crowd|audience|supporters|voters|cnn|nbc|abc|cbs|fox|msnbc|a|an|interview|statement|news|conference|week|night|morning|afternoon|evening|to|for|of|with|during|is|was|has|have|had)$/i

/**
 * Finds reported speech without quotation marks (after Pareti's PARC attribution relations, cf. Pareti 2016):
 * "X said (that) CLAUSE", "X told reporters that CLAUSE", "X called for CLAUSE", "CLAUSE, X said", "according
 * to X, CLAUSE" and "CLAUSE, according to X". The clause must carry no quotation marks (a quoted fragment makes
 * it a partial quotation instead). One find per sentence at most; linear in the text.
 */
export function findIndirect(article: Article, sentences: Sentence[], regions: QuoteRegion[]): IndirectFind[] {
  const { text } = article
  const out: IndirectFind[] = []
  let r = 0
  for (const s of sentences) {
    if (!SEARCHED.has(article.blocks[s.block].kind) || s.end - s.start > MAX_SENTENCE) continue
    while (r < regions.length && regions[r].close <= s.start) r++
    let k = r
    const marks: QuoteRegion[] = []
    while (k < regions.length && regions[k].open < s.end) marks.push(regions[k++])
    for (const f of findInSentence(text, s, marks, article.blocks[s.block].kind !== 'paragraph')) {
      if (!marks.some((m) => m.open < f.content.end && m.close > f.content.start)) out.push(openWithThat(text, f))
    }
  }
  // Transcript lines ("TAPPER: Do you think …"), where nothing else reports them.
  const lines = findLabelledLines(article, sentences).filter((f) => !regions.some((m) => m.open < f.content.end && m.close > f.content.start) &&
    !out.some((o) => o.content.start < f.content.end && o.content.end > f.content.start))
  return lines.length ? [...out, ...lines].sort((a, b) => a.content.start - b.content.start) : out
}

/** Reported speech in the stretches of a sentence outside its quotation marks. */
function findInSentence(text: string, s: Sentence, marks: QuoteRegion[], headline: boolean): IndirectFind[] {
  const out: IndirectFind[] = []
  let from = s.start
  for (const stretch of [...marks.map((m) => ({ start: from, end: m.open, next: (from = m.close) })), { start: from, end: s.end, next: 0 }]) {
    if (stretch.end - stretch.start < 8) continue
    const part = { ...s, start: stretch.start, end: stretch.end, headline }
    const w = wordsIn(text, part.start, part.end)
    let i = 0
    const quotedBefore = stretch.start > s.start, quotedAfter = stretch.end < s.end
    // A span after a quotation in the same sentence, and one running into a quotation, with no stop between.
    const followsQuotation = (c: Span) => quotedBefore && !/[.;!?]/.test(text.slice(stretch.start - 2, c.start))
    const runsIntoQuotation = (c: Span) => quotedAfter && !/[.;!?]/.test(text.slice(c.end, stretch.end))
    const taken = (c: Span) => out.some((f) => f.content.start < c.end && f.content.end > c.start)
    const end = trimEnd(text, part.start, part.end)
    const here: IndirectFind[] = []
    while (i < w.length) {
      const f = (i === 0 && quotedBefore ? participleAfterQuotation(text, w, s.start, part.start, end) : null) ?? findFrom(text, part, w, i)
      if (!f) break
      for (const found of f.finds) {
        // A quotation closed by its own period ("… heart.” He said …") ends the sentence before the report; else
        // only a report that stands on its own may follow it in the sentence.
        // A cue opening the stretch right after a quotation is its attribution even after a question or an
        // exclamation ("“How much worse could it get?” said Florida-based strategist Al Cardenas."): no report.
        if (quotedBefore && w[0].start === found.cue.start && found.content.start >= found.cue.end && /[!?]/.test(text.slice(stretch.start - 3, stretch.start))) continue
        const find = followsQuotation(found.content)
          ? reportAfterQuotation(text, w, found, s.start, part.start) ?? reportBesideQuotation(text, w, found, s.start, part.start) : found
        if (!find) continue
        // A clause running into a quotation belongs to the quotation's attribution, not to reported speech; a
        // first clause coordinated with it ("said X, and called Clinton “crooked”") still stands on its own.
        const c = find.content
        if (runsIntoQuotation(c)) {
          const cut = c.start >= find.cue.end ? CUT_BEFORE_QUOTED.exec(c.text) : null
          if (cut) here.push({ ...find, content: { text: cut[1], start: c.start, end: c.start + cut[1].length }, quiet: true })
          continue
        }
        here.push(...relativeReport(text, w, endReport(text, w, part.start, trimTail(find))))
      }
      i = f.next
    }
    out.push(...yieldNested(text, w, here))
    // Most rules find nothing without a word of their own: one pass over the words tells which may run.
    const rules = triggeredRules(w)
    for (const a of [...(isTriggered(rules, 'as-reported') ? findAsReported(text, w, end) : []), ...findOpeningParticiple(text, w)]) {
      // Like the finds above, none that runs into a quotation or follows one in its sentence.
      if (runsIntoQuotation(a.content) || followsQuotation(a.content)) continue
      if (!taken(a.content)) out.push(a)
    }
    for (const p of findPollFrame(text, w, end)) if (!taken(p.content) && !runsIntoQuotation(p.content) && !followsQuotation(p.content)) out.push({ ...p, rule: 'poll-frame' })
    if (isTriggered(rules, 'evidence')) for (const p of findEvidenceParticiple(text, w)) if (!taken(p.content) && !runsIntoQuotation(p.content) && !followsQuotation(p.content)) out.push({ ...p, rule: 'evidence', quiet: true })
    if (isTriggered(rules, 'stance')) for (const p of findStanceParticiple(text, w)) if (!taken(p.content) && !runsIntoQuotation(p.content) && !followsQuotation(p.content)) out.push({ ...p, rule: 'stance-participle', quiet: true })
    if (isTriggered(rules, 'calls')) for (const p of findCallsVerb(text, w, part.start, end)) if (!taken(p.content) && !runsIntoQuotation(p.content) && !followsQuotation(p.content)) out.push({ ...p, rule: 'calls', quiet: true })
    if (isTriggered(rules, 'raised')) for (const r of findRaisedSubject(text, w)) if (!taken(r.content)) out.push({ ...r, ref: null, rule: 'raised' })
    // Stances in relative clauses ("Sanders, who on Tuesday endorsed Clinton, said …"): quiet, like other weak reports.
    if (isTriggered(rules, 'relative-cue')) for (const r of findRelativeCue(text, w)) if (!taken(r.content) && !runsIntoQuotation(r.content) && !followsQuotation(r.content)) out.push({ ...r, rule: 'relative-cue', quiet: true })
    if (isTriggered(rules, 'asked')) for (const a of findAsked(text, w, part.start)) if (!taken(a.content)) out.push({ ...a, rule: 'asked' })
    if (isTriggered(rules, 'preposition')) for (const { longer, ...r } of findPrepositionReports(text, w, part.start)) {
      // "opposition to their idea of a “freeze-for-freeze”": a phrase running into a quotation is the quotation's.
      if (quotedAfter && !/[\p{L}\p{N}]/u.test(text.slice(r.content.end, stretch.end))) continue
      // The phrase runs on to the sentence end unless another report starts there.
      const content = longer && !taken(longer) && !(quotedAfter && !/[\p{L}\p{N}]/u.test(text.slice(longer.end, stretch.end))) ? longer : r.content
      if (!taken(content)) out.push({ ...r, content, rule: 'preposition', quiet: true })
    }
    // "Trump's plan to deport …", "the idea that …": quiet, like the prepositional phrases above.
    if (isTriggered(rules, 'nominal')) for (const r of findNominalCue(text, w)) {
      if (!taken(r.content) && !runsIntoQuotation(r.content) && !followsQuotation(r.content)) out.push({ ...r, rule: 'nominal', quiet: true })
    }
  }
  return out.sort((a, b) => a.content.start - b.content.start)
}

/** Headline labels before a colon that name no speaker (also the interjections of click-bait headlines: "Wow:",
 *  "BOOM:", "Revealed:"). */
const HEADLINE_LABEL = /^(?:the latest|latest|exclusive|breaking|analysis|opinion|editorial|update|watch|video|live|fact check|review|explainer|revealed|just leaked|bombshell|boom|wow|byline|paid notice|delegate update|(?:the )?fix)$/i

/** Cues that report speech or thought even when their subject cannot be read ("… officials privately said that …"). */
export const STRONG = /^(?:said|says|say|told|tells|believe|believes|believed|think|thinks|thought|argued|argues|claimed|claims|insisted|insists|noted|notes|warned|warns|suggested|suggests|acknowledged|admitted|announced|reported|predicted|estimated|concluded|found|showed|shows|explained|added|wrote|writes|stated|conceded|agreed|hoped|hopes|feared|fears|knew|know|knows|expect|expects|expected)$/
const TIME_WORD = /^(?:on|in|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|earlier|later|recently|also|again|then|too|privately|publicly)\.?$/i

function findFrom(text: string, s: Sentence & { headline?: boolean }, w: Span[], from: number): { finds: IndirectFind[]; next: number } | null {
  const end = trimEnd(text, s.start, s.end)
  const make = (start: number, stop: number, ref: SpeakerRef | null, cue: Span, rule: IndirectRule): IndirectFind =>
    ({ content: { text: text.slice(start, stop), start, end: stop }, ref, cue, rule })
  for (let i = from; i < w.length; i++) {
    // Lower-casing keeps the length of any word that can become "according" or "to", so lengths go first.
    if (w[i].text.length === 9 && w[i].text.toLowerCase() === 'according' && w[i + 1]?.text.length === 2 && w[i + 1].text.toLowerCase() === 'to') {
      const ref = readSpeakerAfter(text, w[i + 1].end, s.end) ?? sourceWords(w, i + 2)
      if (!ref) continue
      const cue = { text: text.slice(w[i].start, w[i + 1].end), start: w[i].start, end: w[i + 1].end }
      // "According to X, …" also after an opening parenthesis or a colon ("… gone unnoticed: According to …").
      if (i === 0 || (i === 1 && /^(?:But|And)$/.test(w[0].text)) || /^[(:]$/.test(w[i - 1].text)) {
        const comma = w.findIndex((x, k) => k > i && x.text === ',')
        if (comma > 0 && comma + 1 < w.length) return { finds: [make(w[comma + 1].start, end, ref, cue, 'according-lead')], next: w.length }
      } else if (w[i - 1].text === ',') {
        // "But the next day, according to Roffman, Trump made further demands.": after a short opening the
        // report is the clause after the source.
        const close = i <= 5 ? w.findIndex((x, k) => k > i + 1 && x.start >= ref.mention.end && x.text === ',') : -1
        if (close > 0 && close + 1 < w.length && close - i <= 14) return { finds: [make(w[close + 1].start, end, ref, cue, 'according-inner')], next: w.length }
        // "One of the decisions they have made, according to a person close to the process, is to turn …".
        const rest = predicateAfterSource(w, i, ref.mention.end)
        if (rest > 0) return { finds: [make(s.start, w[i - 1].start, ref, cue, 'according-tail'), make(w[rest].start, end, ref, cue, 'according-predicate')], next: rest + 1 }
        return { finds: [make(s.start, w[i - 1].start, ref, cue, 'according-tail')], next: i + 2 }
      } else if (i >= 5 && /^[\p{L}\p{N}]/u.test(w[i - 1].text)) {
        // "Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press".
        return { finds: [make(s.start, w[i].start - 1, ref, cue, 'according-late')], next: i + 2 }
      }
      continue
    }
    if (i > 0 && i <= 4 && w[i].text === ':' && s.headline) {
      // Headlines: "Cruz: Trump Would Put Liberals On Court".
      // "The Latest: …", "Exclusive: …" are labels, not speakers.
      const ref = HEADLINE_LABEL.test(text.slice(w[0].start, w[i].start).trim()) ? null : readPhrase(w.slice(0, i))
      if (ref?.form === 'name' && i + 1 < w.length) return { finds: [make(w[i + 1].start, end, ref, { text: ':', start: w[i].start, end: w[i].end }, 'headline')], next: w.length }
    }
    const raw = w[i].text.endsWith('.') ? w[i].text.slice(0, -1) : w[i].text
    const form = s.headline && i > 0 ? raw.toLowerCase() : raw
    if (!ANY_CUES.has(form) || isNounUse(w, i, form)) continue
    // "As reported by Western Journalism, …": the source of an "as" clause (findAsReported reads its report), not
    // a report of "by Western Journalism".
    if (w[i + 1]?.text === 'by' && /^as$/i.test(w[/^(?:first|previously)$/.test(w[i - 1]?.text ?? '') ? i - 2 : i - 1]?.text ?? '')) continue
    const cue = { text: text.slice(w[i].start, w[i].start + form.length), start: w[i].start, end: w[i].start + form.length }
    const passive = readPassive(text, w, i)
    if (passive) {
      const agent = passive.agentAt < 0 ? null : readSpeakerAfter(text, passive.agentAt, s.end) ?? sourceWords(w, w.findIndex((x) => x.start >= passive.agentAt))
      // "Trump has been criticized by rivals for failing to …": the complement is reported too.
      const complement = readPassiveComplement(w, i)
      const finds = [make(passive.content.start, passive.content.end, agent, cue, 'passive')]
      if (complement > 0 && end - w[complement].start >= 2) finds.push(make(w[complement].start, end, agent, cue, 'passive-complement'))
      return { finds, next: i + 1 }
    }
    const inverted = invertedSpeaker(text, w, i, s, cue.end)
    if (inverted) return { finds: w[i - 1].start - s.start > 6 ? [make(s.start, w[i - 1].start, inverted, cue, 'inverted')] : [], next: w.length }
    // "The contrast with Trump, said Doyle and others, would be clear …": the report around the attribution.
    const around = inverted ? null : readInterruptedInverted(text, w, i, s, cue.end)
    if (around && w[i - 1].start - s.start > 6) {
      return { finds: [make(s.start, w[i - 1].start, around.ref, cue, 'interrupted'), make(w[around.resume].start, end, around.ref, cue, 'interrupted')], next: w.length }
    }
    const described_ = inverted ? null : readInvertedDescription(text, w, i, s, cue.end)
    if (described_) return { finds: w[i - 1].start - s.start > 6 ? [make(s.start, w[i - 1].start, described_, cue, 'inverted-description')] : [], next: w.length }
    let after = i + 1
    while (after < w.length && after - i <= 3 && TIME_WORD.test(w[after].text)) after++
    const closes = after >= w.length || /^[,.;]$/.test(w[after].text) || isOccasionOnly(w, after, form) || ((isOccasionOnly(w, i + 1, form) || (REPORTED.test(form) && isAdjunctOnly(w, i + 1))) && !hasClause(w, i + 2))
    // A participle after a comma ("Mr. Trump was just as blunt, claiming …", "Twitter, at the same time, put its
    // new Moments tool to use, highlighting …") is said by the subject of its clause, not by the words before it.
    const participle = i > 0 && w[i - 1].text === ',' && w[i].text.endsWith('ing')
    // An infinitive cue after a word that hands it its subject ("they were ready to tell", "Others are likely to
    // say", "Beck decided to oppose") is said by that word's subject.
    const controlled = i >= 2 && w[i - 1].text === 'to' && CONTROL.test(w[i - 2].text) ? readSubjectBefore(text, w[i - 2].start, s.start, true) : null
    const subject = controlled ?? (participle ? readClauseSubject(text, s.start, w[i].start) : null) ?? readSubjectBefore(text, w[i].start, s.start, true) ?? (i > 0 && w[i - 1].text === ',' ? readClauseSubject(text, s.start, w[i].start) : null)
    // A cue right after a possessive ("would bolster Rubio's claim to be …", "a boost to the Obama administration's
    // hopes that …") is the owner's, not the clause subject's, unless the owner is a pronoun for that very subject
    // ("he expanded upon his calls for"). (Only a speaker change: owners do not make reports where no subject reads.)
    const ref = subject && isPossessive(w[i - 1]?.text ?? '') ? ownerSubject(w, i - 1) ?? readPhrase([w[i - 1]], true) ?? subject : subject
    // "…, he and Mr. Allen said.": a coordinated subject after the comma.
    const before = ref ? commaBeforeConjunct(w, lastIndexBefore(w, ref.mention.start)) : -1
    if (ref && before >= 0 && w[before].text === ',' && closes) {
      // "…, Tillerson said." and "By eliminating the line, Ms. Tchen said, the White House is able …".
      const finds: IndirectFind[] = []
      if (w[before].start - s.start > 6) finds.push(make(s.start, w[before].start, ref, cue, 'trailing'))
      if (w[after]?.text === ',' && after + 1 < w.length) finds.push(make(w[after + 1].start, end, ref, cue, 'resumed'))
      if (finds.length) return { finds, next: w.length }
      continue
    }
    // "About 4 in 10 said they …": a strong cue after a plain noun phrase reports even without "that".
    const described = ref || !STRONG.test(form) ? null : readDescribedSubject(w, i)
    // A strong cue reports even when no subject reads ("Jolly said he would be cautious …", "The state officials
    // whose laws have been invalidated say …"); its speaker is then the nearest one that reads, or none.
    const bare = ref || described ? null : readBareSpeech(w, i, form)
    if (ref || described || bare !== null || (w[i].text.endsWith('ing') && w[i - 1]?.text === ',') || isReportingParticiple(w, i) || STRONG.test(form)) {
      let k = i + 1
      while (k < w.length && k - i <= 4 && BRIDGE.test(w[k].text) && w[k].text.toLowerCase() !== 'that') k++
      if (w[k]?.text.toLowerCase() === 'that') k++
      else {
        // "said Sunday." reports nothing; "said Sunday the plan …" reports from "the".
        k = i + 1
        while (k < w.length && k - i <= 3 && TIME_WORD.test(w[k].text)) k++
      }
      const who = ref ?? described ?? bare ?? readAdjacentSubject(text, w[i].start, s.start) ?? readNearestSubject(text, w[i].start, s.start) ?? readClauseSubject(text, s.start, w[i].start, true)
      // "Rubio says, win or lose in …, he’s staying": a phrase in commas before the clause.
      const inserted = ref && STRONG.test(form) ? skipCommaAfterCue(w, i, k) : -1
      if (inserted > 0) return { finds: [make(w[inserted].start, end, who, cue, 'inserted')], next: inserted + 1 }
      if (k < w.length && !/^[,.;:!?]$/.test(w[k].text) && end - w[k].start >= 2) {
        // "…,'' Mr. Jones said of the killer.": what a remark was about, not what was said.
        const cueOnly = isAdjunctOnly(w, k) || ((isOccasionOnly(w, i + 1, form) || (REPORTED.test(form) && isAdjunctOnly(w, i + 1))) && !hasClause(w, i + 2)) || (/^(?:told|tells|compared)$/i.test(form) && isHearerOnly(w, k)) || (k === i + 1 && /^(?:said|says|say)$/i.test(form) && w[k].text === 'of')
        const rule = ref ? 'subject' : described ? 'described' : bare ? 'bare' : STRONG.test(form) ? 'strong' : 'participle'
        return { finds: [{ ...make(w[k].start, end, who, cue, rule), ...(cueOnly ? { cueOnly } : {}) }], next: k + 1 }
      }
    }
  }
  return null
}

/**
 * The speaker after a cue that closes its sentence after a comma ("The meeting was useful, said Tillerson.",
 * "…, noted NBC’s Dante Chinni."), or null: a name or a description, then at most an appositive to the end.
 */
function invertedSpeaker(text: string, w: Span[], i: number, s: Sentence, cueEnd: number): SpeakerRef | null {
  if (i < 3 || w[i - 1].text !== ',' || w[i].text.endsWith('ing') || /^\p{Lu}/u.test(w[i].text)) return null
  const ref = opensClause(text, cueEnd) ? null : readSpeakerAfter(text, cueEnd, s.end)
  if (!ref || ref.form === 'pronoun' || (ref.form === 'nominal' && !ref.isOrg && !/^(?:a|an|the|one)\b/i.test(text.slice(ref.mention.start, ref.mention.end)))) return null
  const rest = text.slice(ref.mention.end, s.end)
  if (isNamedSpeakerTail(text, w, i, ref, s)) return ref
  return /^[\s.!?]*$|^\s*,[^,;:“”"]{0,120}[.!?]?\s*$/.test(rest) ? ref : null
}

/**
 * A source that reads as no name or known description ("according to recent data from comScore", "according to
 * figures her campaign released Friday"): its words up to the next mark, as a description; null when there are none.
 */
function sourceWords(w: Span[], from: number): SpeakerRef | null {
  if (from < 0) return null
  let k = from
  while (k < w.length && k - from < 16 && !/^[,.;:!?()“”"]$/.test(w[k].text)) k++
  if (k === from || !/^[\p{L}\p{N}]/u.test(w[from].text)) return null
  const mention = { text: '', start: w[from].start, end: w[k - 1].end - (/\.$/.test(w[k - 1].text) ? 1 : 0) }
  return { mention, form: 'nominal', name: null, nameStart: -1, title: null, gender: null, isOrg: false, isPlural: /s$/.test(w[k - 1].text) }
}

/** Words that pass their subject to an infinitive cue ("they were ready to tell", "Others are likely to say"). */
const CONTROL = /^(?:ready|able|unable|likely|unlikely|eager|willing|unwilling|reluctant|enough|set|going|want|wants|wanted|plan|plans|planned|hope|hopes|hoped|decided|decides|refused|refuses|tried|tries|try|continue|continues|continued|began|begin|begins|seem|seems|seemed|appear|appears|appeared|expected|sought|seeks|agreed|agrees|declined|declines|promised|vowed|threatened|pledged|chose|went|came|moved|rushed|quick|first|last|due|prepared|preparing|trying|hoping|planning|wanting|refusing|declining|aiming|seeking|careful|happy|quick|slow|used|needed|needs|need|has|have|had)$/

/** Cues of a report whose occasion may follow them ("Politico reported in 2014.", "announced in a statement."). */
const REPORTED = /^(?:reported|reports|announced|announces|stated|states|explained|explains|argued|argues|tweeted|tweets|posted|posts)$/

/** Words of a clause (a subject pronoun or a finite auxiliary): "said in an interview he would run" reports. */
const CLAUSE_WORD = /^(?:he|she|they|we|i|it|is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)$/i

/** True when a word from `from` to the end of `w` opens or carries a clause. TIME_WORD skips "in" and "on", so
 *  "said in an interview on ABC News." is tested from the cue's next word too, and must then hold no clause. */
function hasClause(w: Span[], from: number): boolean {
  for (let k = from; k < w.length; k++) if (CLAUSE_WORD.test(w[k].text)) return true
  return false
}

/** "his", "their", "Rubio's", "Sanders'": a possessive pronoun or a capitalized possessive. */
function isPossessive(t: string): boolean {
  return /^(?:his|her|their|its)$/i.test(t) || (/^\p{Lu}[\p{L}.-]*['’]s?$/u.test(t) && /['’]/.test(t))
}

/** Index of the last word ending at or before `at`, or -1. */
function lastIndexBefore(w: Span[], at: number): number {
  let k = -1
  for (let i = 0; i < w.length && w[i].end <= at; i++) k = i
  return k
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && isTrimmed(text.charCodeAt(e - 1))) e--
  return e
}

/** White space or one of . ! ? ; : (the class [\s.!?;:]). */
function isTrimmed(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || isSpace(c)
}
