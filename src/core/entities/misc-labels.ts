/**
 * Numbered and lettered stage labels are no names (eval/gold/guidelines/names.md: "Stage labels
 * (`Group A`, `Path C`) are not names"; lang-news.md: "evacuation zone letters, storm categories,
 * load-shedding stages ("Stage 4"), funding rounds ("Series A")", "numbered rounds not names"),
 * and CoNLL-2003 leaves "Group" and "Category" with a number unmarked too. The tagger makes
 * some of them OTHER ("Stage 4" of load-shedding, "Zone A" of an evacuation order, "Round 1" of
 * a season; "Season 4" of a game's or a show's update, "Volume 2" of a series: lang-news.md, "Names
 * on the ninth English set", "Season N", "Volume N" not names): a mention that is exactly a label word and a number or a single capital letter
 * ("Stage 4", "Zone A", "Round One") is dropped after tagging (English).
 *
 * "Division One" is left alone (a division as the level a club plays at is OTHER), and so are
 * "Series" and "Phase" (a product's model, "the Series 3" watch, and a named deal, "the Phase 1
 * trade deal", are OTHER in the modern train gold), words that name places with a number
 * ("Terminal 5", "Area 51") and longer names that hold a label ("Formula One", "Apollo 17").
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { unchanged } from './by-block';

/** A label word, then one number (up to two digits, or spelled up to ten) or one capital letter. */
const LABEL =
  /^(?:Stage|Zone|Round|Level|Tier|Category|Group|Pool|Step|Path|Week|Season|Volume) (?:\d{1,2}|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/u;

/** The first letters of the label words: the cheap check before the pattern. */
const FIRST = new Set(['S', 'Z', 'R', 'P', 'L', 'T', 'C', 'G', 'W', 'V']);

/** The label words (LABEL's first word): the second cheap check. */
const LABEL_WORDS = new Set('Stage Zone Round Level Tier Category Group Pool Step Path Week Season Volume'.split(' '));

/** Whether a mention's text is a stage label and no name ("Stage 4", "Zone A"). */
export function isStageLabel(name: string): boolean {
  return (
    name.length <= 14 &&
    FIRST.has(charAt(name, 0)) &&
    LABEL_WORDS.has(name.slice(0, name.indexOf(' '))) &&
    LABEL.test(name)
  );
}

/** The mentions that are no stage label. */
export function withoutStageLabels(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.some((m) => isStageLabel(m.text))
    ? mentions.filter((m) => !isStageLabel(m.text))
    : unchanged(mentions);
}
