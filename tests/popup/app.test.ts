// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { ANALYSIS_TIMEOUT_MS, startPopup } from '../../src/popup/app';
import type { PopupActions } from '../../src/popup/actions';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import type { TabState, WikiPreview } from '../../src/shared/messages';
import type { Span } from '../../src/core/types';
import { extractArticle } from '../../src/article/extract';
import { loadDocument } from '../../src/cli/main';
import { fixture } from '../article/load';

const NOW = new Date('2025-06-01T12:00:00Z');

const analysis = analyse(
  {
    meta: {
      url: 'https://news.example/a',
      title: 'Port strike spreads to Hamburg <script>alert(1)</script>',
      byline: ['Ana Lima'],
      publishedTime: '2024-03-07',
      modifiedTime: null,
      siteName: 'Example News',
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      sources: {},
    },
    blocks: [
      {
        id: 0,
        kind: 'paragraph',
        text: 'Dock workers in Hamburg walked out on Monday, said union leader Petra Lange in a long statement.',
      },
    ],
    isArticle: true,
    reason: 'test',
  },
  { now: new Date('2024-03-10T12:00:00Z'), recogniser: loadRecogniser() },
);

function fakeActions(...states: TabState[]) {
  const queue = [...states];
  return {
    targetTab: async () => 7,
    analyse: vi.fn(async (): Promise<TabState> => queue.shift() ?? { status: 'error', message: 'no more states' }),
    tabOrigin: async () => 'https://news.example',
    getSettings: vi.fn(async (): Promise<Settings> => DEFAULT_SETTINGS),
    updateSettings: vi.fn(async () => undefined),
    setAutoSite: vi.fn(async (_origin: string, on: boolean) => on),
    reveal: vi.fn(async (_tab: number, _span: Pick<Span, 'blockId' | 'start' | 'end'>) => true),
    copy: vi.fn(async (_text: string) => true),
    openOptions: vi.fn(),
    wikiPreview: vi.fn(async (name: string): Promise<WikiPreview> => ({ status: 'missing', name }) as WikiPreview),
    chromeSummary: vi.fn(async (_text: string, _context: string): Promise<string | null> => null),
  } satisfies PopupActions;
}

async function mount(actions: PopupActions): Promise<HTMLElement> {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  await startPopup(root, actions, () => new Date('2024-03-10T12:00:00Z'));
  return root;
}

