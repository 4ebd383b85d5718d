/**
 * Bills and Acts by their short titles are one OTHER name with their year and their bracketed
 * word (eval/gold/guidelines/lang-news.md, en-train8: "a law's short title with its year one MISC
 * (`Finance Bill, 2025`)", "the Irish house-style "the Bill" unmarked (its full title MISC)").
 * Parliaments outside the US write their laws as "the Residential Tenancies (Amendment) Bill",
 * "the Finance Bill, 2025" or "the Finance Act, 2023", forms CoNLL's newswire hardly holds: the
 * tagger cuts the title at its bracket (an ORG before it, another inside it, and "Bill" alone a
 * person) and leaves the year after a comma out. Issue 15, the families of en-train8.
 *
 * After tagging (English), only in blocks holding " Bill", " Act", "Act ", "Budget " or a year after a comma:
 *
 * - a title of one to five capitalised words (with "of", "and", "for", "on" or "the" between
 *   them), a bracketed capitalised word or words and "Bill" or "Act" is one OTHER name (a leading
 *   "The" left out), with ", 2025" or " 2025" after it; the mentions inside it give way;
 * - a mention of two words or more ending in "Bill" or "Act" takes in a year after ", " and, if it
 *   was typed an organisation, becomes OTHER ("Finance Act, 2023");
 * - "Bill" alone typed a person or OTHER after "the", "this", "that", "its" or "a" (and at most one
 *   lower-case word: "the tenancy Bill") is no name: the law named by its kind;
 * - "Budget" and a year ("Budget 2025") is one OTHER name;
 * - a mention of two words or more that starts with "Code" or "Act" or ends in "Code", "Policy",
 *   "Ordinance", "Rules", "Regulations" or "Law" takes in a year after ", " and becomes OTHER
 *   ("the Code of Criminal Procedure, 1898", "the National Education Policy, 2020": issue 15,
 *   names44b, en-train11 and en-train17);
 * - a state's numbered law ("Act 127 of 2022", "Act No. 12 of 2019") is one OTHER name.
 */
import { charAt } from './chars';
import type { EntityMention } from '../types';
import { inTextOrder, mentionsByBlock, respan, unchanged } from './by-block';

/** A bracketed word or words of a law's title ("(Amendment)", "(Protection of Workers)"). */
const BRACKET = /^\(\p{Lu}[\p{L}-]*(?: (?:of|and|for|on|the|\p{Lu}[\p{L}-]*)){0,4}\)$/u;

/** A capitalised word of a law's title. */
const TITLE_WORD = /^\p{Lu}[\p{L}’'-]*$/u;

/** Lower-case words a law's title may hold between its capitalised ones. */
const TITLE_LINKS = new Set(['of', 'and', 'for', 'on', 'the']);

/**
 * The law's title ending at `close` (the index of ")" before " Bill" or " Act"): its start, or
 * -1. The bracket holds capitalised words; before it, one to five capitalised words (links
 * between them), a leading "The" left out.
 */
function titleStart(block: string, close: number): number {
  const open = block.lastIndexOf('(', close);
  if (open < 2 || close - open > 40 || charAt(block, open - 1) !== ' ') return -1;
  if (!BRACKET.test(block.slice(open, close + 1))) return -1;
  const words = block.slice(Math.max(0, open - 80), open - 1).split(' ');
  let start = open - 1;
  let capitals = 0;
  for (let k = words.length - 1; k >= 0 && capitals < 5; k--) {
    const word = words[k] ?? '';
    if (TITLE_WORD.test(word)) capitals++;
    else if (!(TITLE_LINKS.has(word) && capitals > 0 && TITLE_WORD.test(words[k - 1] ?? ''))) break;
    start -= word.length + 1;
  }
  if (capitals === 0) return -1;
  start += 1;
  if (block.startsWith('The ', start) && block.indexOf(' ', start + 4) < open) start += 4;
  return start;
}

/** Where a bracketed title ends: ") Bill" or ") Act". */
const BRACKET_END = /\) (?:Bill|Act)(?![\p{L}\p{N}])/gu;

/** ", 2025" or " 2025" right after a law's name (no sum: "2,000", "2025.5"). */
const YEAR_AFTER = /^,? (?:19|20)\d\d(?!\d|[,.]\d)/u;

/** ", 2025" right after a law's name (no sum: "2,000", "2025.5"). */
const COMMA_YEAR_AFTER = /^, (?:1[89]|20)\d\d(?!\d|[,.]\d)/u;

