/**
 * Wikipedia's summary of a name as DOM nodes, for the popup's context section and the hover
 * card alike: the article's title (a link), its extract and its Wikidata id, or why there is
 * nothing to show. Fetched strings go in as text. The thumbnail is the caller's choice: the
 * popup, Lede's own page, shows it; the hover card lives in the page's document, where an
 * image would load where the page can see it (resource timing), so it asks for none.
 */
import { hIn } from './dom';
import { t } from './i18n';
import type { WikiPreview } from './messages';
import { wikipediaSearch } from './wikipedia';

export interface PreviewNodeOptions {
  /** Show Wikipedia's thumbnail (only in Lede's own pages). */
  thumbnail: boolean;
}

export function wikiPreviewNodes(
  doc: Document,
  name: string,
  preview: WikiPreview,
  { thumbnail }: PreviewNodeOptions,
): Node[] {
  const h = hIn(doc);
  const link = (href: string, text: string): HTMLElement =>
    h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
  switch (preview.status) {
    case 'found': {
      const text = h(
        'div',
        { class: 'text' },
        h('h3', {}, link(preview.url, preview.title)),
        h('p', { class: 'extract' }, preview.extract),
        preview.wikidata
          ? h(
              'p',
              { class: 'wikidata muted' },
              `${t('wikiWikidata')} `,
              link(`https://www.wikidata.org/wiki/${preview.wikidata}`, preview.wikidata),
            )
          : null,
      );
      return thumbnail && preview.thumbnail
        ? [h('img', { class: 'thumb', src: preview.thumbnail, alt: '', referrerpolicy: 'no-referrer' }), text]
        : [text];
    }
    case 'ambiguous':
      return [h('p', {}, `${t('wikiAmbiguous', name)} `, link(wikipediaSearch(name), t('wikiSearch')), '.')];
    case 'missing':
      return [
        h('p', { class: 'muted' }, `${t('wikiMissing', name)} `, link(wikipediaSearch(name), t('wikiSearchShort'))),
      ];
    case 'off':
      return [h('p', { class: 'muted' }, t('wikiOff'))];
    case 'error':
      return [h('p', { class: 'muted' }, t('wikiError', name))];
  }
}
