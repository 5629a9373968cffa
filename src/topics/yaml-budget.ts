// The bound on what a walk of parsed YAML meets (topics/yaml.ts says why), apart from js-yaml: a
// topic's plain front matter (parse-plain.ts) is bounded the same way without loading it.

// Far more than any file needs (the triage rules have a few thousand); validating this many
// takes milliseconds.
export const MAX_YAML_VALUES = 100_000;

/**
 * Why a walk went past the bound, as a parse result's `detail`. Made when needed, not at load: a
 * number formatted for a locale loads the locale's data (milliseconds at every start).
 */
export function overBudget(): string {
  return `more than ${MAX_YAML_VALUES.toLocaleString('en')} values (YAML aliases repeat them)`;
}

/** Whether a walk of `roots` meets at most `budget` values (an alias counts each time it is used). */
export function withinBudget(roots: unknown[], budget: number): boolean {
  let left = budget;
  const stack = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (--left < 0) return false;
    if (value === null || typeof value !== 'object') continue;
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (let i = 0; i < children.length && i <= left; i++) stack.push(children[i]);
  }
  return true;
}

/**
 * Whether plain YAML read by simple-yaml.ts from `text` (a tree: no aliases) is within `budget`
 * for a walk of `roots` of its values. Past the roots, every value a walk meets takes a character
 * of the text or more, so a text this short is within it without the walk: a list of roots and a
 * stack made for each of 10,000 files of a folder.
 */
export function plainWithinBudget(text: string, roots: () => unknown[], rootCount: number, budget: number): boolean {
  return text.length + rootCount <= budget || withinBudget(roots(), budget);
}
