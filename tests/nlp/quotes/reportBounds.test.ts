import { describe, expect, it } from 'vitest'
import { quotesOf } from './quotesOf.js'

const contents = (body: string) => quotesOf(body, true).filter((q) => q.kind === 'indirect').map((q) => q.text)

// Sentence shapes from PolNeAR train where the content of reported speech starts or ends elsewhere than the rules
// first read it.
describe('where reported content starts and ends', () => {
  it.each([
    // A report inside a relative clause opened by "that" whose content lacks its subject: "that" is reported too.
    ['It was a deadline that several Indiana GOP insiders said went unnoticed in a handful of districts.', ['that', 'went unnoticed in a handful of districts']],
    ['She works in the kind of job that many economists say is the future in postindustrial America.', ['that', 'is the future in postindustrial America']],
    ['Clinton held a rally in a show of muscle that Clinton hopes can help block any challenge.', ['that', 'can help block any challenge']],
  ])('%j reports %j', (body, expected) => {
    expect(contents(body)).toEqual(expected)
  })

  it.each([
    // "that" of a clause: the inner report has a subject of its own.
    ['The aide noted that experts say ISIS has mentioned Trump.', 'that'],
    ['Mr. Trump argued that he said the plan would fail.', 'that'],
  ])('%j does not report %j on its own', (body, text) => {
    expect(contents(body)).not.toContain(text)
  })

  it.each([
    // A verb of seeming without "to": PolNeAR's content is the subject as well as the complement.
    ['Trump sometimes seems fixated on China.', ['Trump', 'fixated on China']],
    ['Superdelegates might seem profoundly anti-democratic.', ['Superdelegates', 'profoundly anti-democratic']],
    ['Cruz seemed lost, applauding along with the audience.', ['Cruz', 'lost, applauding along with the audience']],
    // A hedging adverb: the subject with its auxiliary.
    ['The FBI is reportedly making arrangements to interview Hillary Clinton.', ['The FBI is', 'making arrangements to interview Hillary Clinton']],
    ['Cuccinelli reportedly reacted to the decision by tossing his credentials on the floor.', ['Cuccinelli']],
  ])('reports the judged subject of %j', (body, expected) => {
    expect(contents(body)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    // A physical appearance, and "it seems that", judge no subject.
    ['Trump appeared on CNN on Sunday.', 'Trump'],
    ['Clinton appeared with Obama in Charlotte.', 'Clinton'],
    ['It seems that the race is tightening.', 'It'],
  ])('%j does not report %j', (body, text) => {
    expect(contents(body)).not.toContain(text)
  })

  it.each([
    // A passive report with "as" or "for" after its participle or its agent: the complement is content too.
    ['Trump has been criticized by some of his rivals for failing to spend enough time in the state.', ['Trump', 'for failing to spend enough time in the state']],
    ['Mr. Reagan was criticized for trading a guilty person for an innocent one.', ['Mr. Reagan', 'for trading a guilty person for an innocent one']],
    ['The drafting process is seen as one way Sanders could gain concessions from Clinton.', ['The drafting process', 'as one way Sanders could gain concessions from Clinton']],
    // Without "as" or "for", only the subject.
    ['The senator was endorsed by the Miami Herald on Sunday.', ['The senator']],
  ])('reads the passive report %j as %j', (body, expected) => {
    expect(contents(body)).toEqual(expected)
  })

  it.each([
    // "that" after a cue opens the content, as in PolNeAR's spans.
    ['Tillerson said on Tuesday that the meeting was useful.', 'that the meeting was useful'],
    ['Trump told reporters that he would win.', 'that he would win'],
    // Without "that" the content opens with its own first word.
    ['Trump said he would win.', 'he would win'],
  ])('%j reports %j', (body, content) => {
    expect(contents(body)).toContain(content)
  })

  it.each([
    // What a word of stance is about runs on past a comma or a clause word to the end of the sentence.
    ['Sanders and his allies stepped up their attack on the president\'s housing secretary, Julian Castro, over his department\'s sales of delinquent mortgages.',
      'the president\'s housing secretary, Julian Castro, over his department\'s sales of delinquent mortgages'],
    ['Ryan has been vocal in his criticism of the core conservative planks of the party and whether Trump will champion them.',
      'the core conservative planks of the party and whether Trump will champion them'],
    // … but stops where another report in the sentence starts.
    ['Democrats have focused on Trump, whom Ryan said was weak.', 'Trump'],
    // … and before an auxiliary: the phrase was the subject.
    ['His views on public policy did not change.', 'public policy'],
  ])('%j reports %j', (body, content) => {
    expect(contents(body)).toContain(content)
  })
})
