const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
// C0/C1 controls (but tab, newline, carriage return), DEL, bidi overrides (as in ../sanitize.ts), lone surrogates and noncharacters U+FFFE/U+FFFF.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Escapes text from an article for HTML element content and quoted attribute values: & < > " ' become
 * character references, and characters HTML forbids (controls, lone surrogates) become U+FFFD. Keeps length
 * only for safe text; never use the result inside <script> or <style>.
 */
export function escapeHtml(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c])
}
