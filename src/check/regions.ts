// `osteo check` rules for country labels: advice that differs by country is a paragraph or list
// item that starts with **UK:** or **US:**, so --region can put the reader's country first. A
// label spelt another way would be shown but never reordered: say so.
import type { Topic } from '../topics/types.js';
import type { Finding } from './rules.js';

// A bold label at the start of a line, item or paragraph that names a country or region.
const LABEL = /(?:^|\n)[ \t]*(?:[-*+]|\d+\.)?[ \t]*\*\*([^*\n]{1,30}?)\*\*/g;
const COUNTRYISH =
  /\b(?:uk|u\.k\.|us|u\.s\.?|usa|u\.s\.a\.|united kingdom|united states|britain|england|scotland|wales|america|nhs)\b/i;
const VALID = /^(?:UK|US):$/;

export function checkRegions(topic: Topic): Finding[] {
  const findings: Finding[] = [];
  for (const section of topic.sections) {
    for (const match of section.markdown.matchAll(LABEL)) {
      const label = (match[1] ?? '').trim();
      if (!VALID.test(label) && COUNTRYISH.test(label) && /:$|:\s*$/.test(label)) {
        findings.push({
          level: 'error',
          file: topic.file,
          field: 'regions',
          message: `"**${label}**" is not a region label: use **UK:** or **US:**`,
        });
      }
    }
  }
  return findings;
}
