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
 *
 * A party's name of two words or more that the tagger cut or split (issue 15, en-train21 and
 * en-train22: "Fine Gael" was "Gael" alone, "Christian Democrats" a person and an other name,
 * "Social Democrats" an other name) is read whole in the text, one ORG; a qualified plural
 * ("Social Democrats") is the party after "the" or a possessive, or where the tagger's own
 * mention ends with it ("Sweden Democrats leader"); the bare "Democrats" stays OTHER (names.md:
 * members and adjective OTHER). One reader: session 38's second pass (misc-party-names.ts) read
 * the cut names and the plurals its own way.
 */
import type { EntityMention } from '../types';
import { mapped, retype, rewrittenByBlock } from './by-block';

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
  // Israel, Pakistan, Kenya, Zambia, Vanuatu (names49a, en-train21-22: "Benny Gantz's Blue and
  // White", "an Arab party, Ra'am", "Pakistan Tehreek-i-Insaf (PTI)", "Mr. Ruto's Kenya Kwanza
  // alliance", "the Vanua'aku Pati").
  'Blue and White',
  "Ra'am",
  'Yesh Atid',
  'Yisrael Beytenu',
  'Otzma Yehudit',
  'United Torah Judaism',
  'Pakistan Tehreek-i-Insaf',
  'Pakistan Tehreek-e-Insaf',
  'Pakistan Muslim League',
  'Kenya Kwanza',
  'Azimio la Umoja',
  'Patriotic Front',
  'UPND',
  "Vanua'aku Pati",
  'Graon mo Jastis Pati',
  'Union of Moderate Parties',
]);

/**
 * Parties whose name is a qualified plural, read as the party after "the" or a possessive
 * ("Scholz's Social Democrats", "talks with the Social Democrats"; names49a: the en-train gold
 * writes each of its ten "Social", "Christian", "Free" and "Liberal Democrats" ORG), or where a
 * mention of the tagger's ends with the plural (its "Democrats" or its "Social Democrats": the
 * eval keeps that reading, en-fresh5 .894 without it); the bare "Democrats" and the singular stay.
 */
const PLURAL_PARTIES = new Set([
  'Social Democrats',
  'Christian Democrats',
  'Free Democrats',
  'Liberal Democrats',
  'Sweden Democrats',
]);

/** The parties' names of two words or more, read in the text where the tagger split or cut them. */
const LONG_PARTIES = [...PARTIES, ...PLURAL_PARTIES].filter((p) => p.includes(' '));

/** Each string inside a name of LONG_PARTIES (a mention's text there), with the names that hold it; built at first use. */
let partsCache: Map<string, string[]> | null = null;

function partsOfParties(): Map<string, string[]> {
  if (partsCache !== null) return partsCache;
  const parts = new Map<string, string[]>();
  for (const party of LONG_PARTIES)
    for (let i = 0; i < party.length; i++)
      for (let j = i + 1; j <= party.length; j++) {
        const part = party.slice(i, j);
        const holders = parts.get(part);
        if (holders === undefined) parts.set(part, [party]);
        else if (holders[holders.length - 1] !== party) holders.push(party);
      }
  partsCache = parts;
  return parts;
}

/** Whether a plural party's name at `at` of `block` names the party: after "the" or a possessive. */
function asParty(block: string, at: number): boolean {
  const before = block.slice(Math.max(0, at - 4), at);
  return before === 'the ' || before === 'The ' || /['’]s $/u.test(before);
}

/** Whether a letter or digit is at `i` of `block` (a name's edge is none). */
function wordAt(block: string, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(block.charAt(i));
}

/** Whether `name` is a party's own name. */
export function isPartyName(name: string): boolean {
  return PARTIES.has(name);
}

/**
 * A block's mentions with each party's name of two words or more that the tagger split or cut
 * ("Christian" PERSON + "Democrats" OTHER, "Gael" of "Fine Gael" as a person, "Blue" + "White")
 * read as one ORG: where the name stands as a whole word, a mention overlaps it and none runs
 * past it.
 */
function partiesRead(blockId: number, block: string, own: EntityMention[]): EntityMention[] {
  // A party is read only where a mention lies inside it: only the parties whose name holds a
  // mention's text are looked for in the block (in LONG_PARTIES' order, as a name read whole
  // can lie inside a longer one: "One Nation" in "Pauline Hanson's One Nation").
  const parts = partsOfParties();
  let candidates: Set<string> | null = null;
  for (const m of own)
    for (const party of parts.get(block.slice(m.start, m.end)) ?? []) (candidates ??= new Set()).add(party);
  if (candidates === null) return own;
  let out = own;
  for (const party of LONG_PARTIES) {
    if (!candidates.has(party)) continue;
    for (let at = block.indexOf(party); at >= 0; at = block.indexOf(party, at + 1)) {
      const end = at + party.length;
      if (wordAt(block, at - 1) || wordAt(block, end)) continue;
      const inside = out.filter((m) => m.start < end && at < m.end);
      if (inside.length === 0 || inside.some((m) => m.start < at || m.end > end)) continue;
      if (PLURAL_PARTIES.has(party) && !asParty(block, at) && !inside.some((m) => m.end === end)) continue;
      const whole = inside.length === 1 && inside[0]?.start === at && inside[0].end === end;
      if (whole && (inside[0]?.type === 'ORG' || !PLURAL_PARTIES.has(party))) continue;
      const one: EntityMention = { blockId, start: at, end, text: party, type: 'ORG' };
      out = [...out.filter((m) => !inside.includes(m)), one].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/** `mentions` with the parties named by their own names typed ORG (and read whole where they were split). */
export function withParties(mentions: readonly EntityMention[], text?: ReadonlyMap<number, string>): EntityMention[] {
  const whole = text ? rewrittenByBlock(text, mentions, partiesRead) : mentions;
  return mapped(whole, (m) => (m.type !== 'ORG' && PARTIES.has(m.text) ? retype(m, 'ORG') : m));
}
