// `osteo ask`: a session for a person who wants to keep asking. Each question goes through the
// same search and triage as `osteo search` (the emergency banner included); a number from the
// list under an answer opens that answer; q, Ctrl-D or Ctrl-C leaves.
import { EXIT } from '../errors.js';
import type { LineReader } from '../io/lines.js';
import { renderTopic, type RenderedHit } from '../render/answer.js';
import { sectionTokens } from '../render/section-tokens.js';
import { hangingWrap } from '../render/columns.js';
import type { CommandContext } from './context.js';
import { runSearch } from './search.js';

export const PROMPT = 'Your question: ';
const LEAVE = /^(?:q|quit|exit|bye)$/i;

const INTRO =
  'Ask about osteoporosis, or about weak or tired legs, in your own words, and press Enter. Type a number from the list under an answer to open that one. Type q to leave.';

/** Run the session until the person leaves; the exit code (130 after Ctrl-C). */
export async function runAsk(ctx: CommandContext, lines: LineReader): Promise<number> {
  const { output } = ctx;
  const say = async (text: string): Promise<void> => {
    await output.show(text.endsWith('\n') ? text : `${text}\n`, false);
  };
  await say(`${hangingWrap(INTRO, output.width)}\n`);
  // The answers of the last question, by the number they were shown with (1 is the one in full).
  let numbered = new Map<number, RenderedHit>();
  try {
    for (;;) {
      const line = await lines.read(PROMPT);
      if (line === null) {
        await say('');
        return lines.interrupted ? EXIT.interrupted : EXIT.ok;
      }
      const text = line.trim();
      if (text === '') continue;
      if (LEAVE.test(text)) return EXIT.ok;
      if (/^\d+$/.test(text)) {
        await say(`${await open(ctx, numbered, Number(text))}\n`);
        continue;
      }
      const answer = await runSearch(ctx, [text], {});
      if (answer.exitCode === 0)
        numbered = new Map([
          ...answer.shown.map((hit, i): [number, RenderedHit] => [i + 1, hit]),
          ...answer.listed.map((hit): [number, RenderedHit] => [hit.number, hit]),
        ]);
      await say(`${answer.stdout || answer.stderr || ''}\n`);
    }
  } finally {
    lines.close();
  }
}

/** The answer shown as `number`, in full, or a line saying which numbers there are. */
async function open(ctx: CommandContext, numbered: ReadonlyMap<number, RenderedHit>, number: number): Promise<string> {
  const { output, theme } = ctx;
  const hit = numbered.get(number);
  if (!hit) {
    const numbers = [...numbered.keys()];
    const which =
      numbers.length > 0
        ? `Type a number from ${Math.min(...numbers)} to ${Math.max(...numbers)}, a new question, or q to leave.`
        : 'Ask a question first; then type a number from the list under its answer.';
    return `${hangingWrap(`There is no answer ${number} here. ${which}`, output.width)}\n`;
  }
  // An index holds where the section is, not its text: read it now.
  await ctx.hydrate?.([{ topic: hit.topic, section: hit.section, position: hit.topic.sections.indexOf(hit.section) }]);
  const sections = hit.section.heading === '' ? hit.topic.sections : [hit.section];
  const tokens = await sectionTokens(sections, ctx.lexed);
  const options = { width: output.width, theme, hyperlinks: output.hyperlinks, region: ctx.region, tokens };
  return renderTopic(hit.topic, options, sections);
}
