// @vitest-environment jsdom
/**
 * The highlight layer against a fake `CSS.highlights` registry: one highlight per type under
 * the product's names, durations and sets apart, showing and hiding as registry flips (the
 * ranges stay), a new rendering replacing the old, and everything gone after dispose.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HighlightLayer, type RangeOf } from '../../src/content/highlights';
import { DARK, LIGHT } from '../../src/content/palette';
import type { Analysis, DateMention, Entity, EntityMention } from '../../src/core/types';
import type { HighlightType } from '../../src/shared/settings';
import { fakeHighlights, type FakeHighlight } from '../helpers/highlight-fakes';

const TEXT = 'Petra Lange of Verdi said in Hamburg on Monday that the strike would last three weeks.';

const span = (text: string, blockId = 0): { blockId: number; start: number; end: number; text: string } => {
  const start = TEXT.indexOf(text);
  return { blockId, start, end: start + text.length, text };
};
const entity = (id: number, type: Entity['type'], ...names: string[]): Entity => ({
  id,
  type,
  name: names[0] ?? '',
  mentions: names.map((n): EntityMention => ({ ...span(n), type })),
  salience: 0.5,
});
const date = (id: number, text: string, type: DateMention['type']): DateMention => ({
  ...span(text),
  id,
  type,
  value: 'X',
  certainty: 'exact',
});

const analysis = {
  entities: [entity(1, 'PERSON', 'Petra Lange'), entity(2, 'ORG', 'Verdi'), entity(3, 'PLACE', 'Hamburg')],
  dates: [date(1, 'Monday', 'DATE'), date(2, 'three weeks', 'DURATION')],
} as Analysis;

let registry: Map<string, FakeHighlight>;
let text: Text;
/** Ranges over the paragraph's text node; block 9 is not in the page. */
const rangeOf: RangeOf = ({ blockId, start, end }) => {
  if (blockId !== 0) return null;
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
};
const names = (): string[] => [...registry.keys()].sort();
const texts = (name: string): string[] => [...(registry.get(name) ?? [])].map((r) => r.toString());
const ALL = new Set<HighlightType>(['person', 'org', 'place', 'other', 'date']);

beforeEach(() => {
  registry = fakeHighlights();
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = TEXT;
  document.body.append(p);
  text = p.firstChild as Text;
});
afterEach(() => vi.unstubAllGlobals());

describe('the highlight layer', () => {
  test('one highlight per type, under Lede’s names; durations apart from points in time', () => {
    const layer = new HighlightLayer(document);
    layer.render(analysis, rangeOf);
    expect(names()).toEqual(['lede-date', 'lede-date-span', 'lede-org', 'lede-person', 'lede-place']);
    expect(texts('lede-person')).toEqual(['Petra Lange']);
    expect(texts('lede-date')).toEqual(['Monday']);
    expect(texts('lede-date-span')).toEqual(['three weeks']);
    // The page's own DOM is untouched: still one text node.
    expect(document.body.innerHTML).toBe(`<p>${TEXT}</p>`);
  });

  test('showing and hiding flips the registry; the ranges stay', () => {
    const layer = new HighlightLayer(document);
    layer.render(analysis, rangeOf);
    const person = registry.get('lede-person');
    layer.show(new Set<HighlightType>(['place', 'date']));
    expect(names()).toEqual(['lede-date', 'lede-date-span', 'lede-place']);
    layer.show(new Set());
    expect(names()).toEqual([]);
    layer.show(ALL);
    expect(registry.get('lede-person')).toBe(person);
    expect(texts('lede-person')).toEqual(['Petra Lange']);
  });

  test('hidden types stay hidden when a new reading renders', () => {
    const layer = new HighlightLayer(document);
    layer.show(new Set<HighlightType>(['person']));
    layer.render(analysis, rangeOf);
    expect(names()).toEqual(['lede-person']);
  });

  test('a new rendering replaces the old: no mention is highlighted twice', () => {
    const layer = new HighlightLayer(document);
    layer.render(analysis, rangeOf);
    layer.render({ entities: [entity(3, 'PLACE', 'Hamburg')], dates: [] } as unknown as Analysis, rangeOf);
    expect(names()).toEqual(['lede-place']);
    expect(texts('lede-place')).toEqual(['Hamburg']);
  });

  test('a mention that no longer maps to the page is skipped', () => {
    const layer = new HighlightLayer(document);
    const gone = { ...entity(4, 'OTHER', 'Verdi'), mentions: [{ ...span('Verdi', 9), type: 'OTHER' as const }] };
    layer.render({ entities: [gone], dates: [] } as unknown as Analysis, rangeOf);
    expect(names()).toEqual([]);
  });

  test('the styles are adopted once, follow the palette, and go with dispose', () => {
    const layer = new HighlightLayer(document);
    const before = document.adoptedStyleSheets.length;
    layer.render(analysis, rangeOf);
    layer.render(analysis, rangeOf);
    expect(document.adoptedStyleSheets).toHaveLength(before + 1);
    const sheet = document.adoptedStyleSheets.at(-1) as CSSStyleSheet;
    const rule = (): string =>
      [...sheet.cssRules].map((r) => r.cssText).find((t) => t.includes('lede-person') && t.includes('underline')) ?? '';
    expect(rule()).toContain('rgb(0 94 148)');
    layer.setPalette(DARK);
    expect(rule()).toContain('rgb(110 195 240)');
    layer.setPalette(LIGHT);
    layer.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(before);
    expect(names()).toEqual([]);
  });
});
