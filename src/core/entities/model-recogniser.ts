/**
 * The trained entity recogniser: the article's blocks are cut into lines, sentences and
 * tokens, the whole article is tagged as one document (so evidence carries from one
 * paragraph to the next), and B-/I- runs become typed mentions with block offsets.
 */
import { charAt, codeAt } from './chars';
import { withSurnames } from './per-surnames';
import { withDefinedPlaces } from './loc-defined-places';
import { withCreditLines } from './org-picture-credits';
import { withoutSlashJoins } from './org-credit-slashes';
import { withCommonWordNames } from './org-common-word-names';
import { withNameTails } from './org-name-tails';
import { withPartyAdjectives } from './misc-party-adjectives';
import { withCourts } from './org-courts';
import { withOrdinalNames } from './ordinal-names';
import { withSpeakingBodies } from './org-speaking-bodies';
import { withoutLetterStops } from './misc-letter-stops';
import { withSubtitles } from './works-subtitles';
import { withTheOutside } from './the-outside';
import { withLeadingThe } from './media-titles';
import { splitSentences } from '../segment/sentences';
import { tokenize, type Token } from '../segment/tokens';
import type { Block, EntityMention } from '../types';
import { prepareDoc } from './model/document';
import type { Gazetteers } from './model/gazetteers';
import { CONLL_TYPES, isBegin, LEDE_TYPE, O, typeOfLabel } from './model/labels';
import type { NerModel } from './model/model';
import { tagDocument, tagTwice, type Scorer } from './model/tagger';
import { tagDocumentBeam, type BeamOptions } from './model/beam';
import type { EntityRecogniser } from './recogniser';
import { MentionRules } from './mention-rules';
import { isListedAs, listedPlaces, withListedPlaceNames } from './listed-places';
import { GAZ } from './model/gazetteers';
import { StringTable } from './model/string-table';
import { quotedWorks } from './quoted-works';
import { particlePersons } from './particle-persons';
import { NAME_LINKS, NAME_PARTICLES } from './model/word';
import { withoutHolidays } from './holidays';
import { withMarketNames } from './market-names';
import { withCompoundNames } from './conv-compounds';
import { withCivicDays } from './civic-days';
import { withPossessiveNames } from './possessive-names';
import { withAppositivePersons } from './per-appositives';
import { withCitiesAfterPrepositions } from './loc-after-prepositions';
import { withPlaceModifiers } from './loc-modifiers';
import { withNameHeads } from './name-heads';
import { withoutDiseases } from './diseases';
import { clubsInContext } from './club-context';
import { withStorms, withWeatherSystems } from './storms';
import { withPlaceLists } from './place-lists';
import type { LanguageCues } from './model/language-cues';
import { mentionsByBlock, respan } from './by-block';
import { withLeagueDivisions } from './league-divisions';
import { withTeamNicknames } from './org-nicknames';
import { withMatchSides } from './org-match-sides';
import { withHealthProviders } from './org-health';
import { withSchools } from './org-schools';
import { withMastheads } from './org-mastheads';
import { withProducts } from './misc-products';
import { withStateAbbreviations } from './loc-state-abbreviations';
import { withPartyStates } from './loc-party-states';
import { withLegislatures } from './org-legislatures';
import { withAustralianStates } from './loc-au-states';
import { withTransitLines } from './loc-transit';
import { withPlaceNouns } from './loc-place-nouns';
import { withOwnInstitutions } from './loc-own-institutions';
import { withPlaceHeads } from './loc-place-heads';
import { withAndNames } from './org-and-names';
import { withoutCalendarWords } from './org-calendar-words';
import { withoutLabelWords } from './label-words';
import { withoutGluedDollars } from './intl-amounts';
import { withNumberedRoads } from './intl-roads';
import { withLawTitles } from './intl-laws';
import { withStatuteTitles } from './misc-statute-titles';
import { withCompetitions } from './misc-competitions';
import { withStudios } from './media2-studios';
import { withEvents } from './media2-events';
import { withWorks } from './media2-works';
import { withAppositiveWorks } from './works-appositives';
import { withStudioNouns } from './org-studio-nouns';
import { withCompanyAppositives } from './org-company-appositives';
import { withCompanyEvidence } from './org-company-evidence';
import { withBookListings } from './book-listings';
import { withVersions } from './misc-versions';
import { withProductLines } from './misc-product-lines';
import { withoutPostNominals } from './per-post-nominals';
import { withMaidenNames } from './per-maiden-names';
import { withCountryBodies } from './org-country-bodies';
import { withPrisons } from './loc-prisons';
import { withSportVenues } from './loc-sport-venues';
import { withStreetFronts } from './loc-street-fronts';
import { withFormats } from './misc-formats';
import { withHandleNames } from './per-handles';
import { withoutTimeZones } from './time-zones';
import { withKinPersons } from './per-kin';
import { withExams } from './misc-exams';
import { withoutStandards } from './misc-standards';
import { withHyphenPairs } from './hyphen-pairs';
import { withTours } from './misc-tours';
import { withEventHeads } from './misc-event-heads';
import { withoutCalendarSpans } from './calendar-spans';
import { withBodyLinks } from './org-body-links';
import { withMoreCompounds } from './misc-compounds-more';
import { withOrgUnits } from './org-units';
import { withMayorsTowns } from './loc-mayors';
import { withParties } from './org-parties';
import { withSpacecraft } from './misc-spacecraft';
import { withVessels } from './misc-vessels';
import { withVenuesAtPrepositions } from './loc-venue-prepositions';
import { withCompanyBounds } from './org-plc';
import { withFestivals } from './misc-festivals';
import { withPremierePlaces } from './misc-premiere-places';
import { withPersonsTowns } from './loc-person-of';
import { withSoftware } from './misc-software';
import { withPluralNicknames } from './org-plural-nicknames';
import { withDerivedDemonyms } from './misc-derived-demonyms';
import { withDefinedAcronyms } from './org-defined-acronyms';
import { withStateHouses } from './loc-state-houses';
import { withWayEnds } from './loc-between';
import { withoutNumberedPossessives } from './misc-numbered-possessives';
import { withParticleNames } from './per-particle-names';
import { withHajjWords } from './misc-hajj';

