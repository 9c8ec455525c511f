import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const indirect = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect')
const mentionOf = (body: string, cue: string) => indirect(body).find((q) => q.cue?.text === cue)?.speaker?.mention?.text

describe('who reports with a participle after a comma: the subject of its clause', () => {
  it.each([
    ['At a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence that President Obama wanted to take in 250,000 Syrian refugees.', 'claiming', 'Mr. Trump'],
    ['Twitter, at the same time, put its new Moments tool to use, highlighting top news tweets about the attacks.', 'highlighting', 'Twitter'],
    ['Instead, the Vermont senator is sticking to his campaign message, hoping to avoid any misstep that could undermine his lead.', 'hoping', 'the Vermont senator'],
    ['US President Barack Obama will spearhead a Democratic effort to paint Donald Trump as unfit to be commander-in-chief, contrasting the Republican nominee with his rival.', 'contrasting', 'US President Barack Obama'],
    ['Throughout the 2000s, Democrats in Congress, fearing the electoral consequences, repeatedly failed to act.', 'fearing', 'Democrats'],
    ['Arriving upon the scene, police began searching for active shooters, believing there may be as many as three.', 'believing', 'police'],
  ])('%j', (body, cue, mention) => {
    expect(mentionOf(body, cue)).toBe(mention)
  })
})

describe('a sentence adverb between commas is not the subject', () => {
  it.each([
    ['Cyber security experts and U.S. officials, however, said they believed Russia engineered the release of the emails.', 'said', 'U.S. officials'],
    ['The activists placed throughout the debate hall, surprisingly enough, cheered loudly for the establishment-backed Sen. Marco Rubio.', 'cheered', 'The activists'],
  ])('%j', (body, cue, mention) => {
    expect(mentionOf(body, cue)).toBe(mention)
  })
})

describe('a cue right after a possessive is the owner’s', () => {
  it.each([
    ['A second-place finish in New Hampshire would bolster Rubio’s claim to be the GOP establishment’s strongest alternative to Trump.', 'claim', 'Rubio’s'],
  ])('%j', (body, cue, mention) => {
    expect(mentionOf(body, cue)).toBe(mention)
  })
})

describe('the words right before a cue when no whole subject reads', () => {
  it.each([
    ['This is not the kind of campaign Ayotte hoped that she would be running.', 'hoped', 'Ayotte'],
    ['Again, those surveyed said that Trump was best able to handle the issue.', 'said', 'those surveyed'],
  ])('%j', (body, cue, name) => {
    expect(indirect(body).find((q) => q.cue?.text === cue)?.speaker?.name).toBe(name)
  })
})

describe('a strong cue reports even when no subject reads', () => {
  it.each([
    ['Jolly said he would be cautious in restructuring federal education spending.', 'he would be cautious in restructuring federal education spending'],
    ['The state officials whose laws have been invalidated say the real change has come in the makeup of the judiciary.', 'the real change has come in the makeup of the judiciary'],
  ])('%j', (body, content) => {
    expect(indirect(body).map((q) => q.text)).toContain(content)
  })
})

describe('an infinitive cue is said by the subject of the word that governs it', () => {
  it.each([
    ['Others are likely to say that the party has moved on.', 'say', 'Others'],
    ['They were ready to tell voters that the race was over.', 'tell', 'They'],
  ])('%j', (body, cue, mention) => {
    expect(mentionOf(body, cue)).toBe(mention)
  })
})

describe('a possessive pronoun yields to the pronoun subject it points back to', () => {
  it.each([
    ['He has stepped up his attacks on Clinton’s positions on trade.', 'attacks on', 'He'],
    ['Later in the day, she escalated her attacks on Sanders’ record on guns.', 'attacks on', 'she'],
  ])('%j', (body, cue, mention) => {
    expect(mentionOf(body, cue)).toBe(mention)
  })
})
