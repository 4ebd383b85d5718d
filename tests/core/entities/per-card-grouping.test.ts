import { describe, expect, test } from 'vitest';
import { groupMentions } from '../../../src/core/entities/group';
import type { EntityMention } from '../../../src/core/types';

/** The card's entries for these mentions of people, each in a block of its own: name and mentions. */
function entries(...texts: string[]): string[][] {
  const mentions: EntityMention[] = texts.map((text, i) => ({
    blockId: i,
    start: 0,
    end: text.length,
    text,
    type: 'PERSON',
  }));
  return groupMentions(mentions, { blockCount: texts.length }).map((e) => [e.name, ...e.mentions.map((m) => m.text)]);
}

/** One chip per person (issue 15, point 5): the card's one entry and its name. */
const oneEntry = (...texts: string[]): string => {
  const all = entries(...texts);
  expect(all).toHaveLength(1);
  return all[0]?.[0] ?? '';
};

describe('one chip per person: titles and honorifics', () => {
  test.each<[string[], string]>([
    [['Robert Mugabe', 'Mr Mugabe', 'Mugabe'], 'Robert Mugabe'],
    [['Eva-Marie Persson', 'Ms Persson', 'Persson'], 'Eva-Marie Persson'],
    [['Chief Superintendent Anna Brook', 'Supt Brook', 'Brook'], 'Anna Brook'],
    [['Det Insp Tom Reyes', 'Inspector Reyes', 'Reyes'], 'Tom Reyes'],
    [['Dr Amara Okafor', 'Professor Okafor', 'Okafor'], 'Amara Okafor'],
    [['Cllr Jane Doyle', 'Councillor Doyle', 'Doyle'], 'Jane Doyle'],
    [['Comrade Babatunde Adeyemi', 'Adeyemi'], 'Babatunde Adeyemi'],
    [['Eng Evans Mwangi', 'Mwangi'], 'Evans Mwangi'],
    [['Hon. Grace Otieno', 'Hon Otieno', 'Otieno'], 'Grace Otieno'],
    [['Detective Sergeant Amy Lowe', 'Det Sgt Lowe', 'DS Lowe', 'Lowe'], 'Amy Lowe'],
    [['Father Michael Doyle', 'Fr Doyle', 'Doyle'], 'Michael Doyle'],
  ])('%j', (texts, name) => {
    expect(oneEntry(...texts)).toBe(name);
  });
});

describe('one chip per person: possessives, initials and generations', () => {
  test('possessives', () => {
    expect(oneEntry('Julian Assange', 'Assange’s', "Mr. Assange's")).toBe('Julian Assange');
  });

  test('a first name by its initials joins the full first name', () => {
    expect(oneEntry('Joanne Rowling', 'J.K. Rowling', 'Rowling')).toBe('Joanne Rowling');
    expect(oneEntry('Kwame Mensah', 'K. Mensah', 'Mensah')).toBe('Kwame Mensah');
  });

  test('"Jr." and "Jr" are one generation', () => {
    expect(oneEntry('Robert F. Kennedy Jr.', 'Robert F. Kennedy Jr', 'Kennedy')).toBe('Robert F. Kennedy Jr.');
  });

  test('a title-like surname before a generation stays the name', () => {
    expect(oneEntry('Martin Luther King Jr.', 'Dr. King', 'King')).toBe('Martin Luther King Jr.');
  });

  test('initials of two people of one surname join neither', () => {
    expect(entries('Joanne Rowling', 'James Rowling', 'J. Rowling')).toHaveLength(3);
  });
});

describe('one chip per person: particles', () => {
  test.each<[string[], string]>([
    [['Crown Prince Mohammed bin Salman', 'bin Salman', 'Mohammed bin Salman'], 'Mohammed bin Salman'],
    [['Mohammed Shia al-Sudani', 'al-Sudani', 'Mr al-Sudani'], 'Mohammed Shia al-Sudani'],
    [['Ursula von der Leyen', 'Von der Leyen', "von der Leyen's"], 'Ursula von der Leyen'],
    [['Maria de la Cruz', 'de la Cruz', 'Ms. de la Cruz'], 'Maria de la Cruz'],
    [['Abdel Fattah el-Sisi', 'el-Sisi', 'El-Sisi'], 'Abdel Fattah el-Sisi'],
  ])('%j', (texts, name) => {
    expect(oneEntry(...texts)).toBe(name);
  });
});
