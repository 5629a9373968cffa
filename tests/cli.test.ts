import { describe, expect, it } from 'vitest';
import { DISCLAIMER } from '../src/render/answer.js';
import { ESC, FIXTURES, osteo } from './helpers/io.js';

describe('osteo (no arguments)', () => {
  it('prints a short orientation with examples and the disclaimer', async () => {
    const r = await osteo([], { contentDir: null });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('osteo weak legs');
    expect(r.stdout).toContain('osteo ask');
    expect(r.stdout).toContain('not medical advice');
  });

  it('--help ends with examples and exits 0', async () => {
    const r = await osteo(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n(?: {2}\$ osteo .+\n)+$/);
  });

  it.each(['topics', 'explain', 'search'])('%s --help ends with examples', async (command) => {
    const r = await osteo([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n(?: {2}\$ osteo .+\n)+$/);
  });

  it('explain takes one topic name, of one or more words, and its usage says so', async () => {
    const help = await osteo(['--help']);
    expect(help.stdout).toMatch(/^ {2}explain \[options\] <topic name> +show one topic/m);
    expect((await osteo(['explain', '--help'])).stdout).toMatch(/^Usage: osteo explain \[options\] <topic name>$/m);
    const r = await osteo(['explain', 'broken', 'bones', '--plain'], { contentDir: null });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Fractures and broken bones$/m);
  });

  it('--version prints the version', async () => {
    const r = await osteo(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('osteo topics', () => {
  it('lists id, title and summary aligned', async () => {
    const r = await osteo(['topics', '--width', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'calcium       Calcium and vitamin D — How much calcium you need and where to find it.',
    );
    expect(r.stdout).toMatch(/^walking {7}Walking and balance — Staying steady on your feet\.$/m);
  });

  it('stacks id above the text on a narrow terminal', async () => {
    const r = await osteo(['topics', '--width', '30']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['calcium', '  Calcium and vitamin D — How']);
  });

  it('--json has the documented shape', async () => {
    const r = await osteo(['topics', '--json']);
    const data = JSON.parse(r.stdout) as { topics: unknown[] };
    expect(r.code).toBe(0);
    expect(data.topics).toHaveLength(4);
    expect(data.topics[0]).toEqual({
      id: 'calcium',
      title: 'Calcium and vitamin D',
      summary: 'How much calcium you need and where to find it.',
      aliases: ['dairy', 'fosamax'],
      sections: ['Foods rich in calcium', 'Thigh pain on alendronate', 'When to get help'],
    });
  });
});

describe('osteo explain', () => {
  it('renders the whole topic with related topics, sources and the disclaimer last', async () => {
    const r = await osteo(['explain', 'walking']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Walking and balance\nStaying steady on your feet\.\n\nWalking keeps your legs strong\.\n\nBalance exercises\n• Stand on one leg/,
    );
    expect(r.stdout).toContain('╭─ Caution');
    expect(r.stdout).toContain('Related: hip-fracture, calcium');
    expect(r.stdout.replace(/\s+/g, ' ').trim().endsWith(DISCLAIMER)).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('joins unquoted words and resolves aliases and typos', async () => {
    expect((await osteo(['explain', 'broken', 'hip'])).stdout).toMatch(/^Hip fractures\n/);
    expect((await osteo(['explain', 'Fosamax'])).stdout).toMatch(/^Calcium and vitamin D\n/);
    expect((await osteo(['explain', 'walkng'])).stdout).toMatch(/^Walking and balance\n/);
  });

  it('says which topic it picked for a near spelling, and says nothing for an exact name', async () => {
    const guessed = await osteo(['explain', 'walkng']);
    expect(guessed.code).toBe(0);
    expect(guessed.stderr).toBe(`Showing "Walking and balance" for 'walkng' (the nearest name).\n`);
    const json = await osteo(['explain', 'walkng', '--json']);
    expect((JSON.parse(json.stdout) as { id: string }).id).toBe('walking');
    expect(json.stderr).toContain('Showing "Walking and balance"');
    for (const exact of [['walking'], ['Fosamax'], ['broken', 'hip']])
      expect((await osteo(['explain', ...exact])).stderr).toBe('');
  });

  it('opens the one section a name is the heading of, and says whose; not a heading every topic has', async () => {
    const r = await osteo(['explain', 'numb', 'feet', '--plain']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Showing the section "Numb feet" of "Nerve pain (névralgie)" for 'numb feet'.\n`);
    expect(r.stdout).toMatch(/^## Nerve pain \(névralgie\): Numb feet\n/);
    expect(r.stdout).not.toContain('## Pain when walking');
    const shared = await osteo(['explain', 'when', 'to', 'get', 'help']);
    expect(shared.stdout).not.toContain('Showing the section');
    expect(shared.stderr).not.toContain('Showing the section');
  });

  it('--section shows one section under "Topic › Section"', async () => {
    const r = await osteo(['explain', 'walking', '--section', 'balance']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Walking and balance › Balance exercises\n• Stand/);
    expect(r.stdout).not.toContain('Pain when walking');
  });

  it('unknown topic: Did you mean on stderr, exit 1', async () => {
    const r = await osteo(['explain', 'walkign', 'balanse', 'zzz']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'osteo: No topic "walkign balanse zzz". Did you mean: walking?\nRun \'osteo topics\' to see all topics.\n',
    );
  });

  it('unknown topic with nothing close: no suggestions, exit 1', async () => {
    const r = await osteo(['explain', 'qqqqqq']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('osteo: No topic "qqqqqq".\nRun \'osteo topics\' to see all topics.\n');
  });

  it('unknown section: lists the sections, exit 1', async () => {
    const r = await osteo(['explain', 'walking', '--section', 'zzzz']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'osteo: No section "zzzz" in walking.\nSections: Balance exercises; Pain when walking; When to get help.\n',
    );
  });

  it('--json has the documented shape', async () => {
    const r = await osteo(['explain', 'calcium', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'calcium',
      title: 'Calcium and vitamin D',
      summary: 'How much calcium you need and where to find it.',
      aliases: ['dairy', 'fosamax'],
      related: ['hip-fracture'],
      reviewed: '2026-02-01',
      sources: [
        {
          title: 'Calcium - NIH Office of Dietary Supplements',
          url: 'https://ods.od.nih.gov/factsheets/Calcium-Consumer/',
        },
        { title: 'Vitamin D - NHS', url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/' },
      ],
      questions: [],
      sections: [
        { heading: '', markdown: 'Your bones store most of the calcium in your body.' },
        { heading: 'Foods rich in calcium', markdown: 'Milk, yogurt, cheese and tofu are good sources.' },
        {
          heading: 'Thigh pain on alendronate',
          markdown: 'New thigh or groin pain while you take alendronate needs a check the same day.',
        },
        { heading: 'When to get help', markdown: 'Ask your doctor before you take supplements.' },
      ],
    });
  });

  it('--json with --section holds only that section', async () => {
    const r = await osteo(['explain', 'calcium', '--section', 'foods', '--json']);
    expect((JSON.parse(r.stdout) as { sections: unknown[] }).sections).toEqual([
      { heading: 'Foods rich in calcium', markdown: 'Milk, yogurt, cheese and tofu are good sources.' },
    ]);
  });

  it('--json errors are JSON on stderr', async () => {
    const r = await osteo(['explain', 'walkng', 'balanse', 'zzz', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: 'not_found',
        message: 'No topic "walkng balanse zzz". Did you mean: walking?',
        suggestions: ['walking'],
      },
    });
  });
});

describe('osteo search', () => {
  it('renders the best section under "Topic › Section", then the others numbered with their commands, then the disclaimer', async () => {
    const r = await osteo(['search', 'thigh', 'pain', 'alendronate']);
    expect(r.code).toBe(0);
    // A folder without its own triage rules gets the shipped ones: this is an urgent sign.
    expect(r.stdout).toMatch(
      /^╭─ Urgent ─+\n│ See a doctor today\. (?:[^\n]+\n)+╰─+\n\nCalcium and vitamin D › Thigh pain on alendronate\nNew thigh or groin pain/,
    );
    expect(r.stdout).toContain(
      '\n\nMore answers\n2. Nerve pain (névralgie)  osteo explain nerve-pain\n3. Hip fractures  osteo explain hip-fracture\n4. Calcium and vitamin D  osteo explain calcium\n\nGeneral information',
    );
    expect(r.stdout.replace(/\s+/g, ' ').trim().endsWith(DISCLAIMER)).toBe(true);
  });

  it('--limit sets how many sections are shown', async () => {
    const r = await osteo(['search', 'pain', '--limit', '1', '--json']);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(1);
  });

  it('--json has the documented shape with scores in 0..1', async () => {
    const r = await osteo(['search', 'balance', 'exercises', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { query: string; triage: unknown; results: { score: number }[] };
    expect(data.query).toBe('balance exercises');
    expect(data.triage).toBeNull();
    expect(data.results[0]).toEqual({
      topic: 'walking',
      title: 'Walking and balance',
      section: 'Balance exercises',
      score: 1,
      markdown:
        '- Stand on **one leg** for a *short* time.\n- Walk heel to toe along a wall.\n\n> [!CAUTION]\n> Stop if you feel **dizzy** and sit down.',
    });
    for (const result of data.results) expect(result.score).toBeGreaterThan(0);
  });

  it('no match: a helpful message on stderr, exit 1', async () => {
    const r = await osteo(['search', 'zebra', 'xylophone']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // Words the library does not know at all: it says it has nothing on them.
    expect(r.stderr).toBe(
      "osteo has nothing on 'zebra', 'xylophone': it covers osteoporosis and weak or tired legs.\nRun 'osteo topics' to see all topics.\n",
    );
  });

  it('no match with --json: the normal shape with no results, exit 1', async () => {
    const r = await osteo(['search', 'zebra', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ query: 'zebra', triage: null, results: [] });
  });
});

describe('output settings', () => {
  it('colour on a terminal, none when piped, none under NO_COLOR', async () => {
    expect((await osteo(['explain', 'walking'], { isTTY: true })).stdout).toContain(ESC);
    expect((await osteo(['explain', 'walking'])).stdout).not.toContain(ESC);
    expect((await osteo(['explain', 'walking'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await osteo(['explain', 'walking', '--color'])).stdout).toContain(ESC);
    expect((await osteo(['explain', 'walking', '--no-color'], { isTTY: true })).stdout).not.toContain(ESC);
  });

  it('--width, else the terminal capped at 100, else 80', async () => {
    const longest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));
    expect(longest((await osteo(['search', 'pain', '--width', '40'])).stdout)).toBeLessThanOrEqual(40);
    expect(
      longest((await osteo(['explain', 'walking'], { isTTY: true, columns: 60, env: { NO_COLOR: '1' } })).stdout),
    ).toBeLessThanOrEqual(60);
  });

  it('--plain draws no boxes or bullets', async () => {
    const r = await osteo(['explain', 'walking', '--plain']);
    expect(r.stdout).toContain('Caution: Stop if you feel dizzy');
    expect(r.stdout).not.toMatch(/[╭│•›—]/);
  });

  it('OSTEO_CONTENT_DIR picks the folder when --content-dir is not given', async () => {
    const r = await osteo(['topics', '--json'], { contentDir: null, env: { OSTEO_CONTENT_DIR: FIXTURES } });
    expect((JSON.parse(r.stdout) as { topics: unknown[] }).topics).toHaveLength(4);
  });
});

describe('errors', () => {
  it.each([
    ['unknown command, with a suggestion', ['serch', 'x'], "osteo: unknown command 'serch'. Did you mean search?"],
    ['unknown option', ['topics', '--bogus'], "osteo: unknown option '--bogus'"],
    ['missing argument', ['explain'], "osteo: missing required argument 'topic name'"],
    [
      '--limit 0',
      ['search', 'x', '--limit', '0'],
      "osteo: option '--limit <n>' argument '0' is invalid. --limit takes a whole number from 1 to 50.",
    ],
    ['--limit abc', ['search', 'x', '--limit', 'abc'], /--limit takes a whole number from 1 to 50/],
    ['--limit 1e9', ['search', 'x', '--limit', '1e9'], /--limit takes a whole number/],
    ['--width 5', ['topics', '--width', '5'], /--width takes a whole number from 20 to 1000/],
    ['--width abc', ['topics', '--width', 'abc'], /--width takes a whole number/],
  ])('%s: usage error, exit 2, one line and a hint', async (_name, argv, message) => {
    const r = await osteo(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [first, hint, ...rest] = r.stderr.split('\n');
    if (typeof message === 'string') expect(first).toBe(message);
    else expect(first).toMatch(message);
    expect(hint).toBe("Run 'osteo --help' for usage.");
    expect(rest).toEqual(['']);
  });

  it('usage errors are JSON under --json', async () => {
    const r = await osteo(['search', 'x', '--limit', '0', '--json']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stderr) as { error: { code: string } }).error.code).toBe('usage');
  });

  it('missing content folder: exit 3 with a hint', async () => {
    const r = await osteo(['topics'], { contentDir: '/nonexistent/osteo' });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'osteo: Content folder not found: /nonexistent/osteo\nCheck --content-dir or OSTEO_CONTENT_DIR.\n',
    );
  });

  it('a folder with no topics: exit 3', async () => {
    const r = await osteo(['topics'], { contentDir: new URL('.', import.meta.url).pathname + 'helpers' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^osteo: No topics to read in /);
  });
});

describe('osteo sources', () => {
  it('lists every topic with its references as title and URL', async () => {
    const r = await osteo(['sources']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Calcium and vitamin D (calcium)\n1.  Calcium - NIH Office of Dietary Supplements\n    https://ods.od.nih.gov/factsheets/Calcium-Consumer/\n',
    );
    expect(r.stdout).toContain('Walking and balance (walking)');
  });

  it('one topic by name, and OSC 8 links where the terminal supports them', async () => {
    const r = await osteo(['sources', 'broken', 'hip'], { isTTY: true, hyperlinks: true });
    expect(r.stdout).toContain('\u001B]8;;https://www.nhs.uk/conditions/hip-fracture/\u0007');
    expect(r.stdout).not.toContain('Calcium');
  });

  it('--json lists topics with their sources', async () => {
    const r = await osteo(['sources', 'calcium', '--json']);
    expect(JSON.parse(r.stdout)).toEqual({
      topics: [
        {
          id: 'calcium',
          title: 'Calcium and vitamin D',
          sources: [
            {
              title: 'Calcium - NIH Office of Dietary Supplements',
              url: 'https://ods.od.nih.gov/factsheets/Calcium-Consumer/',
            },
            { title: 'Vitamin D - NHS', url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/' },
          ],
        },
      ],
    });
  });

  it('unknown topic: exit 1 with suggestions', async () => {
    const r = await osteo(['sources', 'walkng', 'zzzz', 'qqqq']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^osteo: No topic "walkng zzzz qqqq"\. Did you mean: walking\?/);
  });
});

describe('osteo check', () => {
  const BROKEN = new URL('fixtures/broken', import.meta.url).pathname;

  it('passes a good folder: a table of topics and exit 0', async () => {
    const r = await osteo(['check', FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^topic +grade +words +sections +sources\ncalcium +\d+\.\d +\d+ +3 +2\n/);
    expect(r.stdout).toMatch(/4 topics checked \(reading grade limit 8\): 0 errors, 0 warnings\.\n$/);
  });

  it('a broken folder: errors name the file and field, exit 3', async () => {
    const r = await osteo(['check', BROKEN]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('error  bad-links.md: related: "no-such-topic" is not a topic');
    expect(r.stdout).toContain('warning  old-review.md: reviewed: last reviewed');
    expect(r.stdout).toMatch(/\d+ errors, 1 warning\.\n$/);
  });

  it('--json gives ok, topics and findings', async () => {
    const r = await osteo(['check', BROKEN, '--json']);
    const data = JSON.parse(r.stdout) as {
      ok: boolean;
      findings: { level: string; file: string; field: string; message: string }[];
    };
    expect(r.code).toBe(3);
    expect(data.ok).toBe(false);
    expect(data.findings).toContainEqual({
      level: 'error',
      file: 'bad-links.md',
      field: 'related',
      message: '"no-such-topic" is not a topic',
    });
  });

  it('defaults to the folder osteo reads', async () => {
    const r = await osteo(['check']);
    expect(r.stdout).toMatch(/^4 topics checked/m);
  });

  it('a missing folder: exit 3', async () => {
    expect((await osteo(['check', '/nonexistent/osteo'])).code).toBe(3);
  });
});

describe('the pager', () => {
  const long = { isTTY: true, rows: 10, columns: 80 };

  it('long output on a terminal goes through osteo’s own less: -FRX, -K to leave on Ctrl-C, a prompt saying how to leave', async () => {
    const r = await osteo(['explain', 'walking'], long);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.paged).toHaveLength(1);
    expect(r.paged[0]?.command).toMatch(/^less -FRXK '-Ps.*press q to quit.*'$/);
    expect(r.paged[0]?.text).toMatch(/^\u001B\[1m\u001B\[4mWalking and balance/);
  });

  it('OSTEO_PAGER wins over PAGER, which wins over less', async () => {
    expect(
      (await osteo(['explain', 'walking'], { ...long, env: { PAGER: 'more', OSTEO_PAGER: 'most' } })).paged[0]?.command,
    ).toBe('most');
    expect((await osteo(['explain', 'walking'], { ...long, env: { PAGER: 'more' } })).paged[0]?.command).toBe('more');
  });

  it.each([
    ['--no-pager', ['explain', 'walking', '--no-pager'], long],
    ['--json', ['explain', 'walking', '--json'], long],
    ['a pipe', ['explain', 'walking'], { ...long, isTTY: false }],
    ['output that fits the screen', ['explain', 'walking'], { ...long, rows: 200 }],
    ['a dumb terminal', ['explain', 'walking'], { ...long, env: { TERM: 'dumb' } }],
  ])('never for %s', async (_name, argv, io) => {
    const r = await osteo(argv, io);
    expect(r.paged).toEqual([]);
    expect(r.stdout).not.toBe('');
  });

  it('a pager that will not start: the output is printed directly', async () => {
    const r = await osteo(['explain', 'walking'], { ...long, pager: 'unavailable' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Walking and balance/);
  });

  it('Ctrl-C in the pager: exit 130', async () => {
    expect((await osteo(['explain', 'walking'], { ...long, pager: 'interrupted' })).code).toBe(130);
  });
});
