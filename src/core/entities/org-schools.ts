/**
 * Schools named in their own language are organisations (eval/gold/guidelines/names.md: ORG
 * holds "universities, schools"; lang-news.md: "short school names ORG"). The tagger, which
 * knows "School" and "College", reads a school named by a Hindi, Irish or French word as a
 * person from its unknown capitals ("Students of Kendriya Vidyalayas did better", "a
 * scholarship to Coláiste Iognáid"). Issue 15, names47a (en-train20, the Hindustan Times and
 * the Irish Times).
 *
 * After tagging (English): a mention of two words or more typed PERSON, PLACE or OTHER, one of
 * whose words is a school's noun below, becomes ORG. Per mention with a space, a look at its
 * words. Its own pass, right after the hospitals' (org-health.ts).
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** Words of schools' names in other languages (not "Academy" or "Gymnasium": places and halls too). */
const SCHOOL_WORDS = new Set([
  'Vidyalaya',
  'Vidyalayas',
  'Mahavidyalaya',
  'Vidyapeeth',
  'Vidyapith',
  'Coláiste',
  'Colaiste',
  'Gaelscoil',
  'Gaelcholáiste',
  'Scoil',
  'Lycée',
  'Madrasa',
  'Madrassa',
  'Yeshiva',
]);

/** Whether a name of two words or more holds a school's word. */
function isSchool(name: string): boolean {
  if (!name.includes(' ')) return false;
  for (const word of name.split(' ')) if (SCHOOL_WORDS.has(word)) return true;
  return false;
}

/** The mentions with schools named in their own language typed ORG. */
export function withSchools(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => (m.type !== 'ORG' && isSchool(m.text) ? retype(m, 'ORG' as const) : m));
}
