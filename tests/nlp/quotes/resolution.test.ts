import { describe, expect, it } from 'vitest'
import { buildRoster } from '../../../src/nlp/quotes/buildRoster.js'
import { endsSentence } from '../../../src/nlp/quotes/capitalRuns.js'
import { findQuotes } from '../../../src/nlp/quotes/findQuotes.js'
import { articleSentences } from '../../../src/nlp/sentences/articleSentences.js'
import { parse } from '../../../src/parse/parse.js'
import type { Entity } from '../../../src/types.js'
import { quotesOf, speakerOf } from './quotesOf.js'

describe('pronouns resolve by gender', () => {
  it.each([
    ['Hillary Clinton met Donald Trump on Monday.\n\n“It was a long night,” she said.', 'Hillary Clinton'],
    ['Donald Trump met Hillary Clinton on Monday.\n\n“It was a long night,” he said.', 'Donald Trump'],
    ['Donald Trump met Mrs. Smith on Monday.\n\n“It was a long night,” she said.', 'Smith'],
    ['Donald Trump met reporters with Rakeyia Scott.\n\n“It was a long night,” she said.', 'Rakeyia Scott'],
  ])('%j → %s', (body, who) => {
    expect(speakerOf(body, 'It was')).toBe(who)
  })

  it('never resolves "she" to Donald Trump', () => {
    const body = 'Donald Trump spoke first. Then Mr. Trump left.\n\n“It was a long night,” she said.'
    expect(speakerOf(body, 'It was')).not.toBe('Donald Trump')
  })

  it('makes the speaker of reported speech as salient as a quoted one', () => {
    const body = '“People know who she is,” said Sean Spicer, chief strategist for the party. However debates are not likely to alter the campaign, noted NBC’s Dante Chinni.\n\n“Considering the stakes, the effect was small,” he wrote.'
    expect(speakerOf(body, 'Considering')).toBe('Dante Chinni')
  })

  it('prefers the speaker of the running quotation over a man merely named', () => {
    const body = '“We will get there,” Reid said of Bernie Sanders and his voters.\n\n“What I am impressed with is the new people,” he said.'
    expect(speakerOf(body, 'What I am')).toBe('Reid')
  })

  it('resolves "I" to the byline author of a first-person piece', () => {
    const body = 'By Charlotte Meehan\n\nMy father said so.\n\n“This is a big win for me,” I confessed.'
    expect(speakerOf(body, 'This is a big')).toBe('Charlotte Meehan')
  })
})

describe('canonical speakers', () => {
  it('gives one name to every form of a person', () => {
    const body = 'Donald J. Trump spoke Monday.\n\n“We will win,” Mr. Trump said.\n\n“We will win big,” Trump added.'
    const names = quotesOf(body).filter((q) => q.kind !== 'indirect').map((q) => q.speaker?.name)
    expect(names).toEqual(['Donald J. Trump', 'Donald J. Trump'])
  })

  it('upgrades a surname met first to the full name met later', () => {
    const body = 'Mr. Obama spoke in Washington. President Barack Obama then left.\n\n“It is time,” Obama said.'
    expect(speakerOf(body, 'It is time')).toBe('Barack Obama')
  })
})

describe('organizations and groups', () => {
  it.each([
    ['The White House said the talks “might prompt a change.”', 'White House', 'ORGANIZATION'],
    ['The New York Times reported on Sunday.\n\n“The deal is off,” the newspaper wrote.', 'New York Times', 'ORGANIZATION'],
    ['“The deal is off,” officials said.', 'officials', 'ORGANIZATION'],
    ['“The deal is off,” a campaign spokesman said.', 'campaign spokesman', 'PERSON'],
  ])('%j → %s', (body, who, type) => {
    const q = quotesOf(body).find((x) => x.kind !== 'indirect')!
    expect(q.speaker?.name).toBe(who)
    expect(q.speaker?.type).toBe(type)
  })

  it('marks unnamed sources as generic', () => {
    const q = quotesOf('“The deal is off,” officials said.').find((x) => x.kind !== 'indirect')!
    expect(q.speaker?.generic).toBe(true)
  })

  it.each([
    ['Nations that sent troops to the U.N. Command that supported South Korea in the war met on Tuesday.', 'the U.N. Command that', 'U.N. Command'],
    ['Many voters who support Sanders are young.', 'Many voters who', 'Many voters'],
  ])('names a described source without its relative word: %j', (body, mention, name) => {
    const q = quotesOf(body, true).find((x) => x.speaker?.mention.text === mention)
    expect(q?.speaker?.name).toBe(name)
  })
})