describe('popup states', () => {
  test('ready: the card, with page strings as text only', async () => {
    const actions = fakeActions({ status: 'ready', analysis });
    const root = await mount(actions);
    expect(root.dataset['state']).toBe('ready');
    expect(root.querySelector('.title')?.textContent).toBe('Port strike spreads to Hamburg <script>alert(1)</script>');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.facts')?.textContent).toContain('By Ana Lima');
    expect(root.querySelector('.published')?.textContent).toMatch(/7 Mar 2024|Mar 7, 2024/);
    expect(root.querySelector('.published')?.textContent).toContain('3 days ago');
    expect(root.querySelector('[data-type="PERSON"]')?.textContent).toContain('Petra Lange');
    expect(root.querySelector('.dates')?.textContent).toMatch(/4 Mar 2024|Mar 4, 2024/);
    expect(root.querySelector('.language')?.textContent).toBe('English');
  });

  test('a header field Lede is unsure of is shown with less weight; the sure ones are not', async () => {
    const unsure = {
      ...analysis,
      meta: { ...analysis.meta, confidence: { title: 0.95, byline: 0.4, publishedTime: 0.5 } },
    };
    const root = await mount(fakeActions({ status: 'ready', analysis: unsure }));
    expect(root.querySelector('.byline')?.hasAttribute('data-unsure')).toBe(true);
    expect(root.querySelector('.published')?.hasAttribute('data-unsure')).toBe(true);
    expect(root.querySelector('.title')?.hasAttribute('data-unsure')).toBe(false);
    expect(root.querySelector('.byline')?.textContent).toBe('By Ana Lima');
    const sure = await mount(fakeActions({ status: 'ready', analysis }));
    expect(sure.querySelector('[data-unsure]')).toBeNull();
  });

  test("an author read from a page's end bio reaches the card drawn lighter; a byline's does not", async () => {
    const read = (file: string) => {
      const url = 'https://harbour.example/news/port-plan';
      const { article } = extractArticle(loadDocument(fixture(`header/${file}`), url), { url, now: NOW });
      return analyse(article, { now: NOW, recogniser: loadRecogniser() });
    };
    const bio = await mount(fakeActions({ status: 'ready', analysis: read('bio-only.html') }));
    expect(bio.querySelector('.byline')?.textContent).toBe('By Ana Lima');
    expect(bio.querySelector('.byline')?.hasAttribute('data-unsure')).toBe(true);
    const byline = await mount(fakeActions({ status: 'ready', analysis: read('ld-agrees-with-byline.html') }));
    expect(byline.querySelector('.byline')?.hasAttribute('data-unsure')).toBe(false);
  });

  test('the switches write the settings: all, this site, each type', async () => {
    const actions = fakeActions({ status: 'ready', analysis });
    const root = await mount(actions);
    const toggle = root.querySelector<HTMLInputElement>('#toggle-highlights');
    expect(toggle?.checked).toBe(true);
    toggle?.click();
    expect(actions.updateSettings).toHaveBeenLastCalledWith({ highlightsVisible: false });
    root.querySelector<HTMLInputElement>('#toggle-site')?.click();
    expect(actions.updateSettings).toHaveBeenLastCalledWith({ sites: { 'https://news.example': { hidden: true } } });
    root.querySelector<HTMLInputElement>('#toggle-type-date')?.click();
    root.querySelector<HTMLInputElement>('#toggle-type-org')?.click();
    // The second flip keeps the first.
    expect(actions.updateSettings).toHaveBeenLastCalledWith({
      types: { person: true, org: false, place: true, other: true, date: false },
    });
    root.querySelector<HTMLInputElement>('#toggle-site')?.click();
    expect(actions.updateSettings).toHaveBeenLastCalledWith({ sites: {} });
  });

  test('"Highlights on this page" says what this page shows: off on a hidden site, and turning it on shows the site again', async () => {
    const actions = fakeActions({ status: 'ready', analysis });
    actions.getSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, sites: { 'https://news.example': { hidden: true } } });
    const root = await mount(actions);
    const onPage = root.querySelector<HTMLInputElement>('#toggle-highlights');
    const hidden = root.querySelector<HTMLInputElement>('#toggle-site');
    expect([onPage?.checked, hidden?.checked]).toEqual([false, true]);
    // The row holds the two plain switches, labelled.
    expect([...root.querySelectorAll('.switches label')].map((l) => l.textContent)).toEqual([
      'Highlights on this page',
      'Always on this site',
    ]);
    onPage?.click();
    expect(actions.updateSettings).toHaveBeenLastCalledWith({ highlightsVisible: true, sites: {} });
    expect(hidden?.checked).toBe(false);
    root.querySelector<HTMLInputElement>('#toggle-every')?.click();
    expect(actions.updateSettings).toHaveBeenLastCalledWith({ markEveryMention: true });
  });

  test('not an article, then "annotate anyway" asks again with force', async () => {
    const actions = fakeActions(
      { status: 'not-article', reason: 'Only 12 words.', meta: analysis.meta },
      { status: 'ready', analysis },
    );
    const root = await mount(actions);
    expect(root.dataset['state']).toBe('not-article');
    expect(root.textContent).toContain('Only 12 words.');
    root.querySelector('button')?.click();
    await vi.waitFor(() => expect(root.dataset['state']).toBe('ready'));
    expect(actions.analyse.mock.calls).toEqual([
      [7, false],
      [7, true],
    ]);
  });

  test('a restricted page says Lede cannot read it', async () => {
    const root = await mount(fakeActions({ status: 'restricted', message: 'Cannot access a chrome:// URL' }));
    expect(root.dataset['state']).toBe('restricted');
    expect(root.querySelector('h1')?.textContent).toBe('Lede cannot read this page');
  });

  test('an error offers a retry that works', async () => {
    const actions = fakeActions({ status: 'error', message: 'boom' }, { status: 'ready', analysis });
    const root = await mount(actions);
    expect(root.textContent).toContain('boom');
    root.querySelector('button')?.click();
    await vi.waitFor(() => expect(root.dataset['state']).toBe('ready'));
  });

  test('whatever fails on the way to the card ends in the error state with a retry, never "Reading…"', async () => {
    const actions = fakeActions({ status: 'ready', analysis }, { status: 'ready', analysis });
    actions.getSettings.mockRejectedValueOnce(new Error('storage is gone'));
    const root = await mount(actions);
    expect(root.dataset['state']).toBe('error');
    expect(root.textContent).toContain('storage is gone');
    root.querySelector('button')?.click();
    await vi.waitFor(() => expect(root.dataset['state']).toBe('ready'));
  });

  test('an article whose language is written "en_US" still gets its card', async () => {
    const odd = { ...analysis, meta: { ...analysis.meta, lang: 'en_US' } };
    const root = await mount(fakeActions({ status: 'ready', analysis: odd }));
    expect(root.dataset['state']).toBe('ready');
  });

  test('a page that never answers: the error state with a retry after the time limit', async () => {
    vi.useFakeTimers();
    try {
      const actions = fakeActions();
      actions.analyse.mockImplementationOnce(() => new Promise<TabState>(() => undefined));
      const root = document.createElement('main');
      document.body.replaceChildren(root);
      const started = startPopup(root, actions, () => new Date('2024-03-10T12:00:00Z'));
      await vi.advanceTimersByTimeAsync(ANALYSIS_TIMEOUT_MS + 10);
      await started;
      expect(root.dataset['state']).toBe('error');
      expect(root.textContent).toContain('took too long');
    } finally {
      vi.useRealTimers();
    }
  });
});

