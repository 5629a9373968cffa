// `npm run bench`: startup and scaling of the built CLI, as whole processes, against bare Node.
// Each row runs 1 warm-up and then RUNS times, alternating with `node -e 0`; it reports the
// median wall time, the median of the per-pair ratios, and the peak RSS (GNU time).
// NODE_EXTRA_CA_CERTS is unset for both sides: users do not have it, and it triples Node's start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin/osteo.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.OSTEO_CONTENT_DIR;
delete env.FORCE_COLOR;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function wall(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && args[0] === BIN) throw new Error(`osteo ${args.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function peakRss(args) {
  if (!GNU_TIME) return NaN;
  const r = spawnSync(GNU_TIME, ['-f', '%M', process.execPath, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.toString().trim().split('\n').at(-1)) / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function measure(label, osteoArgs) {
  const args = [BIN, ...osteoArgs];
  wall(['-e', '0']);
  wall(args);
  const times = [];
  const ratios = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    const b = wall(['-e', '0']);
    const t = wall(args);
    bare.push(b);
    times.push(t);
    ratios.push(t / b);
  }
  const rss = median([peakRss(args), peakRss(args), peakRss(args)]);
  const bareRss = median([peakRss(['-e', '0']), peakRss(['-e', '0']), peakRss(['-e', '0'])]);
  return { label, ms: median(times), bare: median(bare), ratio: median(ratios), rss, rssRatio: rss / bareRss };
}

// --- a generated library with realistic vocabulary: words drawn from the shipped topics ---
function vocabulary() {
  const dir = join(root, 'content');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(dir, f), 'utf8').split(/^---$/m).slice(2).join(' '))
    .join(' ');
  return text.toLowerCase().match(/[a-z]{2,}/g) ?? [];
}

function generate(count, words) {
  const dir = mkdtempSync(join(tmpdir(), `osteo-bench-${count}-`));
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = () => words[Math.floor(rand() * words.length)];
  const sentence = () => {
    const n = 6 + Math.floor(rand() * 10);
    const s = Array.from({ length: n }, pick).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (target) => {
    const out = [];
    let n = 0;
    while (n < target) {
      const s = sentence();
      out.push(s);
      n += s.split(' ').length;
    }
    return out.join(' ');
  };
  for (let i = 0; i < count; i++) {
    const id = `topic-${i}`;
    const title = `${pick()} ${pick()} ${i}`;
    const sections = Array.from({ length: 6 }, (_, s) => `## ${pick()} ${pick()} ${s === 5 ? 'help' : ''}\n${paragraph(150)}`);
    writeFileSync(
      join(dir, `${id}.md`),
      `---\nid: ${id}\ntitle: ${title}\nsummary: ${sentence()}\naliases: [${pick()} ${pick()} ${i}]\ntags: [${pick()}]\nrelated: []\nreviewed: 2026-01-01\nsources:\n  - title: Source\n    url: https://www.nhs.uk/\n---\n${paragraph(60)}\n\n${sections.join('\n\n')}\n`,
    );
  }
  return dir;
}

const rows = [];
const show = (r) => {
  rows.push(r);
  const rss = Number.isNaN(r.rss) ? 'n/a' : `${r.rss.toFixed(0)} MB (${r.rssRatio.toFixed(2)}×)`;
  console.error(`  ${r.label}: ${r.ms.toFixed(1)} ms, ${r.ratio.toFixed(2)}×, ${rss}`);
};

console.error(`osteo bench: ${RUNS} runs per row after a warm-up, alternating with node -e 0 (Node ${process.version})`);
show(measure('osteo --version', ['--version']));
show(measure('osteo topics', ['topics']));
show(measure('osteo explain fractures', ['explain', 'fractures']));
show(measure('osteo search "weak legs"', ['search', 'weak legs']));
show(measure('osteo weak legs (no command)', ['weak', 'legs']));
show(measure('osteo search "thigh pain on alendronate" --json', ['search', 'thigh pain on alendronate', '--json']));

const words = vocabulary();
for (const size of SIZES) {
  const dir = generate(size, words);
  try {
    const at = ['--content-dir', dir];
    // Without an index first (topics and explain read the files), then search with one.
    show(measure(`${size} topics: topics`, [...at, 'topics']));
    show(measure(`${size} topics: explain topic-${size >> 1}`, [...at, 'explain', `topic-${size >> 1}`]));
    const started = process.hrtime.bigint();
    const built = spawnSync(process.execPath, [BIN, 'index', dir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (built.status !== 0) throw new Error(`osteo index failed: ${built.stderr}`);
    const indexMs = Number(process.hrtime.bigint() - started) / 1e6;
    rows.push({ label: `${size} topics: osteo index (once)`, ms: indexMs, ratio: NaN, rss: peakRss([BIN, 'index', dir]), rssRatio: NaN });
    console.error(`  ${size} topics: osteo index: ${indexMs.toFixed(0)} ms`);
    show(measure(`${size} topics: search "weak legs" (indexed)`, [...at, 'search', 'weak legs']));
    show(measure(`${size} topics: topics (indexed)`, [...at, 'topics']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x, digits, unit = '') => (Number.isNaN(x) ? '' : `${x.toFixed(digits)}${unit}`);
console.log(`| command | median | × bare node | peak RSS |`);
console.log(`| --- | ---: | ---: | ---: |`);
for (const r of rows) {
  const rss = Number.isNaN(r.rss) ? '' : `${r.rss.toFixed(0)} MB${Number.isNaN(r.rssRatio) ? '' : ` (${r.rssRatio.toFixed(2)}×)`}`;
  console.log(`| \`${r.label}\` | ${fmt(r.ms, 1, ' ms')} | ${fmt(r.ratio, 2, '×')} | ${rss} |`);
}
console.log(`\nbare \`node -e 0\`: ${median(rows.filter((r) => r.bare).map((r) => r.bare)).toFixed(1)} ms; ${RUNS} runs per row; ${new Date().toISOString().slice(0, 10)}`);
