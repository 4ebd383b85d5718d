/**
 * The card's switches. One row under the header, in plain words: "Highlights on this page"
 * (shows or hides the marks here: the one switch the keyboard command and the context menu
 * flip too) and "Always on this site" (Lede reads every article of the site without a click,
 * with the site's permission asked for at that moment). Below the card, the finer choices:
 * each type, hiding a site's highlights, and marking every mention instead of the first
 * in each paragraph. A reading without names (a language Lede has no names model for) offers
 * the Dates switch alone: People, Organisations, Places and Other would switch nothing.
 */
import { h } from '../../shared/dom';
import { HIGHLIGHT_TYPES, withAutoSite, withSiteHidden, withType, type Settings } from '../../shared/settings';
import type { CardOptions } from '../card-options';
import { CARD_STRINGS as S } from '../strings';
import { t as tr } from '../../shared/i18n';
import { HIGHLIGHT_TYPE_KEYS } from '../../shared/type-names';

export interface Switches {
  /** The row under the header. */
  row: HTMLElement;
  /** The section of finer choices. */
  display: HTMLElement;
}

/** `names`: the reading has names (false for a language Lede reads no names in). */
export function switchesFor(options: CardOptions, names = true): Switches {
  // The switches keep their own copy, so several flips in a row build on each other.
  let settings = options.settings;
  const origin = options.origin;
  const update = (patch: Partial<Settings>): void => {
    settings = { ...settings, ...patch };
    options.onSettings(patch);
    sync();
  };
  const inputs = new Map<string, HTMLInputElement>();
  const switchFor = (
    id: string,
    label: string,
    checked: boolean,
    onChange: (on: boolean) => void,
    hint?: string,
  ): HTMLElement => {
    const input = h('input', { type: 'checkbox', role: 'switch', id, checked, title: hint });
    input.addEventListener('change', () => onChange(input.checked));
    inputs.set(id, input);
    return h('label', { class: 'switch', for: id }, input, h('span', {}, label));
  };
  const hidden = (): boolean => (origin ? Boolean(settings.sites[origin]?.hidden) : false);
  const onPage = (): boolean => settings.highlightsVisible && !hidden();
  /** Switches that show one setting in two places stay in step. */
  const sync = (): void => {
    const set = (id: string, on: boolean): void => {
      const input = inputs.get(id);
      if (input) input.checked = on;
    };
    set('toggle-highlights', onPage());
    set('toggle-site', hidden());
  };

  const highlights = switchFor('toggle-highlights', S.highlightsOnPage, onPage(), (on) =>
    // Turning them on here also undoes "hide on this site": the switch says what this page shows.
    update(
      on && origin
        ? { highlightsVisible: true, ...withSiteHidden(settings, origin, false) }
        : { highlightsVisible: on },
    ),
  );
  const always = origin
    ? switchFor(
        'toggle-auto',
        S.alwaysOnSite,
        settings.autoSites.includes(origin),
        (on) => {
          void options.onAutoSite(origin, on).then((now) => {
            const input = inputs.get('toggle-auto');
            if (input) input.checked = now;
            settings = { ...settings, ...withAutoSite(settings, origin, now) };
          });
        },
        S.alwaysOnSiteHint,
      )
    : null;

  const row = h('div', { class: 'switches', role: 'group', 'aria-label': S.switchesLabel }, highlights, always);

  const display = h(
    'section',
    { class: 'display', 'aria-labelledby': 'display-h' },
    h('h2', { id: 'display-h' }, S.display),
    h(
      'fieldset',
      { class: 'type-switches' },
      h('legend', {}, S.show),
      HIGHLIGHT_TYPES.filter((t) => names || t === 'date').map((t) =>
        switchFor(`toggle-type-${t}`, tr(HIGHLIGHT_TYPE_KEYS[t]), settings.types[t], (on) =>
          update(withType(settings, t, on)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'more-switches' },
      switchFor('toggle-every', S.everyMention, settings.markEveryMention, (on) => update({ markEveryMention: on })),
      origin
        ? switchFor('toggle-site', S.hideOnSite, hidden(), (on) => update(withSiteHidden(settings, origin, on)))
        : null,
    ),
  );
  return { row, display };
}
