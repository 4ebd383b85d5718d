/**
 * Lede's words for the reader, in the reader's language: every string of the popup, the
 * options page, the hover card and the context menu comes from `_locales/<lang>/messages.json`
 * through `i18n.getMessage` (the browser picks the language; English when it has no
 * catalogue for it), and numbers and dates are formatted with `Intl` in the same language.
 *
 * `t` is typed by the English catalogue: a key that does not exist does not compile. The
 * i18n API is synchronous and the same in Chrome and Firefox, so this module reads it from
 * the global namespace (`browser` in Firefox, `chrome` in Chrome) rather than through the
 * polyfill: it can then be imported anywhere, the content script and Node tests included.
 * Node (the unit tests) has no extension API; it installs a catalogue with `useCatalogue`.
 */
import type english from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** A message catalogue: what `getMessage` and `getUILanguage` answer. */
export interface Catalogue {
  message(key: string, substitutions: string[]): string;
  language: string;
}

const fromBrowser = (): Catalogue | null => {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  if (!api?.getMessage) return null;
  return { message: (key, subs) => api.getMessage(key, subs), language: api.getUILanguage() };
};

let catalogue: Catalogue | null = null;
const current = (): Catalogue | null => (catalogue ??= fromBrowser());

/** Installs a catalogue (tests, and pages rendered outside the extension). */
export function useCatalogue(c: Catalogue): void {
  catalogue = c;
}

/** The message `key`, its placeholders filled with `subs` in order ($1, $2, …). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = current()?.message(
    key,
    subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s)),
  );
  // A message missing from every catalogue would show nothing: its key at least says which.
  return text || key;
}

/** The language of Lede's words (a BCP 47 tag such as "es" or "en-GB"), for `Intl`. */
export function uiLanguage(): string {
  const lang = current()?.language ?? 'en';
  try {
    return Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A number in the reader's language ("1,234" in English, "1.234" in Spanish). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLanguage(), options).format(n);
}
