/**
 * "Tonight" quoted in a report of the day before (English): the night the words were said.
 *
 * A story published the morning after its event ("Beaulieu won the Masters on Sunday", in a
 * Monday story; "counting stopped at 11.40pm last night") quotes what was said that night
 * ("'Tonight I'm going to try to fit into a green jacket'"): the quote's "tonight" is the night of
 * the story's day, not the night after the publication. The story's day is the first day its lead
 * names by a word of its own (a weekday, "yesterday", "last night", a month's day), not ahead of
 * the publication and not the moment of writing ("this morning"); a quoted "tonight" moves to
 * it when it lies the day before the publication, and a quoted "tomorrow" said with that
 * "tonight" is the day after it ("'Tonight we celebrate, and tomorrow we start'").
 */
import type { Block, DateMention } from '../types';
import { addDays, dayNumber, parseYmd, utcDayNumber, ymdString, type Ymd } from './calendar';

/** How many of the story's first blocks make its lead. */
const LEAD_BLOCKS = 3;
/** A word that names a day of its own: a weekday, "yesterday", "last night", a month and its day. */
const NAMES_A_DAY =
  /(?<![\p{L}])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\snight)(?![\p{L}])|(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}{0,6}\.?\s\d{1,2}(?![\p{N}])|(?<![\p{N}])\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/iu;
/** The moment of writing ("this morning", "today", "tonight"): not the story's day. */
const NOW_WORDS = /(?<![\p{L}])(?:this|today|tonight|now)(?![\p{L}])/iu;
/** A day's value, with or without a part of the day or a clock ("2026-04-12", "2026-04-12T17:30"). */
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T|$)/u;

/** Where a quotation opened before `at` in `text` is still open: its start, or -1. */
export function quoteOpenAt(text: string, at: number): number {
  const before = text.slice(0, at);
  const curly = before.lastIndexOf('“');
  if (curly > before.lastIndexOf('”')) return curly;
  let open = -1;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) open = open < 0 ? i : -1;
  return open;
}

/** The story's day: the first day its lead names by a word of its own, not after the publication. */
function storyDay(mentions: readonly DateMention[], lead: ReadonlySet<number>, today: number): Ymd | null {
  for (const m of mentions) {
    if (!lead.has(m.blockId) || m.type === 'DURATION' || m.type === 'SET') continue;
    const day = DAY_VALUE.exec(m.value)?.[1];
    const ymd = day ? parseYmd(day) : null;
    if (!ymd || !NAMES_A_DAY.test(m.text) || NOW_WORDS.test(m.text)) continue;
    if (dayNumber(ymd) > today) continue;
    return ymd;
  }
  return null;
}

export function quotedTonight(mentions: readonly DateMention[], blocks: readonly Block[], reference: Date): void {
  const lead = new Set(blocks.slice(0, LEAD_BLOCKS).map((b) => b.id));
  const today = utcDayNumber(reference);
  const story = storyDay(mentions, lead, today);
  if (!story || dayNumber(story) !== today - 1) return;
  const night = `${ymdString(story)}TNI`;
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  // The quotes (block and where they open) whose "tonight" is the story's night.
  const said = new Set<string>();
  for (const m of mentions) {
    if (!/^tonight$/iu.test(m.text) || !DAY_VALUE.test(m.value) || !m.value.endsWith('TNI')) continue;
    const open = quoteOpenAt(text.get(m.blockId) ?? '', m.start);
    if (open < 0) continue;
    if (m.value !== night) {
      m.value = night;
      m.certainty = 'inferred';
    }
    said.add(`${m.blockId}:${open}`);
  }
  if (!said.size) return;
  const tomorrow = ymdString(addDays(story, 1));
  for (const m of mentions) {
    if (!/^tomorrow$/iu.test(m.text) || m.value === tomorrow) continue;
    if (!said.has(`${m.blockId}:${quoteOpenAt(text.get(m.blockId) ?? '', m.start)}`)) continue;
    m.value = tomorrow;
    m.certainty = 'inferred';
  }
}
