// Each section's marked tokens, found before a render (rendering is synchronous and pure): the
// ones the build lexed where it made them, those of plain prose made directly (plain-tokens.ts),
// otherwise lexed here, loading marked's lexer only then. A run that shows shipped sections, or
// plain ones, never loads marked (walk-tokens.ts says why).
import type { Token } from 'marked';
import type { Section } from '../topics/types.js';
import { lexBounded } from './marked-bounds.js';
import { plainTokens } from './plain-tokens.js';
import type { Lex } from './markdown.js';

/** A section's tokens; null past marked's bounds (the renderer shows plain paragraphs). */
export type TokensOf = (section: Section) => Token[] | null;

/** The build's tokens of a section, as JSON text (the snapshot's side table), if it made them. */
export type Lexed = (section: Section) => string | undefined;

/** The tokens of `sections`: only these can be rendered with the function returned. */
export async function sectionTokens(sections: readonly Section[], lexed?: Lexed): Promise<TokensOf> {
  const found = new Map<Section, Token[] | null>();
  let lex: Lex | undefined;
  for (const section of sections) {
    if (found.has(section)) continue;
    const built = lexed?.(section);
    if (built !== undefined) {
      try {
        found.set(section, JSON.parse(built) as Token[]);
        continue;
      } catch {
        // A damaged side table: lex the text, as if the build had not.
      }
    }
    // Plain prose needs no lexer: its tokens are made as marked makes them (plain-tokens.ts).
    const plain = plainTokens(section.markdown);
    if (plain !== null) {
      found.set(section, plain);
      continue;
    }
    lex ??= (await import('./lexer.js')).lexMarkdown;
    found.set(section, lexBounded(section.markdown, lex));
  }
  return (section) => {
    const tokens = found.get(section);
    if (tokens === undefined) throw new Error(`render: no tokens were prepared for section "${section.heading}"`);
    return tokens;
  };
}
