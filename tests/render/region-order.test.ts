// --region puts the reader's country first in each run of **UK:** / **US:** blocks; none, as written.
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { labelOf, orderByRegion } from '../../src/render/region-order.js';
import { osteo } from '../helpers/io.js';
import { useTempDirs } from '../helpers/temp.js';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/io.js';

const MARKDOWN = `Shared advice first.

- **UK:** call 999.
- **US:** call 911.
- Elsewhere, your local number.

**UK:** NHS 111 for same-day advice.

**US:** your doctor or urgent care.
`;

const texts = (tokens: readonly Token[]): string[] => tokens.map((t) => t.raw.trim()).filter(Boolean);

describe('orderByRegion', () => {
  const tokens = new Lexer().lex(MARKDOWN);

  it('leaves the text as written without a region', () => {
    expect(orderByRegion(tokens, null)).toBe(tokens);
  });

  it('puts US first for us, in lists and in paragraphs, and leaves the rest in place', () => {
    const ordered = orderByRegion(tokens, 'us');
    const list = ordered.find((t) => t.type === 'list') as { items: { text: string }[] };
    expect(list.items.map((i) => i.text)).toEqual([
      '**US:** call 911.',
      '**UK:** call 999.',
      'Elsewhere, your local number.',
    ]);
    expect(texts(ordered).slice(-2)).toEqual([
      '**US:** your doctor or urgent care.',
      '**UK:** NHS 111 for same-day advice.',
    ]);
    expect(texts(ordered)[0]).toBe('Shared advice first.');
  });

  it('keeps UK first for uk', () => {
    expect(texts(orderByRegion(tokens, 'uk'))).toEqual(texts(tokens));
  });

  it('reads only the exact labels', () => {
    const [paragraph] = new Lexer().lex('**USA:** not a label.');
    expect(paragraph && labelOf(paragraph)).toBeNull();
  });
});

describe('osteo --region', () => {
  const tempDir = useTempDirs('region');
  const folder = (): string => {
    const dir = tempDir();
    cpSync(FIXTURES, dir, { recursive: true });
    const topic = `---\nid: numbers\ntitle: Numbers to call\nsummary: Who to call.\nsources:\n  - title: A\n    url: https://example.org/a\n  - title: B\n    url: https://example.org/b\n---\nIntro.\n\n## Who to call\n\n${MARKDOWN}\n## When to get help\n\nCall.\n`;
    writeFileSync(join(dir, 'numbers.md'), topic);
    return dir;
  };

  it.each([
    ['us', /US: call 911\.\n. UK: call 999\./],
    ['uk', /UK: call 999\.\n. US: call 911\./],
  ])('--region %s orders explain', async (region, order) => {
    const r = await osteo(['--region', region, 'explain', 'numbers', '--section', 'who to call'], {
      contentDir: folder(),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(order);
  });

  it('OSTEO_REGION and the locale choose it too; --region wins', async () => {
    const dir = folder();
    expect(
      (await osteo(['explain', 'numbers', '--section', 'who'], { contentDir: dir, env: { LANG: 'en_US.UTF-8' } }))
        .stdout,
    ).toMatch(/US: call 911\.\n. UK/);
    expect(
      (
        await osteo(['explain', 'numbers', '--section', 'who'], {
          contentDir: dir,
          env: { OSTEO_REGION: 'us', LANG: 'en_GB.UTF-8' },
        })
      ).stdout,
    ).toMatch(/US: call 911\.\n. UK/);
    expect(
      (
        await osteo(['--region', 'uk', 'explain', 'numbers', '--section', 'who'], {
          contentDir: dir,
          env: { OSTEO_REGION: 'us' },
        })
      ).stdout,
    ).toMatch(/UK: call 999\.\n. US/);
  });

  it('orders the HTML handout too', async () => {
    const r = await osteo(['--region', 'us', 'explain', 'numbers', '--format', 'html'], { contentDir: folder() });
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('call 911')).toBeGreaterThan(0);
    expect(r.stdout.indexOf('call 911')).toBeLessThan(r.stdout.indexOf('call 999'));
  });

  it('--region with another value is a usage error', async () => {
    const r = await osteo(['--region', 'fr', 'topics']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--region/);
  });
});
