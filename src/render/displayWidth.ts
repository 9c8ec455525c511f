const ZERO = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFE00-\uFE0F]$/u
const WIDE = /^[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]$/u

/**
 * Terminal columns one code point takes: 0 for combining marks and zero-width characters, 2 for East Asian
 * wide and fullwidth characters and emoji (a simplified wcwidth, after Markus Kuhn's), 1 otherwise.
 */
export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0
  return WIDE.test(ch) ? 2 : 1
}

/** Terminal columns a string without escape sequences takes. */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += charWidth(ch)
  return w
}
