/**
 * The summary: the publisher's own description of the article when the analysis kept one
 * (labelled as the publisher's), then the key sentences Lede chose (each leads to its place
 * in the page), or Chrome's built-in model's summary when the reader chose it.
 */
import type { Analysis } from '../../core/types';
import { h } from '../../shared/dom';
import type { CardOptions } from '../card-options';
import { CARD_STRINGS as S } from '../strings';
import { revealButton } from './reveal-button';

export function summarySection(a: Analysis, options: CardOptions): HTMLElement | null {
  const source = options.summary ?? { engine: 'lede' };
  const description = a.description?.trim();
  if (!a.summary.length && !description && source.engine === 'lede') return null;
  const lang = a.meta.lang ?? undefined;
  const dir = a.meta.dir ?? 'auto';
  const publisher = description
    ? h(
        'figure',
        { class: 'publisher' },
        h('figcaption', {}, S.publisherLabel),
        h('blockquote', { lang, dir }, h('p', {}, description)),
      )
    : null;
  const byLede = (): HTMLElement =>
    h(
      'ul',
      { class: 'sentences', lang, dir, 'aria-label': S.keySentencesLabel },
      a.summary.map((s) =>
        h(
          'li',
          {},
          revealButton('sentence', S.showInPage(s.text), options, () => s, s.text),
        ),
      ),
    );
  const credit = h('p', { class: 'credit' });
  const body = h('div', { class: 'summary-body' });
  if (source.engine === 'lede') {
    credit.textContent = S.creditLede;
    if (a.summary.length) body.append(byLede());
    else credit.textContent = '';
  } else {
    credit.textContent = S.creditChromeWorking;
    body.append(byLede());
    void source.text.then((text) => {
      if (text) {
        credit.textContent = S.creditChrome;
        const points = text
          .split('\n')
          .map((l) => l.replace(/^\s*[-*•]\s*/u, '').trim())
          .filter(Boolean);
        body.replaceChildren(
          h(
            'ul',
            { class: 'chrome-summary' },
            points.map((p) => h('li', {}, p)),
          ),
        );
      } else {
        credit.textContent = S.creditChromeMissing;
      }
    });
  }
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-h' },
    h('h2', { id: 'summary-h' }, S.summary),
    publisher,
    body,
    credit.textContent ? credit : null,
  );
}
