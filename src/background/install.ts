/**
 * On install and update: the context-menu entry (menus do not outlast an update) and the
 * settings' defaults for any setting not stored yet (a newer version's new settings).
 */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { MENU_TOGGLE } from './commands';

export async function onInstalled(): Promise<void> {
  browser.contextMenus.create({
    id: MENU_TOGGLE,
    title: t('commandToggle'),
    contexts: ['page', 'selection'],
  });
  const stored = await browser.storage.local.get(Object.keys(DEFAULT_SETTINGS));
  const missing = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).filter(([k]) => !(k in stored)));
  if (Object.keys(missing).length) await browser.storage.local.set(missing);
}
