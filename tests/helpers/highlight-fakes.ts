/**
 * What jsdom lacks for Lede's page code, faked for unit tests: the CSS Custom Highlight API
 * (`Highlight`, a set of ranges, and the `CSS.highlights` registry, a map), adopted style
 * sheets, and the reader's own (trusted) input. Install them in a `beforeEach` and undo with
 * `vi.unstubAllGlobals()`.
 */
import { vi } from 'vitest';

export class FakeHighlight extends Set<Range> {}

/** Installs the highlight API; returns the registry. */
export function fakeHighlights(doc: Document = document): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  // jsdom has constructable sheets (replaceSync) but no adoptedStyleSheets.
  if (!('adoptedStyleSheets' in doc)) Object.assign(doc, { adoptedStyleSheets: [] });
  return registry;
}

const marked = new WeakSet<Event>();
const impl = (e: Event): { isTrusted: boolean } | undefined => {
  const key = Object.getOwnPropertySymbols(e).find((s) => s.description === 'impl');
  return key ? (e as unknown as Record<symbol, { isTrusted: boolean }>)[key] : undefined;
};

/**
 * Lets tests dispatch events as if the reader made them. jsdom marks every dispatched event
 * untrusted (dispatchEvent resets the flag, as the DOM standard says of script's events), so
 * a capturing listener on the window, the first on the event's path, sets jsdom's internal
 * flag again for the events `asReader` marked.
 */
export function allowReaderEvents(win: Window, types: string[], signal: AbortSignal): void {
  for (const type of types) {
    win.addEventListener(
      type,
      (e) => {
        const inner = marked.has(e) ? impl(e) : undefined;
        if (inner) inner.isTrusted = true;
      },
      { capture: true, signal },
    );
  }
}

/** An event the reader made (see allowReaderEvents). */
export function asReader<E extends Event>(e: E): E {
  marked.add(e);
  return e;
}
