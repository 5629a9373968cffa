// `osteo urgent`: one screen of the signs to call 999/911 for now, and the signs to get help
// the same day, for a person who needs the list now.
import { renderUrgentCard, urgentJson } from '../render/urgent.js';
import type { CompiledTriage } from '../search/triage/compile.js';
import { json } from '../safe-text.js';
import type { CommandContext, CommandResult } from './context.js';

export function runUrgent(
  rules: CompiledTriage,
  ctx: Pick<CommandContext, 'output' | 'theme' | 'region'>,
  opts: { json?: boolean },
): CommandResult {
  if (opts.json) return { stdout: json(urgentJson(rules)), exitCode: 0 };
  return { stdout: renderUrgentCard(rules, ctx.region ?? null, ctx.theme, ctx.output.width), exitCode: 0 };
}
