/**
 * The hover and focus card: Lede's only element in the page, a `<lede-card>` host with a
 * shadow root, added the first time a card opens. Over a highlighted mention (after about
 * 300 ms), on keyboard focus of a link holding one, or when the reader steps to the next or
 * previous mention with the keyboard command, it shows what mentions.ts says: the type, the
 * canonical name or the date in words, what the article says about the name (its role in
 * bold inside the sentence that gives it, said once) or what the date means against the
 * publication (with its sentence), "mention 2 of 5" with previous
 * and next, and, with Wikipedia previews on, the article's title, extract and Wikidata id
 * (no thumbnail: see wiki-preview-nodes.ts); with them off, a quiet link to turn them on in
 * the options, and a Wikipedia search link.
 * It sits above the mention (the lines already read), or below when there is no room above:
 * never over the line being read. It stays while the pointer is on it, closes with Esc or
 * when its mention scrolls away, and never takes focus. Text goes in as text only.
 */
import type { WikiPreview } from '../shared/messages';
import { wikiPreviewNodes } from '../shared/wiki-preview-nodes';
import type { HighlightType } from '../shared/settings';
import { FOCUS_HIGHLIGHT } from './highlight-names';
import { HOVER_STRINGS as S } from './card-strings';
import type { MentionInfo } from './mentions';

export interface PlacedMention {
  info: MentionInfo;
  range: Range;
  /** The switch that shows its highlight. */
  type: HighlightType;
  /** A quote of the optional quotes layer: no highlight, never stepped to, under the names inside it. */
  quote?: boolean;
}

const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 250;
/** How long a mention the popup points to stays marked. */
const FLASH_MS = 1600;
/** Space between the card and the line it belongs to, and the window's edge. */
const GAP_PX = 8;
const EDGE_PX = 4;

