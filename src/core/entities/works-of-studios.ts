/**
 * A studio's possessive before a name makes the name its work (issue 15, en-train9: box-office
 * and games pages; names.md: works MISC, companies ORG): "Arclight Studios' Tidebreaker",
 * "Galloway Animation's Pip & the Pumpkin Patch". The tagger reads the made-up title as an
 * organisation, a person or a place. After tagging (English): a mention right after an
 * organisation whose last word is a studio's head word (Studios, Pictures, Animation ...) and its
 * possessive ("'s", "'", "’s") becomes OTHER, and so does every other mention of the same name;
 * a person's name there ("Northgate Pictures' Dana Reyes": a first name first) is left alone.
 * Per mention, a look at the few characters between it and the mention before it.
 */
import type { EntityMention } from '../types';
import { retypedAll } from './by-block';
import { lastSpace } from './last-space';

/** The last words of a studio's or a label's name. */
const STUDIO_HEADS = new Set([
  'Studios',
  'Studio',
  'Pictures',
  'Animation',
  'Films',
  'Games',
  'Interactive',
  'Entertainment',
  'Productions',
  'Records',
  'Bros.',
]);

/** The possessives between a studio and its work. */
const POSSESSIVES = new Set(["'s ", '’s ', "' ", '’ ']);

/** Whether `m` is an organisation named with a studio's head word. */
function isStudio(m: EntityMention): boolean {
  if (m.type !== 'ORG') return false;
  const space = lastSpace(m.text);
  return space > 0 && STUDIO_HEADS.has(m.text.slice(space + 1));
}

/** The mentions (in text order) with a studio's works typed OTHER, and their other mentions. */
export function withStudioWorks(
  text: ReadonlyMap<number, string>,
  mentions: readonly EntityMention[],
  isFirstName: (word: string) => boolean,
): EntityMention[] {
  const works = new Set<string>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const before = mentions[i - 1] as EntityMention;
    if (m.type === 'OTHER' || before.blockId !== m.blockId || !isStudio(before)) continue;
    const between = (text.get(m.blockId) ?? '').slice(before.end, m.start);
    if (!POSSESSIVES.has(between)) continue;
    if (m.type === 'PERSON' && isFirstName(m.text.split(' ')[0] ?? '')) continue;
    works.add(m.text);
  }
  return retypedAll(mentions, works, 'OTHER');
}