describe('who can be an antecedent', () => {
  const rosterOf = (text: string, entities: Entity[] = []) => buildRoster(parse(text), entities)
  const entity = (text: string, name: string, type: Entity['type']): Entity => {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ text: name, start: m.index, end: m.index + name.length }))
    return { name, type, count: mentions.length, aliases: [], mentions }
  }

  it('leaves the entities it is given untouched (their aliases are the tagger\'s, not the roster\'s)', () => {
    const text = 'Clinton spoke first. Hillary Clinton said the plan would work. Mrs. Clinton left.'
    const clinton = entity(text, 'Clinton', 'PERSON')
    const before = JSON.stringify(clinton)
    const roster = rosterOf(text, [clinton])
    expect(roster.people.find((p) => p.name === 'Hillary Clinton')?.aliases).toContain('Clinton')
    expect(JSON.stringify(clinton)).toBe(before)
  })

  it('takes no names from a Title-Case headline', () => {
    const text = 'Obama Sees Personal Insult in Black Turnout\n\nThe president spoke on Saturday.'
    expect(rosterOf(text, [entity(text, 'Obama Sees', 'PERSON')]).people.map((p) => p.name)).not.toContain('Obama Sees')
  })

  it('makes a one-word "person" met after "in" a place ("in Charlotte")', () => {
    const text = 'Headline\n\nProtests spread in Charlotte on Friday, and Charlotte was calm by night.'
    expect(rosterOf(text, [entity(text, 'Charlotte', 'PERSON')]).people.find((p) => p.name === 'Charlotte')?.type).toBe('LOCATION')
  })

  it('sights the full name before a surname alias ("Mary Scott" is not "Keith Lamont Scott")', () => {
    const body = 'Keith Lamont Scott was shot on Tuesday. Police said Scott had a gun. His wife, Mary Scott, can be heard yelling.\n\n“Don’t shoot him,” she says.'
    expect(speakerOf(body, 'Don’t shoot')).toBe('Mary Scott')
  })

  it.each([
    ['Pyongyang hopes for an improvement of relations with South Korea.', 'Pyongyang', 'LOCATION', 'ORGANIZATION'],
    ['Beijing said the sanctions were enough.', 'Beijing', 'LOCATION', 'ORGANIZATION'],
    ['Tillerson said the sanctions were enough.', 'Tillerson', 'PERSON', 'PERSON'],
    ['Mr. Washington said the sanctions were enough.', 'Washington', 'LOCATION', 'PERSON'],
  ])('a place that speaks is an organization: %j', (body, name, entityType, speakerType) => {
    const text = 'Headline\n\n' + body
    const q = findQuotes(parse(text), articleSentences(parse(text)), [entity(text, name, entityType as Entity['type'])])
    expect(q.find((x) => x.kind === 'indirect')?.speaker).toMatchObject({ name, type: speakerType })
  })

  it.each([
    ['The role of first lady carries no official powers, instead calling on the spouse to organize social events.', 'instead'],
    ['He has gone back to compare positions that now seem relatively moderate to the current views.', 'now'],
  ])('never names an adverb as the source: %j', (body, word) => {
    const text = 'Headline\n\n' + body
    for (const q of findQuotes(parse(text), articleSentences(parse(text)), [])) expect(q.speaker?.name).not.toBe(word)
  })

  it.each([
    ['Even critics say the plan will pass.', 'critics'],
    ['Now some close Clinton allies say the plan will pass.', 'close Clinton allies'],
  ])('names a description without its focus adverb: %j', (body, name) => {
    const text = 'Headline\n\n' + body
    expect(findQuotes(parse(text), articleSentences(parse(text)), []).find((q) => q.kind === 'indirect')?.speaker?.name).toBe(name)
  })

  it('never joins names across a sentence end ("in Benghazi. Bob said")', () => {
    const body = 'The contractors protected the CIA base in Benghazi. Bob said he was familiar with the security team.\n\n“We did our best,” he said.'
    expect(quotesOf(body).map((q) => q.speaker?.name)).not.toContain('Benghazi. Bob')
  })

  it.each([
    ['Benghazi.', true], ['Ikea.', true], ['Trump.', true], ['J.', false], ['Sen.', false], ['U.S.', false], ['Capt.', false], ['Pres.', false], ['Calif.', false], ['Bob', false],
  ])('endsSentence(%j) is %s', (word, ends) => {
    expect(endsSentence(word as string)).toBe(ends)
  })

  it('gives "she" of no known person to a person of unknown gender, never to a code like "EB-5"', () => {
    const text = 'Headline\n\nAngelique Brunner runs the firm. The EB-5 program helps it.\n\n“It is hard,” she said.'
    const q = findQuotes(parse(text), articleSentences(parse(text)), [entity(text, 'Angelique Brunner', 'PERSON'), entity(text, 'EB-5', 'PERSON')])
    expect(q.find((x) => x.kind !== 'indirect')?.speaker?.name).toBe('Angelique Brunner')
  })
})
