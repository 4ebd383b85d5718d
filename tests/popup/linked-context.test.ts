// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { summariseSources } from '../../src/core/context/sources';
import type { Analysis, Entity, Quote, TimelineEntry } from '../../src/core/types';
import { renderCard, type CardOptions } from '../../src/popup/card';
import { clipAround } from '../../src/core/segment/clip';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const TEXTS = [
  'Jan de Vries, chief executive of Vries Cargo, said on Monday that rates had tripled.',
  '“We are sailing with empty ships <b>now</b>,” said Martina Vogel on Tuesday.',
  'In 2018, the Rhine fell too, officials said.',
];

function entity(id: number, name: string, type: Entity['type'], blockId: number, salience: number): Entity {
  const start = (TEXTS[blockId] as string).indexOf(name);
  return { id, type, name, salience, mentions: [{ blockId, start, end: start + name.length, text: name, type }] };
}

function dated(mentionId: number, value: string, text: string, blockId: number, entities: number[]): TimelineEntry {
  const sentence = TEXTS[blockId] as string;
  const start = sentence.indexOf(text);
  return { mentionId, value, certainty: 'exact', text, sentence, blockId, start, end: start + text.length, entities };
}

function quote(id: number, kind: Quote['kind'], blockId: number, text: string, name: string, entityId?: number): Quote {
  const start = (TEXTS[blockId] as string).indexOf(text);
  const q: Quote = { id, kind, blockId, start, end: start + text.length, text, speaker: { name } };
  if (entityId !== undefined) q.speaker.entityId = entityId;
  return q;
}

function article(quotes: Quote[]): Analysis {
  const vries = entity(1, 'Jan de Vries', 'PERSON', 0, 0.9);
  vries.roles = [
    { blockId: 0, start: 14, end: 44, text: 'chief executive of Vries Cargo', sentence: TEXTS[0] as string },
  ];
  const entities = [vries, entity(2, 'Martina Vogel', 'PERSON', 1, 0.8), entity(3, 'Rhine', 'PLACE', 2, 0.5)];
  return {
    meta: {
      url: 'https://news.example/rhine',
      title: 'Rhine',
      byline: [],
      publishedTime: '2025-08-14',
      modifiedTime: null,
      siteName: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      sources: {},
    },
    isArticle: true,
    reason: 'test',
    blocks: TEXTS.map((text, id) => ({ id, kind: 'paragraph', text })),
    wordCount: 40,
    readingTime: { min: 1, max: 1 },
    entities,
    dates: [],
    timeline: [
      dated(1, '2018', '2018', 2, [3]),
      dated(2, '2025-08-11', 'Monday', 0, [1]),
      dated(3, '2025-08-12', 'Tuesday', 1, [2]),
    ],
    quotes,
    sources: summariseSources(quotes),
    summary: [],
    analysedAt: '2025-08-14T10:00:00Z',
    referenceDate: '2025-08-14',
  };
}

const QUOTES = [
  quote(1, 'indirect', 0, 'rates had tripled', 'Jan de Vries', 1),
  quote(2, 'direct', 1, 'We are sailing with empty ships <b>now</b>', 'Martina Vogel', 2),
];

function mount(a: Analysis): { root: HTMLElement; onReveal: ReturnType<typeof vi.fn> } {
  const onReveal = vi.fn(async () => true);
  const options: CardOptions = {
    now: new Date('2025-08-14T12:00:00Z'),
    settings: DEFAULT_SETTINGS,
    origin: null,
    onSettings: () => undefined,
    onAutoSite: async (_origin, on) => on,
    onReveal,
    onExport: async () => true,
    onOpenOptions: () => undefined,
  };
  const root = renderCard(a, options);
  document.body.replaceChildren(root);
  return { root, onReveal };
}