interface Sentence {
  blockId: number;
  tokens: Token[];
}

/** Cuts blocks into sentences of tokens (by the rules of `lang`), with offsets into their block. */
export function sentencesOf(blocks: readonly Block[], lang = 'en'): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    let lineStart = 0;
    for (const line of block.text.split('\n')) {
      for (const s of splitSentences(line, lang)) {
        const tokens = tokenize(line.slice(s.start, s.end), lineStart + s.start);
        const cut = datelineEnd(tokens);
        if (cut > 0) out.push({ blockId: block.id, tokens: tokens.slice(0, cut) });
        if (tokens.length > cut) out.push({ blockId: block.id, tokens: cut > 0 ? tokens.slice(cut) : tokens });
      }
      lineStart += line.length + 1;
    }
  }
  return out;
}

const DASHES = new Set(['—', '–', '--', '-', '―']);

/**
 * Where a dateline at the start of a sentence ends ("COLOGNE, Germany —", "WASHINGTON
 * (Reuters) -"), just after its dash; 0 when there is none. The dateline is read as a line of
 * its own, so the sentence after it starts afresh ("Barge operators ..." is a sentence's
 * first word, not a name inside one).
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0]?.text ?? '';
  // Most sentences start with a word in lower case after its capital: no need to test it all.
  const second = codeAt(first, 1);
  if ((second >= 97 && second <= 122) || !/^\p{Lu}{3,}$/u.test(first)) return 0;
  for (let k = 1; k < Math.min(tokens.length - 1, 8); k++) {
    const t = (tokens[k] as Token).text;
    if (DASHES.has(t)) return k + 1;
    if (!/^(?:\p{Lu}[\p{L}.'’-]*|[,()])$/u.test(t)) return 0;
  }
  return 0;
}
/** A lower-case word that links the parts of a name ("of", "de", "van"), in the model's language. */
function isLink(token: string, cues: LanguageCues | null): boolean {
  return cues ? cues.links.has(token) || cues.particles.has(token) : NAME_LINKS.has(token) || NAME_PARTICLES.has(token);
}

