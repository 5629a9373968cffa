// The one gate between text and HTML: every string that reaches a page goes through escapeHtml
// (text and attribute values alike), and only an absolute http(s) address becomes an href.

// Controls (C0 but tab and newline, C1) and bidirectional overrides: HTML has no use for them,
// and an override could make a page read other than its text.
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(UNPRINTABLE, '').replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/**
 * The address as an escaped href when it is an absolute http(s) URL, else null: javascript:,
 * data:, file: and relative addresses are shown as text by the callers, never followed.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed) || /[\s\u0000-\u001F\u007F-\u009F]/.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? escapeHtml(trimmed) : null;
  } catch {
    return null;
  }
}

/** A fragment id from a heading: lowercase words joined by hyphens ("When to get help" → when-to-get-help). */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? words.join('-').slice(0, 60) : 'section';
}
