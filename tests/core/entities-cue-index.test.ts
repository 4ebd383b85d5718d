import { describe, expect, test } from 'vitest';
import { cueOf, literalsOf, mayHold, mayHoldStrings, perText } from '../../src/core/entities/cue-index';
import { someBlock } from '../../src/core/entities/by-block';

const text = (...blocks: string[]): Map<number, string> => new Map(blocks.map((b, i) => [i, b]));
/** What the pattern itself says: a match in some block. */
const matches = (pattern: RegExp, t: ReadonlyMap<number, string>): boolean =>
  [...t.values()].some((b) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(b));

describe("a text's index of words answers a cue pattern's cheap check", () => {
  const kinds = /\b(?:comedy|drama|musicals?|documentar(?:y|ies))\b/u;

  test('no when none of the words is a word of the text, maybe when one is', () => {
    expect(mayHold(text('Rain fell on the harbour all week.'), kinds)).toBe(false);
    expect(mayHold(text('Rain fell.', 'A new drama opened downtown.'), kinds)).toBe(true);
    expect(mayHold(text('Two documentaries screened.'), kinds)).toBe(true);
    expect(mayHold(text('The musicals closed.'), kinds)).toBe(true);
  });

  test('a word inside a longer word is no word ("melodramatic"), a word beside a digit or an accented letter may be', () => {
    expect(mayHold(text('A melodramatic scene.'), kinds)).toBe(false);
    expect(matches(kinds, text('écomedy'))).toBe(true);
    expect(mayHold(text('écomedy'), kinds)).toBe(true);
    expect(mayHold(text('3drama'), kinds)).toBe(true);
  });

  test('a phrase needs each of its words; a hyphen or a space closes a word', () => {
    const sport = /\b(?:head coach|half-time|3-pointers?)\b/u;
    expect(mayHold(text('The head of the union spoke.'), sport)).toBe(false);
    expect(mayHold(text('Their coach, head down, left.'), sport)).toBe(true);
    expect(mayHold(text('He sank two 3-pointers.'), sport)).toBe(true);
    expect(mayHold(text('At half-time it was level.'), sport)).toBe(true);
  });

  test('boundaries of letters: a word before a hyphen is no match of "(?![\\p{L}-])", and may be', () => {
    const product = /(?:^|[^\p{L}-])(?:rovers?|e-readers?|named)(?![\p{L}-])/u;
    expect(mayHold(text('The Rover plant closed.'), product)).toBe(false);
    expect(mayHold(text('Two e-readers sold.'), product)).toBe(true);
    expect(mayHold(text('A rover, named Tern.'), product)).toBe(true);
  });

  test('a caseless pattern has no cue ("ſ", long s, matches "s" caselessly): always maybe', () => {
    const trains = /\b(?:trains?|rail)\b/iu;
    expect(matches(trains, text('The trainſ were late.'))).toBe(true);
    expect(cueOf(trains)).toBeNull();
    expect(mayHold(text('Buses were late.'), trains)).toBe(true);
  });

  test('a pattern of another form has no cue: always maybe', () => {
    expect(cueOf(/\d ?[–—] ?\p{Lu}/u)).toBeNull();
    // Words with no boundary ("thunderstorms" holds "storm").
    expect(cueOf(/storm|hurricane/i)).toBeNull();
    expect(cueOf(/\b(?:[\p{L}-]+ward)\b/u)).toBeNull();
    expect(mayHold(text('Anything at all.'), /\d ?[–—] ?\p{Lu}/u)).toBe(true);
  });

  test('a class of quote marks, a capturing group, a colon: read as their strings', () => {
    const songs = /\b(?:album|singles? ['"“‘]|EP)\b/u;
    expect(cueOf(songs)).not.toBeNull();
    expect(mayHold(text('The band played on.'), songs)).toBe(false);
    expect(mayHold(text('Their single “Rain” charted.'), songs)).toBe(true);
    const credits = /\b(Photos?|Credits?)(?: credits?)?:/u;
    expect(mayHold(text('Floods hit the town.'), credits)).toBe(false);
    expect(mayHold(text('Photo: Ana Ruiz'), credits)).toBe(true);
  });

  test('a pattern read as far as this reader goes: each match begins with one of its strings', () => {
    const roles = /\b(Liberal|Green) (?:[a-z]{2,20} )?(?:MP|leader)\b/u;
    expect(cueOf(roles)).not.toBeNull();
    expect(mayHold(text('A green field, a Labour MP.'), roles)).toBe(false);
    expect(mayHold(text('The Liberal health critic spoke.'), roles)).toBe(true);
    // Two different matches may begin alike: never fewer than two by the index.
    expect(mayHoldStrings(text('A Liberal MP and a Liberal leader.'), /\b(Liberal|Green) (?:MP|leader)\b/gu, 2)).toBe(
      true,
    );
    expect(mayHoldStrings(text('A Liberal MP and a Liberal leader.'), roles, 2)).toBe(true);
    // Another alternative after the part read: the pattern may match without its strings.
    expect(cueOf(/\bLiberal (?:[a-z]{2,20} )?MP|\bGreen\b/u)).toBeNull();
  });

  test('the same map with a block changed is read again', () => {
    const t = text('Nothing here.');
    expect(mayHold(t, kinds)).toBe(false);
    t.set(0, 'A comedy.');
    expect(mayHold(t, kinds)).toBe(true);
    t.set(1, 'More.');
    t.set(0, 'Nothing.');
    expect(mayHold(t, kinds)).toBe(false);
  });

  test('an alternation of strings written as themselves is read as its strings: no only where no block holds one', () => {
    const languages = /JavaScript|Node\.js|C\+\+|[Ff]estival/u;
    expect(cueOf(languages)).toBeNull();
    expect(literalsOf(languages)).toEqual(['JavaScript', 'Node.js', 'C++', 'Festival', 'festival']);
    expect(mayHold(text('Written in Java.'), languages)).toBe(false);
    expect(mayHold(text('Nothing.', 'Rewritten in C++ last year.'), languages)).toBe(true);
    expect(mayHold(text('The filmfestival opened.'), languages)).toBe(true);
    // Looked for where the text holds each pair of its letters side by side, inside a longer word too.
    expect(mayHold(text('Built with myJavaScriptLib.'), languages)).toBe(true);
    expect(mayHold(text('Java, then a Script; java script.'), languages)).toBe(false);
    // Each text's own pairs: none of the text before.
    expect(mayHold(text('In JavaScript.'), languages)).toBe(true);
    expect(mayHold(text('In Java.', 'A Script.'), languages)).toBe(false);
    // A boundary, a wild character or a caseless pattern: not read so.
    expect(literalsOf(/\bNode\.js/u)).toBeNull();
    expect(literalsOf(/Java\p{L}/u)).toBeNull();
    expect(literalsOf(/storm|hurricane/i)).toBeNull();
  });

  test('two different strings of a pattern: no when the text holds fewer than two of them', () => {
    const sport = /\b(?:innings|wickets?|head coach|NFL)\b/g;
    expect(mayHoldStrings(text('He batted for two innings.'), sport, 2)).toBe(false);
    expect(mayHoldStrings(text('Two innings, then more innings.'), sport, 2)).toBe(false);
    expect(mayHoldStrings(text('Two innings.', 'Four wickets fell.'), sport, 2)).toBe(true);
    expect(mayHoldStrings(text('A wicket, then two wickets.'), sport, 2)).toBe(true);
    // A string with a character of its own choice may match two different ways: as mayHold.
    const wild = /\b(?:innings\p{L}?)\b/u;
    expect(mayHoldStrings(text('innings'), wild, 2)).toBe(true);
  });

  test('perText: an answer about the whole text worked out once, and again for a changed text', () => {
    const question = {};
    let asked = 0;
    const t = text('One block.');
    const answer = (): number => ++asked;
    expect(perText(t, question, answer)).toBe(1);
    expect(perText(t, question, answer)).toBe(1);
    t.set(0, 'Another block.');
    expect(perText(t, question, answer)).toBe(2);
    expect(perText(text('Another block.'), question, answer)).toBe(3);
  });

  test('someBlock: the pattern decides after a maybe', () => {
    expect(someBlock(text('Their coach, head down, left.'), /\b(?:head coach)\b/u)).toBe(false);
    expect(someBlock(text('The new head coach spoke.'), /\b(?:head coach)\b/u)).toBe(true);
  });

  test('never no where the pattern matches (texts made of words, marks and letters of other scripts)', () => {
    const patterns = [
      kinds,
      /\b(?:head coach|half-time|3-pointers?|NFL|kick-off)\b/g,
      /(?:^|[^\p{L}-])(?:rovers?|e-readers?|named|SUVs?)(?![\p{L}-])/u,
      /\b(?:trains?|rail|shuttle buses)\b/iu,
      /(?<![\p{L}\p{N}.])(?:Ala|Calif|N\.[CDHJMY]|D\.C)\./gu,
      /\p{L} (?:Library|Cent(?:er|re))\b/u,
      /\b(?:GAA|[Hh]url(?:ing|ers?))\b/u,
      /Library|Cent(?:er|re)|C\+\+|[Hh]urling/u,
      /\b(Liberal|Green) (?:[a-z]{2,20} )?(?:MP|leader)\b/gu,
      /\b(?:album|singles? ['"“‘]|EP)\b/u,
      /\b(?:Photos?|Credits?)(?: credits?)?:|\bPhotos? by\b/gu,
    ];
    const pieces = [
      'comedy',
      'drama',
      'musical',
      'documentaries',
      'head',
      'coach',
      'half',
      'time',
      '3',
      'pointers',
      'NFL',
      'kick',
      'off',
      'rover',
      'rovers',
      'e',
      'readers',
      'named',
      'SUV',
      'SUVs',
      'TRAIN',
      'trains',
      'rail',
      'shuttle',
      'buses',
      'Ala',
      'Calif',
      'N',
      'C',
      'D',
      'Library',
      'Center',
      'Centre',
      'GAA',
      'hurling',
      'Hurlers',
      'C++',
      'Liberal',
      'Green',
      'MP',
      'leader',
      'health',
      'single',
      'singles',
      '"',
      '“',
      'album',
      'EP',
      'Photo',
      'Photos',
      'credits',
      'by',
      ':',
      'é',
      'ſ',
      'x',
      '_',
      ' ',
      ' ',
      ' ',
      '-',
      '.',
      ',',
      '’',
      '\n',
    ];
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    let agreed = 0;
    for (let n = 0; n < 3000; n++) {
      const blocks: string[] = [];
      for (let b = 0; b < 1 + (next() % 2); b++) {
        let s = '';
        for (let k = 0; k < 1 + (next() % 7); k++) s += pieces[next() % pieces.length];
        blocks.push(s);
      }
      const t = text(...blocks);
      for (const p of patterns) {
        if (matches(p, t)) expect(mayHold(t, p), `${p} in ${JSON.stringify(blocks)}`).toBe(true);
        else agreed += mayHold(t, p) ? 0 : 1;
        // Two different matches: never fewer than two strings by the index.
        const all = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
        const different = new Set(blocks.flatMap((b) => [...b.matchAll(all)].map((m) => m[0].toLowerCase())));
        if (different.size >= 2) expect(mayHoldStrings(t, p, 2), `${p} twice in ${JSON.stringify(blocks)}`).toBe(true);
      }
    }
    // The index says no to most texts without a match.
    expect(agreed).toBeGreaterThan(3000);
  });
});
