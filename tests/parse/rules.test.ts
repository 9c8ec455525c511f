import { describe, expect, it } from 'vitest'
import { isBoilerplate, isFurniture } from '../../src/parse/rules/isBoilerplate.js'
import { isNote } from '../../src/parse/rules/isNote.js'
import { isPromo } from '../../src/parse/rules/isPromo.js'
import { isPhotoCaption } from '../../src/parse/rules/isPhotoCaption.js'
import { isCredit, parseContributors } from '../../src/parse/rules/parseContributors.js'
import { matchByline } from '../../src/parse/rules/matchByline.js'
import { matchDateline } from '../../src/parse/rules/matchDateline.js'
import { matchSectionLine } from '../../src/parse/rules/matchSectionLine.js'
import { parseDate } from '../../src/parse/rules/parseDate.js'

describe('parseDate', () => {
  it.each([
    ['A Section on 01/17/2018', '2018-01-17'],
    ['LONDON 1996-08-30', '1996-08-30'],
    ['Saturday, March 19, 2016.', '2016-03-19'],
    ['Updated Jan. 4, 2016', '2016-01-04'],
    ['17 January 2018', '2018-01-17'],
    ['13/45/2018', null],
    ['February 30, 2016', null],
    ['no date here', null],
  ])('%j -> %j', (s, iso) => expect(parseDate(s)).toBe(iso))
})

describe('matchSectionLine', () => {
  it.each([
    ['A Section on 01/17/2018', { name: 'A', date: '2018-01-17' }],
    ['Sports Section on 3/2/2017', { name: 'Sports', date: '2017-03-02' }],
    ['Section: Business', { name: 'Business', date: null }],
    ['The Section 8 program was cut on Tuesday and nobody noticed.', null],
  ])('%j', (line, want) => expect(matchSectionLine(line)).toEqual(want))
})

describe('matchDateline', () => {
  it.each([
    ['NASHUA, N.H. - At the moment Chris Christie learned', { place: 'NASHUA, N.H.', source: null, text: 'NASHUA, N.H. -' }],
    ['WASHINGTON — Sen. Bernie Sanders defended', { place: 'WASHINGTON', source: null, text: 'WASHINGTON —' }],
    ['WASHINGTON (Reuters) - The Chinese government', { place: 'WASHINGTON', source: 'Reuters', text: 'WASHINGTON (Reuters) -' }],
    ['CAMBRIDGE, Mass., Dec. 11 (UPI) — Young democrats', { place: 'CAMBRIDGE, Mass.', source: 'UPI', text: 'CAMBRIDGE, Mass., Dec. 11 (UPI) —' }],
    ['(CNN) -- The White House said', { place: null, source: 'CNN', text: '(CNN) --' }],
    ['London (CNN) Britain said on Monday', { place: 'London', source: 'CNN', text: 'London (CNN)' }],
    ['LONDON 1996-08-30', { place: 'LONDON', source: null, text: 'LONDON 1996-08-30' }],
  ])('%j', (para, want) => {
    const m = matchDateline(para)
    expect(m && { place: m.place, source: m.source, text: para.slice(0, m.length) }).toEqual(want)
  })
  it.each([
    'Secretary of State Rex Tillerson called Tuesday for nations',
    'IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal',
    'A - B testing is common.',
  ])('no dateline in %j', (para) => expect(matchDateline(para)).toBeNull())
})

describe('matchByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['BY JANE DOE | The Associated Press', ['JANE DOE']],
    ['By Matt Viser, Staff Writer', ['Matt Viser']],
    ['By the fall of 2010, Tea Party super PACs had seized on cap-and-trade.', null],
    ['By now it should be obvious that voters want to know.', null],
  ])('%j', (line, authors) => expect(matchByline(line)?.authors ?? null).toEqual(authors))
})

describe('contributor and credit lines', () => {
  it.each([
    ['Information for this article was contributed by Matthew Pennington of The Associated Press; and by Rick Noack of The Washington Post.',
      [['Matthew Pennington', 'The Associated Press'], ['Rick Noack', 'The Washington Post']]],
    ['Costa reported from Washington.', [['Costa', null]]],
    ['Phillip reported from Oakland, Calif.; Gearan, from Washington.', [['Phillip', null], ['Gearan', null]]],
    ['Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.', [['Lerer', null], ['Jill Colvin', 'The Associated Press']]],
    ['(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)', [['Valerie Volcovici', null], ['Lawrence Hurley', null]]],
    ['Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler and Coral Davenport from Kaneohe Bay, Hawaii.',
      [['Julie Hirschfeld Davis', null], ['Mark Landler', null], ['Coral Davenport', null]]],
    ['Bryant Rousseau and Caryn Wilson contributed reporting.', [['Bryant Rousseau', null], ['Caryn Wilson', null]]],
    ['Alex Isenstadt contributed to this story.', [['Alex Isenstadt', null]]],
    ['--additional reporting from Darren Samuelsohn.', [['Darren Samuelsohn', null]]],
  ])('%j', (line, people) => {
    expect(isCredit(line)).toBe(true)
    expect(parseContributors(line).map((c) => [c.name, c.organization])).toEqual(people)
  })
  it.each([
    'Attendees, including Mr. Altman of Evercore and Mr. Rubin, contributed $2,700 each.',
    'His policy positions on immigration and trade, which have contributed to his mirage candidacy, are in conflict.',
    'Research suggests that globalization has contributed heavily to a bitter political divide.',
    'As The Washington Post reported, even if Sanders managed to split delegates with Clinton, he would need 55 percent.',
    'As Breitbart News reported, even on Friday morning, the Obama White House was refusing to call it terrorism.',
  ])('not a credit: %j', (line) => expect(isCredit(line)).toBe(false))
})

describe('single-line rules', () => {
  it.each([
    [isPromo, '[NUCLEAR NORTH KOREA: Maps, data on country’s nuclear program]', true],
    [isPromo, 'RELATED: Trump says he will win', true],
    [isPromo, 'READ MORE: The best of the debate', true],
    [isPromo, 'Watch the video above.', true],
    [isPromo, 'Related stories are in short supply, officials said.', false],
    [isNote, 'UPDATE: This story has been updated with comment.', true],
    [isNote, 'This story has been updated to include comments from Clark.', true],
    [isNote, 'Correction: An earlier version of this story misstated the date.', true],
    [isNote, 'Editor’s note: Donald Trump regularly incites political violence.', true],
    [isNote, 'The update to the software shipped Tuesday.', false],
    [isBoilerplate, 'ABSTRACT.', true],
    [isBoilerplate, 'FULL TEXT.', true],
    [isBoilerplate, 'Do you support Donald Trump? Like the page:', true],
    [isBoilerplate, 'Follow Pam Key on Twitter @pamkeyNEN.', true],
    [isBoilerplate, '<tweet tweet-id="661196115484643328"><tweet/>.', true],
    [isBoilerplate, 'Copyright © 2015 by Dinesh D’Souza.', true],
    [isBoilerplate, 'He liked the page so much he printed it.', false],
    [isFurniture, 'Upcoming Events', true],
    [isFurniture, '6. Chris Christie', false],
    [isFurniture, 'It ended there.', false],
    [isPhotoCaption, 'Donald Trump speaks in Iowa on Monday. (AP Photo/Evan Vucci)', true],
    [isPhotoCaption, 'Hillary Clinton at a rally. (Getty Images)', true],
    [isPhotoCaption, 'Donald Trump speaks in Iowa on Monday.', false],
  ] as const)('%o(%j) is %s', (rule, line, want) => expect(rule(line)).toBe(want))
})
