// The text of the sections a search shows, read from their topic files when the topics came from
// an index, the cache or a scan (those hold headings only). Apart from scan.ts, and reading a
// file's plain front matter without js-yaml or zod (topics/parse-plain.ts), so that a search of
// a folder's index loads neither: a file whose front matter is not plain loads the full parser
// then (as `await import`), and only then.
import { IndexDoubt } from '../search/format.js';
import type { SectionDoc } from '../search/memory-index.js';
import { stampAt, type FileStamps } from '../topics/files.js';
import { parsePlainTopic } from '../topics/parse-plain.js';
import { readTopicFile } from '../topics/topic-file.js';
import type { Topic } from '../topics/types.js';

/**
 * Fill in the text of these sections from their topic files, read through loadTopics' checks.
 * A file that is not as it was indexed (its stamp, its id, its headings) is an IndexDoubt: the
 * index no longer describes it, so the answer may be wrong.
 */
export async function hydrate(root: string, files: FileStamps, docs: readonly SectionDoc[]): Promise<void> {
  for (const topic of new Set(docs.map((d) => d.topic))) {
    if (topic.sections.every((s) => s.markdown !== '')) continue;
    let read;
    let full: Topic;
    try {
      read = readTopicFile(root, topic.file);
      full =
        parsePlainTopic(read.text, topic.file) ??
        (await import('../topics/parse.js')).parseTopic(read.text, topic.file);
    } catch {
      throw new IndexDoubt(`${topic.file} can no longer be read`);
    }
    // The stamp of this file only: a search reads a dozen topics of a folder of thousands.
    const at = files.names.indexOf(topic.file);
    const was = at < 0 ? undefined : stampAt(files, at);
    const same = was !== undefined && read.stamp.every((v, i) => v === was[i]);
    if (
      !same ||
      full.id !== topic.id ||
      full.sections.length !== topic.sections.length ||
      full.sections.some((s, i) => s.heading !== topic.sections[i]?.heading)
    ) {
      throw new IndexDoubt(`${topic.file} changed since it was indexed`);
    }
    topic.sections.forEach((section, i) => (section.markdown = full.sections[i]?.markdown ?? ''));
  }
}
