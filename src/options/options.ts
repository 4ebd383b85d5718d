/**
 * The options page: highlight colours, which types show, the sites annotated
 * automatically, Wikipedia previews (opt-in, with their permission), the summary engine,
 * and the keyboard shortcuts. Every control writes its setting at once.
 */
import { CONTEXT_STRINGS } from '../shared/context-strings';
import { h } from '../shared/dom';
import {
  HIGHLIGHT_TYPE_LABELS,
  HIGHLIGHT_TYPES,
  withAutoSite,
  withType,
  type PaletteChoice,
  type Settings,
  type SummaryEngine,
} from '../shared/settings';
import type { OptionsEnv } from './env';

const PALETTE_LABELS: Record<PaletteChoice, string> = {
  auto: 'Match the page (light or dark, from its background)',
  light: 'Always the light-page colours',
  dark: 'Always the dark-page colours',
};

export async function startOptions(root: HTMLElement, env: OptionsEnv): Promise<void> {
  let settings = await env.getSettings();
  const update = async (patch: Partial<Settings>): Promise<void> => {
    settings = { ...settings, ...patch };
    await env.updateSettings(patch);
  };

  const radios = <T extends string>(
    name: string,
    values: Record<T, string>,
    current: T,
    onPick: (v: T) => void,
  ): HTMLElement[] =>
    (Object.keys(values) as T[]).map((value) => {
      const id = `${name}-${value}`;
      const input = h('input', { type: 'radio', name, id, value, checked: value === current });
      input.addEventListener('change', () => input.checked && onPick(value));
      return h('label', { for: id, class: 'choice' }, input, ` ${values[value]}`);
    });

  const section = (id: string, title: string, ...children: (Node | null)[]): HTMLElement =>
    h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);

  const palette = section(
    'palette-h',
    'Highlight colours',
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, 'Highlight colours'),
      radios('palette', PALETTE_LABELS, settings.palette, (palette) => void update({ palette })),
    ),
    h('p', { class: 'hint' }, 'Each type also has its own underline, so colour is never the only cue.'),
  );

  const types = section(
    'types-h',
    'What to highlight',
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, 'What to highlight'),
      HIGHLIGHT_TYPES.map((t) => {
        const id = `type-${t}`;
        const input = h('input', { type: 'checkbox', id, checked: settings.types[t] });
        input.addEventListener('change', () => void update(withType(settings, t, input.checked)));
        return h('label', { for: id, class: 'choice' }, input, ` ${HIGHLIGHT_TYPE_LABELS[t]}`);
      }),
    ),
    (() => {
      const input = h('input', { type: 'checkbox', id: 'mark-every-mention', checked: settings.markEveryMention });
      input.addEventListener('change', () => void update({ markEveryMention: input.checked }));
      return h(
        'label',
        { for: 'mark-every-mention', class: 'choice' },
        input,
        ' Mark every mention of a name (and “now”, “today”, “currently”)',
      );
    })(),
    h(
      'p',
      { class: 'hint' },
      'Off by default: the first mention of a name in each paragraph is marked in full and later ones more lightly, and headings are left unmarked.',
    ),
  );

  const siteList = h('ul', { class: 'sites' });
  const renderSites = (): void => {
    if (!settings.autoSites.length) {
      siteList.replaceChildren(h('li', { class: 'empty' }, 'None yet. In Lede’s card, turn on “Always on this site”.'));
      return;
    }
    siteList.replaceChildren(
      ...settings.autoSites.map((origin) => {
        const remove = h(
          'button',
          { type: 'button', 'aria-label': `Stop annotating ${origin} automatically` },
          'Remove',
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
  const sites = section('sites-h', 'Sites annotated automatically', siteList);

  const previewStatus = h('p', { class: 'hint', role: 'status' });
  const previewInput = h('input', { type: 'checkbox', id: 'wikipedia-previews', checked: settings.wikipediaPreviews });
  previewInput.addEventListener('change', () => {
    const want = previewInput.checked;
    // The permission prompt needs this click, so it is asked for before anything else.
    void env.setWikipediaPermission(want).then(async (held) => {
      const on = want && held;
      previewInput.checked = on;
      await update({ wikipediaPreviews: on });
      previewStatus.textContent =
        want && !held ? 'Chrome did not grant access to Wikipedia, so previews stay off.' : '';
    });
  });
  const previews = section(
    'previews-h',
    'Wikipedia previews',
    h(
      'label',
      { for: 'wikipedia-previews', class: 'choice' },
      previewInput,
      ' Show Wikipedia’s summary of people, places and organisations',
    ),
    h(
      'p',
      { class: 'hint' },
      'Off by default. When on, Lede sends the name alone (never the page’s text) to en.wikipedia.org, one name at a time, and keeps the answers on this device for a week.',
    ),
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
  const engines: Record<SummaryEngine, string> = {
    lede: 'Lede: key sentences from the article',
    chrome: chromeAvailable
      ? 'Chrome’s built-in model (on this device)'
      : 'Chrome’s built-in model (not available in this browser; Lede’s summary is shown instead)',
  };
  const summary = section(
    'summary-h',
    'Summary',
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, 'Who writes the summary'),
      radios('summary-engine', engines, settings.summaryEngine, (summaryEngine) => void update({ summaryEngine })),
    ),
  );

  const shortcutList = h('dl', { class: 'shortcuts' });
  for (const s of await env.shortcuts()) {
    shortcutList.append(h('dt', {}, s.description), h('dd', {}, s.keys ? h('kbd', {}, s.keys) : 'not set'));
  }
  const change = h('button', { type: 'button', id: 'open-shortcuts' }, 'Change shortcuts in Chrome');
  change.addEventListener('click', () => env.openShortcutSettings());
  const shortcuts = section('shortcuts-h', 'Keyboard shortcuts', shortcutList, change);

  root.replaceChildren(h('h1', {}, 'Lede options'), palette, types, sites, previews, quotes, summary, shortcuts);
  root.setAttribute('aria-busy', 'false');
  root.dataset['state'] = 'ready';
}
