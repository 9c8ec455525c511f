/** A speaker's colours: `tint` behind quoted text, `ink` for badges, bars and underlines; plus an underline style. */
export interface SpeakerColour {
  tint: string
  ink: string
  /** CSS text-decoration-style, so colour is not the only cue. */
  line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy'
}

/** Page colours; every text/background pair here meets WCAG AA (checked in tests/render/html/palette.test.ts). */
export const PAGE = {
  text: '#1a1a1a',
  background: '#ffffff',
  panel: '#f5f5f2',
  muted: '#575757',
  rule: '#8a8a8a',
  link: '#1d4f91',
  focus: '#1d4f91',
  tipText: '#ffffff',
  tipBackground: '#1a1a1a',
  unattributedTint: '#ececec',
  unattributedInk: '#575757',
  barTrack: '#e6e6e6',
}

const LINES: SpeakerColour['line'][] = ['solid', 'double', 'dotted', 'dashed', 'wavy']
const PAIRS: [string, string][] = [
  ['#dbe9f8', '#1f5fa8'],
  ['#fde3cc', '#9a4a00'],
  ['#d6efdb', '#1e6b34'],
  ['#ebe0f7', '#6b3fa0'],
  ['#f9dcdf', '#a3222f'],
  ['#d2eef0', '#0f6670'],
  ['#f6dcee', '#8e2a6e'],
  ['#ecefc4', '#565c00'],
  ['#e1e6ec', '#3f4f63'],
  ['#efe3d6', '#6d4c2f'],
]

/** The speaker palette: ten tint/ink pairs, each with its own underline style (cycling through five). */
export const SPEAKER_COLOURS: SpeakerColour[] = PAIRS.map(([tint, ink], i) => ({ tint, ink, line: LINES[i % LINES.length] }))

/** Entity types' colours (underline and type tag) when entity marks are switched on. */
export const ENTITY_COLOURS: Record<string, string> = {
  PERSON: '#1f5fa8',
  ORGANIZATION: '#8e2a6e',
  LOCATION: '#1e6b34',
  MISC: '#9a4a00',
  DATE: '#3f4f63',
  MONEY: '#565c00',
  PERCENT: '#0f6670',
}
