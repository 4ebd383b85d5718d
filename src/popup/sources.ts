/**
 * The card's Sources section: who is quoted or cited, how often, directly or in reported
 * speech, with their first quote (a click shows it in the page); an article that rests on one
 * unnamed source says so first; past the first eight, "+N more" shows the rest in place.
 * Page strings go in as text.
 */
import type { Analysis, Quote, Source, Span } from '../core/types';
import { clipAround } from '../core/segment/clip';
import { h } from '../shared/dom';
import { CONTEXT_STRINGS as S } from '../shared/context-strings';
import { CARD_STRINGS } from './strings';
import { showMoreButton } from './sections/show-more';

/** Sources listed before "+N more". */
const MAX_SOURCES = 8;
/** The longest first quote shown, in characters. */
const MAX_QUOTE = 140;

export interface SourcesOptions {
  /** Scroll the page to this stretch and flash it. */
  onReveal(span: Pick<Span, 'blockId' | 'start' | 'end'>): Promise<boolean>;
}

/** The section, or null for a names-only reading (no quotes read yet). */
export function sourcesSection(a: Analysis, options: SourcesOptions): HTMLElement | null {
  if (!a.sources || !a.quotes) return null;
  const byId = new Map(a.quotes.map((q) => [q.id, q]));
  const list = a.sources.sources;
  const top = list[0];
  return h(
    'section',
    { class: 'sources', 'aria-labelledby': 'sources-h' },
    h('h2', { id: 'sources-h' }, S.sourcesHeading),
    a.sources.restsOnOneAnonymousSource && top
      ? h('p', { class: 'one-anonymous-source', role: 'note' }, S.oneAnonymousSource(top.name))
      : null,
    list.length ? sourceList(list, byId, a, options) : h('p', { class: 'empty' }, S.sourcesEmpty),
  );
}

/** The first few sources, and a real "+N more" button that shows the rest in place (and hides them again). */
function sourceList(list: Source[], byId: Map<number, Quote>, a: Analysis, options: SourcesOptions): HTMLElement {
  const items = list.map((s, i) => {
    const item = sourceItem(s, byId, a, options);
    if (i >= MAX_SOURCES) item.hidden = true;
    return item;
  });
  const hidden = items.slice(MAX_SOURCES);
  if (!hidden.length) return h('ul', {}, items);
  const button = showMoreButton(hidden, 'more', { closed: S.moreSources(hidden.length), open: CARD_STRINGS.fewer });
  return h('ul', {}, items, h('li', { class: 'more-item' }, button));
}

function sourceItem(s: Source, byId: Map<number, Quote>, a: Analysis, options: SourcesOptions): HTMLElement {
  const first = byId.get(s.quotes[0] ?? -1);
  const counts = [s.direct ? S.direct(s.direct) : '', s.indirect ? S.reported(s.indirect) : '']
    .filter(Boolean)
    .join(' · ');
  let quote: HTMLElement | null = null;
  if (first) {
    const text = clipAround(first.text, -1, -1, MAX_QUOTE);
    const shown = first.kind === 'direct' ? `“${text}”` : text;
    quote = h(
      'button',
      {
        type: 'button',
        class: `quote kind-${first.kind}`,
        // The message puts the quote in its language's marks: the text goes in without ours
        // (a direct quote was read with two pairs, ““…””).
        'aria-label': S.firstQuote(text, s.name),
        lang: a.meta.lang ?? undefined,
        dir: 'auto',
      },
      shown,
    );
    quote.addEventListener('click', () => void options.onReveal(first));
  }
  return h(
    'li',
    {
      class: `source${s.anonymous ? ' anonymous' : ''}`,
      'data-entity': s.entityId !== undefined ? String(s.entityId) : undefined,
    },
    h(
      'p',
      { class: 'who' },
      h('span', { class: 'label', dir: 'auto' }, s.name),
      s.anonymous ? h('span', { class: 'unnamed' }, ` (${S.unnamed})`) : null,
      h('span', { class: 'counts' }, ` ${counts}`),
    ),
    quote,
  );
}
