// `osteo completion <bash|zsh|fish>`: a shell script that completes commands, options, topic ids
// and, after --section, the topic's sections. The commands and options come from the CLI's own
// definition, so the scripts cannot drift from it; topic ids and sections come at Tab time from
// `osteo __complete-topics` and `osteo __complete-sections <topic>`, which read the same folder
// osteo would (so --content-dir and OSTEO_CONTENT_DIR count).
import { SELFCHECK_IDS } from '../selfcheck/ids.js';

export interface CompletionSpec {
  commands: {
    name: string;
    description: string;
    options: string[];
    argument: 'topic' | 'dir' | 'shell' | 'selfcheck' | 'none';
  }[];
  globalOptions: string[];
  /** Options that take a value, so the word after them is not a command. */
  valueOptions: string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  if (shell === 'fish') return fishScript(spec);
  const script = bashScript(spec);
  // zsh runs the bash function through its bash compatibility layer.
  if (shell === 'bash') return script;
  return [
    '#compdef osteo',
    '# osteo completion for zsh. Load it with: source <(osteo completion zsh)',
    '(( $+functions[compdef] )) || { autoload -Uz compinit && compinit -u }',
    'autoload -U +X bashcompinit && bashcompinit',
    script,
  ].join('\n');
}

function bashScript(spec: CompletionSpec): string {
  const cases = spec.commands
    .map((c) => `    ${c.name}) opts="${c.options.join(' ')}"; arg="${c.argument}" ;;`)
    .join('\n');
  return `# osteo completion for bash. Load it with: source <(osteo completion bash)
_osteo() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local cmd="" dir="" i
  # The words after the command: a topic's name, for the sections of --section.
  local -a args=() from=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --content-dir) dir="\${COMP_WORDS[i+1]}"; ((i++)) ;;
      ${spec.valueOptions.filter((o) => o !== '--content-dir').join('|')}) ((i++)) ;;
      -*) ;;
      *) if [[ -z "$cmd" ]]; then cmd="\${COMP_WORDS[i]}"; else args+=("\${COMP_WORDS[i]}"); fi ;;
    esac
  done
  # An array, so the folder stays one word in bash and zsh alike.
  [[ -n "$dir" ]] && from=(--content-dir "$dir")
  case "$prev" in
    --content-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --section) COMPREPLY=($(compgen -W "$(osteo "\${from[@]}" __complete-sections "\${args[@]}" 2>/dev/null | cut -f1)" -- "$cur")); return ;;
    ${spec.valueOptions.filter((o) => o !== '--content-dir').join('|')}) COMPREPLY=(); return ;;
  esac
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${spec.globalOptions.join(' ')}" -- "$cur"))
    else COMPREPLY=($(compgen -W "${spec.commands.map((c) => c.name).join(' ')}" -- "$cur")); fi
    return
  fi
  local opts="" arg="none"
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts ${spec.globalOptions.join(' ')}" -- "$cur")); return; fi
  case "$arg" in
    topic) COMPREPLY=($(compgen -W "$(osteo "\${from[@]}" __complete-topics 2>/dev/null)" -- "$cur")) ;;
    dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
    shell) COMPREPLY=($(compgen -W "${SHELLS.join(' ')}" -- "$cur")) ;;
    selfcheck) COMPREPLY=($(compgen -W "${SELFCHECK_IDS.join(' ')}" -- "$cur")) ;;
  esac
}
complete -F _osteo osteo
`;
}

function fishScript(spec: CompletionSpec): string {
  const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const names = spec.commands.map((c) => c.name).join(' ');
  const lines = [
    '# osteo completion for fish. Load it with: osteo completion fish | source',
    '# The --content-dir given on the line, if any, for topic ids from that folder.',
    'function __osteo_content_dir',
    '    set -l words (commandline -opc)',
    '    set -l at (contains -i -- --content-dir $words)',
    '    and test (count $words) -gt $at',
    // One value per line: fish splits a command substitution on newlines only.
    "    and printf '%s\\n' --content-dir $words[(math $at + 1)]",
    'end',
    '# The words after `explain` that name a topic: not options, nor the value of one.',
    'function __osteo_topic_words',
    '    set -l words (commandline -opc)',
    '    set -l after 0',
    '    set -l skip 0',
    '    for word in $words[2..-1]',
    '        if test $skip -eq 1',
    '            set skip 0',
    `        else if contains -- $word ${spec.valueOptions.join(' ')}`,
    '            set skip 1',
    '        else if string match -q -- "-*" $word',
    '        else if test $after -eq 1',
    "            printf '%s\\n' $word",
    '        else',
    '            set after 1',
    '        end',
    '    end',
    'end',
    'complete -c osteo -f',
    ...spec.commands.map(
      (c) => `complete -c osteo -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d ${quote(c.description)}`,
    ),
    ...spec.globalOptions.map(
      (o) => `complete -c osteo -l ${o.replace(/^--/, '')}${spec.valueOptions.includes(o) ? ' -r' : ''}`,
    ),
    'complete -c osteo -l content-dir -r -f -a "(__fish_complete_directories)"',
  ];
  for (const c of spec.commands) {
    for (const o of c.options) {
      lines.push(
        `complete -c osteo -n "__fish_seen_subcommand_from ${c.name}" -l ${o.replace(/^--/, '')}${spec.valueOptions.includes(o) ? ' -r' : ''}`,
      );
    }
    const seen = `__fish_seen_subcommand_from ${c.name}`;
    if (c.argument === 'topic')
      lines.push(`complete -c osteo -n "${seen}" -a "(osteo (__osteo_content_dir) __complete-topics 2>/dev/null)"`);
    if (c.options.includes('--section')) {
      // Each section's key, with its heading as the description fish shows beside it.
      lines.push(
        `complete -c osteo -n "${seen}" -l section -r -f -a "(osteo (__osteo_content_dir) __complete-sections (__osteo_topic_words) 2>/dev/null)"`,
      );
    }
    if (c.argument === 'dir') lines.push(`complete -c osteo -n "${seen}" -a "(__fish_complete_directories)"`);
    if (c.argument === 'shell') lines.push(`complete -c osteo -n "${seen}" -a "${SHELLS.join(' ')}"`);
    if (c.argument === 'selfcheck') lines.push(`complete -c osteo -n "${seen}" -a "${SELFCHECK_IDS.join(' ')}"`);
  }
  return `${lines.join('\n')}\n`;
}
