/**
 * Programming languages and other software are OTHER (src/core/entities/misc-software.ts). Texts
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { mentionsIn } from '../helpers/mentions';
import { withSoftware } from '../../src/core/entities/misc-software';
import type { EntityMention, EntityType } from '../../src/core/types';

const shown = (ms: readonly EntityMention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

function read(text: string, tagged: [string, EntityType][]): string[] {
  return shown(withSoftware(new Map([[0, text]]), mentionsIn(text, tagged)));
}

describe('software', () => {
  test('a language or a file system typed as a body is OTHER, and JS beside JavaScript', () => {
    expect(
      read('Port the JavaScript to Kotlin, keep the JS glue small and format the disk as Btrfs.', [
        ['JavaScript', 'ORG'],
        ['Kotlin', 'PERSON'],
        ['JS', 'ORG'],
        ['Btrfs', 'ORG'],
      ]),
    ).toEqual(['JavaScript/OTHER', 'Kotlin/OTHER', 'JS/OTHER', 'Btrfs/OTHER']);
  });

  test('a longer language the tagger missed is added', () => {
    expect(read('The compiler now emits WebAssembly for Orvane Labs.', [['Orvane Labs', 'ORG']])).toEqual([
      'WebAssembly/OTHER',
      'Orvane Labs/ORG',
    ]);
  });

  test('JS without JavaScript, and names that are also words, are left', () => {
    expect(
      read('JS Kabylie signed a PHP developer; Swift and Rust are rivals.', [
        ['JS Kabylie', 'ORG'],
        ['Swift', 'PERSON'],
        ['Rust', 'ORG'],
      ]),
    ).toEqual(['JS Kabylie/ORG', 'Swift/PERSON', 'Rust/ORG']);
  });
});