/** A law's first or last word that lets its name take in ", 2020" ("the Code of Criminal Procedure, 1898", "the National Education Policy, 2020"). */
const LAW_EDGE = /^(?:Code|Act) |(?: (?:Code|Policy|Ordinance|Rules|Regulations|Law))$/u;

/** A state's numbered law ("Act 127 of 2022", "Act No. 12 of 2019"). */
const NUMBERED_ACT = /(?<![\p{L}\p{N}])Act (?:No\. )?\d{1,4} of (?:19|20)\d\d(?!\d)/gu;

/** "Budget" and a year. */
const BUDGET = /(?<![\p{L}\p{N}])Budget (?:19|20)\d\d(?![\d,.]\d|\d)/gu;

/** What may stand before "Bill" as its law: a determiner, maybe with one lower-case word. */
const LAW_DETERMINER = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]) (?:\p{Ll}+ )?$/u;

/** Whether `m` is a law's name: two words or more, its last "Bill" or "Act". */
const isLawName = (m: EntityMention): boolean =>
  m.text.includes(' ') && (m.text.endsWith(' Bill') || m.text.endsWith(' Act'));

/** One block's mentions with its laws named whole. */
function blockLaws(block: string, blockId: number, own: readonly EntityMention[]): EntityMention[] | undefined {
  const added: EntityMention[] = [];
  if (block.includes(') Bill') || block.includes(') Act'))
    for (const match of block.matchAll(BRACKET_END)) {
      const start = titleStart(block, match.index);
      if (start < 0) continue;
      let end = match.index + match[0].length;
      const year = YEAR_AFTER.exec(block.slice(end, end + 8));
      if (year) end += year[0].length;
      added.push({ blockId, start, end, text: block.slice(start, end), type: 'OTHER' });
    }
  if (block.includes('Act '))
    for (const match of block.matchAll(NUMBERED_ACT))
      added.push({ blockId, start: match.index, end: match.index + match[0].length, text: match[0], type: 'OTHER' });
  if (block.includes('Budget '))
    for (const match of block.matchAll(BUDGET))
      added.push({ blockId, start: match.index, end: match.index + match[0].length, text: match[0], type: 'OTHER' });
  // A law's name made whole stands for the mentions inside it; a mention across its edge (or
  // holding it) keeps it.
  const laws = added.filter((a) =>
    own.every((m) => m.end <= a.start || a.end <= m.start || (a.start <= m.start && m.end <= a.end)),
  );
  let changed = laws.length > 0;
  const kept: EntityMention[] = [];
  for (const m of own) {
    if (laws.some((a) => a.start <= m.start && m.end <= a.end)) continue;
    if (
      (m.type === 'PERSON' || m.type === 'OTHER') &&
      m.text === 'Bill' &&
      LAW_DETERMINER.test(block.slice(Math.max(0, m.start - 24), m.start))
    ) {
      changed = true;
      continue;
    }
    if (isLawName(m)) {
      const year = YEAR_AFTER.exec(block.slice(m.end, m.end + 8));
      if (year || m.type === 'ORG') {
        const end = m.end + (year ? year[0].length : 0);
        kept.push(respan(m, m.start, end, block.slice(m.start, end), 'OTHER'));
        changed = true;
        continue;
      }
    }
    if (m.text.includes(' ') && LAW_EDGE.test(m.text)) {
      const year = COMMA_YEAR_AFTER.exec(block.slice(m.end, m.end + 7));
      if (year) {
        const end = m.end + year[0].length;
        kept.push(respan(m, m.start, end, block.slice(m.start, end), 'OTHER'));
        changed = true;
        continue;
      }
    }
    kept.push(m);
  }
  if (!changed) return undefined;
  return [...kept, ...laws].sort((a, b) => a.start - b.start);
}

/**
 * The cheap look before a block is read: " Bill", " Act", "Budget ", "Act " or ", 18", ", 19",
 * ", 20" anywhere in it, in one pass over the block (seven searches of it cost more).
 */
const LAW_CUE = / Bill| Act|Budget |Act |, 1[89]|, 20/u;

/** The mentions (in text order) with the laws named by their short titles made whole OTHER names. */
export function withLawTitles(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  let byBlock: Map<number, EntityMention[]> | undefined;
  let changed = false;
  for (const [blockId, block] of text) {
    // Most blocks name no law: one cheap look first.
    if (!LAW_CUE.test(block)) continue;
    byBlock ??= mentionsByBlock(mentions);
    const next = blockLaws(block, blockId, byBlock.get(blockId) ?? []);
    if (!next) continue;
    byBlock.set(blockId, next);
    changed = true;
  }
  if (!changed || !byBlock) return unchanged(mentions);
  return inTextOrder(text, byBlock);
}
