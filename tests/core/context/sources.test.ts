import { describe, expect, test } from 'vitest';
import { readContext } from '../../../src/core/context/read-context';
import { summariseSources } from '../../../src/core/context/sources';
import type { Quote } from '../../../src/core/types';
import { entitiesOf, paragraphs, type Names } from './names';

const NAMES: Names = { 'Anna Smith': 'PERSON', Smith: 'PERSON', 'Acme Corp': 'ORG', 'Harbour Board': 'ORG' };

function sourcesOf(...texts: string[]) {
  const blocks = paragraphs(...texts);
  return readContext(blocks, entitiesOf(blocks, NAMES)).sources;
}

describe('sources', () => {
  test('who is quoted or cited, how often and how, the most quoted first, with their first quote', () => {
    const { sources, restsOnOneAnonymousSource } = sourcesOf(
      'Acme Corp said its profits fell.',
      '"It was a hard year," Anna Smith said. "We lost two ships."',
      'Smith said the port would reopen.',
    );
    expect(
      sources.map(({ name, anonymous, direct, indirect, quotes }) => ({ name, anonymous, direct, indirect, quotes })),
    ).toEqual([
      { name: 'Anna Smith', anonymous: false, direct: 2, indirect: 1, quotes: [2, 3, 4] },
      { name: 'Acme Corp', anonymous: false, direct: 0, indirect: 1, quotes: [1] },
    ]);
    expect(sources[0]?.entityId).toBeDefined();
    expect(restsOnOneAnonymousSource).toBe(false);
  });

  test('an article that rests on one anonymous source is flagged', () => {
    const { sources, restsOnOneAnonymousSource } = sourcesOf(
      'The deal is close, a person familiar with the matter said.',
      'The buyer will pay in cash, a person familiar with the matter said.',
      'Smith said nothing had been signed.',
      'Talks will resume on Monday, a person familiar with the matter said.',
    );
    expect(sources[0]).toMatchObject({ name: 'a person familiar with the matter', anonymous: true, indirect: 3 });
    expect(restsOnOneAnonymousSource).toBe(true);
  });

  test('a pointing word or a pronoun and its verb is never a source ("That’s", "It’s")', () => {
    const { sources } = sourcesOf(
      'Anna Smith runs the port.',
      '“The tide is late,” added That’s.',
      'That’s how the port works, Smith said.',
      '“We wait,” It’s said.',
      'It’s the last ship, this said.',
    );
    expect(sources.map((s) => s.name)).toEqual(['Anna Smith']);
  });

  test('a possessive description is named by whose it is, or left out when the article does not say', () => {
    const blocks = paragraphs(
      'The Harbour Board expects a storm next week. Its engineers said the quay would hold.',
      'Anna Smith moved her boats inland. Her son told reporters the family would stay.',
      'His lawyer said the case would go on.',
    );
    const { quotes, sources } = readContext(blocks, entitiesOf(blocks, NAMES));
    expect(sources.sources.map((s) => [s.name, s.anonymous])).toEqual([
      ['Harbour Board’s engineers', true],
      ['Anna Smith’s son', true],
    ]);
    // The quotes keep the article's own words, as the gold writes an unnamed source.
    expect(quotes.map((q) => q.speaker.written ?? q.speaker.name)).toEqual(['Its engineers', 'Her son', 'His lawyer']);
  });

  test('the people a "who" clause describes are the source, never the clause’s verb ("stayed")', () => {
    const { sources } = sourcesOf(
      'Those who stayed said the water came fast.',
      'Residents of the valley who fled told reporters the road was closed.',
      'Anna Smith, who runs the port, said the ships would wait.',
    );
    expect(sources.map((s) => s.name)).toEqual(['Those who stayed', 'Residents of the valley who fled', 'Anna Smith']);
  });

  test.each([
    ['no quotes', []],
    ['two anonymous quotes only: too few to say', ['d', 'd']],
    ['named sources in the majority', ['d', 'n', 'n']],
  ])('not flagged: %s', (_, speakers) => {
    const quotes = speakers.map((s, i): Quote => ({
      id: i + 1,
      kind: 'indirect',
      blockId: 0,
      start: 0,
      end: 1,
      text: 'x',
      speaker: s === 'd' ? { name: 'officials' } : { name: 'Anna Smith', entityId: 1 },
    }));
    expect(summariseSources(quotes).restsOnOneAnonymousSource).toBe(false);
  });
});