const rich = analyse(
  {
    meta: {
      url: 'https://news.example/b',
      title: 'Lange walks out <img src=x onerror=alert(1)>',
      byline: [],
      publishedTime: '2024-03-07',
      modifiedTime: '2024-03-09T10:00:00Z',
      siteName: null,
      lang: 'de',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      sources: {},
    },
    blocks: [
      { id: 0, kind: 'paragraph', text: 'Union leader Petra Lange called the strike in Hamburg on Monday, 4 March.' },
      { id: 1, kind: 'paragraph', text: 'Lange said the employers of Hamburg had until 1 April to answer the union.' },
      {
        id: 2,
        kind: 'paragraph',
        text: 'Talks with Lange and the port employers in Bremen failed in February, she said.',
      },
    ],
    isArticle: true,
    reason: 'test',
  },
  { now: new Date('2024-03-10T12:00:00Z'), recogniser: loadRecogniser() },
);

describe('the card leads back to the page and out to context', () => {
  test('the header has the modified date and the language', async () => {
    const root = await mount(fakeActions({ status: 'ready', analysis: rich }));
    expect(root.querySelector('.modified')?.textContent).toMatch(/^updated /);
    // The page declares German; its text is English, which the analysis reads it in and says so.
    expect(root.querySelector('.language')?.textContent).toBe('English (detected)');
    expect(root.querySelector('.language')?.getAttribute('title')).toContain('the page declares another');
    expect(root.querySelector('.title')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  test('an entity goes to each of its mentions in turn; a date to its place', async () => {
    const actions = fakeActions({ status: 'ready', analysis: rich });
    const root = await mount(actions);
    const lange = rich.entities.find((e) => e.name === 'Petra Lange');
    expect(lange?.mentions.length).toBe(3);
    const button = root.querySelector<HTMLButtonElement>(`[data-entity="${lange?.id}"] button.name`);
    expect(button?.getAttribute('aria-label')).toContain('3 mentions');
    for (let i = 0; i < 4; i++) button?.click();
    const spans = actions.reveal.mock.calls.map(([tab, span]) => [tab, span.blockId, span.start]);
    const m = lange?.mentions ?? [];
    expect(spans).toEqual([0, 1, 2, 0].map((i) => [7, m[i]?.blockId, m[i]?.start]));
    // The timeline is in time order, and each entry shows its place.
    const values = rich.timeline.map((d) => d.value);
    expect(values).toEqual([...values].sort());
    const entries = root.querySelectorAll<HTMLButtonElement>('.dates button.entry');
    expect(entries.length).toBe(rich.timeline.length);
    entries[1]?.click();
    expect(actions.reveal).toHaveBeenLastCalledWith(7, rich.timeline[1]);
    expect(entries[0]?.querySelector('mark')?.textContent).toBe(rich.timeline[0]?.text);
  });

  test('entities are listed by salience within their type, each with a Wikipedia link', async () => {
    const root = await mount(fakeActions({ status: 'ready', analysis: rich }));
    const places = [...root.querySelectorAll('[data-type="PLACE"] .label')].map((e) => e.textContent);
    const expected = rich.entities.filter((e) => e.type === 'PLACE').map((e) => e.name);
    expect(places).toEqual(expected);
    expect(places[0]).toBe('Hamburg');
    const link = root.querySelector<HTMLAnchorElement>('[data-type="PLACE"] a.wiki');
    expect(link?.href).toBe('https://en.wikipedia.org/wiki/Special:Search?search=Hamburg');
    expect(link?.rel).toBe('noopener noreferrer');
  });

  test('"+N more" is a button that shows the rest in place; the timeline shows its first entries and "Show all"', async () => {
    const actions = fakeActions({ status: 'ready', analysis: rich });
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const { renderCard } = await import('../../src/popup/card');
    const card = renderCard(
      { ...rich, description: 'The publisher says: <b>strike</b>.' },
      {
        now: new Date('2024-03-10T12:00:00Z'),
        settings: DEFAULT_SETTINGS,
        origin: 'https://news.example',
        onSettings: actions.updateSettings,
        onAutoSite: actions.setAutoSite,
        onReveal: (span) => actions.reveal(7, span),
        onExport: async () => true,
        onOpenOptions: () => undefined,
        maxPerType: 1,
        maxDates: 1,
      },
    );
    root.append(card);
    const places = root.querySelectorAll<HTMLElement>('[data-type="PLACE"] li.entity');
    expect(places.length).toBeGreaterThan(1);
    const shown = (): number => [...places].filter((li) => !li.hidden).length;
    expect(shown()).toBe(1);
    const more = root.querySelector<HTMLButtonElement>('[data-type="PLACE"] button.more');
    expect(more?.textContent).toBe(`+${places.length - 1} more`);
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    more?.click();
    expect(shown()).toBe(places.length);
    expect(more?.getAttribute('aria-expanded')).toBe('true');
    // In place: the button stays in the same list, after the chips.
    expect(more?.closest('ul')).toBe(places[0]?.closest('ul'));

    const dates = root.querySelectorAll<HTMLElement>('.dates li');
    expect([...dates].filter((li) => !li.hidden)).toHaveLength(1);
    const all = root.querySelector<HTMLButtonElement>('.dates button.show-all');
    expect(all?.textContent).toBe(`Show all ${dates.length} dates`);
    all?.click();
    expect([...dates].filter((li) => !li.hidden)).toHaveLength(dates.length);
    // No raw TIMEX code in the timeline's values.
    for (const v of root.querySelectorAll('.dates .value')) expect(v.textContent).not.toMatch(/\d{4}-\d{2}/u);

    // The publisher's description, labelled as theirs, as text.
    expect(root.querySelector('.publisher figcaption')?.textContent).toBe('The publisher’s summary');
    expect(root.querySelector('.publisher blockquote')?.textContent).toBe('The publisher says: <b>strike</b>.');
    expect(root.querySelector('.publisher b')).toBeNull();
  });

  test('the timeline shows the entries the analysis features, in time order, the rest behind "Show all"', async () => {
    const timeline = rich.timeline.map((d, i) => (i % 2 ? { ...d, featured: true as const } : d));
    expect(timeline.length).toBeGreaterThan(1);
    const root = await mount(fakeActions({ status: 'ready', analysis: { ...rich, timeline } }));
    const items = [...root.querySelectorAll<HTMLElement>('.dates li')];
    expect(items.map((li) => !li.hidden)).toEqual(timeline.map((d) => Boolean(d.featured)));
    root.querySelector<HTMLButtonElement>('.dates button.show-all')?.click();
    expect(items.every((li) => !li.hidden)).toBe(true);
  });

  test('export copies Markdown and JSON; Options opens the options page', async () => {
    const actions = fakeActions({ status: 'ready', analysis: rich });
    const root = await mount(actions);
    root.querySelector<HTMLButtonElement>('.export-md')?.click();
    root.querySelector<HTMLButtonElement>('.export-json')?.click();
    await vi.waitFor(() => expect(actions.copy).toHaveBeenCalledTimes(2));
    const [md, json] = actions.copy.mock.calls.map(([text]) => text);
    expect(md).toMatch(/^# Lange walks out/);
    expect(md).toContain('**People**: Petra Lange (3)');
    expect(JSON.parse(json ?? '')).toEqual(JSON.parse(JSON.stringify(rich)));
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Copied as JSON.'));
    root.querySelector<HTMLButtonElement>('footer .options')?.click();
    expect(actions.openOptions).toHaveBeenCalled();
  });

  test('with previews off nothing is looked up; on, the extract, thumbnail and Wikidata id show, as text', async () => {
    const off = fakeActions({ status: 'ready', analysis: rich });
    const offRoot = await mount(off);
    expect(offRoot.querySelector('.context')).toBeNull();
    expect(off.wikiPreview).not.toHaveBeenCalled();

    const on = fakeActions({ status: 'ready', analysis: rich });
    on.getSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, wikipediaPreviews: true });
    on.wikiPreview.mockImplementation(async (name: string): Promise<WikiPreview> => {
      if (name === 'Hamburg')
        return {
          status: 'found',
          title: 'Hamburg',
          extract: 'Hamburg is a city <b onmouseover=alert(1)>in Germany</b>.',
          url: 'https://en.wikipedia.org/wiki/Hamburg',
          thumbnail: 'https://upload.wikimedia.org/hamburg.jpg',
          wikidata: 'Q1055',
        };
      if (name === 'Bremen')
        return { status: 'ambiguous', title: 'Bremen', url: 'https://en.wikipedia.org/wiki/Bremen' };
      return { status: 'missing' };
    });
    const root = await mount(on);
    await vi.waitFor(() => expect(root.querySelectorAll('.context [data-state="loading"]').length).toBe(0));
    const found = root.querySelector('.context [data-state="found"]');
    expect(found?.querySelector('.extract')?.textContent).toBe(
      'Hamburg is a city <b onmouseover=alert(1)>in Germany</b>.',
    );
    expect(found?.querySelector('b')).toBeNull();
    expect(found?.querySelector('img')?.getAttribute('src')).toBe('https://upload.wikimedia.org/hamburg.jpg');
    expect(found?.textContent).toContain('Wikidata Q1055');
    expect(root.querySelector('.context [data-state="ambiguous"]')?.textContent).toContain('could mean several');
    expect(on.wikiPreview.mock.calls.map(([n]) => n)).toEqual(
      rich.entities
        .filter((e) => e.type !== 'OTHER')
        .slice(0, 4)
        .map((e) => e.name),
    );
  });

  test("Chrome's summariser writes the summary when chosen and available, and the card says so", async () => {
    const chosen = { ...DEFAULT_SETTINGS, summaryEngine: 'chrome' as const };
    const withApi = fakeActions({ status: 'ready', analysis: rich });
    withApi.getSettings.mockResolvedValue(chosen);
    withApi.chromeSummary.mockResolvedValue('* Petra Lange called a strike.\n* Employers have until April.');
    const root = await mount(withApi);
    await vi.waitFor(() =>
      expect(root.querySelector('.summary .credit')?.textContent).toContain('Chrome’s built-in model'),
    );
    expect([...root.querySelectorAll('.chrome-summary li')].map((li) => li.textContent)).toEqual([
      'Petra Lange called a strike.',
      'Employers have until April.',
    ]);
    expect(withApi.chromeSummary.mock.calls[0]?.[0]).toContain('Union leader Petra Lange');

    const without = fakeActions({ status: 'ready', analysis: rich });
    without.getSettings.mockResolvedValue(chosen);
    const fallback = await mount(without);
    await vi.waitFor(() => expect(fallback.querySelector('.summary .credit')?.textContent).toContain('not available'));
    expect(fallback.querySelectorAll('.summary button.sentence').length).toBe(rich.summary.length);
  });
});
