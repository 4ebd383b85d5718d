/** Display helpers for the card: dates, relative times, labels. */
import type { EntityType } from '../core/types';

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  PLACE: 'Places',
  OTHER: 'Other names',
};

/** "12 Mar 2024" (or with the time when the value has one), in the reader's locale. */
export function formatDate(iso: string, locale?: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/u.test(iso);
  const d = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(
    locale,
    dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(d);
}

/** "3 days ago", "in 2 hours", "yesterday". */
export function relativeTime(iso: string, now: Date, locale?: string): string | null {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(t)) return null;
  const seconds = (t - now.getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['week', 7 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}
