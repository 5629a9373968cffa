// `osteo completion <bash|zsh|fish>`: a shell script that completes commands, options and topic
// ids. The commands and options come from the CLI's own definition, so the scripts cannot drift
// from it; topic ids come at Tab time from `osteo __complete-topics`, which reads the same folder
// osteo would (so --content-dir and OSTEO_CONTENT_DIR count).
import { SELFCHECK_IDS } from '../selfcheck/ids.js';

export interface CompletionSpec {
  commands: { name: string; description: string; options: string[]; argument: 'topic' | 'dir' | 'shell' | 'selfcheck' | 'none' }[];
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
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --content-dir) dir="\${COMP_WORDS[i+1]}"; ((i++)) ;;
      ${spec.valueOptions.filter((o) => o !== '--content-dir').join('|')}) ((i++)) ;;
      -*) ;;
      *) [[ -z "$cmd" ]] && cmd="\${COMP_WORDS[i]}" ;;
    esac
  done
  case "$prev" in
    --content-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
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
    topic)
      # An array, so the folder stays one word in bash and zsh alike.
      local -a from=()
      [[ -n "$dir" ]] && from=(--content-dir "$dir")
      COMPREPLY=($(compgen -W "$(osteo "\${from[@]}" __complete-topics 2>/dev/null)" -- "$cur")) ;;
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
    'complete -c osteo -f',
    ...spec.commands.map((c) => `complete -c osteo -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d ${quote(c.description)}`),
    ...spec.globalOptions.map((o) => `complete -c osteo -l ${o.replace(/^--/, '')}${spec.valueOptions.includes(o) ? ' -r' : ''}`),
    'complete -c osteo -l content-dir -r -f -a "(__fish_complete_directories)"',
  ];
  for (const c of spec.commands) {
    for (const o of c.options) {
      lines.push(`complete -c osteo -n "__fish_seen_subcommand_from ${c.name}" -l ${o.replace(/^--/, '')}${spec.valueOptions.includes(o) ? ' -r' : ''}`);
    }
    const seen = `__fish_seen_subcommand_from ${c.name}`;
    if (c.argument === 'topic') lines.push(`complete -c osteo -n "${seen}" -a "(osteo (__osteo_content_dir) __complete-topics 2>/dev/null)"`);
    if (c.argument === 'dir') lines.push(`complete -c osteo -n "${seen}" -a "(__fish_complete_directories)"`);
    if (c.argument === 'shell') lines.push(`complete -c osteo -n "${seen}" -a "${SHELLS.join(' ')}"`);
    if (c.argument === 'selfcheck') lines.push(`complete -c osteo -n "${seen}" -a "${SELFCHECK_IDS.join(' ')}"`);
  }
  return `${lines.join('\n')}\n`;
}
