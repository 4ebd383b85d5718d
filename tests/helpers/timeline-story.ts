/**
 * The timeline tests' story: published on Wednesday 20 November 2019, told in paragraphs of
 * our own; its dates, and its timeline as entries or as "text=value" lines.
 */
import { recogniseDates } from '../../src/core/dates/chrono-dates';
import { buildTimeline } from '../../src/core/dates/timeline';
import type { Block } from '../../src/core/types';

export const reference = { instant: new Date('2019-11-20T10:00:00Z'), timezoneOffset: 0 };

export const blocksOf = (...texts: string[]): Block[] => texts.map((text, id) => ({ id, kind: 'paragraph', text }));

export const dates = (...texts: string[]) => recogniseDates(blocksOf(...texts), reference);

export const entries = (...texts: string[]) => {
  const blocks = blocksOf(...texts);
  return buildTimeline(blocks, recogniseDates(blocks, reference));
};

export const timeline = (...texts: string[]): string[] => entries(...texts).map((e) => `${e.text}=${e.value}`);

/** A story published at `iso` (UTC). */
export const at = (iso: string) => ({ instant: new Date(iso), timezoneOffset: 0 });

/** The timeline of a story published at `iso`, as "text=value" (a range as "start/end"). */
export const timelineAt = (iso: string, ...texts: string[]): string[] => {
  const blocks = blocksOf(...texts);
  return buildTimeline(blocks, recogniseDates(blocks, at(iso))).map(
    (e) => `${e.text}=${e.value}${e.endValue ? `/${e.endValue}` : ''}`,
  );
};

/** The dates of a story published at `iso`, as "text=value". */
export const datesAt = (iso: string, ...texts: string[]): string[] =>
  recogniseDates(blocksOf(...texts), at(iso)).map((d) => `${d.text}=${d.value}`);

/** The value of the first "text=value" line for `text`. */
export const valueOf = (lines: string[], text: string): string | undefined =>
  lines.find((e) => e.startsWith(`${text}=`))?.slice(text.length + 1);

/**
 * A story published at `iso` (UTC), read as the analysis reads it (the publication date given to
 * the timeline too): its dates and its timeline, as "text=value" (a range as "start/end").
 */
export function storyAt(iso: string, ...texts: string[]): { dates: string[]; timeline: string[] } {
  const published = new Date(iso);
  const blocks = blocksOf(...texts);
  const found = recogniseDates(blocks, at(iso));
  const timeline = buildTimeline(blocks, found, 'en', published).map(
    (e) => `${e.text}=${e.value}${e.endValue ? `/${e.endValue}` : ''}`,
  );
  return { dates: found.map((d) => `${d.text}=${d.value}`), timeline };
}
