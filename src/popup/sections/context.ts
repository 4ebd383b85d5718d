/** Linked context: Wikipedia's summary of the top names (with previews on). */
import type { Analysis } from '../../core/types';
import { h } from '../../shared/dom';
import type { WikiPreview } from '../../shared/messages';
import { wikiPreviewNodes } from '../../shared/wiki-preview-nodes';
import { CARD_STRINGS as S } from '../strings';

/** Entities with a Wikipedia preview in the context section. */
const CONTEXT_ENTITIES = 4;

export function contextSection(a: Analysis, preview: (name: string) => Promise<WikiPreview>): HTMLElement {
  const top = a.entities.filter((e) => e.type !== 'OTHER').slice(0, CONTEXT_ENTITIES);
  const items = top.map((e) => {
    const item = h(
      'li',
      { class: 'preview', 'data-state': 'loading', 'aria-busy': 'true' },
      h('p', { class: 'muted' }, S.lookingUp(e.name)),
    );
    void preview(e.name)
      .catch((err: unknown) => ({ status: 'error', message: String(err) }) as WikiPreview)
      .then((p) => {
        item.dataset['state'] = p.status;
        item.setAttribute('aria-busy', 'false');
        item.replaceChildren(...wikiPreviewNodes(document, e.name, p, { thumbnail: true }));
      });
    return item;
  });
  return h(
    'section',
    { class: 'context', 'aria-labelledby': 'context-h' },
    h('h2', { id: 'context-h' }, S.context),
    items.length ? h('ul', {}, items) : h('p', { class: 'empty' }, S.nothingToLookUp),
  );
}
