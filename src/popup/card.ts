/**
 * The summary card: header (title, site, authors, date, reading time), the summary, the
 * key entities by type with mention counts, the article's dates, and the highlights switch.
 */
import { formatReadingTime } from '../core/report/format-card';
import { ENTITY_TYPES, type Analysis } from '../core/types';
import {
  HIGHLIGHT_TYPES,
  withAutoSite,
  withSiteHidden,
  withType,
  type HighlightType,
  type Settings,
} from '../shared/settings';
import { h } from './dom';

const SWITCH_LABELS: Record<HighlightType, string> = {
  person: 'People',
  org: 'Organisations',
  place: 'Places',
  other: 'Other names',
  date: 'Dates',
};
import { formatDate, relativeTime, TYPE_LABELS } from './format';

export interface CardOptions {
  now: Date;
  settings: Settings;
  /** The page's origin, for "on this site"; null hides that switch. */
  origin: string | null;
  /** A switch was flipped: the settings to store. */
  onSettings(patch: Partial<Settings>): void;
  /** "Annotate automatically on this site" was flipped; resolves to the switch's new state. */
  onAutoSite(origin: string, on: boolean): Promise<boolean>;
  /** How many entities to list per type before "+N more". */
  maxPerType?: number;
}

export function renderCard(a: Analysis, options: CardOptions): HTMLElement {
  const { meta } = a;
  const max = options.maxPerType ?? 6;

  const facts: (Node | string)[] = [];
  if (meta.siteName) facts.push(h('span', { class: 'site' }, meta.siteName));
  if (meta.byline.length) facts.push(h('span', { class: 'byline' }, `By ${meta.byline.join(', ')}`));
  if (meta.publishedTime) {
    const rel = relativeTime(meta.publishedTime, options.now);
    facts.push(
      h(
        'time',
        { class: 'published', datetime: meta.publishedTime },
        formatDate(meta.publishedTime, meta.lang ?? undefined),
        rel ? ` (${rel})` : '',
      ),
    );
  }
  facts.push(h('span', { class: 'reading-time' }, formatReadingTime(a.readingTime.min, a.readingTime.max)));

  // The switches keep their own copy, so several flips in a row build on each other.
  let settings = options.settings;
  const update = (patch: Partial<Settings>): void => {
    settings = { ...settings, ...patch };
    options.onSettings(patch);
  };
  const switchFor = (id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement => {
    const input = h('input', { type: 'checkbox', role: 'switch', id, checked });
    input.addEventListener('change', () => onChange(input.checked));
    return h('label', { class: 'switch', for: id }, input, ` ${label}`);
  };
  const origin = options.origin;
  const switches = h(
    'div',
    { class: 'switches' },
    switchFor('toggle-highlights', 'Highlights', settings.highlightsVisible, (on) => update({ highlightsVisible: on })),
    origin
      ? switchFor('toggle-site', 'On this site', !settings.sites[origin]?.hidden, (on) =>
          update(withSiteHidden(settings, origin, !on)),
        )
      : null,
  );
  const auto = origin
    ? switchFor('toggle-auto', 'Annotate this site automatically', settings.autoSites.includes(origin), (on) => {
        const input = auto?.querySelector('input');
        void options.onAutoSite(origin, on).then((now) => {
          if (input) input.checked = now;
          settings = { ...settings, ...withAutoSite(settings, origin, now) };
        });
      })
    : null;
  const typeSwitches = h(
    'fieldset',
    { class: 'type-switches' },
    h('legend', {}, 'Show'),
    HIGHLIGHT_TYPES.map((t) =>
      switchFor(`toggle-type-${t}`, SWITCH_LABELS[t], settings.types[t], (on) => update(withType(settings, t, on))),
    ),
  );

  const header = h(
    'header',
    {},
    h('h1', { class: 'title' }, meta.title ?? 'Untitled article'),
    h(
      'p',
      { class: 'facts' },
      ...facts.flatMap((f, i) => (i ? [h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), f] : [f])),
    ),
    switches,
    typeSwitches,
    auto,
  );

  const summary = a.summary.length
    ? h(
        'section',
        { class: 'summary', 'aria-labelledby': 'summary-h' },
        h('h2', { id: 'summary-h' }, 'Summary'),
        h(
          'ul',
          {},
          a.summary.map((s) => h('li', {}, s.text)),
        ),
      )
    : null;

  const groups = ENTITY_TYPES.map((type) => {
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) return null;
    const items = list
      .slice(0, max)
      .map((e) =>
        h(
          'li',
          { class: `entity type-${type.toLowerCase()}` },
          h('span', { class: 'name' }, e.name),
          h('span', { class: 'count', 'aria-label': `${e.mentions.length} mentions` }, String(e.mentions.length)),
        ),
      );
    return h(
      'div',
      { class: 'group', 'data-type': type },
      h('h3', {}, TYPE_LABELS[type], h('span', { class: 'total' }, ` ${list.length}`)),
      h('ul', {}, items, list.length > max ? h('li', { class: 'more' }, `+${list.length - max} more`) : null),
    );
  });
  const entities = h(
    'section',
    { class: 'entities', 'aria-labelledby': 'entities-h' },
    h('h2', { id: 'entities-h' }, 'Key entities'),
    groups.some(Boolean) ? groups : h('p', { class: 'empty' }, 'No names found.'),
  );

  const dates = h(
    'section',
    { class: 'dates', 'aria-labelledby': 'dates-h' },
    h('h2', { id: 'dates-h' }, 'Timeline'),
    a.timeline.length
      ? h(
          'ol',
          {},
          a.timeline.map((d) =>
            h(
              'li',
              { class: `date certainty-${d.certainty}`, title: d.sentence },
              h('span', { class: 'value' }, d.endValue ? `${d.value} – ${d.endValue}` : d.value),
              h('span', { class: 'text' }, d.text),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No dates found.'),
  );

  return h('article', { class: 'card', 'data-state': 'ready' }, header, summary, entities, dates);
}
