/**
 * Lede's settings, kept in `storage.local`. The storage area is passed in so the
 * same code serves the service worker, the popup, the content script and tests.
 *
 * What is shown on a page: all highlights (the one switch of the popup, the keyboard
 * command and the context menu), each type, and a per-site choice ("hide on this site")
 * that outlasts reloads. Hiding never re-runs the analysis.
 */
import { DATES_LABEL, TYPE_LABELS } from '../core/type-labels';

export const HIGHLIGHT_TYPES = ['person', 'org', 'place', 'other', 'date'] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];

/** Each switch's label (the popup's and the options page's), in the words of the card. */
export const HIGHLIGHT_TYPE_LABELS: Record<HighlightType, string> = {
  person: TYPE_LABELS.PERSON,
  org: TYPE_LABELS.ORG,
  place: TYPE_LABELS.PLACE,
  other: TYPE_LABELS.OTHER,
  date: DATES_LABEL,
};

export interface SiteSettings {
  /** Highlights hidden on this site, whatever the global switch says. */
  hidden?: boolean;
}

/** Highlight colours: chosen from the page's background, or always the light or dark set. */
export const PALETTES = ['auto', 'light', 'dark'] as const;
export type PaletteChoice = (typeof PALETTES)[number];

/** Who writes the card's summary: Lede's extractive summary, or Chrome's built-in model. */
export const SUMMARY_ENGINES = ['lede', 'chrome'] as const;
export type SummaryEngine = (typeof SUMMARY_ENGINES)[number];

export interface Settings {
  /** The one switch: show or hide all highlights. */
  highlightsVisible: boolean;
  /** Each type's switch. */
  types: Record<HighlightType, boolean>;
  /** Choices for one site, by origin ("https://example.com"). */
  sites: Record<string, SiteSettings>;
  /** Origins where Lede annotates every page without being asked (each with its permission). */
  autoSites: string[];
  palette: PaletteChoice;
  /**
   * Wikipedia previews (opt-in, with the Wikipedia host permission): the service worker asks
   * Wikipedia for an entity's page summary, sending only the entity's name.
   */
  wikipediaPreviews: boolean;
  summaryEngine: SummaryEngine;
  /**
   * Mark every mention of a name, and "now", "today", "currently" too. Off by default: the
   * first mention of a name in each paragraph is marked in full, later ones lighter, and
   * headings are left alone.
   */
  markEveryMention: boolean;
  /** The optional quotes layer (off by default): a quote's speaker when the pointer rests on it. */
  quoteSpeakers: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  highlightsVisible: true,
  types: { person: true, org: true, place: true, other: true, date: true },
  sites: {},
  autoSites: [],
  palette: 'auto',
  wikipediaPreviews: false,
  summaryEngine: 'lede',
  markEveryMention: false,
  quoteSpeakers: false,
};

/** The part of `storage.local` this module uses. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return parseSettings(await area.get(SETTINGS_KEYS));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Settings from what storage holds, each value checked and defaulted (storage is untrusted). */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const visible = stored['highlightsVisible'];
  const types = isObject(stored['types']) ? stored['types'] : {};
  const sites: Record<string, SiteSettings> = {};
  if (isObject(stored['sites'])) {
    for (const [origin, site] of Object.entries(stored['sites'])) {
      if (isObject(site) && typeof site['hidden'] === 'boolean') sites[origin] = { hidden: site['hidden'] };
    }
  }
  const auto = Array.isArray(stored['autoSites']) ? stored['autoSites'] : [];
  return {
    highlightsVisible: typeof visible === 'boolean' ? visible : DEFAULT_SETTINGS.highlightsVisible,
    types: Object.fromEntries(
      HIGHLIGHT_TYPES.map((t) => [t, typeof types[t] === 'boolean' ? types[t] : DEFAULT_SETTINGS.types[t]]),
    ) as Record<HighlightType, boolean>,
    sites,
    autoSites: [...new Set(auto.filter((o): o is string => typeof o === 'string' && isOrigin(o)))].sort(),
    palette: oneOf(PALETTES, stored['palette'], DEFAULT_SETTINGS.palette),
    wikipediaPreviews:
      typeof stored['wikipediaPreviews'] === 'boolean'
        ? stored['wikipediaPreviews']
        : DEFAULT_SETTINGS.wikipediaPreviews,
    summaryEngine: oneOf(SUMMARY_ENGINES, stored['summaryEngine'], DEFAULT_SETTINGS.summaryEngine),
    markEveryMention:
      typeof stored['markEveryMention'] === 'boolean' ? stored['markEveryMention'] : DEFAULT_SETTINGS.markEveryMention,
    quoteSpeakers:
      typeof stored['quoteSpeakers'] === 'boolean' ? stored['quoteSpeakers'] : DEFAULT_SETTINGS.quoteSpeakers,
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** "https://example.com" and the like: what a site choice is keyed by. */
export function isOrigin(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === s;
  } catch {
    return false;
  }
}

/** The match pattern of every page of an origin ("https://example.com/*"). */
export const originPattern = (origin: string): string => `${origin}/*`;

/** Settings with automatic annotation on or off for a site. */
export function withAutoSite(settings: Settings, origin: string, on: boolean): Pick<Settings, 'autoSites'> {
  const sites = new Set(settings.autoSites);
  if (on) sites.add(origin);
  else sites.delete(origin);
  return { autoSites: [...sites].sort() };
}

export async function saveSettings(area: SettingsArea, patch: Partial<Settings>): Promise<void> {
  await area.set(patch);
}

/** The types to show on a page of `origin`: none when all are off or the site is hidden. */
export function visibleTypes(settings: Settings, origin: string): Set<HighlightType> {
  if (!settings.highlightsVisible || settings.sites[origin]?.hidden) return new Set();
  return new Set(HIGHLIGHT_TYPES.filter((t) => settings.types[t]));
}

/** Settings with one type switched. */
export function withType(settings: Settings, type: HighlightType, on: boolean): Pick<Settings, 'types'> {
  return { types: { ...settings.types, [type]: on } };
}

/** Settings with a site hidden or shown (a shown site is forgotten). */
export function withSiteHidden(settings: Settings, origin: string, hidden: boolean): Pick<Settings, 'sites'> {
  const sites = { ...settings.sites };
  if (hidden) sites[origin] = { ...sites[origin], hidden: true };
  else delete sites[origin];
  return { sites };
}
