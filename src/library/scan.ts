// A folder read once into an index in memory: how search answers from a folder with no index
// (or an index in doubt), and what `osteo index` and the cache write. Each topic is indexed as
// it is read and its text let go, so a library of 10,000 topics never sits in memory whole;
// the sections a search shows are read again (hydrate), and must be as they were.
import { IndexBuilder, type IndexData } from '../search/builder.js';
import { IndexDoubt } from '../search/format.js';
import type { SectionDoc } from '../search/index.js';
import type { IndexMeta, TopicHead } from '../search/meta.js';
import type { FileStamp } from '../topics/files.js';
import { readFolder, readTopic, type SkippedFile } from '../topics/load.js';
import type { Topic } from '../topics/types.js';

export interface ScannedFolder {
  /** The folder's real path. */
  root: string;
  /** The topics, with their sections' headings; their text only with `keepText`. */
  topics: Topic[];
  skipped: SkippedFile[];
  meta: IndexMeta;
  data: IndexData;
}

/** Read and index every topic of `dir`. */
export function scanFolder(dir: string, keepText = false): ScannedFolder {
  const builder = new IndexBuilder();
  const topics: Topic[] = [];
  const { skipped, stamps, root } = readFolder(dir, {}, (topic) => {
    builder.add(topic);
    if (!keepText) topic.sections = topic.sections.map(({ heading }) => ({ heading, markdown: '' }));
    topics.push(topic);
  });
  return { root, topics, skipped, meta: { files: stamps, skipped, topics: topics.map(headOf) }, data: builder.finish() };
}

export function headOf({ sections, ...head }: Topic): TopicHead {
  return { ...head, headings: sections.map((s) => s.heading) };
}

export function topicOf({ headings, ...head }: TopicHead): Topic {
  return { ...head, sections: headings.map((heading) => ({ heading, markdown: '' })) };
}

/**
 * Fill in the text of these sections from their topic files, read through loadTopics' checks.
 * A file that is not as it was indexed (its stamp, its id, its headings) is an IndexDoubt: the
 * index no longer describes it, so the answer may be wrong.
 */
export function hydrate(root: string, files: readonly FileStamp[], docs: readonly SectionDoc[]): void {
  const stamps = new Map(files.map((stamp) => [stamp[0], stamp]));
  for (const topic of new Set(docs.map((d) => d.topic))) {
    if (topic.sections.every((s) => s.markdown !== '')) continue;
    let read;
    try {
      read = readTopic(root, topic.file);
    } catch {
      throw new IndexDoubt(`${topic.file} can no longer be read`);
    }
    const was = stamps.get(topic.file);
    const same = was !== undefined && read.stamp.every((v, i) => v === was[i]);
    const full = read.topic;
    if (!same || full.id !== topic.id || full.sections.length !== topic.sections.length || full.sections.some((s, i) => s.heading !== topic.sections[i]?.heading)) {
      throw new IndexDoubt(`${topic.file} changed since it was indexed`);
    }
    topic.sections.forEach((section, i) => (section.markdown = full.sections[i]?.markdown ?? ''));
  }
}
