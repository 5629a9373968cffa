// The document around every handout and site page: lang, viewport, a strict
// Content-Security-Policy and the inline stylesheet. The policy allows the page's own style and
// scripts by their hashes and nothing else: no other script, no network (connect, img, font…
// fall back to default-src 'none'), no <base>, and forms only to the site's own pages. Hashes,
// unlike 'self', name exactly one script, and they work from file:// (tests/browser shows it).
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { STYLE } from './style.js';

export interface PageOptions {
  /** Plain text. */
  title: string;
  /** The HTML inside <body>. */
  body: string;
  large?: boolean | undefined;
  /** Inline scripts, each allowed by its hash. */
  scripts?: readonly string[] | undefined;
  /** JSON for a script to read, as an inert data block (not run, so the policy need not allow it). */
  data?: { id: string; value: unknown } | undefined;
  /** Whether the page has a form (the site's search box): its pages may be form targets. */
  forms?: boolean | undefined;
}

export function htmlPage(opts: PageOptions): string {
  const scripts = opts.scripts ?? [];
  const scriptSrc = scripts.length > 0 ? scripts.map(hash).join(' ') : "'none'";
  const csp = [
    "default-src 'none'",
    `style-src ${hash(STYLE)}`,
    `script-src ${scriptSrc}`,
    "base-uri 'none'",
    `form-action ${opts.forms ? "'self'" : "'none'"}`,
  ].join('; ');
  const data = opts.data
    ? `<script type="application/json" id="${escapeHtml(opts.data.id)}">${inertJson(opts.data.value)}</script>\n`
    : '';
  const code = scripts.map((s) => `<script>${s}</script>\n`).join('');
  return `<!doctype html>
<html lang="en"${opts.large ? ' class="large"' : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(opts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${opts.body}${data}${code}</body>
</html>
`;
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * JSON that cannot end its <script> block or open a comment in it: every "<" is written as its
 * escape, which JSON.parse reads back as "<".
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
