/**
 * The summary card: header (title, site, authors, dates, reading time, language), the
 * switches, the summary, the key entities by type (each leads to its mentions in the page
 * and to Wikipedia), linked context (Wikipedia previews, when on), the timeline (each date
 * leads to its place in the page), and export. Page strings and fetched text go in as text.
 */
import { formatReadingTime } from '../core/report/format-card';
import { ENTITY_TYPES, type Analysis, type Entity, type Span, type TimelineEntry } from '../core/types';
import type { WikiPreview } from '../shared/messages';
import {
  HIGHLIGHT_TYPE_LABELS,
  HIGHLIGHT_TYPES,
  withAutoSite,
  withSiteHidden,
  withType,
  type Settings,
} from '../shared/settings';
import { h } from '../shared/dom';
import { wikipediaSearch } from '../shared/wikipedia';
import { wikiPreviewNodes } from '../shared/wiki-preview-nodes';
import { TYPE_LABELS } from '../core/type-labels';
import { dateLabel, formatDate, relativeTime, safeLocale, snippet } from './format';
import { datesUnavailable, languageFact, namesUnavailable } from './language-note';

export type ExportFormat = 'md' | 'json';

/** Who wrote the summary shown: Lede, or Chrome's built-in model (asked for, or with its answer). */
export type SummarySource = { engine: 'lede' } | { engine: 'chrome'; text: Promise<string | null> };

export interface CardOptions {
  now: Date;
  settings: Settings;
  /** The page's origin, for "on this site"; null hides that switch. */
  origin: string | null;
  /** A switch was flipped: the settings to store. */
  onSettings(patch: Partial<Settings>): void;
  /** "Annotate automatically on this site" was flipped; resolves to the switch's new state. */
  onAutoSite(origin: string, on: boolean): Promise<boolean>;
  /** Scroll the page to this stretch and flash it; resolves to whether it was found. */
  onReveal(span: Pick<Span, 'blockId' | 'start' | 'end'>): Promise<boolean>;
  /** Copy the analysis; resolves to whether the clipboard took it. */
  onExport(format: ExportFormat): Promise<boolean>;
  onOpenOptions(): void;
  /** Wikipedia's summary of a name (with previews on); absent when previews are off. */
  preview?: (name: string) => Promise<WikiPreview>;
  summary?: SummarySource;
  /** How many entities to list per type before "+N more". */
  maxPerType?: number;
}

/** Entities with a Wikipedia preview in the context section. */
const CONTEXT_ENTITIES = 4;

export function renderCard(a: Analysis, options: CardOptions): HTMLElement {
  const controls = switches(options);
  return h(
    'article',
    { class: 'card', 'data-state': 'ready', 'aria-labelledby': 'card-title' },
    header(a, options.now, controls.main),
    summarySection(a, options),
    entitiesSection(a, options),
    options.preview ? contextSection(a, options.preview) : null,
    timelineSection(a, options),
    h(
      'section',
      { class: 'display', 'aria-labelledby': 'display-h' },
      h('h2', { id: 'display-h' }, 'Highlights'),
      controls.types,
      controls.auto,
    ),
    footer(options),
  );
}

/** The locale the article's dates are written for: its declared language, else the one its text is in. */
function articleLocale(a: Analysis): string | undefined {
  const identified = a.language && a.language.code !== 'und' ? a.language.code : null;
  return safeLocale(a.meta.lang ?? identified);
}

function header(a: Analysis, now: Date, main: HTMLElement): HTMLElement {
  const { meta } = a;
  const locale = articleLocale(a);
  const facts: Node[] = [];
  if (meta.siteName) facts.push(h('span', { class: 'site' }, meta.siteName));
  if (meta.byline.length) facts.push(h('span', { class: 'byline' }, `By ${meta.byline.join(', ')}`));
  const dated = (cls: string, label: string, iso: string): HTMLElement => {
    const rel = relativeTime(iso, now);
    return h('time', { class: cls, datetime: iso }, label, formatDate(iso, locale), rel ? ` (${rel})` : '');
  };
  if (meta.publishedTime) facts.push(dated('published', '', meta.publishedTime));
  if (meta.modifiedTime && meta.modifiedTime.slice(0, 10) !== meta.publishedTime?.slice(0, 10))
    facts.push(dated('modified', 'updated ', meta.modifiedTime));
  facts.push(h('span', { class: 'reading-time' }, formatReadingTime(a.readingTime.min, a.readingTime.max)));
  const language = languageFact(a.language, meta.lang);
  if (language)
    facts.push(h('span', { class: 'language', lang: language.lang, title: language.title }, language.label));

  return h(
    'header',
    {},
    // The article's own strings keep its language and direction (a right-to-left title).
    h(
      'h1',
      { class: 'title', id: 'card-title', lang: meta.lang ?? undefined, dir: meta.dir ?? 'auto' },
      meta.title ?? 'Untitled article',
    ),
    h(
      'p',
      { class: 'facts' },
      ...facts.flatMap((f, i) => (i ? [h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), f] : [f])),
    ),
    a.cut
      ? h(
          'p',
          { class: 'cut-note', role: 'note' },
          `This page is very long: Lede read its first ${a.wordCount.toLocaleString('en')} of ${a.cut.totalWords.toLocaleString('en')} words.`,
        )
      : null,
    main,
  );
}

