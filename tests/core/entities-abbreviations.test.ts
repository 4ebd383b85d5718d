/**
 * Common nouns in capitals and technical standards are no names (src/core/entities/
 * abbreviations.ts), through the English corrections after tagging, on mentions as a tagger
 * might type them.
 */
import { describe, expect, test } from 'vitest';
import { isCommonAbbreviation } from '../../src/core/entities/abbreviations';
import type { EntityType } from '../../src/core/types';
import { corrected } from './corrected';

describe('common nouns in capitals and technical standards', () => {
  test('ports, chips, formats and standards taken for names are dropped; the makers stay', () => {
    const text =
      'The Zentra laptop has two USB-C ports, an HDMI socket and Wi-Fi, and its FPGA reads a JSON file over Thunderbolt 3 from Korvex GPUs.';
    expect(
      corrected(text, [
        ['Zentra', 'ORG'],
        ['USB-C', 'ORG'],
        ['HDMI', 'OTHER'],
        ['Wi-Fi', 'OTHER'],
        ['FPGA', 'ORG'],
        ['JSON', 'ORG'],
        ['Thunderbolt 3', 'OTHER'],
        ['Korvex', 'ORG'],
        ['GPUs', 'ORG'],
      ]),
    ).toEqual([
      ['Zentra', 'ORG'],
      ['Korvex', 'ORG'],
    ]);
  });

  test('organisations and places written in capitals stay names', () => {
    const text = 'The IRA and NATO met in Washington, DC, while the FBI and the AP watched.';
    const tagged: [string, EntityType][] = [
      ['IRA', 'ORG'],
      ['NATO', 'ORG'],
      ['Washington', 'PLACE'],
      ['DC', 'PLACE'],
      ['FBI', 'ORG'],
      ['AP', 'ORG'],
    ];
    expect(corrected(text, tagged)).toEqual(tagged);
  });

  test('the shapes it knows: a word, its plural, a connector’s letter, a version; not a longer name', () => {
    expect(['API', 'APIs', 'USB-A', 'USB-PD', 'Bluetooth', 'USB 3.0'].map(isCommonAbbreviation)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['APIX', 'USB-Cable', 'Thunderbolt Bridge', 'GMT', 'USB Implementers Forum'].map(isCommonAbbreviation),
    ).toEqual([false, false, false, false, false]);
  });

  test('the checks of length and digits before any look-up agree with the plain reading', () => {
    const words = new Set(['USB', 'HDMI', 'Thunderbolt', 'GPU', 'API', 'kWh']);
    // The rule as first written: every look-up made, nothing settled by lengths first.
    const reference = (text: string): boolean => {
      if (words.has(text)) return true;
      if (text.endsWith('s') && words.has(text.slice(0, -1))) return true;
      const space = text.indexOf(' ');
      if (space > 0) return words.has(text.slice(0, space)) && /^\d(?:\.\d)?$/u.test(text.slice(space + 1));
      const dash = text.indexOf('-');
      return dash > 0 && words.has(text.slice(0, dash)) && /^[A-Z0-9]{1,2}$/u.test(text.slice(dash + 1));
    };
    const tails = ['', 's', ' 3', ' 3.0', ' 30', ' 3.', ' 3.0.1', ' x', '-C', '-PD', '-PDX', '-c', '-', ' ', 'ss'];
    const forms = [...words, 'Thunderbolts', 'Zentra', 'Korvex Labs'].flatMap((w) => tails.map((t) => w + t));
    // Only the six words above are in both lists (the module's list holds more).
    expect(forms.filter(isCommonAbbreviation)).toEqual(forms.filter(reference));
  });
});
