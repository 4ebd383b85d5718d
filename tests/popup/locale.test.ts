// @vitest-environment jsdom
/**
 * The card in the reader's language: under a pseudo-locale every string the card shows or
 * speaks comes from _locales (a hard-coded one is caught), and in Spanish it reads Spanish.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { describeDate } from '../../src/core/dates/label';
import { loadRecogniser } from '../../src/cli/model';
import type { PopupActions } from '../../src/popup/actions';
import { startPopup } from '../../src/popup/app';
import { useCatalogue } from '../../src/shared/i18n';
import type { TabState, WikiPreview } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { catalogue } from '../helpers/catalogue';
import { unlocalised, useEnglish, usePseudoLocale } from '../helpers/pseudo-locale';

const analysis = analyse(
  {
    meta: {
      url: 'https://news.example/a',
      title: 'Port strike spreads to Hamburg',
      byline: ['Ana Lima'],
      publishedTime: '2024-03-07',
      modifiedTime: '2024-03-09T10:00:00Z',
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
      {
        id: 1,
        kind: 'paragraph',
        text: '"We will not go back until the Port Authority listens," Lange told reporters in March 2024.',
      },
    ],
    isArticle: true,
    reason: 'test',
  },
  { now: new Date('2024-03-10T12:00:00Z'), recogniser: loadRecogniser() },
);

function actions(state: TabState): PopupActions {
  return {
    targetTab: async () => 7,
    analyse: async () => state,
    tabOrigin: async () => 'https://news.example',
    getSettings: async () => ({ ...DEFAULT_SETTINGS, wikipediaPreviews: true }),
    updateSettings: async () => undefined,
    setAutoSite: async (_o, on) => on,
    reveal: async () => true,
    copy: async () => true,
    openOptions: vi.fn(),
    wikiPreview: async (name): Promise<WikiPreview> => ({ status: 'missing', name }) as WikiPreview,
    chromeSummary: async () => null,
  };
}

async function mount(state: TabState): Promise<HTMLElement> {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  await startPopup(root, actions(state), () => new Date('2024-03-10T12:00:00Z'));
  // The Wikipedia previews answer after the card is drawn.
  await new Promise((r) => setTimeout(r, 0));
  return root;
}

/**
 * What the page and the analysis bring: names, sentences, the site, authors; and the
 * timeline's date values, which core words (`describeDate`, with Intl for days and months).
 */
const data = [
  ...analysis.timeline.map((d) => describeDate(d.value, d.endValue, d.mod, 'en')),
  ...analysis.entities.map((e) => e.name),
  ...analysis.blocks.map((b) => b.text),
  'Example News',
  'Ana Lima',
  'https://news.example',
];

describe('the card in the reader’s language', () => {
  afterEach(useEnglish);

  test.each<[string, TabState]>([
    ['the card', { status: 'ready', analysis }],
    ['not an article', { status: 'not-article', reason: 'too short', analysis: null } as unknown as TabState],
    ['a page Lede may not read', { status: 'restricted', message: 'no' }],
    ['an error', { status: 'error', message: 'boom' }],
  ])('%s: every string comes from _locales', async (_, state) => {
    usePseudoLocale();
    const root = await mount(state);
    const reason = state.status === 'not-article' ? ['too short'] : [];
    const message = state.status === 'error' ? ['boom'] : [];
    expect(unlocalised(root, [...data, ...reason, ...message])).toEqual([]);
  });

  test('the check catches a hard-coded string', async () => {
    usePseudoLocale();
    const root = await mount({ status: 'ready', analysis });
    root.querySelector('h2')?.append(' Summary');
    expect(unlocalised(root, data)).toEqual([expect.stringContaining('Summary')]);
  });

  test('in Spanish', async () => {
    useCatalogue(catalogue('es'));
    const root = await mount({ status: 'ready', analysis });
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toContain('Resumen');
    expect(headings).toContain('Entidades clave');
    expect(root.querySelector('.facts')?.textContent).toContain('Por Ana Lima');
  });
});
