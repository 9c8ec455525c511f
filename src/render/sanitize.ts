// C0 and C1 controls except tab and newline, DEL, and bidirectional overrides ("Trojan Source", CVE-2021-42574).
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/**
 * Makes text from the input safe to print on a terminal: control characters and escape sequences become
 * visible placeholders (ESC → "␛", other C0 → control pictures, C1 and bidi controls → "�"), so input can never
 * move the cursor, change colours or reorder text. Tabs and newlines are kept.
 */
export function sanitize(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return '\uFFFD'
  })
}

/** `sanitize`, with every run of whitespace (newlines included) collapsed to one space, for one-line cells. */
export function oneLine(s: string): string {
  return sanitize(s).replace(/\s+/g, ' ').trim()
}
