// @vitest-environment jsdom
/**
 * The hover card's basics in jsdom, with fakes for what jsdom lacks (the highlight registry,
 * layout: caret hit-testing and range rectangles, and the reader's trusted input): it opens
 * after its delay when the reader's pointer rests on a mention, ignores events a page makes
 * up, opens only over shown types, and closes with Esc.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverCard, type PlacedMention } from '../../src/content/hover-card';
import { mentionInfos } from '../../src/content/mentions';
import type { Analysis } from '../../src/core/types';
import type { HighlightType } from '../../src/shared/settings';
import { allowReaderEvents, asReader, fakeHighlights } from '../helpers/highlight-fakes';
import { unlocalised, useEnglish, usePseudoLocale } from '../helpers/pseudo-locale';

const TEXT = 'Petra Lange of Verdi said in Hamburg that Lange would stay.';
const at = (name: string, from = 0): { blockId: number; start: number; end: number; text: string } => {
  const start = TEXT.indexOf(name, from);
  return { blockId: 0, start, end: start + name.length, text: name };
};
const analysis = {
  entities: [
    {
      id: 1,
      type: 'PERSON',
      name: 'Petra Lange',
      mentions: [
        { ...at('Petra Lange'), type: 'PERSON' },
        { ...at('Lange', 20), type: 'PERSON' },
      ],
      salience: 1,
    },
    { id: 2, type: 'ORG', name: 'Verdi', mentions: [{ ...at('Verdi'), type: 'ORG' }], salience: 0.5 },
  ],
  dates: [],
} as unknown as Analysis;

/** Each character is 10 px wide on one line 20 px high: layout, as jsdom has none. */
const CHAR_PX = 10;
const centre = (name: string): { clientX: number; clientY: number } => ({
  clientX: (at(name).start + 1) * CHAR_PX,
  clientY: 10,
});

let text: Text;
/** The analysis's mentions, placed in the paragraph. */
const placed = (): PlacedMention[] =>
  mentionInfos(analysis).map((info) => {
    const range = document.createRange();
    range.setStart(text, info.span.start);
    range.setEnd(text, info.span.end);
    return { info, range, type: info.label === 'Person' ? 'person' : 'org' };
  });
let controller: AbortController;
let card: HoverCard;

const box = (): HTMLElement | null | undefined =>
  document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
const isShown = (): boolean => Boolean(box() && !box()?.hidden);
const move = (to: { clientX: number; clientY: number }, reader = true): void => {
  const e = new PointerEvent('pointermove', { ...to, bubbles: true, composed: true });
  text.parentElement?.dispatchEvent(reader ? asReader(e) : e);
};

