/**
 * Highlights through the CSS Custom Highlight API: one `Highlight` per type, registered in
 * `CSS.highlights` as lede-person, lede-org, lede-place, lede-other and lede-date, styled by
 * `::highlight()` rules in a constructed stylesheet adopted by the document. No element of
 * the page is touched. Showing and hiding only registers or unregisters the highlights.
 */
import type { Analysis, EntityType, Span } from '../core/types';

export type HighlightName = 'lede-person' | 'lede-org' | 'lede-place' | 'lede-other' | 'lede-date';

export const HIGHLIGHT_NAMES: Record<EntityType | 'DATE', HighlightName> = {
  PERSON: 'lede-person',
  ORG: 'lede-org',
  PLACE: 'lede-place',
  OTHER: 'lede-other',
  DATE: 'lede-date',
};

/**
 * Colours from the Okabe–Ito palette (distinguishable with colour-blindness), at low
 * alpha so text stays readable, each with its own underline style as a second cue.
 */
export const HIGHLIGHT_CSS = `
::highlight(lede-person) { background-color: rgb(86 180 233 / 0.35); text-decoration: underline solid rgb(0 114 178); }
::highlight(lede-org) { background-color: rgb(230 159 0 / 0.35); text-decoration: underline double rgb(213 94 0); }
::highlight(lede-place) { background-color: rgb(0 158 115 / 0.30); text-decoration: underline dashed rgb(0 158 115); }
::highlight(lede-other) { background-color: rgb(204 121 167 / 0.30); text-decoration: underline dotted rgb(204 121 167); }
::highlight(lede-date) { background-color: rgb(240 228 66 / 0.55); text-decoration: underline wavy rgb(150 130 0); }
@media (forced-colors: active) {
  ::highlight(lede-person), ::highlight(lede-org), ::highlight(lede-place), ::highlight(lede-other), ::highlight(lede-date) {
    background-color: Mark; color: MarkText;
  }
}
`;

export type RangeOf = (span: Pick<Span, 'blockId' | 'start' | 'end'>) => Range | null;

export class HighlightLayer {
  private readonly highlights = new Map<HighlightName, Highlight>();
  private visible = true;
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Replaces all highlights with those of `analysis`. */
  render(analysis: Analysis, rangeOf: RangeOf): void {
    this.installStyles();
    this.clear();
    const add = (name: HighlightName, span: Span): void => {
      const range = rangeOf(span);
      if (!range) return;
      let h = this.highlights.get(name);
      if (!h) {
        h = new Highlight();
        this.highlights.set(name, h);
      }
      h.add(range);
    };
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) add(HIGHLIGHT_NAMES[entity.type], m);
    }
    for (const d of analysis.dates) add(HIGHLIGHT_NAMES.DATE, d);
    this.apply();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.apply();
  }

  /** Unregisters and forgets every highlight. */
  clear(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }

  /** Removes everything Lede added, styles included. */
  dispose(): void {
    this.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }

  private apply(): void {
    for (const [name, h] of this.highlights) {
      if (this.visible) CSS.highlights.set(name, h);
      else CSS.highlights.delete(name);
    }
  }

  private installStyles(): void {
    if (this.sheet) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
