/**
 * A live blog's time stamp is no part of the name that opens its entry
 * (src/core/entities/intl-liveblog.ts; lang-news.md: time zones are never names). On mentions as a
 * tagger might cut and type them, and through the English model on a blog we wrote.
 */
import { describe, expect, test } from 'vitest';
import { withoutTimeStamps } from '../../src/core/entities/intl-liveblog';
import type { EntityMention } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

const shown = (ms: readonly EntityMention[]) => ms.map((m) => `${m.text}/${m.type}`);

describe("a live blog's time stamp", () => {
  test('is cut from the name after it, with the word that opens the entry', () => {
    const a =
      '16:02 BST Northway Trains says services resume.\n\n12:15 BST The Ferry Board says sailings are off.\n\n10:48 BST At Carlisle station, queues formed.';
    const out = withoutTimeStamps(new Map([[0, a]]), [
      mention(a, 'BST Northway Trains', 'ORG'),
      mention(a, 'BST The Ferry Board', 'ORG'),
      mention(a, 'BST At Carlisle', 'PLACE'),
    ]);
    expect(shown(out)).toEqual(['Northway Trains/ORG', 'Ferry Board/ORG', 'Carlisle/PLACE']);
  });

  test('a zone alone after a clock time is dropped; without a clock time before it, nothing changes', () => {
    const a = 'At 9.30am AEDT the count resumed. PT Bank Sentosa and ET Mobile said nothing at 10 BST Holdings.';
    const kept = [
      mention(a, 'PT Bank Sentosa', 'ORG'),
      mention(a, 'ET Mobile', 'ORG'),
      mention(a, 'BST Holdings', 'ORG'),
    ];
    const out = withoutTimeStamps(new Map([[0, a]]), [mention(a, 'AEDT', 'ORG'), ...kept]);
    expect(out).toEqual(kept);
  });

  test('through the model, no name holds the zone', () => {
    const text = '14:32 BST Northway Trains says tickets for Thursday will be accepted on Friday.';
    const names = englishRecogniser()
      .recognise([{ id: 0, kind: 'paragraph', text }])
      .map((m) => m.text);
    expect(names.filter((n) => n.includes('BST'))).toEqual([]);
    expect(names).toContain('Northway Trains');
  });
});
