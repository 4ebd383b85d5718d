/** What the card is given besides the analysis: the clock, the settings and what it may ask of the browser. */
import type { Span } from '../core/types';
import type { WikiPreview } from '../shared/messages';
import type { Settings } from '../shared/settings';

export type ExportFormat = 'md' | 'json';

/** Who wrote the summary shown: Lede, or Chrome's built-in model (asked for, or with its answer). */
export type SummarySource = { engine: 'lede' } | { engine: 'chrome'; text: Promise<string | null> };

export interface CardOptions {
  now: Date;
  settings: Settings;
  /** The page's origin, for choices per site; null hides those switches. */
  origin: string | null;
  /** A switch was flipped: the settings to store. */
  onSettings(patch: Partial<Settings>): void;
  /** "Always on this site" was flipped; resolves to the switch's new state. */
  onAutoSite(origin: string, on: boolean): Promise<boolean>;
  /** Scroll the page to this stretch and flash it; resolves to whether it was found. */
  onReveal(span: Pick<Span, 'blockId' | 'start' | 'end'>): Promise<boolean>;
  /** Copy the analysis; resolves to whether the clipboard took it. */
  onExport(format: ExportFormat): Promise<boolean>;
  onOpenOptions(): void;
  /** Wikipedia's summary of a name (with previews on); absent when previews are off. */
  preview?: (name: string) => Promise<WikiPreview>;
  summary?: SummarySource;
  /** How many entities to list per type before "+N more". */
  maxPerType?: number;
  /** How many timeline entries to list before "Show all". */
  maxDates?: number;
}

/** A button that shows a stretch of the article in the page. */
export type RevealTarget = () => Pick<Span, 'blockId' | 'start' | 'end'>;