/**
 * A Spanish name in straight quotation marks takes them ('"El Brezo"'), as CoNLL-2002
 * Spanish's dev file and the second half of its train file write names (the model learns
 * names without them: scripts/ner/training-data.ts, `unquotedNames`); a space inside the
 * marks goes with them ('" Reforma "').
 */
export function withQuotes(text: string, start: number, end: number): [number, number] {
  const open = text[start - 1] === ' ' && text[start - 2] === '"' ? start - 2 : start - 1;
  const close = text[end] === ' ' && text[end + 1] === '"' ? end + 1 : end;
  return text[open] === '"' && text[close] === '"' && (open === start - 1) === (close === end)
    ? [open, close + 1]
    : [start, end];
}

/**
 * Names the tokens split at an "&" or "/" with no space around it ("ESES&S", "PSE/EE") are
 * one name (the other languages' models; English's corrections do this and more).
 */
export function glued(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    const block = text.get(m.blockId) ?? '';
    if (last && last.blockId === m.blockId && m.start === last.end + 1 && /^[&/]$/u.test(charAt(block, last.end))) {
      const type = charAt(block, last.end) === '&' ? 'ORG' : last.type;
      out[out.length - 1] = respan(last, last.start, m.end, block.slice(last.start, m.end), type);
    } else out.push(m);
  }
  return out;
}

/**
 * One of the English corrections after mention-rules.ts: the mentions so far, the blocks'
 * text by id, and the tagger's own mentions (before any correction).
 */
type Pass = (
  ms: readonly EntityMention[],
  text: ReadonlyMap<number, string>,
  tagged: readonly EntityMention[],
) => EntityMention[];

/** Names `ModelRecogniser.listed` keeps at most. */
const LISTED_LIMIT = 50_000;

export class ModelRecogniser implements EntityRecogniser {
  readonly name: string;

  constructor(
    private readonly scorer: Scorer,
    private readonly gazetteers: Gazetteers,
    private readonly passes: 1 | 2 = 1,
    name = 'averaged-perceptron',
    /** The language the model was trained on (its header's `about.lang`; English before there was one). */
    readonly lang = 'en',
    /** A beam decoder (the model file's `beam`), or the greedy tagger when absent. */
    private readonly beam: BeamOptions | null = null,
  ) {
    this.name = name;
  }

  static fromModel(model: NerModel): ModelRecogniser {
    const lang = model.header.about['lang'];
    return new ModelRecogniser(
      model,
      model.gazetteers,
      model.header.passes,
      `averaged-perceptron (${model.featureCount} features)`,
      typeof lang === 'string' ? lang : 'en',
      model.header.beam ? { ...model.header.beam, unit: model.header.scale } : null,
    );
  }

  recognise(blocks: readonly Block[]): EntityMention[] {
    return this.corrections(blocks, this.tagged(blocks));
  }

  /** The tagger's mentions of `blocks`, before any correction (recognise = corrections of these). */
  tagged(blocks: readonly Block[]): EntityMention[] {
    const sentences = sentencesOf(blocks, this.lang);
    const kinds = new Map(blocks.map((b) => [b.id, b.kind]));
    // Pushed, not `.map`: optimised, `.map` gives holey arrays where it gave packed ones
    // before, and prepareDoc, compiled for the packed, deoptimises ('wrong map').
    const words: string[][] = [];
    const headings: boolean[] = [];
    for (const s of sentences) {
      const texts: string[] = [];
      for (const t of s.tokens) texts.push(t.text);
      words.push(texts);
      headings.push(kinds.get(s.blockId) === 'heading');
    }
    const doc = prepareDoc(words, this.gazetteers, headings, this.lang);
    const labels = this.beam
      ? tagDocumentBeam(doc, this.scorer, this.beam)
      : this.passes === 2
        ? tagTwice(doc, this.scorer)
        : tagDocument(doc, this.scorer);
    const mentions: EntityMention[] = [];
    const text = new Map(blocks.map((b) => [b.id, b.text]));
    sentences.forEach((s, si) => {
      const tags = labels[si] ?? new Uint8Array(0);
      let i = 0;
      while (i < s.tokens.length) {
        const label = tags[i] ?? O;
        if (label === O) {
          i++;
          continue;
        }
        const type = typeOfLabel(label);
        let j = i + 1;
        while (
          j < s.tokens.length &&
          (tags[j] ?? O) !== O &&
          !isBegin(tags[j] ?? O) &&
          typeOfLabel(tags[j] ?? O) === type
        )
          j++;
        // A name never ends in a linking word ("Congreso de" when the tagger stopped short).
        let last = j;
        while (last - 1 > i && isLink(s.tokens[last - 1]?.text ?? '', doc.cues)) last--;
        let start = s.tokens[i]?.start ?? 0;
        let end = s.tokens[last - 1]?.end ?? start;
        if (this.lang === 'es') [start, end] = withQuotes(text.get(s.blockId) ?? '', start, end);
        const conll = CONLL_TYPES[type - 1] ?? 'MISC';
        mentions.push({
          blockId: s.blockId,
          start,
          end,
          text: (text.get(s.blockId) ?? '').slice(start, end),
          type: LEDE_TYPE[conll],
        });
        i = j;
      }
    });
    return mentions;
  }

