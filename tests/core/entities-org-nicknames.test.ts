/**
 * A team's nickname standing alone is its club in a sports story
 * (src/core/entities/org-nicknames.ts): on texts we wrote, by the rule and through the model.
 */
import { describe, expect, test } from 'vitest';
import { withTeamNicknames } from '../../src/core/entities/org-nicknames';
import { englishRecogniser, mention, namesAfter } from './entity-mentions';

const SPORT = 'The quarterback threw for 300 yards before halftime.';
const TEAMS = new Set(['bills', 'wolves']);
const isTeam = (w: string): boolean => TEAMS.has(w);

describe("a team's nickname alone is its club", () => {
  test('added mid-sentence, retyped from OTHER, not at a sentence start', () => {
    const a = 'Tickets go on sale through the Bills on Monday. Bills fans queued, and Wolves lost.';
    const text = new Map([
      [0, SPORT],
      [1, a],
    ]);
    const out = withTeamNicknames(text, [mention(a, 'Wolves', 'OTHER', 0, 1)], isTeam);
    expect(out.map((m) => `${m.text}/${m.type}/${m.start}`)).toEqual([
      `Bills/ORG/${a.indexOf('Bills')}`,
      `Wolves/ORG/${a.indexOf('Wolves')}`,
    ]);
  });

  test('outside a sports story, or a word the lists do not know, nothing is added', () => {
    const a = 'The council paid the Bills of the Hartwell family on Monday.';
    expect(withTeamNicknames(new Map([[0, a]]), [], isTeam)).toEqual([]);
    const b = 'The quarterback and the coaches watched the halftime Fireworks.';
    expect(withTeamNicknames(new Map([[0, b]]), [], isTeam)).toEqual([]);
  });

  test('through the English model', () => {
    const recogniser = englishRecogniser();
    const names = (text: string) => namesAfter(SPORT, text, recogniser);
    expect(names('Fans can buy tickets through the Bills, the team said on Monday.')).toContain('Bills/ORG');
  });
});
