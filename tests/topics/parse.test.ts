import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { parseTopic, splitSections } from '../../src/topics/parse.js';
import { FIELDS } from '../../src/topics/schema.js';

const minimal = '---\nid: calcium\ntitle: Calcium\n---\nIntro text.\n\n## Foods\nMilk.\n';

describe('parseTopic', () => {
  it('reads the front matter fields and fills defaults', () => {
    const topic = parseTopic(minimal, 'calcium.md');
    expect(topic).toMatchObject({
      id: 'calcium',
      title: 'Calcium',
      summary: '',
      aliases: [],
      related: [],
      reviewed: null,
      sources: [],
      file: 'calcium.md',
    });
  });

  it('gives plain front matter and front matter the schema reads the same fields, in the same order', () => {
    // Plain front matter is copied field by field in parse.ts (one object shape for every topic),
    // the schema's result spread: both must be what spreading the fields gave, key order
    // included. A field added to the schema (FIELDS) must be added to that copy too.
    const plain = parseTopic(
      '---\nid: a\ntitle: A\nsummary: S\naliases: [b]\ntags: [c]\nrelated: [d]\nreviewed: 2026-01-01\nsources:\n  - title: T\n    url: https://x.org/\nquestions: [Q]\n---\n## H\nText.\n',
      'a.md',
    );
    expect(Object.keys(plain)).toEqual([...FIELDS.filter((f) => f !== 'searches'), 'sections', 'file']);
    // `searches` sends it to the schema, whose keys come in the same order, searches among them.
    const schema = parseTopic('---\nid: a\ntitle: A\nsearches:\n  H: [q]\n---\n## H\nText.\n', 'a.md');
    expect(Object.keys(schema)).toEqual([...FIELDS, 'sections', 'file']);
    expect(plain).toEqual({
      id: 'a',
      title: 'A',
      summary: 'S',
      aliases: ['b'],
      tags: ['c'],
      related: ['d'],
      reviewed: '2026-01-01',
      sources: [{ title: 'T', url: 'https://x.org/' }],
      questions: ['Q'],
      sections: [{ heading: 'H', markdown: 'Text.' }],
      file: 'a.md',
    });
  });

  it('keeps an unquoted YAML date as the ISO string', () => {
    expect(parseTopic('---\nid: a\ntitle: A\nreviewed: 2026-11-28\n---\n', 'a.md').reviewed).toBe('2026-11-28');
  });

  it('splits the body into an intro (heading "") and ## sections', () => {
    const topic = parseTopic(minimal, 'calcium.md');
    expect(topic.sections).toEqual([
      { heading: '', markdown: 'Intro text.' },
      { heading: 'Foods', markdown: 'Milk.' },
    ]);
  });

  it('accepts a UTF-8 byte order mark and CRLF line endings', () => {
    const topic = parseTopic(`\uFEFF${minimal.replace(/\n/g, '\r\n')}`, 'calcium.md');
    expect(topic.id).toBe('calcium');
    expect(topic.sections[1]).toEqual({ heading: 'Foods', markdown: 'Milk.' });
  });

  it('reads a lone carriage return (old Mac files) as a line break', () => {
    const topic = parseTopic(minimal.replace(/\n/g, '\r'), 'calcium.md');
    expect(topic.sections[1]).toEqual({ heading: 'Foods', markdown: 'Milk.' });
  });

  it('removes control characters so content cannot drive the terminal', () => {
    const topic = parseTopic(
      '---\nid: a\ntitle: "A\\e[31mred"\n---\nBody \u001B]8;;http://x\u0007link\u001B]8;;\u0007 \u0007bell\n',
      'a.md',
    );
    expect(topic.title).toBe('A[31mred');
    expect(topic.sections[0]?.markdown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it.each([
    ['no front matter', 'Just text\n', /no front matter/],
    ['invalid YAML', '---\nid: a\ntitle: [unclosed\n---\n', /invalid YAML/],
    ['front matter that is a list', '---\n- a\n- b\n---\n', /mapping/],
    ['a missing id', '---\ntitle: A\n---\n', /^id: is missing/],
    ['an id that is not kebab-case', '---\nid: Leg Weakness\ntitle: A\n---\n', /^id: must be lowercase kebab-case/],
    ['a missing title', '---\nid: a\n---\n', /^title: is missing/],
    ['an empty title', '---\nid: a\ntitle: "  "\n---\n', /^title:/],
    ['a title of only YAML-escaped controls', '---\nid: a\ntitle: "\\e\\a \\x85"\n---\n', /^title:/],
    ['aliases that are not a list', '---\nid: a\ntitle: A\naliases: 5\n---\n', /^aliases:/],
    ['a source without a url', '---\nid: a\ntitle: A\nsources:\n  - title: X\n---\n', /^sources\.0\.url: is missing/],
    ['an empty file', '', /no front matter/],
  ])('rejects %s with a content error naming the problem', (_name, text, message) => {
    expect(() => parseTopic(text, 'x.md')).toThrow(ContentError);
    expect(() => parseTopic(text, 'x.md')).toThrow(message);
  });

  it('accepts a file with front matter only (no sections)', () => {
    expect(parseTopic('---\nid: a\ntitle: A\n---', 'a.md').sections).toEqual([]);
  });
});

describe('splitSections', () => {
  it('keeps ### sub-parts inside their section', () => {
    expect(splitSections('## Main\nText\n### Sub\nMore')).toEqual([
      { heading: 'Main', markdown: 'Text\n### Sub\nMore' },
    ]);
  });

  it('treats ## inside a code fence as text', () => {
    expect(splitSections('## A\n```\n## not a heading\n```\n')).toEqual([
      { heading: 'A', markdown: '```\n## not a heading\n```' },
    ]);
  });

  it('treats ## inside a tilde fence as text', () => {
    expect(splitSections('## A\n~~~\n## not a heading\n~~~\n## B\nend')).toEqual([
      { heading: 'A', markdown: '~~~\n## not a heading\n~~~' },
      { heading: 'B', markdown: 'end' },
    ]);
  });

  it('treats ## inside a longer, indented fence as text', () => {
    expect(splitSections('## B\n  ````\n## nor this\n````\nend')).toEqual([
      { heading: 'B', markdown: '````\n## nor this\n````\nend' },
    ]);
  });

  it('leaves out an empty intro', () => {
    expect(splitSections('\n\n## Only\nText')).toEqual([{ heading: 'Only', markdown: 'Text' }]);
  });

  it('drops closing #s from a heading', () => {
    expect(splitSections('## Title ##\nx')[0]?.heading).toBe('Title');
  });
});