beforeEach(() => {
  vi.useFakeTimers();
  fakeHighlights();
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = TEXT;
  document.body.append(p);
  text = p.firstChild as Text;
  // Layout: a range's rectangle from its offsets; the caret under a point from its x.
  const rect = (r: Range): DOMRect =>
    ({ left: r.startOffset * CHAR_PX, right: r.endOffset * CHAR_PX, top: 0, bottom: 20 }) as DOMRect;
  Range.prototype.getClientRects = function (this: Range) {
    return [rect(this)] as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function (this: Range) {
    return rect(this);
  };
  Object.assign(document, {
    caretPositionFromPoint: (x: number) => ({ offsetNode: text, offset: Math.floor(x / CHAR_PX) }),
  });

  controller = new AbortController();
  allowReaderEvents(window, ['pointermove', 'focusin', 'keydown'], controller.signal);
  card = new HoverCard(document, controller.signal, 'open');
  card.setEntries(placed(), false);
  card.setShown(new Set<HighlightType>(['person', 'org', 'place', 'other', 'date']));
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the hover card', () => {
  test('opens after its delay when the reader’s pointer rests on a mention', () => {
    move(centre('Petra Lange'));
    vi.advanceTimersByTime(250);
    expect(isShown()).toBe(false);
    vi.advanceTimersByTime(100);
    expect(isShown()).toBe(true);
    expect(card.isOpen).toBe(true);
    expect(box()?.querySelector('.type')?.textContent).toBe('Person');
    expect(box()?.querySelector('.name')?.textContent).toBe('Petra Lange');
    expect(box()?.querySelector('.count')?.textContent).toBe('Mention 1 of 2');
    // Lede's only element in the page is the card's host; it never takes focus.
    expect(document.querySelectorAll('body > :not(p)')).toHaveLength(1);
    expect(document.activeElement).toBe(document.body);
  });

  test('in the reader’s language: every string it shows or speaks comes from _locales', () => {
    usePseudoLocale();
    try {
      card.setEntries(placed(), false);
      move(centre('Petra Lange'));
      vi.advanceTimersByTime(400);
      expect(isShown()).toBe(true);
      const host = document.querySelector('lede-card') as Element;
      expect(box()?.querySelector('.count')?.textContent).toBe('⟦Mention 1 of 2⟧');
      expect(unlocalised(host, ['Petra Lange', 'Verdi', TEXT])).toEqual([]);
      // The check does see a string that is not a message.
      box()?.append('Next');
      expect(unlocalised(host, ['Petra Lange', 'Verdi', TEXT])).toEqual(['Next']);
    } finally {
      useEnglish();
    }
  });

  test('a pointer that moves on before the delay opens nothing', () => {
    move(centre('Petra Lange'));
    vi.advanceTimersByTime(100);
    move({ clientX: 5 * CHAR_PX + 500, clientY: 10 });
    vi.advanceTimersByTime(1000);
    expect(isShown()).toBe(false);
  });

  test('ignores pointer and focus events the page makes up', () => {
    move(centre('Verdi'), false);
    text.parentElement?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(isShown()).toBe(false);
    expect(document.querySelector('lede-card')).toBeNull();
  });

  test('opens only over the types that are shown', () => {
    card.setShown(new Set<HighlightType>(['person']));
    move(centre('Verdi'));
    vi.advanceTimersByTime(1000);
    expect(isShown()).toBe(false);
    move(centre('Petra Lange'));
    vi.advanceTimersByTime(1000);
    expect(box()?.querySelector('.name')?.textContent).toBe('Petra Lange');
  });

  test('Esc closes it', () => {
    move(centre('Verdi'));
    vi.advanceTimersByTime(400);
    expect(box()?.querySelector('.name')?.textContent).toBe('Verdi');
    window.dispatchEvent(asReader(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(isShown()).toBe(false);
    expect(card.isOpen).toBe(false);
  });

  test('with previews on, Wikipedia’s summary shows as text, and no image loads in the page', async () => {
    controller.abort();
    controller = new AbortController();
    allowReaderEvents(window, ['pointermove'], controller.signal);
    const asked: string[] = [];
    card = new HoverCard(document, controller.signal, 'open', async (name) => {
      asked.push(name);
      return {
        status: 'found',
        title: 'Verdi (union)',
        extract: 'A trade union <img src=x onerror=alert(1)>.',
        url: 'https://en.wikipedia.org/wiki/Verdi_(union)',
        thumbnail: 'https://upload.wikimedia.org/verdi.png',
        wikidata: 'Q316709',
      };
    });
    card.setEntries(placed(), false);
    card.setShown(new Set<HighlightType>(['org']));
    move(centre('Verdi'));
    await vi.advanceTimersByTimeAsync(400);
    expect(asked).toEqual(['Verdi']);
    expect(box()?.querySelector('.extract')?.textContent).toBe('A trade union <img src=x onerror=alert(1)>.');
    expect(box()?.querySelector('h3 a')?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Verdi_(union)');
    expect(box()?.querySelector('.wikidata')?.textContent).toBe('Wikidata Q316709');
    expect(box()?.querySelectorAll('img')).toHaveLength(0);
  });

  test('the abort signal takes the card and its host away', () => {
    move(centre('Verdi'));
    vi.advanceTimersByTime(400);
    expect(document.querySelector('lede-card')).not.toBeNull();
    controller.abort();
    expect(document.querySelector('lede-card')).toBeNull();
  });
});
