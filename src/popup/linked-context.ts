/**
 * Names and dates together in the card: a name's role beside it (with the sentence it comes
 * from), who is involved in each dated event, and the timeline narrowed to one name (its
 * `TimelineEntry.entities`), with a clear way back to all dates. Page strings go in as text.
 */
import type { Analysis, Entity, TimelineEntry } from '../core/types';
import { h } from '../shared/dom';
import { CONTEXT_STRINGS as S } from '../shared/context-strings';

/** Names shown as involved in one dated event. */
const MAX_INVOLVED = 3;

/** The first role the article gives a name, with its sentence as the title; null without one. */
export function roleNote(e: Entity): HTMLElement | null {
  const role = e.roles?.[0];
  if (!role) return null;
  return h('span', { class: 'role', dir: 'auto', title: S.roleFrom(role.sentence) }, role.text);
}

/** The names of an entry's sentence, the most salient first. */
export function involvedIn(d: TimelineEntry, byId: ReadonlyMap<number, Entity>): Entity[] {
  return (d.entities ?? [])
    .map((id) => byId.get(id))
    .filter((e): e is Entity => e !== undefined && e.type !== 'OTHER')
    .sort((a, b) => b.salience - a.salience);
}

/** "Involved: Jan de Vries, Vries Cargo", or null when no one is. */
export function involvedNote(d: TimelineEntry, byId: ReadonlyMap<number, Entity>): HTMLElement | null {
  const names = involvedIn(d, byId).slice(0, MAX_INVOLVED);
  if (!names.length) return null;
  return h('p', { class: 'involved' }, S.involved, h('span', { dir: 'auto' }, names.map((e) => e.name).join(', ')));
}

/**
 * The timeline, narrowed to one name on request. `section` is the timeline's section, its
 * entries `li.date` carrying `data-entities` (ids separated by spaces).
 */
export class TimelineFilter {
  private readonly bar: HTMLElement;
  private readonly label: HTMLElement;
  private readonly buttons = new Map<number, HTMLButtonElement>();
  private readonly counts = new Map<number, number>();
  private current: number | null = null;

  constructor(
    private readonly section: HTMLElement,
    a: Analysis,
  ) {
    for (const d of a.timeline)
      for (const id of new Set(d.entities ?? [])) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    this.label = h('span', { class: 'narrowed-to', role: 'status' });
    const back = h('button', { type: 'button', class: 'back' }, S.showAll);
    back.addEventListener('click', () => this.narrow(null));
    this.bar = h('p', { class: 'timeline-filter', hidden: true }, this.label, ' ', back);
    const list = section.querySelector('ol');
    if (list) list.before(this.bar);
  }

  /** The button that narrows the timeline to `e`, or null when none of its sentences has a date. */
  buttonFor(e: Entity): HTMLButtonElement | null {
    const n = this.counts.get(e.id) ?? 0;
    if (!n) return null;
    const b = h(
      'button',
      {
        type: 'button',
        class: 'narrow',
        'aria-pressed': 'false',
        'aria-label': S.narrow(e.name, n),
        title: S.narrow(e.name, n),
      },
      S.narrowShort(n),
    );
    b.addEventListener('click', () => this.narrow(this.current === e.id ? null : e));
    this.buttons.set(e.id, b);
    return b;
  }

  /** Shows only the dates involving `e`, or all of them again (null). */
  narrow(e: Entity | null): void {
    this.current = e ? e.id : null;
    const id = e ? String(e.id) : null;
    // Narrowed, every date of the name shows; back to all, the first few again unless the
    // timeline's own "Show all" was chosen (sections/timeline.ts).
    const expanded = this.section.dataset['expanded'] === 'true';
    for (const li of this.section.querySelectorAll<HTMLElement>('li.date')) {
      li.hidden =
        id !== null
          ? !(li.dataset['entities'] ?? '').split(' ').includes(id)
          : li.dataset['extra'] !== undefined && !expanded;
    }
    const all = this.section.querySelector<HTMLElement>(':scope > button.show-all');
    if (all) all.hidden = id !== null;
    for (const [key, b] of this.buttons) b.setAttribute('aria-pressed', String(key === this.current));
    this.bar.hidden = e === null;
    this.section.dataset['narrowed'] = id ?? '';
    this.label.textContent = e ? S.narrowedTo(e.name) : '';
    if (e) this.section.scrollIntoView?.({ block: 'nearest' });
  }
}
