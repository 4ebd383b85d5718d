/**
 * What the reader sees of a reading: the highlights, in the palette that suits the page (or
 * the one chosen), shown per the stored switches, and the hover card's mentions. The stored
 * settings are kept as last read, so a switch flipped anywhere (popup, command, context
 * menu, another tab) shows at once, without reading storage again.
 */
import { rangeOf, type ArticleDoc } from '../article/extract';
import type { Analysis, Span } from '../core/types';
import { parseSettings, SETTINGS_KEYS, visibleTypes, type PaletteChoice, type Settings } from '../shared/settings';
import { spanKey, type Mark } from './calm-marks';
import { HIGHLIGHT_NAMES, SWITCH_OF } from './highlight-names';
import type { HighlightLayer } from './highlights';
import type { HoverCard, PlacedMention } from './hover-card';
import { mentionInfos, quoteInfos } from './mentions';
import type { Painter } from './page-session';
import { backgroundOf, DARK, LIGHT, paletteFor, type Palette } from './palette';

/** How long the hover card's mentions may wait for an idle moment. */
const CARD_IDLE_TIMEOUT_MS = 200;

/**
 * The marked mentions with their ranges in the page, for the hover card (unmarked ones open
 * no card); with the quotes layer on, its quotes after them (a name inside a quote keeps its
 * own card).
 */
function placeMentions(analysis: Analysis, doc: ArticleDoc, marks: Mark[], quotes: boolean): PlacedMention[] {
  const types = new Map(analysis.entities.map((e) => [`e${e.id}`, SWITCH_OF[HIGHLIGHT_NAMES[e.type]]]));
  const marked = new Set(marks.map((m) => spanKey(m.span)));
  const out: PlacedMention[] = [];
  for (const info of mentionInfos(analysis)) {
    if (!marked.has(spanKey(info.span))) continue;
    const range = rangeOf(doc, info.span);
    if (range) out.push({ info, range, type: info.kind === 'date' ? 'date' : (types.get(info.key) ?? 'other') });
  }
  if (quotes)
    for (const info of quoteInfos(analysis)) {
      const range = rangeOf(doc, info.span);
      if (range) out.push({ info, range, type: 'other', quote: true });
    }
  return out;
}

/** A storage change as `storage.onChanged` reports it. */
export type StorageChanges = Record<string, { newValue?: unknown }>;

export class PageDisplay implements Painter {
  /** Settles once the stored settings are read and applied. */
  readonly ready: Promise<void>;
  /** The stored values as last read. */
  private readonly stored: Record<string, unknown> = {};
  /** The palette that suits the article's background, and the one the reader chose. */
  private pagePalette: Palette = LIGHT;
  private paletteChoice: PaletteChoice = 'auto';
  /** The hover card's mentions, while they wait for an idle moment (run now when needed). */
  private cardPending: (() => void) | null = null;
  /** The reading on the page, to paint again when "mark every mention" flips. */
  private painted: { analysis: Analysis; doc: ArticleDoc; isCurrent: () => boolean } | null = null;
  /** Whether the marks on the page are every mention's (see calm-marks.ts). */
  private every = false;
  /** What the hover card was last given, to give again when the quotes layer flips. */
  private carded: { analysis: Analysis; doc: ArticleDoc; marks: Mark[]; dark: boolean } | null = null;

  constructor(
    private readonly layer: HighlightLayer,
    private readonly card: HoverCard,
    private readonly win: Window,
    storage: { get(keys: string[]): Promise<Record<string, unknown>> },
  ) {
    this.ready = storage.get(SETTINGS_KEYS).then((values) => {
      Object.assign(this.stored, values);
      this.apply();
    });
  }

  get settings(): Settings {
    return parseSettings(this.stored);
  }

  /** A switch flipped anywhere shows at once. */
  onStorageChange(changes: StorageChanges, area: string): void {
    if (area !== 'local' || !SETTINGS_KEYS.some((k) => k in changes)) return;
    for (const k of SETTINGS_KEYS) if (k in changes) this.stored[k] = changes[k]?.newValue;
    // An open card was filled under the old previews setting.
    if ('wikipediaPreviews' in changes) this.card.hide();
    // The quotes layer flipped: the card's entries again, with or without the quotes.
    const c = this.carded;
    if ('quoteSpeakers' in changes && c && !this.cardPending) this.giveCard(c.analysis, c.doc, c.marks, c.dark);
    this.apply();
  }

  /** Flips all highlights (the command and the context menu); resolves to the new state. */
  async toggleVisible(): Promise<boolean> {
    await this.ready;
    const visible = !this.settings.highlightsVisible;
    this.stored['highlightsVisible'] = visible;
    this.apply();
    return visible;
  }

  /**
   * Registers the highlights (after the stored switches are known), then, when the page is
   * idle (the card opens only after a 300 ms hover), gives the hover card its mentions.
   */
  async paint(analysis: Analysis, doc: ArticleDoc, isCurrent: () => boolean): Promise<void> {
    await this.ready;
    if (!isCurrent()) return;
    const first = doc.blockTexts[0]?.toRange(0, 1)?.startContainer;
    const palette = paletteFor(backgroundOf(first?.parentElement ?? this.win.document.body, this.win));
    this.pagePalette = palette;
    this.applyPalette();
    this.painted = { analysis, doc, isCurrent };
    this.every = this.settings.markEveryMention;
    const marks = this.layer.render(analysis, (span) => rangeOf(doc, span), this.every);
    const give = (): void => {
      if (this.cardPending !== give) return;
      this.cardPending = null;
      if (isCurrent()) this.giveCard(analysis, doc, marks, palette === DARK);
    };
    this.cardPending = give;
    this.win.requestIdleCallback(give, { timeout: CARD_IDLE_TIMEOUT_MS });
  }

  clear(): void {
    this.painted = null;
    this.carded = null;
    this.layer.clear();
    this.card.setEntries([], false);
  }

  /** Gives the hover card its mentions now, if they are still waiting (the popup points to one). */
  flushCard(): void {
    this.cardPending?.();
  }

  /** A stretch of an article block in the page as painted (a quote, a sentence), or null. */
  rangeFor(span: Pick<Span, 'blockId' | 'start' | 'end'>): Range | null {
    return this.painted ? rangeOf(this.painted.doc, span) : null;
  }

  /** The hover card's mentions (and quotes, with that layer on). */
  private giveCard(analysis: Analysis, doc: ArticleDoc, marks: Mark[], dark: boolean): void {
    this.carded = { analysis, doc, marks, dark };
    this.card.setEntries(placeMentions(analysis, doc, marks, this.settings.quoteSpeakers), dark);
  }

  private apply(): void {
    const settings = this.settings;
    const painted = this.painted;
    if (painted && settings.markEveryMention !== this.every && painted.isCurrent())
      void this.paint(painted.analysis, painted.doc, painted.isCurrent);
    const types = visibleTypes(settings, this.win.location.origin);
    this.paletteChoice = settings.palette;
    this.applyPalette();
    this.layer.show(types);
    this.card.setShown(types);
  }

  private applyPalette(): void {
    const choice = this.paletteChoice;
    this.layer.setPalette(choice === 'auto' ? this.pagePalette : choice === 'dark' ? DARK : LIGHT);
  }
}
