/**
 * A period's first or last day in apposition to a date (English): "on April 1, the first day of
 * fiscal 2025" is that day, not the year ("fiscal 2025" read alone); the expression takes in its
 * words ("the first day of fiscal 2025"), as the guidelines mark it, and the date's value.
 */
import type { Block, DateMention } from '../types';

/** A day's value ("2025-04-01"). */
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** Between the date and the period: its comma, and the day of the period the date is. */
const FIRST_DAY_OF = /^,\s{1,3}(the\s{1,3}(?:first|last|final|opening|closing)\s{1,3}day\s{1,3}of\s{1,3})$/iu;

export function dayOfPeriod(mentions: readonly DateMention[], blocks: readonly Block[]): void {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    const prev = mentions[i - 1] as DateMention;
    if (prev.blockId !== m.blockId || !DAY.test(prev.value) || prev.endValue || m.endValue) continue;
    const body = text.get(m.blockId) ?? '';
    const words = FIRST_DAY_OF.exec(body.slice(prev.end, m.start))?.[1];
    if (!words) continue;
    m.start -= words.length;
    m.text = body.slice(m.start, m.end);
    m.value = prev.value;
    m.type = 'DATE';
    delete m.mod;
    m.certainty = prev.certainty;
  }
}
