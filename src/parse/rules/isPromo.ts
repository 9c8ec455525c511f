const LEAD_IN = /^(?:RELATED|Related|READ MORE|Read [Mm]ore|READ|SEE ALSO|See [Aa]lso|ALSO READ|Also [Rr]ead|MORE|More|WATCH|Watch|LISTEN|Listen|CLICK HERE|Click [Hh]ere|PHOTOS|VIDEO|Video)\b\s*(?:[:\-—–|>]|\bhere\b|\bbelow\b|\babove\b|\bthe (?:full|video|ad)\b)/
const BOXED = /^\[[^\]]{1,300}\]\.?$/

/**
 * True for promo boxes and links to other content: a whole line in square brackets ("[NUCLEAR NORTH KOREA: Maps,
 * data on country’s nuclear program]"), or a "Related:", "READ MORE", "Watch the video above" style line.
 */
export function isPromo(line: string): boolean {
  if (line.length > 400) return false
  if (BOXED.test(line)) return true
  return LEAD_IN.test(line)
}
