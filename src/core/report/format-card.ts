/**
 * The summary card as text: plain text for a terminal, Markdown for export. The same
 * content as the popup card: header, summary, key entities by type, who is who, sources, dates.
 */
import { describeDate } from '../dates/label';
import { involvedSuffix, sourceLines, whoIsWhoLines } from './format-context';
import { TYPE_LABELS } from '../type-labels';
import { ENTITY_TYPES, type Analysis } from '../types';

export type CardFormat = 'text' | 'md';

/**
 * A string from the page, made inert for the format: in Markdown every character that could
 * start markup is escaped (a title `![t](https://tracker…)` must not become an image, nor
 * `[x](javascript:…)` a link, nor a bare URL an autolink); in plain text, control characters
 * (terminal escape sequences) are dropped. Line breaks become spaces in both.
 */
export function inert(s: string, format: CardFormat): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ');
  if (format === 'text') return flat;
  // Every string follows a prefix ("- ", "# ", "**People**: "), so line-start markers
  // cannot take effect; what remains are inline markup, HTML, entities and autolinks.
  return flat
    .replace(/[\\`*_{}[\]()#!<>|~&@]/gu, (c) => `\\${c}`)
    .replace(/(?<=\p{L})(:)(?=\/\/)/gu, '\\:')
    .replace(/(?<![\p{L}\p{N}])(www)\./giu, '$1\\.');
}

export function formatCard(a: Analysis, format: CardFormat, options: { maxPerType?: number } = {}): string {
  const max = options.maxPerType ?? 8;
  const md = format === 'md';
  const t = (s: string): string => inert(s, format);
  const lines: string[] = [];
  const heading = (s: string): string => (md ? `## ${s}` : `${s}\n${'-'.repeat(s.length)}`);
  const title = a.meta.title ? t(a.meta.title) : '(untitled)';
  lines.push(md ? `# ${title}` : `${title}\n${'='.repeat(Math.min(title.length, 78))}`);
  const facts: string[] = [];
  if (a.meta.siteName) facts.push(t(a.meta.siteName));
  if (a.meta.byline.length) facts.push(`by ${a.meta.byline.map(t).join(', ')}`);
  if (a.meta.publishedTime) facts.push(t(a.meta.publishedTime));
  facts.push(formatReadingTime(a.readingTime.min, a.readingTime.max));
  if (a.language && a.language.code !== 'und') facts.push(t(a.language.name));
  lines.push(md ? `*${facts.join(' · ')}*` : facts.join(' · '));
  if (a.cut) lines.push('', `Only the opening was read: ${a.wordCount} of ${a.cut.totalWords} words.`);
  if (!a.isArticle) lines.push('', `Not an article: ${t(a.reason)}`);
  lines.push('');
  if (a.summary.length || a.description) {
    lines.push(heading('Summary'), '');
    // The publisher's own summary, labelled as theirs, then the sentences Lede chose.
    if (a.description)
      lines.push(
        md ? `*The publisher's summary:* ${t(a.description)}` : `The publisher's summary: ${t(a.description)}`,
        '',
      );
    for (const s of a.summary) lines.push(md ? `- ${t(s.text)}` : `* ${t(s.text)}`);
    lines.push('');
  }
  lines.push(heading('Key entities'), '');
  for (const type of ENTITY_TYPES) {
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) continue;
    const items = list.slice(0, max).map((e) => `${t(e.name)} (${e.mentions.length})`);
    const more = list.length > max ? `, +${list.length - max} more` : '';
    lines.push(`${md ? `**${TYPE_LABELS[type]}**` : TYPE_LABELS[type]}: ${items.join(', ')}${more}`);
  }
  if (!a.entities.length)
    lines.push(
      a.language && !a.language.names ? `(names are not available for ${t(a.language.name)} yet)` : '(none found)',
    );
  lines.push('');
  const bullet = md ? '- ' : '* ';
  const who = whoIsWhoLines(a, t, bullet, max * 2);
  if (who.length) lines.push(heading('Who is who'), '', ...who, '');
  const sources = sourceLines(a, t, bullet, max);
  if (sources.length) lines.push(heading('Sources'), '', ...sources, '');
  lines.push(heading('Timeline'), '');
  // The entries the card shows first, then the rest (the card's "show all").
  const entry = (d: Analysis['timeline'][number]): string => {
    const value = describeDate(d.value, d.endValue, d.mod, 'en-GB');
    const how = d.certainty === 'exact' ? '' : ` (${d.certainty})`;
    return `${bullet}${t(d.text)} → ${t(value)}${how}${involvedSuffix(d, a, t)}`;
  };
  const featured = a.timeline.filter((d) => d.featured);
  const first = featured.length ? featured : a.timeline;
  for (const d of first) lines.push(entry(d));
  const rest = a.timeline.filter((d) => !first.includes(d));
  if (rest.length) {
    lines.push('', md ? `*${rest.length} more:*` : `${rest.length} more:`);
    for (const d of rest) lines.push(entry(d));
  }
  if (!a.timeline.length) lines.push('(none found)');
  return lines.join('\n') + '\n';
}

export function formatReadingTime(min: number, max: number): string {
  return min === max ? `${min} min read` : `${min}–${max} min read`;
}
