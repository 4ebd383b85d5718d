/**
 * The summary card: one section per file under sections/, in reading order: the header
 * (title, site, authors, dates, reading time, language) with the switch row, the summary,
 * the key entities by type, linked context (Wikipedia previews, when on), the timeline, the
 * finer highlight choices and export. A new section is one function here and one file there.
 * Page strings and fetched text go in as text.
 */
import type { Analysis } from '../core/types';
import { h } from '../shared/dom';
import type { CardOptions } from './card-options';
import { contextSection } from './sections/context';
import { entitiesSection } from './sections/entities';
import { footerSection } from './sections/footer';
import { headerSection } from './sections/header';
import { summarySection } from './sections/summary';
import { switchesFor } from './sections/switches';
import { timelineSection } from './sections/timeline';
// Linked context (issue 19): sources, and the timeline narrowed to a name.
import { TimelineFilter } from './linked-context';
import { sourcesSection } from './sources';

export type { CardOptions, ExportFormat, SummarySource } from './card-options';

export function renderCard(a: Analysis, options: CardOptions): HTMLElement {
  // No names model for the language (and no names in a passage of another language): no type
  // switches for names.
  const switches = switchesFor(options, a.language?.names !== false || a.entities.length > 0);
  const timeline = timelineSection(a, options);
  const filter = new TimelineFilter(timeline, a);
  return h(
    'article',
    { class: 'card', 'data-state': 'ready', 'aria-labelledby': 'card-title' },
    headerSection(a, options.now, switches.row),
    summarySection(a, options),
    entitiesSection(a, options, filter),
    sourcesSection(a, options),
    options.preview ? contextSection(a, options.preview) : null,
    timeline,
    switches.display,
    footerSection(options),
  );
}
