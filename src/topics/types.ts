// The domain model: a topic file becomes a Topic; a part of a topic is a Section.

export type TriageLevel = 'emergency' | 'urgent';

export interface Source {
  title: string;
  url: string;
}

export interface Section {
  /** The `##` heading text; "" for the intro before the first heading. */
  heading: string;
  markdown: string;
}

export interface Topic {
  id: string;
  title: string;
  summary: string;
  aliases: string[];
  tags: string[];
  related: string[];
  /** ISO date (YYYY-MM-DD) of the last medical review, or null when the file has none. */
  reviewed: string | null;
  sources: Source[];
  /** "Questions to ask your doctor", for handouts. */
  questions: string[];
  /** Searches each section answers, by heading ("(intro)" for the opening): see topics/searches.ts. */
  searches?: Record<string, string[]> | undefined;
  sections: Section[];
  /** File name the topic came from (for messages), relative to its content folder. */
  file: string;
}
