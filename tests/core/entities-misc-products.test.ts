/**
 * Products, craft, works and awards named by their sentence are OTHER
 * (src/core/entities/misc-products.ts): on mentions as a tagger might type them, and through the
 * English model on sentences we wrote.
 */
import { describe, expect, test } from 'vitest';
import { isNamedProduct, withProducts } from '../../src/core/entities/misc-products';
import type { EntityMention, EntityType } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe('a product named by its sentence is OTHER', () => {
  test.each<[string, string, EntityType]>([
    ['Engineers shook the rover, named Kestrel, for three days.', 'Kestrel', 'ORG'],
    ['The 300-kg lander, called Amaterasu, will reach orbit in April.', 'Amaterasu', 'PERSON'],
    ["The agency's Halcyon spacecraft will fly past two comets.", 'Halcyon', 'ORG'],
    ["It will beat Israel's Shalom lander to the surface.", 'Shalom', 'PLACE'],
    ["The Academy's Lotus Vale award went to a drummer.", 'Lotus Vale', 'PERSON'],
    ['In her 70s she wrote a short memoir, Quiet Harbour (2011), about the village.', 'Quiet Harbour', 'ORG'],
    ["Its follow-up, 2021's Low Tide, was made in lockdown.", 'Low Tide', 'ORG'],
    ["Norrland's Vela Note, the e-reader it showed in January, is on sale.", 'Vela Note', 'ORG'],
    ['The city is rolling out Brightline, the bus network redesign, in May.', 'Brightline', 'ORG'],
  ])('%s', (text, name, type) => expect(isNamedProduct(text, mention(text, name, type))).toBe(true));

  test.each<[string, string, EntityType]>([
    ['Kobalt, the e-reader maker, said sales rose.', 'Kobalt', 'ORG'],
    ["NASA's Artemis rocket team met in Houston.", 'Artemis', 'OTHER'],
    ["Taiwan's TSMC chips are in most phones.", 'TSMC', 'ORG'],
    ['In the film, Marsha Kell plays a nurse.', 'Marsha Kell', 'PERSON'],
    ['In the film, Paramount said, the ending changes.', 'Paramount', 'ORG'],
    ['The NASA rover landed on Tuesday.', 'NASA', 'ORG'],
    ["Arsenal's Saka scored twice.", 'Saka', 'PERSON'],
  ])('not: %s', (text, name, type) => expect(isNamedProduct(text, mention(text, name, type))).toBe(false));

  test('a listed company before a product word stays a company', () => {
    const text = "Disney's Pixar films made money.";
    expect(isNamedProduct(text, mention(text, 'Pixar', 'ORG'), (n) => n === 'Pixar')).toBe(false);
  });

  test('every other mention of the name is OTHER too, a place only where its sentence says so', () => {
    const a = 'Engineers shook the rover, named Kestrel, for three days in Didcot.';
    const b = 'Kestrel will ride to the moon; Kestrel is also a village near Didcot.';
    const out = withProducts(
      new Map([
        [0, a],
        [1, b],
      ]),
      [
        mention(a, 'Kestrel', 'ORG'),
        mention(a, 'Didcot', 'PLACE'),
        mention(b, 'Kestrel', 'ORG', 0, 1),
        mention(b, 'Kestrel', 'PLACE', 1, 1),
        mention(b, 'Didcot', 'PLACE', 0, 1),
      ],
    );
    expect(shown(out)).toEqual(['Kestrel/OTHER', 'Didcot/PLACE', 'Kestrel/OTHER', 'Kestrel/PLACE', 'Didcot/PLACE']);
  });

  test('through the English model', () => {
    const text =
      "The European Space Agency's Halcyon spacecraft will launch in October, and Halcyon will reach the comet in 2031.";
    const out = englishRecogniser().recognise([{ id: 0, kind: 'paragraph', text }]);
    expect(shown(out)).toEqual(['European Space Agency/ORG', 'Halcyon/OTHER', 'Halcyon/OTHER']);
  });

  test('text built to hurt: every mention a cue, in time proportional to the length', () => {
    const piece = "Its debut, the memoir, called Kestrel's Halcyon spacecraft, a the an her memoir, ";
    const timed = (n: number): number => {
      const text = piece.repeat(n);
      const mentions: EntityMention[] = [];
      for (let at = text.indexOf('Halcyon'); at >= 0; at = text.indexOf('Halcyon', at + 1))
        mentions.push({ blockId: 0, start: at, end: at + 7, text: 'Halcyon', type: 'ORG' });
      const t0 = performance.now();
      const out = withProducts(new Map([[0, text]]), mentions);
      expect(out.every((m) => m.type === 'OTHER')).toBe(true);
      return performance.now() - t0;
    };
    timed(200);
    expect(timed(20_000)).toBeLessThan(Math.max(50, timed(2_000)) * 30);
  });
});
