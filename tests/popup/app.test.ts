// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { startPopup } from '../../src/popup/app';
import type { PopupActions } from '../../src/popup/actions';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { analyse } from '../../src/core/analyse';
import { loadRecogniser } from '../../src/cli/model';
import type { TabState } from '../../src/shared/messages';

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

function fakeActions(...states: TabState[]): PopupActions & { analyse: ReturnType<typeof vi.fn> } {
  const queue = [...states];
  return {
    targetTab: async () => 7,
    analyse: vi.fn(async (): Promise<TabState> => queue.shift() ?? { status: 'error', message: 'no more states' }),
    tabOrigin: async () => 'https://news.example',
    getSettings: async () => DEFAULT_SETTINGS,
    updateSettings: vi.fn(async () => undefined),
    setAutoSite: vi.fn(async (_origin: string, on: boolean) => on),
  };
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
    expect(root.querySelector('.dates')?.textContent).toContain('2024-03-04');
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
});