const texts = (root: HTMLElement, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('the Sources section', () => {
  test('who is quoted, how often and how, with the first quote as text; a click shows it in the page', () => {
    const { root, onReveal } = mount(article(QUOTES));
    expect(texts(root, '.sources .who .label')).toEqual(['Jan de Vries', 'Martina Vogel']);
    expect(texts(root, '.sources .counts')).toEqual([' 1 reported', ' 1 direct']);
    const buttons = root.querySelectorAll<HTMLButtonElement>('.sources button.quote');
    expect(buttons[1]?.textContent).toBe('“We are sailing with empty ships <b>now</b>”');
    expect(root.querySelector('.sources b')).toBeNull();
    buttons[1]?.click();
    const { blockId, start, end } = QUOTES[1] as Quote;
    expect(onReveal).toHaveBeenLastCalledWith(expect.objectContaining({ blockId, start, end }));
    expect(start).toBe(1);
    expect(root.querySelector('.one-anonymous-source')).toBeNull();
  });

  test('an article resting on one unnamed source says so', () => {
    const anonymous = [
      quote(1, 'indirect', 2, 'the Rhine fell too', 'officials'),
      quote(2, 'indirect', 0, 'rates had tripled', 'officials'),
      quote(3, 'direct', 1, 'We are sailing with empty ships <b>now</b>', 'officials'),
    ];
    const { root } = mount(article(anonymous));
    expect(root.querySelector('.one-anonymous-source')?.textContent).toContain('one unnamed source (officials)');
    expect(texts(root, '.sources .unnamed')).toEqual([' (unnamed)']);
  });

  test('past eight sources, "+N more" is a button that shows the rest in place, and hides them again', () => {
    const many = Array.from({ length: 11 }, (_, i) =>
      quote(i + 1, 'indirect', 2, 'the Rhine fell too', `Official ${i + 1}`),
    );
    const { root } = mount(article(many));
    const items = [...root.querySelectorAll<HTMLElement>('.sources li.source')];
    const shown = (): number => items.filter((li) => !li.hidden).length;
    expect(items).toHaveLength(11);
    expect(shown()).toBe(8);
    const more = root.querySelector<HTMLButtonElement>('.sources button.more');
    expect(more?.textContent).toBe('+3 more');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    more?.click();
    expect(shown()).toBe(11);
    expect(more?.getAttribute('aria-expanded')).toBe('true');
    expect(more?.textContent).toBe('Show fewer');
    more?.click();
    expect(shown()).toBe(8);
    expect(more?.textContent).toBe('+3 more');
  });

  test('none quoted: says so; a names-only reading has no section', () => {
    expect(mount(article([])).root.querySelector('.sources .empty')).not.toBeNull();
    const namesOnly = article([]);
    delete namesOnly.quotes;
    delete namesOnly.sources;
    expect(mount(namesOnly).root.querySelector('.sources')).toBeNull();
  });

  test('a long quote is cut at a word with an ellipsis', () => {
    const long = 'word '.repeat(60).trim();
    const cut = clipAround(long, -1, -1, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('word…')).toBe(true);
    expect(clipAround('short')).toBe('short');
  });
});

describe('roles and the timeline narrowed to a name', () => {
  test('a role beside its name, with its sentence as the title', () => {
    const { root } = mount(article(QUOTES));
    const role = root.querySelector('[data-entity="1"] .role');
    expect(role?.textContent).toBe('chief executive of Vries Cargo');
    expect(role?.getAttribute('title')).toContain(TEXTS[0]);
    expect(root.querySelector('[data-entity="2"] .role')).toBeNull();
  });

  test('each dated event says who is involved', () => {
    const { root } = mount(article(QUOTES));
    expect(texts(root, '.dates .involved')).toEqual([
      'Involved: Rhine',
      'Involved: Jan de Vries',
      'Involved: Martina Vogel',
    ]);
  });

  test('choosing a name narrows the timeline to its dates; "Show all dates" brings them back', () => {
    const { root } = mount(article(QUOTES));
    const visible = (): string[] =>
      [...root.querySelectorAll<HTMLElement>('.dates li.date')]
        .filter((li) => !li.hidden)
        .map((li) => li.querySelector('mark')?.textContent ?? '');
    expect(visible()).toEqual(['2018', 'Monday', 'Tuesday']);
    const narrow = root.querySelector<HTMLButtonElement>('[data-entity="2"] button.narrow');
    expect(narrow?.getAttribute('aria-label')).toBe('Dates 1: show the date of Martina Vogel in the timeline');
    narrow?.click();
    expect(visible()).toEqual(['Tuesday']);
    expect(narrow?.getAttribute('aria-pressed')).toBe('true');
    const bar = root.querySelector<HTMLElement>('.timeline-filter');
    expect(bar?.hidden).toBe(false);
    expect(bar?.textContent).toContain('Dates involving Martina Vogel');
    // Another name: its own dates.
    root.querySelector<HTMLButtonElement>('[data-entity="1"] button.narrow')?.click();
    expect(visible()).toEqual(['Monday']);
    expect(narrow?.getAttribute('aria-pressed')).toBe('false');
    root.querySelector<HTMLButtonElement>('.timeline-filter button.back')?.click();
    expect(visible()).toEqual(['2018', 'Monday', 'Tuesday']);
    expect(bar?.hidden).toBe(true);
    // The same name twice: back to all.
    narrow?.click();
    narrow?.click();
    expect(visible()).toEqual(['2018', 'Monday', 'Tuesday']);
  });
});
