/**
 * A pseudo-locale that finds hard-coded UI strings: every message comes back wrapped in
 * ⟦…⟧, so any text a surface shows that is neither wrapped nor the reader's own data (a
 * title, a name, a site) did not come from `_locales`.
 */
import { useCatalogue } from '../../src/shared/i18n';
import { catalogue } from './catalogue';

export function usePseudoLocale(): void {
  const en = catalogue('en');
  useCatalogue({ message: (key, subs) => `⟦${en.message(key, subs)}⟧`, language: 'en' });
}

export function useEnglish(): void {
  useCatalogue(catalogue('en'));
}

/** Text with no letters in it (numbers, punctuation, symbols) needs no translation. */
const NO_WORDS = /^[^\p{L}]*$/u;

/**
 * The strings `root` shows or speaks (text, aria-label, title, alt, placeholder, the
 * document's title) that are neither messages nor in `data` (after removing both). The
 * page's own strings are data: Lede marks them with their language or `dir="auto"`, and
 * `Intl` writes dates (`<time>`) and keys (`<kbd>`); their subtrees are skipped.
 */
export function unlocalised(root: Element, data: readonly string[] = []): string[] {
  const found: string[] = [];
  const check = (text: string | null | undefined): void => {
    if (!text) return;
    // Messages may hold messages (a label around a date's "approximate"): innermost first.
    let rest = text;
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/gu, ' ');
    }
    for (const d of [...data].sort((a, b) => b.length - a.length)) if (d) rest = rest.split(d).join(' ');
    if (!NO_WORDS.test(rest)) found.push(text.trim());
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) check(node.nodeValue);
    if (node instanceof Element) {
      if (node !== root && (node.hasAttribute('lang') || node.getAttribute('dir') === 'auto')) return;
      if (node.tagName === 'TIME' || node.tagName === 'KBD') return;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'])
        check(node.getAttribute(attr));
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  check(root.ownerDocument?.title);
  return found;
}
