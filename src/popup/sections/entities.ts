/**
 * The key entities by type, ranked by salience: each a chip whose name leads to its
 * mentions in the page in turn, with its Wikipedia link shown on hover and on keyboard
 * focus (a link, reachable with Tab). Past the first few of a type, a real "+N more"
 * button shows the rest in place. Names never wrap inside a chip.
 */
import { ENTITY_TYPES, type Analysis, type Entity, type Span } from '../../core/types';
import { t } from '../../shared/i18n';
import { GROUP_KEYS } from '../../shared/type-names';
import { h } from '../../shared/dom';
import { wikipediaSearch } from '../../shared/wikipedia';
import type { CardOptions } from '../card-options';
import { roleNote, type TimelineFilter } from '../linked-context';
import { namesUnavailable } from '../language-note';
import { CARD_STRINGS as S } from '../strings';
import { revealButton } from './reveal-button';
import { showMoreButton } from './show-more';

export function entitiesSection(a: Analysis, options: CardOptions, filter?: TimelineFilter): HTMLElement {
  const max = options.maxPerType ?? 6;
  const groups = ENTITY_TYPES.map((type) => {
    // Entities come ranked by salience; each type keeps that order.
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) return null;
    const items = list.map((e, i) => {
      const item = entityItem(e, options, filter);
      if (i >= max) item.hidden = true;
      return item;
    });
    const extra = list.length - max;
    const more =
      extra > 0
        ? showMoreButton(items.slice(max), 'more', {
            closed: S.more(extra),
            closedLabel: S.moreLabel(extra, t(GROUP_KEYS[type])),
            open: S.fewer,
          })
        : null;
    const headingId = `entities-${type.toLowerCase()}-h`;
    return h(
      'div',
      { class: 'group', 'data-type': type },
      h('h3', { id: headingId }, t(GROUP_KEYS[type]), h('span', { class: 'total' }, ` ${list.length}`)),
      h('ul', { 'aria-labelledby': headingId }, items, more ? h('li', { class: 'more-item' }, more) : null),
    );
  });
  return h(
    'section',
    { class: 'entities', 'aria-labelledby': 'entities-h' },
    h('h2', { id: 'entities-h' }, S.entities),
    groups.some(Boolean) ? groups : h('p', { class: 'empty' }, namesUnavailable(a.language) ?? S.noNames),
  );
}

function entityItem(e: Entity, options: CardOptions, filter?: TimelineFilter): HTMLElement {
  const count = e.mentions.length;
  // Each click goes to the next mention, from the first.
  let next = 0;
  const show = revealButton(
    'name',
    S.mentions(e.name, count),
    options,
    () => e.mentions[next++ % count] as Span,
    h('span', { class: 'label', dir: 'auto' }, e.name),
    // The space between the two parts takes no room in the flex row, and keeps the spoken
    // name's words apart.
    ' ',
    h('span', { class: 'count', 'aria-hidden': 'true' }, String(count)),
  );
  const wiki = h(
    'a',
    {
      class: 'wiki',
      href: wikipediaSearch(e.name),
      target: '_blank',
      rel: 'noopener noreferrer',
      'aria-label': S.onWikipedia(e.name),
    },
    S.wikipedia,
  );
  return h(
    'li',
    { class: `entity type-${e.type.toLowerCase()}`, 'data-entity': String(e.id) },
    show,
    wiki,
    // Linked context: the role beside the name, and the timeline narrowed to it.
    roleNote(e),
    filter?.buttonFor(e) ?? null,
  );
}
