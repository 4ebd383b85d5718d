import { describe, expect, test } from 'vitest';
import { contrast, DARK, highlightCss, LIGHT, paletteFor, parseCssColor, type Rgb } from '../../src/content/palette';

const WHITE: Rgb = [255, 255, 255];
const PAPER: Rgb = [250, 247, 240];
const NIGHT: Rgb = [18, 18, 18];
const SLATE: Rgb = [30, 34, 44];

describe('highlight palettes', () => {
  test('a light page gets the light palette, a dark page the dark one', () => {
    expect(paletteFor(WHITE)).toBe(LIGHT);
    expect(paletteFor(PAPER)).toBe(LIGHT);
    expect(paletteFor(NIGHT)).toBe(DARK);
    expect(paletteFor(SLATE)).toBe(DARK);
  });

  test.each([
    ['light', LIGHT, [WHITE, PAPER]],
    ['dark', DARK, [NIGHT, SLATE]],
  ] as const)('every underline of the %s palette has 3:1 or more against its pages', (_name, palette, pages) => {
    for (const page of pages)
      for (const [name, cue] of Object.entries(palette)) {
        expect(contrast(cue.line, page), `${name} on rgb(${page.join(' ')})`).toBeGreaterThanOrEqual(3);
      }
  });

  test('each type has its own underline style; durations differ from points in time', () => {
    const styles = ['lede-person', 'lede-org', 'lede-place', 'lede-other', 'lede-date'].map(
      (n) => LIGHT[n as keyof typeof LIGHT].style,
    );
    expect(new Set(styles).size).toBe(5);
    expect(LIGHT['lede-date-span']).not.toEqual(LIGHT['lede-date']);
  });

  test('the rules name every highlight and support forced colours', () => {
    const css = highlightCss(DARK);
    for (const name of Object.keys(DARK)) expect(css).toContain(`::highlight(${name})`);
    expect(css).toContain('@media (forced-colors: active)');
  });

  test('computed colours are read, transparent ones recognised', () => {
    expect(parseCssColor('rgb(18, 18, 18)')).toEqual({ rgb: [18, 18, 18], alpha: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ rgb: [0, 0, 0], alpha: 0 });
    expect(parseCssColor('transparent')).toBeNull();
  });
});
