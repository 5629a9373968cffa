// osteo selfcheck on the command line: usage errors that name the item, exit codes, the text
// and Markdown results, -o and --force, and a content folder's own selfchecks.yml.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CONTENT } from '../../src/paths.js';
import { osteo } from '../helpers/io.js';
import { osteoAt } from '../helpers/keys.js';
import { useTempDirs } from '../helpers/temp.js';

const tempDir = useTempDirs('selfcheck');
const NO = 'n,n,n,n,n,n,n,n,n,n,n,n';

describe('usage errors: exit 2, one line naming the problem', () => {
  it.each([
    [
      'too few answers',
      ['falls', '--answers', 'y,n,n'],
      '--answers has 3 answers; falls needs 12, one for each item in order',
    ],
    ['too many answers', ['muscle', '--answers', '0,0,0,0,0,0'], '--answers has 6 answers; muscle needs 5'],
    ['a bad falls answer', ['falls', '--answers', 'y,n,x,n,n,n,n,n,n,n,n,n'], 'answer 3 of 12 must be y or n, not "x"'],
    ['an empty answer', ['falls', '--answers', 'y,,n,n,n,n,n,n,n,n,n,n'], 'answer 2 of 12 must be y or n, not nothing'],
    ['a bad SARC-F answer', ['muscle', '--answers', '0,0,0,0,3'], 'answer 5 of 5 (Falls) must be 0, 1 or 2, not "3"'],
    [
      'a yes to a SARC-F item',
      ['muscle', '--answers', 'y,0,0,0,0'],
      'answer 1 of 5 (Strength) must be 0, 1 or 2, not "y"',
    ],
    [
      'seconds that are not a number',
      ['chair-stand', '--seconds', 'soon'],
      '--seconds takes the time in seconds for five stands',
    ],
    ['no seconds at all', ['chair-stand', '--seconds', '0'], 'more than 0 and up to 600'],
    ['too many seconds', ['chair-stand', '--seconds', '601'], 'more than 0 and up to 600'],
    ['negative seconds', ['chair-stand', '--seconds=-3'], 'not "-3"'],
    [
      '--seconds on a questionnaire',
      ['falls', '--seconds', '12'],
      '--seconds is for chair-stand; falls takes --answers',
    ],
    ['the time twice', ['chair-stand', '--seconds', '12', '--answers', '12'], 'give the time once'],
    ['an unknown check', ['balance'], "argument 'check'. Allowed choices are falls, muscle, chair-stand"],
    ['no check', [], "missing required argument 'check'"],
    ['an unknown format', ['chair-stand', '--seconds', '9', '--format', 'pdf'], 'Allowed choices are text, md'],
  ])('%s', async (_name, args, message) => {
    const r = await osteo(['selfcheck', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).toMatch(/^osteo: [^\n]+\n[^\n]+\n$/);
  });

  it('--format with --json is a usage error', async () => {
    const r = await osteo(['selfcheck', 'chair-stand', '--seconds', '9', '--format', 'md', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({
      error: { code: 'usage', message: "option '--format <format>' cannot be used with option '--json'" },
    });
  });

  it('a bad time shows a good one', async () => {
    const r = await osteo(['selfcheck', 'chair-stand', '--seconds', '12,5']);
    expect(r).toMatchObject({
      code: 2,
      stderr:
        'osteo: --seconds takes the time in seconds for five stands, more than 0 and up to 600; not "12,5"\nFor example: osteo selfcheck chair-stand --seconds 12.5\n',
    });
  });

  it('answers are read in either case and with spaces', async () => {
    const r = await osteo(['selfcheck', 'falls', '--answers', ' Y, y ,N,n,n,n,n,n,n,n,n,n', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      answers: ['y', 'y', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n'],
      score: 4,
    });
  });

  it('under --json the error is JSON on stderr', async () => {
    const r = await osteo(['selfcheck', 'falls', '--answers', 'y', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: 'usage',
        message: '--answers has 1 answer; falls needs 12, one for each item in order',
        suggestions: [],
      },
    });
  });

  it.each([
    [
      'falls',
      'selfcheck falls asks its questions on a terminal; without one, give all 12 answers in order with --answers',
      'For example: osteo selfcheck falls --answers y,n,y,n,y,n,y,n,y,n,y,n',
    ],
    [
      'muscle',
      'selfcheck muscle asks its questions on a terminal; without one, give all 5 answers in order with --answers',
      'For example: osteo selfcheck muscle --answers 0,1,2,0,1',
    ],
    [
      'chair-stand',
      'selfcheck chair-stand runs its timer on a terminal; without one, give the time with --seconds',
      'For example: osteo selfcheck chair-stand --seconds 12.5',
    ],
  ])('%s with stdin not a terminal and no answers says how to give them', async (check, message, hint) => {
    const r = await osteoAt(['selfcheck', check], null);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `osteo: ${message}\n${hint}\n` });
  });
});

describe('the text result', () => {
  it('lists the answers, the score against the cut-off, what it means, what to do and the sources', async () => {
    const r = await osteo(['selfcheck', 'muscle', '--answers', '2,1,0,0,0', '--width', '80']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Muscle check: your result \(\d{4}-\d{2}-\d{2}\)$/);
    expect(r.stdout).toContain(
      ' 1. Strength. How much difficulty do you have lifting and carrying 10 pounds\n    (4.5 kg)? Answer: A lot or unable.',
    );
    expect(r.stdout).toContain('Your score is 3 out of 10. The cut-off is 4 or more.');
    expect(r.stdout).toContain('Your answers do not suggest sarcopenia (muscle loss) now.');
    expect(r.stdout).toContain('  osteo explain muscle-loss\n');
    expect(r.stdout).toContain('This is a screen, not a diagnosis.');
    expect(r.stdout).toContain('osteo urgent');
    expect(r.stdout).toContain(' 1. Malmstrom TK, Morley JE. SARC-F');
    expect(r.stdout).toMatch(/not medical advice\. See a health professional about your\nown symptoms\.\n$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe('--format md and -o', () => {
  it('is clean CommonMark: title, date, each item with its answer, the score, the advice, numbered sources', async () => {
    const r = await osteo(['selfcheck', 'falls', '--answers', 'y,y,n,n,n,n,n,n,n,n,n,n', '--format', 'md']);
    expect(r.code).toBe(0);
    const tokens = new Lexer().lex(r.stdout);
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => `${t.depth} ${t.text}`);
    expect(headings).toEqual(['1 Falls check: your result', '2 Your answers', '2 Result', '2 Sources']);
    expect(r.stdout).toMatch(/^Date: \d{4}-\d{2}-\d{2} {2}$/m);
    const [answers, sources] = tokens.filter((t): t is Tokens.List => t.type === 'list' && (t as Tokens.List).ordered);
    expect(answers?.items).toHaveLength(12);
    expect(answers?.items[0]?.text).toBe('I have fallen in the past year.  \nAnswer: **Yes** (2 points)');
    expect(answers?.items[2]?.text).toBe('Sometimes I feel unsteady when I am walking.  \nAnswer: **No** (0 points)');
    expect(r.stdout).toContain(
      'Your score is 4 out of 14. The cut-off is 4 or more.\n\n**You may be at risk of falling.**',
    );
    expect(sources?.items.map((i) => i.text)).toEqual([
      'Stay Independent brochure (STEADI) - US Centers for Disease Control and Prevention: <https://www.cdc.gov/steadi/media/pdfs/STEADI-Brochure-StayIndependent-508.pdf>',
      'Rubenstein LZ et al. Validating an evidence-based, self-rated fall risk questionnaire (FRQ) for older adults (2011) - Journal of Safety Research 42(6): <https://doi.org/10.1016/j.jsr.2011.08.006>',
    ]);
    expect(r.stdout).toContain('- `osteo explain falls`');
  });

  it('escapes what the checks file says, so it reads as written', async () => {
    const dir = tempDir();
    const shipped = readFileSync(join(SHIPPED_CONTENT, 'selfchecks.yml'), 'utf8');
    writeFileSync(
      join(dir, 'selfchecks.yml'),
      shipped
        .replace('title: Falls check', 'title: "Falls *check* <b>"')
        .replace('I have fallen in the past year.', '"I have [fallen](x) in the `past` year & _more_."'),
    );
    const r = await osteo(['selfcheck', 'falls', '--answers', NO, '--format', 'md'], { contentDir: dir });
    expect(r.stdout).toMatch(/^# Falls \\\*check\\\* \\<b\\>: your result\n/);
    expect(r.stdout).toContain('1. I have \\[fallen\\](x) in the \\`past\\` year \\& \\_more\\_.  \n');
    // Read back, the item is plain text: no link, code, emphasis or HTML.
    const item = /^1\. (.*)$/m.exec(r.stdout)?.[1] ?? '';
    expect(JSON.stringify(new Lexer().lex(item))).not.toMatch(/"type":"(?:link|codespan|em|strong|html)"/);
    expect(JSON.stringify(new Lexer().lex('I have [fallen](x) in the `past` year'))).toMatch(/"type":"link"/);
  });

  it('-o FILE saves the result (Markdown for .md) and says so on stderr', async () => {
    const file = join(tempDir(), 'chair.md');
    const r = await osteo(['selfcheck', 'chair-stand', '--seconds', '16.2', '-o', file]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: `Saved the result to ${file}.\n` });
    const saved = readFileSync(file, 'utf8');
    expect(saved).toMatch(/^# Chair stand test: your result\n/);
    expect(saved).toContain('1. Time to stand up and sit down five times  \n   Answer: **16.2 seconds**\n');
    expect(saved).toContain('Your time is 16.2 seconds. The cut-off is more than 15 seconds.');
  });

  it('-o FILE.txt saves text with no colour, even when colour is forced', async () => {
    const file = join(tempDir(), 'falls.txt');
    const r = await osteo(['--color', 'selfcheck', 'falls', '--answers', NO, '-o', file]);
    expect(r.code).toBe(0);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toMatch(/^Falls check: your result/);
    expect(saved).not.toContain('\u001B');
  });

  it('refuses to replace a file without --force: exit 2, one line; --force replaces it', async () => {
    const file = join(tempDir(), 'kept.json');
    writeFileSync(file, 'mine');
    const refused = await osteo(['selfcheck', 'muscle', '--answers', '0,0,0,0,0', '-o', file]);
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `osteo: ${file} already exists; add --force to replace it\n`,
    });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const forced = await osteo(['selfcheck', 'muscle', '--answers', '0,0,0,0,0', '--json', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ check: 'muscle', score: 0 });
  });

  it('a file in a folder that does not exist: exit 2, one line', async () => {
    const file = join(tempDir(), 'no-such-folder', 'x.md');
    const r = await osteo(['selfcheck', 'chair-stand', '--seconds', '9', '-o', file]);
    expect(r).toMatchObject({ code: 2, stderr: `osteo: cannot write ${file}: its folder does not exist\n` });
    expect(existsSync(file)).toBe(false);
  });
});

describe('a content folder', () => {
  it('uses its own selfchecks.yml when it has one', async () => {
    const dir = tempDir();
    const shipped = readFileSync(join(SHIPPED_CONTENT, 'selfchecks.yml'), 'utf8');
    writeFileSync(
      join(dir, 'selfchecks.yml'),
      shipped.replace(
        /threshold: 4\n {4}at-risk-when: at-least\n {4}# Published/,
        'threshold: 3\n    at-risk-when: at-least\n    # Published',
      ),
    );
    const r = await osteo(['selfcheck', 'falls', '--answers', 'y,n,y,n,n,n,n,n,n,n,n,n', '--json'], {
      contentDir: dir,
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 3, threshold: 3, result: 'at-risk' });
  });

  it('with a broken selfchecks.yml: exit 3, one line naming the field', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'selfchecks.yml'),
      readFileSync(join(SHIPPED_CONTENT, 'selfchecks.yml'), 'utf8').replace('    threshold: 15\n', ''),
    );
    const r = await osteo(['selfcheck', 'chair-stand', '--seconds', '9'], { contentDir: dir });
    expect(r).toMatchObject({
      code: 3,
      stdout: '',
      stderr:
        "osteo: selfchecks.yml: checks.chair-stand.threshold: is missing\nRun 'osteo check' on the folder to see every problem.\n",
    });
  });
});

describe('help', () => {
  it('osteo --help lists selfcheck, and its own help ends with examples', async () => {
    expect((await osteo(['--help'])).stdout).toMatch(/^ {2}selfcheck \[options\] <check>\s+a short screening check/m);
    const help = await osteo(['selfcheck', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--answers <list>');
    expect(help.stdout).toContain('$ osteo selfcheck chair-stand --seconds 12.5 --json');
  });
});
