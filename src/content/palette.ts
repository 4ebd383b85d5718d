/**
 * The highlight colours, for light and for dark pages, chosen from the article's actual
 * background. Hues from the Okabe–Ito palette (told apart with colour-blindness), each type
 * with its own underline style as a second cue, underlines at 3:1 or more against the page,
 * fills light enough to keep the text readable, and `forced-colors` support. Durations and
 * sets ("three years", "every week") get a quieter style than points in time, and the later
 * mentions of a name in a paragraph a lighter one (a faint fill, a thin underline in the
 * same colour and style, so the type still reads).
 */
import { FOCUS_HIGHLIGHT, type HighlightName } from './highlight-names';

export type Rgb = readonly [number, number, number];

interface Cue {
  fill: string;
  line: Rgb;
  style: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
  /** Underline thickness in px (2 unless set). */
  thickness?: number;
}

/** The lighter cue of a later mention: the same line, thinner, over a faint fill. */
const lighter = (cue: Cue, fill: string): Cue => ({ ...cue, fill, thickness: 1 });

export type Palette = Record<HighlightName, Cue>;

const LIGHT_PERSON: Cue = { fill: 'rgb(86 180 233 / 0.28)', line: [0, 94, 148], style: 'solid' };
const LIGHT_ORG: Cue = { fill: 'rgb(230 159 0 / 0.28)', line: [176, 72, 0], style: 'double' };
const LIGHT_PLACE: Cue = { fill: 'rgb(0 158 115 / 0.22)', line: [0, 112, 80], style: 'dashed' };
const LIGHT_OTHER: Cue = { fill: 'rgb(204 121 167 / 0.25)', line: [150, 60, 112], style: 'dotted' };

export const LIGHT: Palette = {
  'lede-person': LIGHT_PERSON,
  'lede-org': LIGHT_ORG,
  'lede-place': LIGHT_PLACE,
  'lede-other': LIGHT_OTHER,
  'lede-date': { fill: 'rgb(240 228 66 / 0.55)', line: [120, 100, 0], style: 'wavy' },
  'lede-date-span': { fill: 'transparent', line: [120, 100, 0], style: 'dotted' },
  'lede-person-again': lighter(LIGHT_PERSON, 'rgb(86 180 233 / 0.08)'),
  'lede-org-again': lighter(LIGHT_ORG, 'rgb(230 159 0 / 0.08)'),
  'lede-place-again': lighter(LIGHT_PLACE, 'rgb(0 158 115 / 0.07)'),
  'lede-other-again': lighter(LIGHT_OTHER, 'rgb(204 121 167 / 0.08)'),
};

const DARK_PERSON: Cue = { fill: 'rgb(86 180 233 / 0.30)', line: [110, 195, 240], style: 'solid' };
const DARK_ORG: Cue = { fill: 'rgb(230 159 0 / 0.30)', line: [240, 175, 60], style: 'double' };
const DARK_PLACE: Cue = { fill: 'rgb(0 158 115 / 0.30)', line: [70, 210, 165], style: 'dashed' };
const DARK_OTHER: Cue = { fill: 'rgb(204 121 167 / 0.30)', line: [235, 160, 205], style: 'dotted' };

export const DARK: Palette = {
  'lede-person': DARK_PERSON,
  'lede-org': DARK_ORG,
  'lede-place': DARK_PLACE,
  'lede-other': DARK_OTHER,
  'lede-date': { fill: 'rgb(240 228 66 / 0.25)', line: [240, 228, 66], style: 'wavy' },
  'lede-date-span': { fill: 'transparent', line: [240, 228, 66], style: 'dotted' },
  'lede-person-again': lighter(DARK_PERSON, 'rgb(86 180 233 / 0.10)'),
  'lede-org-again': lighter(DARK_ORG, 'rgb(230 159 0 / 0.10)'),
  'lede-place-again': lighter(DARK_PLACE, 'rgb(0 158 115 / 0.10)'),
  'lede-other-again': lighter(DARK_OTHER, 'rgb(204 121 167 / 0.10)'),
};

const rgb = ([r, g, b]: Rgb): string => `rgb(${r} ${g} ${b})`;

/** The `::highlight()` rules for a palette. */
export function highlightCss(palette: Palette): string {
  const rules = Object.entries(palette).map(
    ([name, cue]) =>
      `::highlight(${name}) { background-color: ${cue.fill}; text-decoration: underline ${cue.style} ${rgb(cue.line)}; text-decoration-thickness: ${cue.thickness ?? 2}px; }`,
  );
  const names = Object.keys(palette)
    .map((n) => `::highlight(${n})`)
    .join(', ');
  return `${rules.join('\n')}
::highlight(${FOCUS_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
@media (forced-colors: active) {
  ${names} { background-color: Mark; color: MarkText; }
}
`;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The palette for a page whose background is `background`. */
export function paletteFor(background: Rgb): Palette {
  return contrast(background, [0, 0, 0]) >= contrast(background, [255, 255, 255]) ? LIGHT : DARK;
}

/** "rgb(18, 18, 18)", "rgba(0, 0, 0, 0)" -> colour and alpha; null when unreadable. */
export function parseCssColor(value: string): { rgb: Rgb; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,/\s]+([\d.]+%?))?\s*\)$/u.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

/**
 * The background the article's text sits on: the first opaque background from `element`
 * up to the root, white when none is set (the browser's default canvas).
 */
export function backgroundOf(element: Element | null, view: Window): Rgb {
  for (let el = element; el; el = el.parentElement) {
    const color = parseCssColor(view.getComputedStyle(el).backgroundColor);
    if (color && color.alpha > 0.5) return color.rgb;
  }
  return [255, 255, 255];
}
