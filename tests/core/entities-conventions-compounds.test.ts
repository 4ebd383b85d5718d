/**
 * A word built on a name with a hyphen is one OTHER name, as CoNLL-2003 marks it
 * (eval/gold/guidelines/names.md, "Words built on names"; src/core/entities/conv-compounds.ts).
 * On mentions as a tagger might cut and type them, and through the English model on sentences
 * we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withCompoundNames } from '../../src/core/entities/conv-compounds';
import type { Block, EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);
const recognised = (text: string) =>
  shown(englishRecogniser().recognise([{ id: 0, text, kind: 'paragraph' } as unknown as Block]));
const places = new Set(['London', 'New York', 'British', 'Soviet', 'California']);
const listed = (name: string) => places.has(name);

describe('the words built on names', () => {
  test('a listed name and a participle, a name the text names, a prefix and a name', () => {
    const a = 'A London-based fund backed pro-Trump groups; Trump said the post-Soviet era was over.';
    const out = withCompoundNames(new Map([[0, a]]), [mention(a, 'Trump', 'PERSON', 1)], listed);
    expect(shown(out)).toEqual(['London-based/OTHER', 'pro-Trump/OTHER', 'Trump/PERSON', 'post-Soviet/OTHER']);
  });

  test('a name of several words goes whole; a place before a comma stays its own name', () => {
    const a = 'The New York-based bank and a San Jose, California-based start-up.';
    const out = withCompoundNames(new Map([[0, a]]), [mention(a, 'San Jose', 'PLACE')], listed);
    expect(shown(out)).toEqual(['New York-based/OTHER', 'San Jose/PLACE', 'California-based/OTHER']);
  });

  test('a capitalised word before the base joins only when the two are a name together', () => {
    const a = 'The Cleveland-based clinic and Our London-based office.';
    const out = withCompoundNames(new Map([[0, a]]), [], (n) => n === 'Cleveland' || n === 'London', [
      mention(a, 'The Cleveland-', 'OTHER'),
    ]);
    expect(shown(out)).toEqual(['Cleveland-based/OTHER', 'London-based/OTHER']);
  });

  test('the piece the tagger cut is replaced by the whole word', () => {
    const a = 'The U.S.-led coalition struck again.';
    const out = withCompoundNames(new Map([[0, a]]), [mention(a, 'U.S.-', 'OTHER')], listed);
    expect(shown(out)).toEqual(['U.S.-led/OTHER']);
  });

  test('nothing where the base is no name, nor between two names, nor in a longer hyphenated word', () => {
    const a =
      'AI-powered tools, Covid-related delays, mid-March rains, Long-running talks, a London-Paris train, state-of-the-Art London-to-be plans and a pre-Christmas sale.';
    expect(shown(withCompoundNames(new Map([[0, a]]), [], listed))).toEqual([]);
  });

  test('through the model: suffixed and prefixed words, and a civic day', () => {
    const out = recognised(
      'The London-based company and a U.S.-led coalition met British-born lawyers at a pre-Thanksgiving dinner.',
    );
    expect(out).toEqual(
      expect.arrayContaining(['London-based/OTHER', 'U.S.-led/OTHER', 'British-born/OTHER', 'pre-Thanksgiving/OTHER']),
    );
  });
});
