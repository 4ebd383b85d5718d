/**
 * The context stage of `analyse()`: reads who is who and who said what (`readContext`), ties
 * names to the dates of their sentences (`linkNamesAndDates`), and returns the entities with
 * their roles and dates, the timeline with its entities, the quotes and the sources. The
 * inputs are left as they are: new entity and timeline objects carry the links.
 */
import type { Block, DateMention, Entity, Quote, Sources, TimelineEntry } from '../types';
import { linkNamesAndDates } from './names-and-dates';
import { readContext } from './read-context';

export interface ContextStage {
  entities: Entity[];
  timeline: TimelineEntry[];
  quotes: Quote[];
  sources: Sources;
}

export function contextStage(
  blocks: readonly Block[],
  entities: readonly Entity[],
  dates: readonly DateMention[],
  timeline: readonly TimelineEntry[],
): ContextStage {
  const { quotes, sources, roles } = readContext(blocks, entities);
  const links = linkNamesAndDates(blocks, entities, dates);
  return {
    entities: entities.map((e) => {
      const out: Entity = { ...e };
      const r = roles.get(e.id);
      if (r) out.roles = r;
      const d = links.datesOf.get(e.id);
      if (d) out.dates = d;
      return out;
    }),
    timeline: timeline.map((t) => {
      const ids = links.entitiesOf(t);
      return ids.length ? { ...t, entities: ids } : { ...t };
    }),
    quotes,
    sources,
  };
}
