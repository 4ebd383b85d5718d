// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import type { OptionsEnv } from '../../src/options/env';
import { startOptions } from '../../src/options/options';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

function fakeEnv(settings: Partial<Settings> = {}, grant = true) {
  return {
    getSettings: vi.fn(async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...settings })),
    updateSettings: vi.fn(async (_patch: Partial<Settings>) => undefined),
    setWikipediaPermission: vi.fn(async (on: boolean) => on && grant),
    dropSitePermission: vi.fn(async (_origin: string) => undefined),
    shortcuts: async () => [
      { description: 'Show or hide Lede’s highlights', keys: 'Alt+Shift+H' },
      { description: 'Lede: go to the next highlighted name or date', keys: '' },
    ],
    openShortcutSettings: vi.fn(),
    hasSummarizer: () => false,
  } satisfies OptionsEnv;
}

async function mount(env: OptionsEnv): Promise<HTMLElement> {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  await startOptions(root, env);
  return root;
}

const click = (root: HTMLElement, selector: string): void => root.querySelector<HTMLElement>(selector)?.click();

describe('options page', () => {
  test('palette, types and summary engine write their settings', async () => {
    const env = fakeEnv();
    const root = await mount(env);
    expect(root.dataset['state']).toBe('ready');
    expect(root.querySelector<HTMLInputElement>('#palette-auto')?.checked).toBe(true);
    click(root, '#palette-dark');
    expect(env.updateSettings).toHaveBeenLastCalledWith({ palette: 'dark' });
    click(root, '#type-date');
    click(root, '#type-org');
    expect(env.updateSettings).toHaveBeenLastCalledWith({
      types: { person: true, org: false, place: true, other: true, date: false },
    });
    click(root, '#summary-engine-chrome');
    expect(env.updateSettings).toHaveBeenLastCalledWith({ summaryEngine: 'chrome' });
    expect(root.textContent).toContain('not available in this browser');
  });

  test('the quotes layer is off by default and its switch writes the setting', async () => {
    const env = fakeEnv();
    const root = await mount(env);
    expect(root.querySelector<HTMLInputElement>('#quote-speakers')?.checked).toBe(false);
    click(root, '#quote-speakers');
    expect(env.updateSettings).toHaveBeenLastCalledWith({ quoteSpeakers: true });
    click(root, '#quote-speakers');
    expect(env.updateSettings).toHaveBeenLastCalledWith({ quoteSpeakers: false });
  });

  test('Wikipedia previews ask for the permission; refused, they stay off and say why', async () => {
    const env = fakeEnv();
    const root = await mount(env);
    click(root, '#wikipedia-previews');
    await vi.waitFor(() => expect(env.updateSettings).toHaveBeenLastCalledWith({ wikipediaPreviews: true }));
    expect(env.setWikipediaPermission).toHaveBeenLastCalledWith(true);
    click(root, '#wikipedia-previews');
    await vi.waitFor(() => expect(env.updateSettings).toHaveBeenLastCalledWith({ wikipediaPreviews: false }));
    expect(env.setWikipediaPermission).toHaveBeenLastCalledWith(false);

    const refused = fakeEnv({}, false);
    const root2 = await mount(refused);
    click(root2, '#wikipedia-previews');
    await vi.waitFor(() => expect(root2.querySelector('[role="status"]')?.textContent).toContain('did not grant'));
    expect(root2.querySelector<HTMLInputElement>('#wikipedia-previews')?.checked).toBe(false);
    expect(refused.updateSettings).toHaveBeenLastCalledWith({ wikipediaPreviews: false });
  });

  test('sites annotated automatically can be removed, with their permission', async () => {
    const env = fakeEnv({ autoSites: ['https://a.example', 'https://b.example'] });
    const root = await mount(env);
    expect([...root.querySelectorAll('.sites .origin')].map((e) => e.textContent)).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    click(root, '.sites button[aria-label="Stop annotating https://a.example automatically"]');
    await vi.waitFor(() => expect(env.dropSitePermission).toHaveBeenCalledWith('https://a.example'));
    expect(env.updateSettings).toHaveBeenLastCalledWith({ autoSites: ['https://b.example'] });
    await vi.waitFor(() => expect(root.querySelectorAll('.sites .origin')).toHaveLength(1));
  });

  test('shortcuts are listed and Chrome’s shortcut settings are a click away', async () => {
    const env = fakeEnv();
    const root = await mount(env);
    expect(root.querySelector('.shortcuts')?.textContent).toContain('Alt+Shift+H');
    expect(root.querySelector('.shortcuts')?.textContent).toContain('not set');
    click(root, '#open-shortcuts');
    expect(env.openShortcutSettings).toHaveBeenCalled();
  });
});
