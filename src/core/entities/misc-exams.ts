/**
 * Named school examinations and qualifications are OTHER names (lang-news.md, seventeenth
 * session: "named qualifications (`A-level`, `GCSE`)", `Leaving Certificate`; en-train8:
 * `PSLE`, `Primary School Leaving Examination`, `O-Level`). The tagger reads them as the bodies
 * that set them (ORG). After tagging (English): a mention whose whole text is one of the
 * examinations below, or a name of two or more words ending in "Examination(s)" or
 * "Certificate", becomes OTHER.
 * Per mention, a look at its text.
 */
import type { EntityMention } from '../types';
import { mapped, retype, unchanged } from './by-block';
import { lastSpace } from './last-space';

/** Examinations and qualifications named by their short forms, as written. */
const EXAMS = new Set(
  'PSLE GCSE GCSEs A-level A-levels A-Level A-Levels O-level O-levels O-Level O-Levels KCSE KCPE IELTS TOEFL'.split(
    ' ',
  ),
);

/** The last words of an examination's or a qualification's full name. */
const HEADS = new Set(['Examination', 'Examinations', 'Certificate']);

/** Whether `name` is a named examination or qualification. */
function isExam(name: string): boolean {
  if (EXAMS.has(name)) return true;
  const space = lastSpace(name);
  return space > 0 && HEADS.has(name.slice(space + 1));
}

/** The mentions with named examinations and qualifications typed OTHER. */
export function withExams(mentions: readonly EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => m.type !== 'OTHER' && isExam(m.text))) return unchanged(mentions);
  return mapped(mentions, (m) => (m.type !== 'OTHER' && isExam(m.text) ? retype(m, 'OTHER' as const) : m));
}
