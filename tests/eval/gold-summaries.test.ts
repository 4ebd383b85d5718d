import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the gold tools, without types
import { freshOnly, splitIn, trainOnly } from '../../scripts/gold/gold.mjs';
import { corpusFolder, fixturePath } from '../../scripts/eval/corpus-docs.mjs';

const isMetadataPage = (id: string): boolean => corpusFolder(id) === 'metadata';

describe('the summary references on metadata pages', () => {
  test('a pl- page is in the fresh split (train when listed train-only) and names its source.html as Readability reads it; an fx- or en- page trains; an article keeps its split; a page listed blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12 or blind13 only measures', () => {
    const files = readdirSync('eval/gold/summaries').filter((f) => f.endsWith('.json'));
    const isBlind = (id: string): boolean => freshOnly('summaries', id, 'blind') as boolean;
    const isBlind2 = (id: string): boolean => freshOnly('summaries', id, 'blind2') as boolean;
    const isBlind3 = (id: string): boolean => freshOnly('summaries', id, 'blind3') as boolean;
    const isBlind4 = (id: string): boolean => freshOnly('summaries', id, 'blind4') as boolean;
    const isBlind5 = (id: string): boolean => freshOnly('summaries', id, 'blind5') as boolean;
    const isBlind6 = (id: string): boolean => freshOnly('summaries', id, 'blind6') as boolean;
    const isBlind7 = (id: string): boolean => freshOnly('summaries', id, 'blind7') as boolean;
    const isBlind8 = (id: string): boolean => freshOnly('summaries', id, 'blind8') as boolean;
    const isBlind9 = (id: string): boolean => freshOnly('summaries', id, 'blind9') as boolean;
    const isBlind10 = (id: string): boolean => freshOnly('summaries', id, 'blind10') as boolean;
    const isBlind11 = (id: string): boolean => freshOnly('summaries', id, 'blind11') as boolean;
    const isBlind12 = (id: string): boolean => freshOnly('summaries', id, 'blind12') as boolean;
    const isBlind13 = (id: string): boolean => freshOnly('summaries', id, 'blind13') as boolean;
    const fresh = files.filter(
      (f) => isMetadataPage(f) && !trainOnly('summaries', f.slice(0, -5)) && !isBlind(f.slice(0, -5)),
    );
    expect(fresh.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => isBlind(f.slice(0, -5))).length).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => isBlind2(f.slice(0, -5))).length).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => isBlind3(f.slice(0, -5))).length).toBe(24);
    expect(files.filter((f) => isBlind4(f.slice(0, -5))).length).toBe(24);
    for (const f of files) {
      const gold = JSON.parse(readFileSync(`eval/gold/summaries/${f}`, 'utf8')) as {
        id: string;
        split: string;
        source: string;
      };
      if (isBlind(gold.id)) expect([f, gold.split]).toEqual([f, 'blind']);
      else if (isBlind2(gold.id)) expect([f, gold.split]).toEqual([f, 'blind2']);
      else if (isBlind3(gold.id)) expect([f, gold.split]).toEqual([f, 'blind3']);
      else if (isBlind4(gold.id)) expect([f, gold.split]).toEqual([f, 'blind4']);
      else if (isBlind5(gold.id)) expect([f, gold.split]).toEqual([f, 'blind5']);
      else if (isBlind6(gold.id)) expect([f, gold.split]).toEqual([f, 'blind6']);
      else if (isBlind7(gold.id)) expect([f, gold.split]).toEqual([f, 'blind7']);
      else if (isBlind8(gold.id)) expect([f, gold.split]).toEqual([f, 'blind8']);
      else if (isBlind9(gold.id)) expect([f, gold.split]).toEqual([f, 'blind9']);
      else if (isBlind10(gold.id)) expect([f, gold.split]).toEqual([f, 'blind10']);
      else if (isBlind11(gold.id)) expect([f, gold.split]).toEqual([f, 'blind11']);
      else if (isBlind12(gold.id)) expect([f, gold.split]).toEqual([f, 'blind12']);
      else if (isBlind13(gold.id)) expect([f, gold.split]).toEqual([f, 'blind13']);
      else if (isMetadataPage(gold.id))
        expect([f, gold.split, gold.source]).toEqual([
          f,
          trainOnly('summaries', gold.id) ? 'train' : 'fresh',
          `metadata/${gold.id}/source.html#readability`,
        ]);
      else if (corpusFolder(gold.id) === 'fixtures')
        expect([f, gold.split, gold.source]).toEqual([f, 'train', `${fixturePath(gold.id)}#readability`]);
      else expect([f, gold.split]).toEqual([f, splitIn('summaries', gold.id)]);
    }
  });
});