/** The main switches (all, this site) for the header; per type and automatic annotation below. */
function switches(options: CardOptions): { main: HTMLElement; types: HTMLElement; auto: HTMLElement | null } {
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
  const auto = origin
    ? switchFor('toggle-auto', 'Annotate this site automatically', settings.autoSites.includes(origin), (on) => {
        const input = auto?.querySelector('input');
        void options.onAutoSite(origin, on).then((now) => {
          if (input) input.checked = now;
          settings = { ...settings, ...withAutoSite(settings, origin, now) };
        });
      })
    : null;
  return {
    main: h(
      'div',
      { class: 'switches' },
      switchFor('toggle-highlights', 'Highlights', settings.highlightsVisible, (on) =>
        update({ highlightsVisible: on }),
      ),
      origin
        ? switchFor('toggle-site', 'On this site', !settings.sites[origin]?.hidden, (on) =>
            update(withSiteHidden(settings, origin, !on)),
          )
        : null,
    ),
    types: h(
      'fieldset',
      { class: 'type-switches' },
      h('legend', {}, 'Show'),
      HIGHLIGHT_TYPES.map((t) =>
        switchFor(`toggle-type-${t}`, HIGHLIGHT_TYPE_LABELS[t], settings.types[t], (on) =>
          update(withType(settings, t, on)),
        ),
      ),
    ),
    auto,
  };
}

/** A button that shows a stretch of the article in the page. */
function revealButton(
  cls: string,
  label: string,
  options: CardOptions,
  target: () => Pick<Span, 'blockId' | 'start' | 'end'>,
  ...children: (Node | string)[]
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: cls, 'aria-label': label }, ...children);
  button.addEventListener('click', () => void options.onReveal(target()));
  return button;
}

function summarySection(a: Analysis, options: CardOptions): HTMLElement | null {
  const source = options.summary ?? { engine: 'lede' };
  if (!a.summary.length && source.engine === 'lede') return null;
  const byLede = (): HTMLElement =>
    h(
      'ul',
      { lang: a.meta.lang ?? undefined, dir: a.meta.dir ?? 'auto' },
      a.summary.map((s) =>
        h(
          'li',
          {},
          revealButton('sentence', `${s.text} (show in the page)`, options, () => s, s.text),
        ),
      ),
    );
  const credit = h('p', { class: 'credit' });
  const body = h('div', { class: 'summary-body' });
  if (source.engine === 'lede') {
    credit.textContent = 'Key sentences chosen by Lede, on this device.';
    body.append(byLede());
  } else {
    credit.textContent = 'Chrome’s built-in model is summarising, on this device…';
    body.append(byLede());
    void source.text.then((text) => {
      if (text) {
        credit.textContent = 'Summary by Chrome’s built-in model, on this device.';
        const points = text
          .split('\n')
          .map((l) => l.replace(/^\s*[-*•]\s*/u, '').trim())
          .filter(Boolean);
        body.replaceChildren(
          h(
            'ul',
            { class: 'chrome-summary' },
            points.map((p) => h('li', {}, p)),
          ),
        );
      } else {
        credit.textContent = 'Chrome’s summariser is not available here; key sentences chosen by Lede.';
      }
    });
  }
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-h' },
    h('h2', { id: 'summary-h' }, 'Summary'),
    body,
    credit,
  );
}

function entitiesSection(a: Analysis, options: CardOptions): HTMLElement {
  const max = options.maxPerType ?? 6;
  const groups = ENTITY_TYPES.map((type) => {
    // Entities come ranked by salience; each type keeps that order.
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) return null;
    const items = list.slice(0, max).map((e) => entityItem(e, options));
    return h(
      'div',
      { class: 'group', 'data-type': type },
      h('h3', {}, TYPE_LABELS[type], h('span', { class: 'total' }, ` ${list.length}`)),
      h('ul', {}, items, list.length > max ? h('li', { class: 'more' }, `+${list.length - max} more`) : null),
    );
  });
  return h(
    'section',
    { class: 'entities', 'aria-labelledby': 'entities-h' },
    h('h2', { id: 'entities-h' }, 'Key entities'),
    groups.some(Boolean) ? groups : h('p', { class: 'empty' }, namesUnavailable(a.language) ?? 'No names found.'),
  );
}

