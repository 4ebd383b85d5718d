/**
 * Diseases and pathogens are not names (src/core/entities/diseases.ts): on mentions as a tagger
 * might cut and type them, and through the English model on a health story we wrote.
 */
import { describe, expect, test } from 'vitest';
import { isDisease, withoutDiseases } from '../../src/core/entities/diseases';
import type { EntityType } from '../../src/core/types';
import { englishRecogniser, mention } from './entity-mentions';

describe('a disease is not a name', () => {
  test.each([
    ['a virus’s short name', 'Clinics in Dayton saw more RSV this week.', 'RSV', 'ORG'],
    ['a disease’s short name', 'She has lived with ALS since 2019.', 'ALS', 'ORG'],
    ['a bird flu strain', 'Farms near Ames culled hens after H5N1 was found.', 'H5N1', 'OTHER'],
    ['an eponym before "syndrome"', 'Two patients had Guillain-Barré syndrome.', 'Guillain-Barré', 'PERSON'],
    ['a place before "disease"', 'Ticks carry Lyme disease into the suburbs.', 'Lyme', 'PLACE'],
    ['an eponym with its possessive and "disease"', 'Drugs for Alzheimer’s disease cost more.', 'Alzheimer', 'ORG'],
    ['a straight apostrophe', "A trial for Parkinson's disease began.", 'Parkinson', 'PERSON'],
    ['an eponym alone with its possessive', 'Care homes for people with Alzheimer’s are full.', 'Alzheimer', 'PERSON'],
    ['a place before "virus"', 'Mosquitoes spread Zika virus and West Nile virus.', 'West Nile', 'PLACE'],
  ])('%s: %s', (_, text, name, type) => {
    expect(isDisease(text, mention(text, name, type as EntityType))).toBe(true);
  });

  test.each([
    ['an organisation before "disease"', 'A Johns Hopkins disease expert spoke.', 'Johns Hopkins', 'ORG'],
    ['a body named for diseases', 'The Centers for Disease Control said so.', 'Centers for Disease Control', 'ORG'],
    ['a charity that holds a disease', 'The ALS Association raised $2 million.', 'ALS Association', 'ORG'],
    ['a person with a possessive', 'Ana Parkinson’s report was late.', 'Ana Parkinson', 'PERSON'],
    ['an eponym’s possessive before a name', 'Alzheimer’s Society staff met.', 'Alzheimer', 'ORG'],
    ['a lower-case short name is a word', 'The als of the choir sang.', 'als', 'OTHER'],
  ])('but %s stays: %s', (_, text, name, type) => {
    expect(isDisease(text, mention(text, name, type as EntityType))).toBe(false);
  });

  test('only the diseases are dropped, the names around them stay', () => {
    const text = 'Dr Rosa Imbert of Mercy Clinic in Dayton said RSV and ALS cases rose.';
    const kept = withoutDiseases(new Map([[0, text]]), [
      mention(text, 'Rosa Imbert', 'PERSON'),
      mention(text, 'Mercy Clinic', 'ORG'),
      mention(text, 'Dayton', 'PLACE'),
      mention(text, 'RSV', 'ORG'),
      mention(text, 'ALS', 'ORG'),
    ]).map((m) => m.text);
    expect(kept).toEqual(['Rosa Imbert', 'Mercy Clinic', 'Dayton']);
  });
});

describe('through the English model', () => {
  test('a health story’s names without its diseases', () => {
    const recogniser = englishRecogniser();
    const text =
      'Hospitals in Ohio are bracing for a winter of flu and RSV, doctors said on Monday. RSV sends thousands of babies to hospital each year. Patients with ALS and Alzheimer’s disease were also at risk, said Dr Maria Lopez of Ohio State University. Two patients had Guillain-Barré syndrome.';
    const names = recogniser.recognise([{ id: 0, kind: 'paragraph', text }]).map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Ohio', 'Maria Lopez', 'Ohio State University']));
    for (const disease of ['RSV', 'ALS', 'Alzheimer', 'Guillain-Barré']) expect(names).not.toContain(disease);
  });
});
