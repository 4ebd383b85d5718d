/**
 * Technical standards, protocols and graphics APIs are no names (names.md, train-only reading:
 * "`USB-C`, `Wi-Fi`, `Thunderbolt`, `HDMI`" not names; names-fresh2: "graphics APIs and
 * protocols no names (`Vulkan`, `Zigbee`)"; lang-news.md, ninth set: "X11, HDR, RCS"). The
 * tagger, on technology pages, makes them OTHER. After tagging (English): a mention whose whole
 * text is one of the standards below is dropped. Words that also name products or teams
 * ("Thunderbolt", a film and an aircraft; "NFC", a football conference) are left to the tagger.
 * Per mention, a look at its text.
 */
import type { EntityMention } from '../types';
import { unchanged } from './by-block';

/** Standards, protocols and APIs, as written. */
const STANDARDS = new Set([
  ...'RCS X11 HDR HDR10 HDR10+ USB-C Wi-Fi WiFi HDMI Vulkan Zigbee OpenGL 5G 4G LTE'.split(' '),
  'Wi-Fi 6',
  'Wi-Fi 7',
]);

/** The mentions that are no technical standard. */
export function withoutStandards(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.some((m) => STANDARDS.has(m.text))
    ? mentions.filter((m) => !STANDARDS.has(m.text))
    : unchanged(mentions);
}