function entityItem(e: Entity, options: CardOptions): HTMLElement {
  const count = e.mentions.length;
  // Each click goes to the next mention, from the first.
  let next = 0;
  const show = revealButton(
    'name',
    `${e.name}: ${count} ${count === 1 ? 'mention' : 'mentions'}; show the next in the page`,
    options,
    () => e.mentions[next++ % count] as Span,
    h('span', { class: 'label', dir: 'auto' }, e.name),
    h('span', { class: 'count', 'aria-hidden': 'true' }, String(count)),
  );
  const wiki = h(
    'a',
    {
      class: 'wiki',
      href: wikipediaSearch(e.name),
      target: '_blank',
      rel: 'noopener noreferrer',
      'aria-label': `${e.name} on Wikipedia`,
      title: 'Wikipedia',
    },
    'W',
  );
  return h('li', { class: `entity type-${e.type.toLowerCase()}`, 'data-entity': String(e.id) }, show, wiki);
}

function contextSection(a: Analysis, preview: (name: string) => Promise<WikiPreview>): HTMLElement {
  const top = a.entities.filter((e) => e.type !== 'OTHER').slice(0, CONTEXT_ENTITIES);
  const items = top.map((e) => {
    const item = h(
      'li',
      { class: 'preview', 'data-state': 'loading', 'aria-busy': 'true' },
      h('p', { class: 'muted' }, `Looking up ${e.name}…`),
    );
    void preview(e.name)
      .catch((err: unknown) => ({ status: 'error', message: String(err) }) as WikiPreview)
      .then((p) => {
        item.dataset['state'] = p.status;
        item.setAttribute('aria-busy', 'false');
        item.replaceChildren(...wikiPreviewNodes(document, e.name, p, { thumbnail: true }));
      });
    return item;
  });
  return h(
    'section',
    { class: 'context', 'aria-labelledby': 'context-h' },
    h('h2', { id: 'context-h' }, 'Context from Wikipedia'),
    items.length ? h('ul', {}, items) : h('p', { class: 'empty' }, 'No names to look up.'),
  );
}

function timelineSection(a: Analysis, options: CardOptions): HTMLElement {
  return h(
    'section',
    { class: 'dates', 'aria-labelledby': 'dates-h' },
    h('h2', { id: 'dates-h' }, 'Timeline'),
    a.timeline.length
      ? h(
          'ol',
          {},
          a.timeline.map((d) => h('li', { class: `date certainty-${d.certainty}` }, timelineButton(d, a, options))),
        )
      : h('p', { class: 'empty' }, datesUnavailable(a.language) ?? 'No dates found.'),
  );
}

function timelineButton(d: TimelineEntry, a: Analysis, options: CardOptions): HTMLButtonElement {
  const value = dateLabel(d.value, d.endValue, articleLocale(a));
  const approximate = d.certainty !== 'exact';
  const cut = snippet(d.sentence, d.text);
  return revealButton(
    'entry',
    `${value}${approximate ? ' (approximate)' : ''}: ${d.sentence} (show in the page)`,
    options,
    () => d,
    h('span', { class: 'value' }, value, approximate ? h('abbr', { title: 'approximate' }, ' ≈') : null),
    h('span', { class: 'snippet', dir: 'auto' }, cut.before, h('mark', {}, cut.match), cut.after),
  );
}

function footer(options: CardOptions): HTMLElement {
  const status = h('span', { class: 'status', role: 'status' });
  const exporter = (format: ExportFormat, label: string): HTMLButtonElement => {
    const b = h('button', { type: 'button', class: `export-${format}` }, label);
    b.addEventListener('click', () => {
      void options.onExport(format).then((ok) => {
        status.textContent = ok
          ? `Copied as ${format === 'md' ? 'Markdown' : 'JSON'}.`
          : 'The clipboard refused the copy.';
      });
    });
    return b;
  };
  const settings = h('button', { type: 'button', class: 'options' }, 'Options');
  settings.addEventListener('click', () => options.onOpenOptions());
  return h('footer', {}, exporter('md', 'Copy Markdown'), exporter('json', 'Copy JSON'), settings, status);
}
