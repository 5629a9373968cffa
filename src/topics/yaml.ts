// YAML as osteo reads it: the core schema (plain JSON-like values; a date such as 2026-11-28
// stays a string), and a bound on what a walk of the result meets. YAML aliases let a few hundred
// bytes name billions of values; js-yaml shares them, so parsing is cheap, but a schema that
// walks them is not. Every YAML file osteo reads goes through here.
import { CORE_SCHEMA, load } from 'js-yaml';
import { readSimpleYaml } from './simple-yaml.js';
import { MAX_YAML_VALUES, overBudget, plainWithinBudget, withinBudget } from './yaml-budget.js';

/** `detail`: the parser's first line, or how far past the bound the values went. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; tooLarge: boolean; detail: string };

/** "invalid YAML: …" or "too large: …", for a message that names the file first. */
export function yamlProblem(result: { tooLarge: boolean; detail: string }): string {
  return `${result.tooLarge ? 'too large' : 'invalid YAML'}: ${result.detail}`;
}

/**
 * Parse `text`; when `fields` is given, only those keys of a top-level mapping count (the schema
 * drops the rest, so their aliases are never walked).
 */
export function readYaml(text: string, fields?: readonly string[]): YamlResult {
  // The plainest front matter is read without js-yaml, to the same result (simple-yaml.ts).
  let data: unknown = readSimpleYaml(text);
  const plain = data !== undefined;
  if (data === undefined) {
    try {
      data = load(text, { schema: CORE_SCHEMA });
    } catch (cause) {
      const first = cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause);
      return { ok: false, tooLarge: false, detail: first };
    }
  }
  const byField = fields && data !== null && typeof data === 'object' && !Array.isArray(data);
  const roots = (): unknown[] => (byField ? fields.map((f) => (data as Record<string, unknown>)[f]) : [data]);
  const within = plain
    ? plainWithinBudget(text, roots, byField ? fields.length : 1, MAX_YAML_VALUES)
    : withinBudget(roots(), MAX_YAML_VALUES);
  if (!within) return { ok: false, tooLarge: true, detail: overBudget() };
  return { ok: true, data };
}
