// A generated library of topics in the documented format, with realistic vocabulary (words drawn
// from the shipped topics): what `npm run bench` measures and what the tests compare indexes on.
// The same seed always makes the same library.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every word of the shipped topics' bodies, lowercased, in order (repeats kept: common words stay common). */
export function vocabulary(contentDir) {
  const text = readdirSync(contentDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(contentDir, f), 'utf8').split(/^---$/m).slice(2).join(' '))
    .join(' ');
  return text.toLowerCase().match(/[a-z]{2,}/g) ?? [];
}

// What `varied` mixes in: the text that takes tokenize()'s slow paths and the index's edge cases.
const ODD = [
  "bone's",
  "don't",
  '2.5',
  'T-score',
  'café',
  'naïve',
  'Ösophagus',
  '`osteo index`',
  'ﬁbre',
  'x_y',
  'ΣΑΣ',
  '**weak**',
  '[!NOTE]',
  'it’s',
  '1.2.3',
];

/**
 * Write `count` topics into `dir` (topic-0.md …): 6 sections of about 150 words each and a short
 * intro. `varied` also mixes in possessives, decimals, accents, code spans and the like, some
 * CRLF line ends, a tag in some topics and a topic with no sections.
 */
export function generateLibrary(dir, count, words, { varied = false, seed = 42 } = {}) {
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () =>
    varied && rand() < 0.03 ? ODD[Math.floor(rand() * ODD.length)] : words[Math.floor(rand() * words.length)];
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
    const sections = Array.from(
      { length: 6 },
      (_, s) => `## ${pick()} ${pick()} ${s === 5 ? 'help' : ''}\n${paragraph(150)}`,
    );
    const body = varied && i % 97 === 13 ? '' : `${paragraph(60)}\n\n${sections.join('\n\n')}\n`;
    const text = `---\nid: ${id}\ntitle: ${title}\nsummary: ${sentence()}\naliases: [${pick()} ${pick()} ${i}]\ntags: [${pick()}]\nrelated: []\nreviewed: 2026-01-01\nsources:\n  - title: Source\n    url: https://www.nhs.uk/\n---\n${body}`;
    writeFileSync(join(dir, `${id}.md`), varied && i % 5 === 0 ? text.replace(/\n/g, '\r\n') : text);
  }
}
