// The shape of a content folder's self-checks (selfchecks.yml): the three screening tools of
// `osteo selfcheck`, their items, how answers score, the cut-off and the advice. The shape is
// checked here; whether the numbers agree (max, cut-off, answer keys) is osteo check's job.
import * as z from 'zod';

// C0 and C1 controls and bidirectional overrides: as in topics, nothing read from content may
// drive the terminal. Runs of white space (YAML folding leaves new lines) become one space.
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const text = z
  .string()
  .transform((s) => s.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'is empty'));
const topicId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a topic id (lowercase kebab-case)');

const answer = z.object({
  // A key the person presses: one letter or digit, so it also reads well in --answers.
  key: z
    .union([z.string(), z.number().transform(String)])
    .pipe(z.string().regex(/^[a-z0-9]$/, 'must be one lowercase letter or digit')),
  label: text,
  points: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
});

const result = z.object({ meaning: text, advice: text });

const common = {
  title: text,
  /** The published tool, named for the person. */
  tool: text,
  intro: text,
  threshold: z.number().positive('must be more than 0'),
  results: z.object({ 'at-risk': result, 'not-at-risk': result }),
  /** Topic ids that help, shown as `osteo explain <id>`. */
  read: z.array(topicId).min(1, 'needs at least one topic'),
  sources: z
    .array(z.object({ title: text, url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }) }))
    .min(1, 'needs at least one source'),
};

const questionnaire = z.object({
  ...common,
  ask: text,
  max: z.number().int('must be a whole number'),
  'at-risk-when': z.literal('at-least', 'must be at-least (a score of threshold or more)'),
  items: z
    .array(z.object({ name: text.optional(), text, answers: z.array(answer).min(2, 'needs at least 2 answers') }))
    .min(1, 'needs at least one item'),
});

const timed = z.object({
  ...common,
  'at-risk-when': z.literal('more-than', 'must be more-than (a time over threshold seconds)'),
  safety: z.array(text).min(1, 'needs at least one safety step'),
  steps: z.array(text).min(1, 'needs at least one step'),
});

export const selfchecksSchema = z.object({
  screen: text,
  urgent: text,
  checks: z.object({ falls: questionnaire, muscle: questionnaire, 'chair-stand': timed }),
});

export type SelfchecksFile = z.infer<typeof selfchecksSchema>;
export type Questionnaire = z.infer<typeof questionnaire>;
export type TimedCheck = z.infer<typeof timed>;
export type CheckResult = z.infer<typeof result>;
export type Answer = z.infer<typeof answer>;
