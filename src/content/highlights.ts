/**
 * Highlights through the CSS Custom Highlight API: one `Highlight` per type, registered in
 * `CSS.highlights` as lede-person, lede-org, lede-place, lede-other and lede-date (and
 * lede-date-span for durations and sets, and lede-person-again and its kin for the later
 * mentions of a name in a paragraph, drawn lighter: see calm-marks.ts), styled by
 * `::highlight()` rules in a constructed stylesheet adopted by the document. No element of
 * the page is touched. Showing and hiding only registers or unregisters the highlights.
 */
import type { Analysis, Span } from '../core/types';
import type { HighlightType } from '../shared/settings';
import { marksOf, type Mark } from './calm-marks';
import { SWITCH_OF, type HighlightName } from './highlight-names';
import { highlightCss, LIGHT, type Palette } from './palette';

export type RangeOf = (span: Pick<Span, 'blockId' | 'start' | 'end'>) => Range | null;

export class HighlightLayer {
  private readonly highlights = new Map<HighlightName, Highlight>();
  private shown: ReadonlySet<HighlightType> = new Set(Object.values(SWITCH_OF));
  private sheet: CSSStyleSheet | null = null;
  private palette: Palette = LIGHT;

  constructor(private readonly doc: Document) {}

  /**
   * Replaces all highlights with those of `analysis`: calm marks (see calm-marks.ts), or
   * every mention in full when `every` is set. Returns the marks that reached the page.
   */
  render(analysis: Analysis, rangeOf: RangeOf, every = false): Mark[] {
    this.installStyles();
    this.clear();
    const placed: Mark[] = [];
    const add = (name: HighlightName, span: Span): void => {
      const range = rangeOf(span);
      if (!range) return;
      let h = this.highlights.get(name);
      if (!h) {
        h = new Highlight();
        this.highlights.set(name, h);
      }
      h.add(range);
      placed.push({ name, span });
    };
    for (const mark of marksOf(analysis, every)) add(mark.name, mark.span);
    this.apply();
    return placed;
  }

  /** Shows the highlights of these types and hides the others, at once (no re-analysis). */
  show(types: ReadonlySet<HighlightType>): void {
    this.shown = types;
    this.apply();
  }

  /** Colours for the page's background (see palette.ts). */
  setPalette(palette: Palette): void {
    if (palette === this.palette) return;
    this.palette = palette;
    this.sheet?.replaceSync(highlightCss(palette));
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
      if (this.shown.has(SWITCH_OF[name])) CSS.highlights.set(name, h);
      else CSS.highlights.delete(name);
    }
  }

  private installStyles(): void {
    if (this.sheet) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(highlightCss(this.palette));
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
