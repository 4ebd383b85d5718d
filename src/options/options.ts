/**
 * The options page: highlight colours, which types show, the sites annotated
 * automatically, Wikipedia previews (opt-in, with their permission), the summary engine,
 * and the keyboard shortcuts. Every control writes its setting at once.
 */
import { CONTEXT_STRINGS } from '../shared/context-strings';
import { h } from '../shared/dom';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { HIGHLIGHT_TYPE_KEYS } from '../shared/type-names';
import {
  HIGHLIGHT_TYPES,
  withAutoSite,
  withType,
  type PaletteChoice,
  type Settings,
  type SummaryEngine,
} from '../shared/settings';
import type { OptionsEnv } from './env';

const PALETTE_LABELS: Record<PaletteChoice, MessageKey> = {
  auto: 'optionsPaletteAuto',
  light: 'optionsPaletteLight',
  dark: 'optionsPaletteDark',
};

export async function startOptions(root: HTMLElement, env: OptionsEnv): Promise<void> {
  const doc = root.ownerDocument;
  doc.documentElement.lang = uiLanguage();
  doc.title = t('optionsTitle');
  let settings = await env.getSettings();
  const update = async (patch: Partial<Settings>): Promise<void> => {
    settings = { ...settings, ...patch };
    await env.updateSettings(patch);
  };

  const radios = <T extends string>(
    name: string,
    values: Record<T, MessageKey>,
    current: T,
    onPick: (v: T) => void,
  ): HTMLElement[] =>
    (Object.keys(values) as T[]).map((value) => {
      const id = `${name}-${value}`;
      const input = h('input', { type: 'radio', name, id, value, checked: value === current });
      input.addEventListener('change', () => input.checked && onPick(value));
      return h('label', { for: id, class: 'choice' }, input, ` ${t(values[value])}`);
    });

  const section = (id: string, title: string, ...children: (Node | null)[]): HTMLElement =>
    h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);

  const palette = section(
    'palette-h',
    t('optionsColours'),
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, t('optionsColours')),
      radios('palette', PALETTE_LABELS, settings.palette, (palette) => void update({ palette })),
    ),
    h('p', { class: 'hint' }, t('optionsColoursHint')),
  );

  const types = section(
    'types-h',
    t('optionsTypes'),
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, t('optionsTypes')),
      HIGHLIGHT_TYPES.map((type) => {
        const id = `type-${type}`;
        const input = h('input', { type: 'checkbox', id, checked: settings.types[type] });
        input.addEventListener('change', () => void update(withType(settings, type, input.checked)));
        return h('label', { for: id, class: 'choice' }, input, ` ${t(HIGHLIGHT_TYPE_KEYS[type])}`);
      }),
    ),
    (() => {
      const input = h('input', { type: 'checkbox', id: 'mark-every-mention', checked: settings.markEveryMention });
      input.addEventListener('change', () => void update({ markEveryMention: input.checked }));
      return h('label', { for: 'mark-every-mention', class: 'choice' }, input, ` ${t('optionsEveryMention')}`);
    })(),
    h('p', { class: 'hint' }, t('optionsEveryMentionHint')),
  );

  const siteList = h('ul', { class: 'sites' });
  const renderSites = (): void => {
    if (!settings.autoSites.length) {
      siteList.replaceChildren(h('li', { class: 'empty' }, t('optionsSitesEmpty')));
      return;
    }
    siteList.replaceChildren(
      ...settings.autoSites.map((origin) => {
        const remove = h(
          'button',
          { type: 'button', 'aria-label': t('optionsRemoveLabel', origin) },
          t('optionsRemove'),
        );
        remove.addEventListener('click', () => {
          void update(withAutoSite(settings, origin, false))
            .then(() => env.dropSitePermission(origin))
            .then(renderSites);
        });
        return h('li', {}, h('span', { class: 'origin' }, origin), remove);
      }),
    );
  };
  renderSites();
  const sites = section('sites-h', t('optionsSites'), siteList);

  const previewStatus = h('p', { class: 'hint', role: 'status' });
  const previewInput = h('input', { type: 'checkbox', id: 'wikipedia-previews', checked: settings.wikipediaPreviews });
  previewInput.addEventListener('change', () => {
    const want = previewInput.checked;
    // The permission prompt needs this click, so it is asked for before anything else.
    void env.setWikipediaPermission(want).then(async (held) => {
      const on = want && held;
      previewInput.checked = on;
      await update({ wikipediaPreviews: on });
      previewStatus.textContent = want && !held ? t('optionsPreviewsRefused') : '';
    });
  });
  const previews = section(
    'previews-h',
    t('optionsPreviews'),
    h('label', { for: 'wikipedia-previews', class: 'choice' }, previewInput, ` ${t('optionsPreviewsLabel')}`),
    h('p', { class: 'hint' }, t('optionsPreviewsHint')),
    previewStatus,
  );

  // Linked context (issue 19): the optional quotes layer.
  const quotesInput = h('input', { type: 'checkbox', id: 'quote-speakers', checked: settings.quoteSpeakers });
  quotesInput.addEventListener('change', () => void update({ quoteSpeakers: quotesInput.checked }));
  const quotes = section(
    'quotes-h',
    CONTEXT_STRINGS.quoteLayerHeading,
    h('label', { for: 'quote-speakers', class: 'choice' }, quotesInput, ` ${CONTEXT_STRINGS.quoteLayerOption}`),
    h('p', { class: 'hint' }, CONTEXT_STRINGS.quoteLayerHint),
  );

  const chromeAvailable = env.hasSummarizer();
  const engines: Record<SummaryEngine, MessageKey> = {
    lede: 'optionsEngineLede',
    chrome: chromeAvailable ? 'optionsEngineChrome' : 'optionsEngineChromeMissing',
  };
  const summary = section(
    'summary-h',
    t('optionsSummary'),
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, t('optionsSummaryLegend')),
      radios('summary-engine', engines, settings.summaryEngine, (summaryEngine) => void update({ summaryEngine })),
    ),
  );

  const shortcutList = h('dl', { class: 'shortcuts' });
  for (const s of await env.shortcuts()) {
    shortcutList.append(
      h('dt', {}, s.description),
      h('dd', {}, s.keys ? h('kbd', {}, s.keys) : t('optionsShortcutNotSet')),
    );
  }
  const change = h('button', { type: 'button', id: 'open-shortcuts' }, t('optionsChangeShortcuts'));
  change.addEventListener('click', () => env.openShortcutSettings());
  const shortcuts = section('shortcuts-h', t('optionsShortcuts'), shortcutList, change);

  root.replaceChildren(h('h1', {}, t('optionsTitle')), palette, types, sites, previews, quotes, summary, shortcuts);
  root.setAttribute('aria-busy', 'false');
  root.dataset['state'] = 'ready';
}
