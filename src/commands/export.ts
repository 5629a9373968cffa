// `osteo export --html DIR`: the whole library as an offline web site (render/html/site.ts),
// with the data its search page needs to run osteo's own search and triage in the browser.
import { readFileSync } from 'node:fs';
import type { SiteData } from '../browser/engine.js';
import { ContentError } from '../errors.js';
import { printable } from '../safe-text.js';
import { buildIndex } from '../search/memory-index.js';
import { packIndex } from '../search/site-index.js';
import type { CompiledTriage } from '../search/triage/compile.js';
import { EMPTY_VOCABULARY, type Vocabulary } from '../search/vocabulary.js';

import type { CommandContext, CommandResult } from './context.js';
import { DEFAULT_LIMIT } from '../search/limits.js';
import { writeSite } from './write.js';

export interface ExportRequest {
  dir: string;
  force?: boolean | undefined;
  large?: boolean | undefined;
  now: Date;
  /** The built search page script (dist/browser/search.js). */
  script: string;
  /** The build's list of real English words (dist/spelling.json), for the shipped topics. */
  spelling: string;
  /** The licences of the code bundled into the search page (dist/THIRD-PARTY-NOTICES.txt). */
  notices: string;
}

export async function runExport(
  ctx: CommandContext,
  rules: CompiledTriage,
  req: ExportRequest,
): Promise<CommandResult> {
  const { sitePages } = await import('../render/html/site.js');
  const script = readBuilt(req.script, 'the search page script');
  const pages = sitePages({
    topics: ctx.topics,
    rules,
    region: ctx.region ?? null,
    large: req.large === true,
    now: req.now,
    searchScript: script,
    searchData: await siteData(ctx, rules, req, await ctx.vocabulary?.()),
  });
  // The search page carries third-party code: its licences travel with it.
  const notices = { path: 'THIRD-PARTY-NOTICES.txt', html: readBuilt(req.notices, 'the third-party notices') };
  writeSite(req.dir, [...pages, notices], req.force === true);
  const where = printable(req.dir, 200);
  return {
    stdout: `Wrote ${pages.length} pages and the third-party notices to ${where}. Open ${where}/index.html in a web browser; it works offline.\n`,
    exitCode: 0,
  };
}

/**
 * What the CLI's search would use for these topics: the same index (built here; the build's
 * and a stored one hold the same), the real-word list where the CLI has one (the build's
 * snapshot), and the content's words known to triage where the CLI has a ready index.
 */
async function siteData(
  ctx: CommandContext,
  triage: CompiledTriage,
  req: ExportRequest,
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
): Promise<SiteData> {
  const topics = ctx.topics.map((t) => ({
    ...t,
    sections: t.sections.map(({ heading, markdown }) => ({ heading, markdown })),
  }));
  const ready = await ctx.index?.();
  const realWords = ready?.realWords ? readRealWords(req.spelling) : null;
  return {
    topics,
    index: packIndex(buildIndex(topics), topics),
    realWords,
    triage,
    vocabulary,
    knownWords: ready !== undefined,
    region: ctx.region ?? null,
    limit: DEFAULT_LIMIT,
  };
}

function readRealWords(file: string): string[] {
  const list = (JSON.parse(readBuilt(file, 'the spelling list')) as { real?: unknown }).real;
  return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [];
}

function readBuilt(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ContentError(`Cannot read ${what} (${printable(file, 200)})`, {
      cause,
      hint: "The package is incomplete: run 'npm run build' in a clone, or reinstall osteo.",
    });
  }
}
