/**
 * The timeline: the article's dates in time order, each in the reader's words (no TIMEX
 * code) on one line, in a column beside the sentence around it (a long value or a range on
 * the row's first line, over its sentence); each leads to its place in the page. About
 * eight show (the entries the analysis features, in time order; else the first eight);
 * "Show all" lists the rest in place.
 */
import { describeDate } from '../../core/dates/label';
import type { Analysis, TimelineEntry } from '../../core/types';
import { h } from '../../shared/dom';
import type { CardOptions } from '../card-options';
import { involvedNote } from '../linked-context';
import { entrySentence, snippet } from '../format';
import { dateWords } from '../../shared/date-words';
import { uiLanguage } from '../../shared/i18n';
import { datesUnavailable } from '../language-note';
import { CARD_STRINGS as S } from '../strings';
import { revealButton } from './reveal-button';
import { showMoreButton } from './show-more';

/** How many entries show before "Show all". */
export const DATES_SHOWN = 8;
/** The longest value, in characters, that sits in the dates' column beside its sentence ("September 2025"). */
const SHORT_VALUE = 14;

export function timelineSection(a: Analysis, options: CardOptions): HTMLElement {
  const featured = options.maxDates === undefined && a.timeline.some((d) => d.featured);
  const max = options.maxDates ?? DATES_SHOWN;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const extra: HTMLElement[] = [];
  const entries = a.timeline.map((d, i) => {
    const li = h(
      'li',
      { class: `date certainty-${d.certainty}`, 'data-entities': (d.entities ?? []).join(' ') },
      timelineButton(d, a, options),
      // Linked context: who is involved in this dated event.
      involvedNote(d, byId),
    );
    // Past the featured few, an entry waits for "Show all" (linked-context.ts keeps to that).
    if (featured ? !d.featured : i >= max) {
      li.hidden = true;
      li.dataset['extra'] = '';
      extra.push(li);
    }
    return li;
  });
  const section = h(
    'section',
    { class: 'dates', 'aria-labelledby': 'dates-h' },
    h('h2', { id: 'dates-h' }, S.timeline),
    entries.length ? h('ol', {}, entries) : h('p', { class: 'empty' }, datesUnavailable(a.language) ?? S.noDates),
  );
  if (extra.length) {
    section.append(
      showMoreButton(extra, 'show-all', { closed: S.showAllDates(entries.length), open: S.showFewerDates }, (open) => {
        section.dataset['expanded'] = String(open);
      }),
    );
  }
  return section;
}

function timelineButton(d: TimelineEntry, a: Analysis, options: CardOptions): HTMLButtonElement {
  const value = describeDate(d.value, d.endValue, d.mod, uiLanguage(), dateWords());
  const approximate = d.certainty !== 'exact';
  const sentence = entrySentence(d, a.blocks);
  const cut = snippet(sentence.text, d.text, undefined, sentence.at);
  return revealButton(
    // A long value ("week of Aug 18, 2025", a range) takes the row's first line, over the
    // sentence, rather than widen the dates' column for every row.
    value.length > SHORT_VALUE ? 'entry wide' : 'entry',
    // The spoken name holds the visible text in its order (WCAG 2.5.3); the space between the
    // two columns takes no room in the grid.
    S.showInPage(`${value}${approximate ? ` ≈ (${S.approximate})` : ''} ${cut.before}${cut.match}${cut.after}`),
    options,
    () => d,
    h('span', { class: 'value' }, value, approximate ? h('abbr', { title: S.approximate }, ' ≈') : null),
    ' ',
    h('span', { class: 'snippet', dir: 'auto' }, cut.before, h('mark', {}, cut.match), cut.after),
  );
}
