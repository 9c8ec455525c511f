import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../../src/render/html/escapeHtml.js'

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"quoted" & 'single'`, '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['&amp; stays visible', '&amp;amp; stays visible'],
    ['nul\u0000 esc\u001b bell\u0007 c1\u0085', 'nul\uFFFD esc\uFFFD bell\uFFFD c1\uFFFD'],
    ['bidi \u202Eevil\u2066', 'bidi \uFFFDevil\uFFFD'],
    ['lone \uD800 surrogate, pair 😀 kept', 'lone \uFFFD surrogate, pair 😀 kept'],
    ['tab\tnewline\ncr\r “curly” — ok', 'tab\tnewline\ncr\r “curly” — ok'],
  ])('%j', (input, want) => expect(escapeHtml(input)).toBe(want))
})
