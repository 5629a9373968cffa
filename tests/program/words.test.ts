// Asking without learning commands: bare words search, a topic's name opens it, a command's typo
// gets "Did you mean"; `osteo help`, -v; and the orientation and --help fit narrow screens.
import { createRequire } from 'node:module';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { stripEscapes } from '../../src/safe-text.js';
import { typoOfCommand } from '../../src/program/words.js';
import { osteo } from '../helpers/io.js';

const shipped = { contentDir: null };
const COMMANDS = ['topics', 'explain', 'search', 'urgent', 'sources', 'check', 'completion', 'index', 'help', 'ask'];

describe('bare words', () => {
  it.each([
    [['weak', 'legs'], 'osteo search weak legs'],
    [['why', 'are', 'my', 'legs', 'tired'], 'osteo search why are my legs tired'],
  ])('%j is a search', async (argv, same) => {
    const r = await osteo(argv, shipped);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await osteo(same.split(' ').slice(1), shipped)).stdout);
  });

  it.each([
    [['fractures'], 'Fractures and broken bones'],
    [['broken', 'bones'], 'Fractures and broken bones'],
    [['Osteoporosis', 'in', 'men'], 'Osteoporosis in men'],
    [['prolia'], 'Denosumab (Prolia): the 6-monthly bone injection'],
  ])("%j: a topic's id, title or alias opens the topic", async (argv, title) => {
    const r = await osteo(argv, shipped);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(title);
    expect(r.stdout).toContain('\nSources\n1.');
  });

  it("an alias that other topics' titles share searches instead (calcium: food, or blood levels)", async () => {
    const r = await osteo(['calcium'], shipped);
    expect(r.stdout).toMatch(/^Food, drink and your bones › /);
  });

  it('an alias that describes an urgent sign raises the alarm instead of opening the topic', async () => {
    const r = await osteo(['fallen', 'and', 'cant', 'get', 'up'], shipped);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^╭─ Emergency /);
  });

  it('takes search options: --limit and --json', async () => {
    const r = await osteo(['weak', 'legs', '--json', '--limit', '2'], shipped);
    expect(JSON.parse(r.stdout) as { query: string; results: unknown[] }).toMatchObject({
      query: 'weak legs',
      results: [{}, {}],
    });
  });

  it('a first word that is a command runs that command', async () => {
    const r = await osteo(['check', 'my', 'bones'], shipped);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^osteo: too many arguments for 'check'/);
    expect((await osteo(['topics'], shipped)).stdout).toMatch(/^bisphosphonates +Bisphosphonates/);
  });

  it.each([
    [['serch', 'weak', 'legs'], 'search'],
    [['topic'], 'topics'],
    [['explian', 'fractures'], 'explain'],
    [['sorces'], 'sources'],
  ])('%j: a typo of a command is a usage error with "Did you mean"', async (argv, command) => {
    const r = await osteo(argv, shipped);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `osteo: unknown command '${argv[0] ?? ''}'. Did you mean ${command}?\nRun 'osteo --help' for usage.\n`,
    );
  });

  it('nothing found: the search says so, exit 1', async () => {
    const r = await osteo(['zebra', 'xylophone'], shipped);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^osteo has nothing on 'zebra', 'xylophone'/);
  });

  it('a real English word one letter from a command is a question, not a typo', () => {
    // Every word of an English word list one edit from a command: either a form of the command
    // ("topic"), which is a typo of it, or a word osteo must leave to search.
    const english = createRequire(import.meta.url)('an-array-of-english-words/index.json') as string[];
    const near = english.filter((w) => typoOfCommand(w, COMMANDS) !== undefined);
    expect(near.sort()).toEqual([
      'checks',
      'completions',
      'explains',
      'souces',
      'source',
      'sourced',
      'sourses',
      'topic',
    ]);
    expect(typoOfCommand('starch', COMMANDS)).toBeUndefined();
    expect(typoOfCommand('hip', COMMANDS)).toBeUndefined();
  });
});

describe('help and version', () => {
  it('osteo help is osteo --help; osteo help search is osteo search --help', async () => {
    expect((await osteo(['help'])).stdout).toBe((await osteo(['--help'])).stdout);
    const r = await osteo(['help', 'search']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await osteo(['search', '--help'])).stdout);
    expect(r.stdout).toMatch(/^Usage: osteo search /);
  });

  it('osteo help <no such command> is a usage error', async () => {
    const r = await osteo(['help', 'nosuch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^osteo: no command 'nosuch'\. The commands are: topics, /);
  });

  it.each([['-v'], ['-V'], ['--version']])('%s prints the version', async (flag) => {
    expect(await osteo([flag])).toMatchObject({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('--help states the rule for bare words', async () => {
    const r = await osteo(['--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      "Without a command, your words are a question: 'osteo weak legs' searches for them",
    );
  });
});

describe('fits the width', () => {
  // Every line fits, but a line that is one word (a long path, perhaps continued with " \\") may run past.
  const overflowing = (text: string, width: number): string[] =>
    stripEscapes(text)
      .split('\n')
      .filter((line) => stringWidth(line) > width && line.replace(/ \\$/, '').trim().includes(' '));

  it.each([20, 40, 60, 80])(
    'the orientation and every --help at %i columns: no line too long, no word broken',
    async (width) => {
      const outputs = [
        (await osteo(['--width', String(width)], shipped)).stdout,
        (await osteo(['--width', String(width), '--help'])).stdout,
        ...(await Promise.all(
          COMMANDS.filter((c) => c !== 'ask').map(
            async (c) => (await osteo(['--width', String(width), c, '--help'])).stdout,
          ),
        )),
      ];
      for (const text of outputs) {
        expect(overflowing(text, width)).toEqual([]);
        // Words of the help are whole: "topic" is never cut to "topi" + "c".
        expect(text).not.toMatch(/\b(?:topi|questio|comman|exampl)\n/);
      }
    },
  );

  it('the orientation stacks its two columns at 40 columns, and keeps them at 80', async () => {
    expect((await osteo(['--width', '40'], shipped)).stdout).toContain(
      '\n  osteo weak legs\n      your question, in your own words\n',
    );
    expect((await osteo([], { contentDir: null, columns: 80 })).stdout).toMatch(
      /\n {2}osteo weak legs {10,}your question, in your own words\n/,
    );
  });

  it('a long example continues after " \\" instead of breaking', async () => {
    const r = await osteo(['--width', '40', 'completion', '--help']);
    expect(r.stdout).toContain('  # in ~/.bashrc\n  $ source <(osteo completion bash)\n');
    expect(r.stdout).toMatch(/\$ osteo completion fish > \\\n {6}~\/\.config\/fish\/completions\/osteo\.fish\n/);
  });
});
