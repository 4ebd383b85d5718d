/** The card's header: the title, then site, authors, dates, reading time and language. */
import type { Analysis } from '../../core/types';
import { h } from '../../shared/dom';
import { formatNumber, t } from '../../shared/i18n';
import { formatDate, relativeTime } from '../format';
import { languageFact } from '../language-note';
import { CARD_STRINGS as S } from '../strings';

/** Below this confidence a header field is shown with less weight (see `ArticleMeta.confidence`). */
export const UNSURE_BELOW = 0.6;

export function headerSection(a: Analysis, now: Date, ...after: (HTMLElement | null)[]): HTMLElement {
  const { meta } = a;
  const facts: Node[] = [];
  // A field Lede is unsure of is shown lighter, and says so, rather than as sure as the rest.
  const unsure = (field: 'title' | 'byline' | 'publishedTime'): Record<string, string> => {
    const c = meta.confidence?.[field];
    return c !== undefined && c < UNSURE_BELOW ? { 'data-unsure': '', title: S.unsure } : {};
  };
  if (meta.siteName) facts.push(h('span', { class: 'site' }, meta.siteName));
  if (meta.byline.length) facts.push(h('span', { class: 'byline', ...unsure('byline') }, S.by(meta.byline.join(', '))));
  const dated = (cls: string, label: string, iso: string, attrs: Record<string, string> = {}): HTMLElement => {
    const rel = relativeTime(iso, now);
    return h('time', { class: cls, datetime: iso, ...attrs }, label, formatDate(iso), rel ? ` (${rel})` : '');
  };
  if (meta.publishedTime) facts.push(dated('published', '', meta.publishedTime, unsure('publishedTime')));
  if (meta.modifiedTime && meta.modifiedTime.slice(0, 10) !== meta.publishedTime?.slice(0, 10))
    facts.push(dated('modified', S.updated, meta.modifiedTime));
  const { min, max } = a.readingTime;
  facts.push(
    h('span', { class: 'reading-time' }, min === max ? t('cardReadingTime', min) : t('cardReadingTimeRange', min, max)),
  );
  const language = languageFact(a.language, meta.lang);
  if (language)
    facts.push(h('span', { class: 'language', lang: language.lang, title: language.title }, language.label));

  return h(
    'header',
    {},
    // The article's own strings keep its language and direction (a right-to-left title).
    h(
      'h1',
      { class: 'title', id: 'card-title', lang: meta.lang ?? undefined, dir: meta.dir ?? 'auto', ...unsure('title') },
      meta.title ?? S.untitled,
    ),
    h(
      'p',
      { class: 'facts' },
      ...facts.flatMap((f, i) => (i ? [h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), f] : [f])),
    ),
    a.cut
      ? h('p', { class: 'cut-note', role: 'note' }, S.cut(formatNumber(a.wordCount), formatNumber(a.cut.totalWords)))
      : null,
    ...after,
  );
}