  /** The corrections after tagging: `mentions` are `tagged(blocks)`. */
  corrections(blocks: readonly Block[], mentions: readonly EntityMention[]): EntityMention[] {
    const text = new Map(blocks.map((b) => [b.id, b.text]));
    // Holidays are dates, not names ("Diwali", "Black Friday"), in every language.
    if (this.lang !== 'en')
      return withoutHolidays(
        text,
        listedPlaces(
          particlePersons(text, quotedWorks(text, glued(text, mentions), this.lang), this.lang),
          this.gazetteers,
        ),
        this.isPlace,
      );
    let ms = this.corrected(blocks, mentions);
    for (const pass of (this.englishPassList ??= this.englishPasses())) ms = pass(ms, text, mentions);
    return ms;
  }

  /** Whether the word lists list `name` as a country, city or region. */
  private readonly isPlace = (name: string): boolean => this.listed(name, GAZ.COUNTRY | GAZ.CITY | GAZ.REGION);

  /** The English passes after mention-rules.ts (`englishPasses`), made on the first English text. */
  private englishPassList: Pass[] | undefined;

  /**
   * English: after the corrections that read the whole block (mention-rules.ts), each
   * family's own, in this order (each reads what the one before gives). Made once a
   * recogniser, with the word-list tests they are given: made afresh for each text, each of
   * the hundred and fifty functions was a new function to V8, whose first call went through
   * its lazy-compilation entry (3-4 % of warm `recognise`, in the loop that called the
   * passes), and so was each test's. A pass reads the blocks' text by id and the tagger's own
   * mentions (`tagged`) as arguments.
   */
  private englishPasses(): Pass[] {
    const listed = (name: string, bits: number): boolean => this.listed(name, bits);
    const isPlace = this.isPlace;
    const isCountry = (name: string): boolean => listed(name, GAZ.COUNTRY);
    const isFirstName = (w: string): boolean => (this.bitsOf(w) & GAZ.FIRST_NAME) !== 0;
    const isNationality = (w: string): boolean => this.isNationality(w);
    const isCity = (name: string): boolean => listed(name, GAZ.CITY);
    const isCityOrRegion = (name: string): boolean => listed(name, GAZ.CITY | GAZ.REGION);
    const isOrgName = (name: string): boolean => listed(name, GAZ.ORG_NAME);
    const isTeam = (w: string): boolean => listed(w, GAZ.TEAM);
    const isNationalityOrPlace = (w: string): boolean => this.isNationality(w) || isPlace(w);
    const isPersonName = (w: string): boolean => (this.bitsOf(w) & (GAZ.FIRST_NAME | GAZ.SURNAME)) !== 0;
    const isStateNotCountry = (name: string): boolean => listed(name, GAZ.REGION) && !isCountry(name);
    // Words no town's name is before a noun after "a" (withPlaceModifiers), or after a place's
    // preposition (withCitiesAfterPrepositions).
    const isNoTownWord = (w: string): boolean =>
      (this.bitsOf(w) &
        (GAZ.COMMON |
          GAZ.DEMONYM |
          GAZ.ORG_NAME |
          GAZ.TEAM |
          GAZ.TITLE |
          GAZ.ORG_WORD |
          GAZ.MONTH_DAY |
          GAZ.FIRST_NAME)) !==
      0;
    const isOrgOrCommonWord = (w: string): boolean =>
      (this.bitsOf(w) & (GAZ.ORG_WORD | GAZ.ORG_NAME | GAZ.TEAM | GAZ.COMMON)) !== 0;
    // What a compound is built on ("London-based", "pro-Trump"): a listed name, not a common word alone.
    const isCompoundBase = (name: string): boolean =>
      (name.includes(' ') || (this.bitsOf(name) & GAZ.COMMON) === 0) &&
      listed(name, GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.DEMONYM | GAZ.ORG_NAME | GAZ.TEAM);
    return [
      // A city standing for its club in a sports story.
      (ms, text) => clubsInContext(text, ms, isCountry, isCityOrRegion, isTeam),
      (ms, text) => withNameHeads(text, ms, isFirstName),
      (ms, text) => withoutDiseases(text, ms),
      (ms, text) => withPlaceLists(text, ms, isFirstName, isCityOrRegion),
      (ms, text) => withStorms(text, ms),
      // Storms written "Supertyphoon Yolanda" or named locally, and El Niño, are OTHER.
      (ms, text) => withWeatherSystems(text, ms),
      // Places: the AP's state abbreviations, rail and metro lines.
      (ms, text) => withStateAbbreviations(text, ms),
      (ms, text) => withPartyStates(text, ms),
      // A legislature's lone house word the tagger called OTHER ("the new Diet").
      (ms) => withLegislatures(ms),
      (ms, text) => withAustralianStates(text, ms),
      (ms, text) => withTransitLines(text, ms, isCityOrRegion),
      // A name before a lower-case noun of a place ("Hull Truck theatre", "the Northumberland coast").
      (ms, text) => withPlaceNouns(text, ms),
      // A town named by its own council or station ("Bloomington" beside "Bloomington City Council").
      (ms, text) => withOwnInstitutions(text, ms, isCityOrRegion, isOrgName),
      // A listed city after a place's preposition is the place ("a loan to Norwich").
      (ms, text) => withCitiesAfterPrepositions(text, ms, isCity, isOrgOrCommonWord),
      // A town named before a noun after "a" is the place ("a Kaimuki cabinetmaker").
      (ms, text) => withPlaceModifiers(text, ms, isNoTownWord, isCity),
      // Days and months in the plural are no names ("on Fridays"), nor a citation's label ("Retrieved 1 May").
      (ms, text) => withoutCalendarWords(text, ms),
      (ms, text) => withoutLabelWords(text, ms),
      (ms, text) => withoutHolidays(text, ms, isPlace),
      // Products, craft, works and awards named by their sentence are OTHER ("the rover, named Tern").
      (ms, text) => withProducts(text, ms, isOrgName),
      // Dollars and naira glued to their figure are no names ("HK$182m", "N617"); numbered roads are places ("the N1").
      (ms, text) => withoutGluedDollars(text, ms),
      // A clock time's zone is no name ("at 6AM PT", "at 9.30am CET").
      (ms, text) => withoutTimeZones(text, ms),
      (ms, text) => withNumberedRoads(text, ms),
      // A team's nickname alone is its club in a sports story ("the Bills, who ...").
      (ms, text) => withTeamNicknames(text, ms, isTeam),
      // A side named by its town or nickname in a match report ("Essendon kicked six goals").
      (ms, text) => withMatchSides(text, ms, isCountry, isFirstName),
      // Hospitals and health providers are organisations ("Lakeview Medical Center", "Atrium Health").
      (ms, text) => withHealthProviders(ms, text, isPlace),
      (ms) => withSchools(ms),
      // Newspapers are organisations ("The Meridian Ledger", "Cedar Valley Courier").
      (ms) => withMastheads(ms),
      // Civic days are names ("Labor Day", "Thanksgiving").
      (ms, text) => withCivicDays(text, ms),
      // A name runs through an inner possessive ("King's College", "St Mary's Hospital", "Father's Day").
      (ms, text) => withPossessiveNames(text, ms, isFirstName, isCityOrRegion),
      // A person beside a kinship noun or before a degree ("her son, Mateo,", "Ingrid Halvorsen, MD").
      (ms, text) => withAppositivePersons(text, ms, isFirstName),
      // A barrister's "KC" or an order's "OBE" after a person's name is outside it ("Helen Marchetti KC").
      (ms) => withoutPostNominals(ms),
      // A maiden name in brackets is inside the woman's name ("Hattie (Simmons) Vance").
      (ms, text) => withMaidenNames(text, ms),
      // A person straight after a kinship noun or "née" ("her daughters Máire and Eilís").
      (ms, text) => withKinPersons(text, ms),
      // CoNLL's conventions (names.md, issue 15): conferences and divisions are OTHER ("AFC East",
      // "the NFC's top seed"), and a word built on a name with a hyphen is one OTHER name
      // ("London-based", "pro-Trump").
      (ms, text) => withLeagueDivisions(text, ms),
      (ms, text, tagged) => withCompoundNames(text, ms, isCompoundBase, tagged),
      // Two countries or nationalities joined by a hyphen are two names ("US-China", "Brazilian-Ukrainian").
      (ms, text) => withHyphenPairs(text, ms, isCountry, isNationality, isPlace),
      // Words built on awards and languages ("Oscar-winning", "English-language").
      (ms, text) => withMoreCompounds(text, ms, isNationalityOrPlace),
      (ms, text) => withLawTitles(text, ms),
      // A plain law's title cut before "Bill", a named plan or policy statement typed ORG: one OTHER name.
      (ms, text) => withStatuteTitles(text, ms),
      (ms) => withCompetitions(ms),
      // A name the text defines as a place ("Aisby is a village in ...", "the island of Divar").
      (ms, text) => withDefinedPlaces(text, ms),
      (ms, text) => withLeadingThe(text, ms),
      // A sentence's "The" outside a name the page writes after a lower-case "the" ("The Outline has ...").
      (ms, text) => withTheOutside(text, ms),
      (ms) => withStudios(ms, isPlace),
      (ms, text) => withEvents(text, ms),
      // Named tours are OTHER ("the Until September Tour", "The Doobie Brothers 50th Anniversary Tour").
      (ms, text) => withTours(text, ms),
      // Events named by their noun are OTHER ("Seattle Restaurant Week", "Climate Action Summit").
      (ms) => withEventHeads(ms),
      // Dates written as names are none ("The Feb. 3 caucuses", "Friday-to-Sunday", "FY2025").
      (ms) => withoutCalendarSpans(ms),
      // A body's name runs through its links ("the Council on Foreign Relations", "Ministry of Land, Infrastructure and Transport").
      (ms, text) => withBodyLinks(text, ms, isPlace),
      // A body's name runs back through an "and" before its noun ("the Army Aviation and Missile Command").
      (ms, text) => withAndNames(text, ms, isOrgName),
      // A named unit after an organisation's possessive is ORG ("MIT's Instrumentation Laboratory").
      (ms, text) => withOrgUnits(text, ms),
      // A town before its mayor's title is a place ("Toronto Mayor Olivia Chow").
      (ms, text) => withMayorsTowns(text, ms),
      (ms, text) => withWorks(text, ms),
      // Works named before their kind ("Ashfall, the open-world RPG"), a shortlist's "Title by Author (Publisher)".
      (ms, text) => withAppositiveWorks(text, ms),
      // A work's subtitle after a colon ("his book Evicted: Poverty and Profit in the American City").
      (ms, text) => withSubtitles(text, ms),
      // A company after its noun ("Bristol studio Kestrel Forge", "publisher Saltmarsh").
      (ms, text) => withStudioNouns(text, ms, isFirstName, isPlace),
      (ms, text) => withCompanyAppositives(text, ms, isFirstName, isPlace),
      // A name the page shows to be a company ("Lonsdale Homes, the developer,", "Orrin, which was founded in", "a partner at Calloway Reade.").
      (ms, text) => withCompanyEvidence(text, ms, isPersonName),
      (ms, text) => withBookListings(text, ms, isPlace),
      // A possessive after a numbered name is outside it ("as fast as the Halo 2's").
      (ms) => withoutNumberedPossessives(ms),
      // A version inside a product's name ("Linux 7.0").
      (ms, text) => withVersions(text, ms, isPlace),
      // A name written with two numbers or more is a product line's models ("Vega 2", "Vega 3").
      (ms, text) => withProductLines(text, ms),
      // A sentence's full stop after a product's last letter is outside it ("the Xbox One S.").
      (ms, text) => withoutLetterStops(text, ms),
      // The outlet or agency of a caption's credit is an organisation ("Photo: RNZ / Nate McKinnon").
      (ms, text) => withCreditLines(text, ms, isFirstName),
      // Names set apart by a spaced slash are two ("(Bettmann / Getty)").
      (ms) => withoutSlashJoins(ms),
      // Charities named by common words ("Doctors Without Borders"), where the tagger found nothing.
      (ms, text) => withCommonWordNames(text, ms),
      // A club's "FC" and a station's channel number are inside the name ("Sydney FC", "KARE 11").
      (ms, text) => withNameTails(text, ms),
      // A person's surname alone is the person ("Pence" after "Mike Pence").
      (ms) => withSurnames(ms, isOrgName),
      // Cinema formats and audience ratings are OTHER ("Imax screens", "an A CinemaScore").
      (ms, text) => withFormats(text, ms),
      // A quoted handle inside a player's name ('Mads "frost" Kjeldsen').
      (ms, text) => withHandleNames(text, ms, isFirstName),
      // Examinations are OTHER ("PSLE", "A-level"); technical standards no names ("RCS", "X11").
      (ms) => withExams(ms),
      (ms) => withoutStandards(ms),
      // Stock indexes OTHER, last, so that no correction types them back.
      (ms, text) => withMarketNames(text, ms),
      // A country's abbreviation before a body is inside it ("U.S. Senate", "UK Parliament").
      (ms, text) => withCountryBodies(text, ms),
      (ms) => withPrisons(ms),
      // Sports grounds and racing circuits are places ("the Sydney Cricket Ground (SCG)").
      (ms, text) => withSportVenues(text, ms),
      (ms, text) => withStreetFronts(text, ms),
      // Parties by their own names are ORG ("Plaid Cymru", "the N-VA"), read whole where the tagger cut them ("Gael" of "Fine Gael").
      (ms, text) => withParties(ms, text),
      // In a story about space, craft OTHER, asteroids places ("the Hayate asteroid probe", "the asteroid Chikuma").
      (ms, text) => withSpacecraft(text, ms, isOrgName),
      // Ships are OTHER, their navy's prefix inside ("the icebreaker Aurora", "USS Lewis B. Puller").
      (ms, text) => withVessels(text, ms),
      // A building where something happens is a place ("a session at the Grand Island Public Library").
      (ms, text) => withVenuesAtPrepositions(text, ms),
      // A name ending in a place's head word is the place ("the Waimea Community Dam", "the Marlborough Sounds").
      (ms) => withPlaceHeads(ms),
      // A company's suffix bounds its name ("Kestrel Mining (Pty) Ltd" whole, "…Ltd. She" cut), and two joined by "and" are two.
      (ms, text) => withCompanyBounds(text, ms, isPlace),
      // Festivals by their short names are OTHER in a text about a festival ("Latitude", "All Points East").
      (ms, text) => withFestivals(text, ms),
      // A film festival's town where a premiere or a prize points at it is the festival ("premiered at Busan").
      (ms, text) => withPremierePlaces(text, ms),
      // The town a person is from is a place ("Michael Kowalski of Parkville", "Ridgeview resident").
      (ms, text) => withPersonsTowns(text, ms, isPlace),
      // Programming languages and other software are OTHER ("Emscripten can emit JavaScript").
      (ms, text) => withSoftware(text, ms),
      // In a sports story a plural nickname typed OTHER is the club ("earn Wolves a point").
      (ms, text) => withPluralNicknames(text, ms, isNationality),
      // A court's whole name ("the U.S. Court of Appeals for the 9th Circuit", "Ontario Superior Court Justice ...").
      (ms, text) => withCourts(text, ms),
      // A name led by its ordinal keeps it ("77th Street", "the 129th Assault Battalion").
      (ms, text) => withOrdinalNames(text, ms),
      // An institution named by its site that speaks is ORG ("Manchester Airport says ...").
      (ms, text) => withSpeakingBodies(text, ms),
      // A party's adjective before a politician's role is OTHER ("Liberal health critic", "Socialist leader").
      (ms, text) => withPartyAdjectives(text, ms),
      // A people's word made from a listed place's name is OTHER ("a Moldovan citizen", "Delhiites").
      (ms, text) => withDerivedDemonyms(text, ms, isPlace, isPersonName),
      // A patronymic or a Cantonese given name inside the person ("Siti Nur Aisyah binti Rahman", "Ivan Cheng Ka-wing").
      (ms, text) => withParticleNames(text, ms),
      // The pilgrimage's words: "Hajj" and "Umrah" OTHER, Hijri months no names, "Arafat" the plain.
      (ms, text) => withHajjWords(text, ms),
      // A place of several words the word lists hold is no person ("Rio de Janeiro").
      (ms) => withListedPlaceNames(ms, isPlace),
      // An acronym the page spells out for an organisation is it in every block ("the Health and Safety Executive (HSE)").
      (ms, text) => withDefinedAcronyms(text, ms),
      // A state before its "House" is a place, the House an organisation ("the Texas House").
      (ms, text) => withStateHouses(text, ms, isStateNotCountry),
      // The two ends of a road or a service are places ("State Highway 6 between Nelson and Murchison").
      (ms, text) => withWayEnds(text, ms),
    ];
  }

