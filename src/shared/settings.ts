/**
 * Lede's settings, kept in `chrome.storage.local`. The storage area is passed in so the
 * same code serves the service worker, the popup, the content script and tests.
 */

export interface Settings {
  /** The one switch: show or hide all highlights. */
  highlightsVisible: boolean;
}

export const DEFAULT_SETTINGS: Settings = { highlightsVisible: true };

/** The part of `storage.local` this module uses. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const stored = await area.get(Object.keys(DEFAULT_SETTINGS));
  return parseSettings(stored);
}

export function parseSettings(stored: Record<string, unknown>): Settings {
  const visible = stored['highlightsVisible'];
  return { highlightsVisible: typeof visible === 'boolean' ? visible : DEFAULT_SETTINGS.highlightsVisible };
}

export async function saveSettings(area: SettingsArea, patch: Partial<Settings>): Promise<void> {
  await area.set(patch);
}
