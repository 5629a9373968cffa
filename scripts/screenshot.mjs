// Renders osteo's own colour output as SVG pictures for the README (docs/*.svg), so the pictures
// always show what the CLI really prints. Run: npm run screenshots (after a build).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHOTS = [
  { file: 'docs/search.svg', args: ['weak', 'legs'] },
  { file: 'docs/triage.svg', args: ['fell', 'and', 'cannot', 'get', 'up'] },
];

// The 16 ANSI colours as a dark terminal theme draws them.
const PALETTE = {
  30: '#45475a',
  31: '#f38ba8',
  32: '#a6e3a1',
  33: '#f9e2af',
  34: '#89b4fa',
  35: '#f5c2e7',
  36: '#94e2d5',
  37: '#bac2de',
  90: '#585b70',
  91: '#f38ba8',
  92: '#a6e3a1',
  93: '#f9e2af',
  94: '#89b4fa',
  95: '#f5c2e7',
  96: '#94e2d5',
  97: '#a6adc8',
};
const FOREGROUND = '#cdd6f4';
const BACKGROUND = '#1e1e2e';
const CHAR_WIDTH = 8.4;
const LINE_HEIGHT = 18;

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Backgrounds (labels such as Emergency set their own).
const BACKGROUNDS = {
  40: '#45475a',
  41: '#d20f39',
  42: '#40a02b',
  43: '#df8e1d',
  44: '#1e66f5',
  45: '#8839ef',
  46: '#179299',
  47: '#bac2de',
};

/** One line of ANSI text → SVG tspans (and rects behind those with a background), following the SGR codes osteo writes. */
function lineToSpans(line, y) {
  const spans = [];
  const rects = [];
  const style = { bold: false, dim: false, italic: false, underline: false, fg: null, bg: null };
  let column = 0;
  for (const part of line.replace(/\u001B\]8;;[^\u0007]*\u0007/g, '').split(/(\u001B\[[0-9;]*m)/)) {
    const sgr = /^\u001B\[([0-9;]*)m$/.exec(part);
    if (sgr) {
      for (const code of (sgr[1] || '0').split(';').map(Number)) {
        if (code === 0)
          Object.assign(style, { bold: false, dim: false, italic: false, underline: false, fg: null, bg: null });
        else if (code === 1) style.bold = true;
        else if (code === 2) style.dim = true;
        else if (code === 3) style.italic = true;
        else if (code === 4) style.underline = true;
        else if (code === 22) Object.assign(style, { bold: false, dim: false });
        else if (code === 23) style.italic = false;
        else if (code === 24) style.underline = false;
        else if (code === 39) style.fg = null;
        else if (code === 49) style.bg = null;
        else if (PALETTE[code]) style.fg = PALETTE[code];
        else if (BACKGROUNDS[code]) style.bg = BACKGROUNDS[code];
      }
      continue;
    }
    if (!part) continue;
    const attrs = [`x="${(column * CHAR_WIDTH + 16).toFixed(1)}"`, `fill="${style.fg ?? FOREGROUND}"`];
    if (style.bold) attrs.push('font-weight="bold"');
    if (style.dim) attrs.push('opacity="0.6"');
    if (style.italic) attrs.push('font-style="italic"');
    if (style.underline) attrs.push('text-decoration="underline"');
    spans.push(`<tspan ${attrs.join(' ')}>${escapeXml(part)}</tspan>`);
    const length = [...part].length;
    if (style.bg) {
      rects.push(
        `  <rect x="${(column * CHAR_WIDTH + 16).toFixed(1)}" y="${(y - 14).toFixed(0)}" width="${(length * CHAR_WIDTH).toFixed(1)}" height="${LINE_HEIGHT}" fill="${style.bg}"/>`,
      );
    }
    column += length;
  }
  return { spans: spans.join(''), rects };
}

function toSvg(command, output) {
  const lines = [`\u001B[32m$\u001B[39m ${command}`, ...output.replace(/\n+$/, '').split('\n')];
  const width = Math.ceil(82 * CHAR_WIDTH + 32);
  const height = lines.length * LINE_HEIGHT + 32;
  const drawn = lines.map((line, i) => ({ y: i * LINE_HEIGHT + 28, ...lineToSpans(line, i * LINE_HEIGHT + 28) }));
  const text = drawn
    .map(({ y, spans }) => `  <text y="${y.toFixed(0)}" xml:space="preserve">${spans}</text>`)
    .join('\n');
  const rects = drawn.flatMap((d) => d.rects);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="14">
  <rect width="100%" height="100%" rx="8" fill="${BACKGROUND}"/>
${rects.length > 0 ? `${rects.join('\n')}\n` : ''}${text}
</svg>
`;
}

for (const shot of SHOTS) {
  const env = { ...process.env, FORCE_COLOR: '1', FORCE_HYPERLINK: '0' };
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [`${root}/bin/osteo.js`, ...shot.args, '--width', '80', '--no-pager'], {
    encoding: 'utf8',
    env,
  });
  if (r.status !== 0) throw new Error(`osteo ${shot.args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const shown = shot.args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ');
  writeFileSync(`${root}/${shot.file}`, toSvg(`osteo ${shown}`, r.stdout));
  console.log(`wrote ${shot.file}`);
}