  /**
   * Whether the word lists list `name` (lower-cased, its words one phrase) with one of `bits`
   * (isListedAs), by bits and name: the corrections ask for the same names again and again,
   * text after text. Emptied past LISTED_LIMIT.
   */
  private readonly listedNames = new Map<number, Map<string, boolean>>();
  private listedCount = 0;

  private listed(name: string, bits: number): boolean {
    let names = this.listedNames.get(bits);
    if (names === undefined) {
      names = new Map();
      this.listedNames.set(bits, names);
    }
    let known = names.get(name);
    if (known === undefined) {
      known = isListedAs(name.toLowerCase().split(' '), this.gazetteers, bits);
      if (this.listedCount >= LISTED_LIMIT) {
        this.listedNames.clear();
        this.listedCount = 0;
        names = new Map();
        this.listedNames.set(bits, names);
      }
      names.set(name, known);
      this.listedCount++;
    }
    return known;
  }

  /**
   * The word lists' bits of a word (`Gazetteers.wordBits` of its lower case), by the word as
   * written: the corrections ask for the same words again and again, text after text (each
   * a search of the sorted lists). Emptied past LISTED_LIMIT.
   */
  private readonly wordBits = new StringTable<number>();

  private bitsOf(word: string): number {
    let bits = this.wordBits.get(word);
    if (bits === undefined) {
      bits = this.gazetteers.wordBits(word.toLowerCase());
      if (this.wordBits.size >= LISTED_LIMIT) this.wordBits.clear();
      this.wordBits.set(word, bits);
    }
    return bits;
  }

  /** Whether the word lists know `word` as a nationality's adjective or noun ("Ukrainian"). */
  private isNationality(word: string): boolean {
    return (this.bitsOf(word) & GAZ.DEMONYM) !== 0;
  }

  /** The corrections (English), kept from text to text for their word caches. */
  private rules: MentionRules | undefined;

  /** The English corrections that read the whole block (mention-rules.ts), block by block. */
  private corrected(blocks: readonly Block[], mentions: readonly EntityMention[]): EntityMention[] {
    const rules = (this.rules ??= new MentionRules(this.gazetteers));
    // One block (a text read whole): its mentions are all of them, no grouping.
    if (blocks.length === 1) {
      const b = blocks[0] as Block;
      return rules.apply(
        b.text,
        mentions.every((m) => m.blockId === b.id) ? mentions : mentions.filter((m) => m.blockId === b.id),
        b.id,
      );
    }
    const byBlock = mentionsByBlock(mentions);
    const out: EntityMention[] = [];
    for (const b of blocks) for (const m of rules.apply(b.text, byBlock.get(b.id) ?? [], b.id)) out.push(m);
    return out;
  }
}
