// `osteo` alone: what osteo is, how to ask, the commands and three examples, fitted to the width.
import { formatColumns, hangingWrap } from '../render/columns.js';

const ASK: [string, string][] = [
  ['osteo weak legs', 'your question, in your own words'],
  ['osteo fractures', "a topic's name opens the topic"],
  ['osteo ask', 'ask one question after another'],
];

const COMMANDS: [string, string][] = [
  ['osteo urgent', 'the signs that need help now'],
  ['osteo topics', 'list every topic'],
  ['osteo explain <topic>', 'read one topic in full'],
  ['osteo search <words>', 'find the sections that answer a question'],
  ['osteo sources [topic]', 'the references behind the topics'],
  ['osteo check [dir]', 'lint a folder of topics'],
  ['osteo index [dir]', 'make search fast on a large folder of topics'],
  ['osteo completion <shell>', 'Tab completion for bash, zsh or fish'],
  ['osteo help [command]', 'all options, with examples'],
];

// Each fits 40 columns, so none has to break.
const EXAMPLES = ['osteo why are my legs so tired', 'osteo thigh pain on alendronate', 'osteo explain broken hip'];

export function renderOrientation(width: number): string {
  const columns = (items: [string, string][]): string => {
    // One width for both lists, so their descriptions line up.
    const longest = Math.max(...[...ASK, ...COMMANDS].map(([term]) => term.length));
    return formatColumns(
      items.map(([term, text]) => [term.padEnd(longest), text] as const),
      width,
    );
  };
  return [
    hangingWrap('osteo: plain answers about osteoporosis and weak or tired legs, offline.', width),
    '',
    hangingWrap('Ask in your own words, or use a command:', width),
    columns(ASK),
    '',
    'Commands:',
    columns(COMMANDS),
    '',
    'Examples:',
    ...EXAMPLES.map((line) => hangingWrap(line, width, '  ', '    ')),
    '',
    hangingWrap('General information, not medical advice: see a health professional about your own symptoms.', width),
    '',
  ].join('\n');
}
