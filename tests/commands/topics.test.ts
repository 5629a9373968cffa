// `osteo topics` lists 10,000 topics of a large library: its text is made row by row, plain lines
// by wrapPlainLine with the indent as the row separator. It must be what wrapping every line
// with wrapAnsi and indenting it made, for any titles and summaries, widths and styles.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runTopics } from '../../src/commands/topics.js';
import type { CommandContext } from '../../src/commands/context.js';
import type { Output } from '../../src/output.js';
import wrapAnsi from '../../src/render/wrap.js';
import { createTheme, type Theme } from '../../src/render/theme.js';
import type { Topic } from '../../src/topics/types.js';
import { makeTopic } from '../helpers/topic.js';

/** The listing as it was made before: wrapAnsi for every line, then indented by a replace. */
function before(topics: readonly Topic[], theme: Theme, width: number): string {
  const indent = (text: string, columns: number): string => {
    const pad = ' '.repeat(columns);
    return pad + text.replaceAll('\n', `\n${pad}`);
  };
  const idWidth = Math.max(...topics.map((t) => t.id.length)) + 2;
  const stacked = width - idWidth < 30;
  const lines = topics.map((topic) => {
    const text = `${theme.strong(topic.title)}${topic.summary ? ` ${theme.plain ? '-' : '—'} ${topic.summary}` : ''}`;
    if (stacked) return `${theme.heading(topic.id)}\n${indent(wrapAnsi(text, width - 2, { trim: true }), 2)}`;
    const body = indent(wrapAnsi(text, width - idWidth, { trim: true }), idWidth).slice(idWidth);
    return `${theme.heading(topic.id.padEnd(idWidth))}${body}`;
  });
  return `${lines.join('\n')}\n`;
}

function context(topics: readonly Topic[], theme: Theme, width: number): CommandContext {
  return { topics, theme, output: { width } as Output };
}

const word = fc.constantFrom('weak', 'legs', 'a', 'osteoporosis', 'café', '—', '漢字', '😀', 'e\u0301', 'x'.repeat(45));
const line = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', '  ')), { maxLength: 25 })
  .map((parts) => parts.flat().join('').trim());
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,20}(?:-[a-z0-9]{1,8}){0,3}$/);
const topic = fc.record({ id, title: line.filter((t) => t !== ''), summary: line }).map((t) => makeTopic(t));

describe('osteo topics, text', () => {
  it('is what wrapping each line with wrapAnsi and indenting it gave, for any topics, width and style', () => {
    const themes = [
      createTheme({ plain: false, chalk: null }),
      createTheme({ plain: true, chalk: null }),
      createTheme({ plain: false, chalk: new Chalk({ level: 1 }) }),
    ];
    fc.assert(
      fc.property(
        fc.array(topic, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 20, max: 120 }),
        fc.constantFrom(...themes),
        (topics, width, theme) => {
          expect(runTopics(context(topics, theme, width), {}).stdout).toBe(before(topics, theme, width));
        },
      ),
      { seed: 20261206, numRuns: 3000 },
    );
  });
});
