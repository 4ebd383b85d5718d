/**
 * A political party named by its own name is an organisation (eval/gold/guidelines/names.md:
 * "Parties: the party is ORG"; lang-news.md, the en-train12 rulings: "`Plaid Cymru` and `Labour`
 * stay ORG"). The tagger knows the parties of its training text (Labour, the SPD, the ANC) and
 * reads the others as people or other names from their words: a Welsh or Flemish name as a
 * person's ("Vooruit's chief negotiator", "Sinn Féin's housing spokesperson"), a name with a
 * number word or a hyphen as an other name ("One Nation", "the N-VA"). Issue 15, the families of
 * the en-train pages (Politico Europe, the Sydney Morning Herald, WalesOnline, the Irish
 * Independent).
 *
 * After tagging (English): a mention whose whole text is a party's own name (a noun, not its
 * members' plural or its adjective: "Plaid Cymru", "N-VA", "One Nation", "Fianna Fáil") is made
 * ORG, in every use ("a Plaid Cymru councillor": a name used as a modifier stays the name).
 * Names that are also members' words or common words ("Greens", "Liberals", "Social Democrats",
 * "National", "Vox", "ACT") are not listed: names.md makes members OTHER. Per mention, one look
 * up of its text. One walk, copying only on change.
 */
import type { EntityMention } from '../types';
import { mapped, retype } from './by-block';

/** Parties' own names, as written (with and without their accents). */
const PARTIES = new Set([
  // Britain and Ireland.
  'Plaid Cymru',
  'Sinn Féin',
  'Sinn Fein',
  'Fianna Fáil',
  'Fianna Fail',
  'Fine Gael',
  'Reform UK',
  'SNP',
  'DUP',
  'SDLP',
  'UKIP',
  'Aontú',
  'People Before Profit',
  // The British party by its plural, as the party acts ("when the Conservatives were in power", "the
  // Tories had warned"): ORG under the twentieth set's ruling (lang-news.md; en-463, en-508, en-556;
  // names47b). "Conservative" of "Conservative MPs" is its adjective, OTHER, and stays.
  'Conservatives',
  'Tories',
  // Australia and New Zealand.
  'One Nation',
  "Pauline Hanson's One Nation",
  'Legalise Cannabis',
  'Liberal National Party',
  'LNP',
  'Te Pāti Māori',
  'NZ First',
  // Belgium and the Netherlands.
  'N-VA',
  'Vooruit',
  'CD&V',
  'Open VLD',
  'Open Vld',
  'Vlaams Belang',
  'Les Engagés',
  'GroenLinks',
  'PVV',
  'VVD',
  'D66',
  'CDA',
  // Germany, France, Spain, Portugal, Italy.
  'CDU',
  'CSU',
  'SPD',
  'FDP',
  'AfD',
  'Die Linke',
  'Rassemblement National',
  'National Rally',
  'La France Insoumise',
  'Les Républicains',
  'PSOE',
  'Podemos',
  'Sumar',
  'Chega',
  'Fratelli d’Italia',
  "Fratelli d'Italia",
  'Brothers of Italy',
  'Forza Italia',
  'Five Star Movement',
  // Central and eastern Europe, Greece.
  'Fidesz',
  'Syriza',
  'PiS',
  // Asia, Africa, the Americas.
  'BJP',
  'Bharatiya Janata Party',
  'Trinamool Congress',
  'Shiv Sena',
  'Samajwadi Party',
  'AIADMK',
  'DMK',
  'Awami League',
  'Pheu Thai',
  'Kuomintang',
  'KMT',
  'Komeito',
  'Likud',
  'ANC',
  'EFF',
  'ActionSA',
  'NDP',
  'Bloc Québécois',
  'Bloc Quebecois',
]);

/** Whether `name` is a party's own name. */
export function isPartyName(name: string): boolean {
  return PARTIES.has(name);
}

/** `mentions` with the parties named by their own names typed ORG. */
export function withParties(mentions: readonly EntityMention[]): EntityMention[] {
  return mapped(mentions, (m) => (m.type !== 'ORG' && PARTIES.has(m.text) ? retype(m, 'ORG') : m));
}
