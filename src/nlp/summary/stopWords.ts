/**
 * Function words that carry no topic: ignored when sentences are compared with each other and with the headline.
 * Lower case; the usual SMART-style English list, trimmed, plus reporting verbs ("said") that every news
 * sentence shares.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her ' +
    'here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'of off on once only or other ought our ours ourselves out over own same she should so some such than that ' +
    'the their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'also said says say told according mr mrs ms one new year years last first now like get got make made ' +
    'don didn doesn isn aren wasn weren hasn haven hadn won wouldn couldn shouldn ll ve re')
    .split(/\s+/)
    .filter(Boolean),
)