const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 320px; min-width: 200px;
  padding: 10px 12px; border-radius: 8px; border: 1px solid rgb(0 0 0 / 0.15);
  background: #fff; color: #1a1a1a; box-shadow: 0 4px 18px rgb(0 0 0 / 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; pointer-events: auto;
}
.card.dark { background: #23262d; color: #eceff4; border-color: rgb(255 255 255 / 0.18); }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; opacity: 0.75; }
.name { font-size: 15px; font-weight: 600; margin: 2px 0; overflow-wrap: anywhere; }
.detail { margin: 0 0 4px; opacity: 0.85; }
.about, .sentence { margin: 4px 0; font-size: 12.5px; }
.sentence { font-style: italic; opacity: 0.85; }
.off { margin: 6px 0 0; font-size: 12px; opacity: 0.8; }
.off button { border: 0; padding: 0; text-decoration: underline; font-size: 12px; text-align: start; }
.nav { display: flex; align-items: center; gap: 8px; margin-top: 6px; }
button { font: inherit; padding: 1px 8px; border-radius: 4px; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; }
button:disabled { opacity: 0.4; cursor: default; }
a { color: #0b62c4; }
.dark a { color: #8cc4ff; }
button:focus-visible, a:focus-visible { outline: 2px solid #0b62c4; outline-offset: 2px; }
.context { display: flex; gap: 8px; margin-top: 6px; font-size: 12px; }
.context p { margin: 0; }
.context h3 { font-size: 13px; margin: 0 0 2px; }
.context .extract { max-height: 7.2em; overflow: hidden; }
.muted { opacity: 0.75; }
.role { margin: 0 0 2px; font-weight: 600; }
.role-sentence { margin: 0 0 4px; font-size: 12px; opacity: 0.8; border-left: 2px solid currentColor; padding-left: 6px; }
.role-sentence .role { font-size: 12.5px; }
@media (forced-colors: active) { .card { border: 1px solid CanvasText; } }
`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private entries: PlacedMention[] = [];
  private byNode = new WeakMap<Node, PlacedMention[]>();
  private shown: ReadonlySet<HighlightType> = new Set();
  private current: PlacedMention | null = null;
  private pending: PlacedMention | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private point: { x: number; y: number; overCard: boolean } | null = null;
  private dark = false;
  private readonly focus = new Highlight();
  private readonly view: Window;

  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly shadowMode: ShadowRootMode = 'closed',
    /** Wikipedia's summary for a name (answers `off` unless previews are on). */
    private readonly lookUp: (name: string) => Promise<WikiPreview> = async () => ({ status: 'off' }),
    /** Opens Lede's options (where previews are turned on); absent, the card offers no link. */
    private readonly openOptions?: () => void,
  ) {
    this.view = doc.defaultView as Window;
    const listen = { passive: true, capture: true, signal };
    doc.addEventListener('pointermove', (e) => this.onMove(e), listen);
    doc.addEventListener('focusin', (e) => this.onFocusIn(e), { capture: true, signal });
    this.view.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    this.view.addEventListener('scroll', () => this.onScroll(), listen);
    signal.addEventListener('abort', () => this.dispose());
  }

  /** The mentions on the page now, and whether the page is dark. */
  setEntries(entries: PlacedMention[], dark: boolean): void {
    this.entries = entries;
    this.dark = dark;
    this.byNode = new WeakMap();
    for (const entry of entries) for (const node of textNodesOf(entry.range)) this.indexNode(node, entry);
    this.hide();
  }

  /** Types whose highlights show; the card opens only over those. */
  setShown(types: ReadonlySet<HighlightType>): void {
    this.shown = types;
    if (this.current && !this.current.quote && !types.has(this.current.type)) this.hide();
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The keyboard command: to the next (1) or previous (-1) mention in reading order. */
  step(direction: 1 | -1): void {
    const visible = this.entries.filter((e) => !e.quote && this.shown.has(e.type));
    if (!visible.length) return;
    const at = this.current ? visible.indexOf(this.current) : -1;
    let next: number;
    if (at >= 0) next = (at + direction + visible.length) % visible.length;
    else {
      // From where the reader is: the first mention below the top of the window.
      const below = visible.findIndex((e) => e.range.getBoundingClientRect().bottom > 0);
      next = direction === 1 ? Math.max(0, below) : (below > 0 ? below : visible.length) - 1;
    }
    this.goTo(visible[next] as PlacedMention);
  }

  /**
   * The popup's "show me": scrolls to the mention at this place (to the middle of the window,
   * smoothly unless the reader prefers reduced motion) and marks it for a moment.
   */
  reveal(blockId: number, start: number, end: number): boolean {
    const entry = this.entries.find(
      (e) => e.info.span.blockId === blockId && e.info.span.start === start && e.info.span.end === end,
    );
    return entry ? this.flash(entry.range) : false;
  }

  /** Scrolls to any stretch of the page (a quote the popup points to) and marks it for a moment. */
  flash(range: Range): boolean {
    this.hide();
    const target = range.startContainer.parentElement;
    const reduced = this.view.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
    this.focus.clear();
    this.focus.add(range);
    CSS.highlights.set(FOCUS_HIGHLIGHT, this.focus);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.focus.clear(), FLASH_MS);
    return true;
  }

  hide(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    this.current = null;
    this.focus.clear();
    if (this.card) this.card.hidden = true;
  }

  dispose(): void {
    this.hide();
    cancelAnimationFrame(this.frame);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    this.host?.remove();
    this.host = null;
    this.card = null;
  }

  // ------------------------------------------------------------ events

  private onMove(e: PointerEvent): void {
    // Only the reader's own pointer: a page can dispatch synthetic events to drive the card
    // (and, with previews on, Wikipedia look-ups).
    if (!e.isTrusted || !this.entries.length) return;
    this.point = { x: e.clientX, y: e.clientY, overCard: this.host !== null && e.composedPath().includes(this.host) };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  private track(): void {
    const p = this.point;
    if (!p) return;
    if (p.overCard) {
      clearTimeout(this.closeTimer);
      return;
    }
    const hit = this.hitTest(p.x, p.y);
    if (hit && hit === this.current) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (hit !== this.pending) {
      clearTimeout(this.openTimer);
      this.pending = hit;
      if (hit) this.openTimer = setTimeout(() => this.open(hit), OPEN_DELAY_MS);
    }
    if (!hit && this.current) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.hide(), CLOSE_DELAY_MS);
    }
  }

  private onFocusIn(e: FocusEvent): void {
    if (!e.isTrusted) return;
    const target = e.target as Node | null;
    if (!target || target.nodeType !== 1 || target === this.host) return;
    const entry = this.entries.find((x) => this.shown.has(x.type) && x.range.intersectsNode(target));
    if (entry) this.open(entry);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && (this.current || this.pending || this.focus.size)) this.hide();
  }

  private onScroll(): void {
    if (!this.current) return;
    const rect = this.current.range.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > this.view.innerHeight) this.hide();
    else this.place(this.current);
  }

  // ------------------------------------------------------------ hit testing

  private indexNode(node: Node, entry: PlacedMention): void {
    const list = this.byNode.get(node);
    if (list) list.push(entry);
    else this.byNode.set(node, [entry]);
  }

  private hitTest(x: number, y: number): PlacedMention | null {
    const caret = this.doc.caretPositionFromPoint?.(x, y);
    const node = caret?.offsetNode ?? this.doc.caretRangeFromPoint?.(x, y)?.startContainer;
    if (!node) return null;
    for (const entry of this.byNode.get(node) ?? []) {
      if (!entry.quote && !this.shown.has(entry.type)) continue;
      for (const r of entry.range.getClientRects())
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return entry;
    }
    return null;
  }

  // ------------------------------------------------------------ the card

  private goTo(entry: PlacedMention): void {
    const rect = entry.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > this.view.innerHeight)
      this.view.scrollBy({ top: rect.top - this.view.innerHeight / 3, behavior: 'instant' });
    this.mark(entry);
    this.open(entry);
  }

  /** Marks one mention with the focus highlight (the reader's place). */
  private mark(entry: PlacedMention): void {
    this.focus.clear();
    this.focus.add(entry.range);
    CSS.highlights.set(FOCUS_HIGHLIGHT, this.focus);
  }

  private open(entry: PlacedMention): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    this.current = entry;
    const card = this.ensureCard();
    card.classList.toggle('dark', this.dark);
    card.replaceChildren(...this.contents(entry));
    card.hidden = false;
    this.place(entry);
  }

  private contents(entry: PlacedMention): Node[] {
    const { info } = entry;
    const says = info.says();
    const el = (tag: string, cls: string, text?: string): HTMLElement => {
      const e = this.doc.createElement(tag);
      e.className = cls;
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const out: Node[] = [el('div', 'type', info.label), el('div', 'name', says.heading)];
    if (says.detail) out.push(el('p', 'detail', says.detail));
    // Linked context: who the article says this is, and where it says so (the sentence left
    // out when it is the one being read); else the sentence that introduces the name.
    if (info.role) {
      // The role once: in bold inside its sentence when that is shown and holds it.
      const sentence = says.roleSentence;
      const at = sentence ? sentence.indexOf(info.role.text) : -1;
      if (sentence && at >= 0) {
        const p = el('p', 'role-sentence');
        p.append(
          sentence.slice(0, at),
          el('strong', 'role', info.role.text),
          sentence.slice(at + info.role.text.length),
        );
        out.push(p);
      } else {
        out.push(el('div', 'role', info.role.text));
        if (sentence) out.push(el('p', 'role-sentence', sentence));
      }
    } else if (says.about) out.push(el('p', 'about', says.about));
    if (says.sentence) out.push(el('p', 'sentence', S.quoted(says.sentence)));
    if (info.count > 1) {
      const siblings = this.entries.filter((e) => e.info.key === info.key);
      const at = siblings.indexOf(entry);
      const button = (label: string, text: string, to: PlacedMention | undefined): HTMLElement => {
        const b = el('button', label === S.previous ? 'prev' : 'next', text) as HTMLButtonElement;
        b.type = 'button';
        b.setAttribute('aria-label', label);
        b.disabled = !to;
        b.addEventListener('click', () => to && this.goTo(to));
        return b;
      };
      const nav = el('div', 'nav');
      nav.append(
        button(S.previous, '‹', siblings[at - 1]),
        el('span', 'count', S.mentionOf(info.index, info.count)),
        button(S.next, '›', siblings[at + 1]),
      );
      out.push(nav);
    }
    const link = info.link ? this.searchLink(info.link) : null;
    if (info.kind === 'entity') {
      const context = el('div', 'context');
      out.push(context);
      void this.lookUp(info.name).then((preview) => {
        if (this.current !== entry) return;
        if (preview.status === 'found' || preview.status === 'ambiguous') {
          // Wikipedia's own title links to its article: the search link would say it twice.
          context.replaceChildren(...wikiPreviewNodes(this.doc, info.name, preview, { thumbnail: false }));
          link?.remove();
        } else if (preview.status === 'off' && this.openOptions) {
          const open = el('button', 'turn-on', S.turnOn) as HTMLButtonElement;
          open.type = 'button';
          open.addEventListener('click', () => this.openOptions?.());
          const off = el('p', 'off', `${S.previewsOff} `);
          off.append(open);
          context.replaceChildren(off);
        }
        this.place(entry);
      });
    }
    if (link) out.push(link);
    return out;
  }

  private searchLink(href: string): HTMLAnchorElement {
    const a = this.doc.createElement('a');
    a.className = 'wiki';
    a.textContent = S.wikipedia;
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  /**
   * Above the mention's lines (already read), or below them when there is no room above;
   * never over them. Across from the mention's start, inside the window.
   */
  private place(entry: PlacedMention): void {
    const card = this.card;
    if (!card) return;
    const rects = [...entry.range.getClientRects()];
    const first = rects[0] ?? entry.range.getBoundingClientRect();
    const top = Math.min(first.top, ...rects.map((r) => r.top));
    const bottom = Math.max(first.bottom, ...rects.map((r) => r.bottom));
    const { innerWidth, innerHeight } = this.view;
    // Measured at the window's left edge: where it stood before, near the right edge, it was
    // squeezed to the room left there and kept that narrow width (text wrapped every few words).
    card.style.left = '0px';
    const height = card.offsetHeight;
    const width = card.offsetWidth;
    const above = top - GAP_PX - height;
    const below = bottom + GAP_PX;
    let y: number;
    if (above >= EDGE_PX) y = above;
    else if (below + height <= innerHeight - EDGE_PX) y = below;
    // Room on neither side: the side with more, still clear of the line.
    else y = top > innerHeight - bottom ? above : below;
    card.style.top = `${Math.round(y)}px`;
    card.style.left = `${Math.round(Math.max(EDGE_PX, Math.min(first.left, innerWidth - width - EDGE_PX)))}px`;
  }

  private ensureCard(): HTMLElement {
    if (this.card) return this.card;
    const host = this.doc.createElement('lede-card');
    const root = host.attachShadow({ mode: this.shadowMode });
    const sheet = new (this.view as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    card.addEventListener('pointerleave', () => {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.hide(), CLOSE_DELAY_MS);
    });
    card.addEventListener('pointerenter', () => clearTimeout(this.closeTimer));
    root.append(card);
    (this.doc.body ?? this.doc.documentElement).append(host);
    this.host = host;
    this.card = card;
    return card;
  }
}

/** The text nodes a range covers (a name may span a link and the text after it). */
function textNodesOf(range: Range): Text[] {
  const start = range.startContainer;
  if (start === range.endContainer) return start.nodeType === 3 ? [start as Text] : [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}
