import {
  withoutLeadingRole,
  withoutOutlet,
  withoutRole,
  withoutShoutedOutlet,
  withoutSite,
  withoutSpecialTo,
  withoutStamp,
  withoutTitleCaseOutlet,
  withoutStrayEnds,
} from './name-parts';
import { FEMALE_NAMES, MALE_NAMES } from '../../core/context/lexicon';
import { PLACES } from '../../core/entities/word-lists';

/**
 * Bylines as a list of names. A byline in a page is rarely just names: "By Pete Evans · CBC
 * News · Posted: Dec 3", "Joe DavidsonWashington Post", "Steven Shepard 10/04/2016 05:07 AM
 * EDT Link Copied", "投稿者 Masafumi Negishi". `cleanNames` keeps the names (the byline
 * element in the page is found by visible-byline.ts).
 */

const PREFIX =
  /^\s*(?:(?:(?:written|words|text|story|reporting|reported|compiled|posted|published)\s+by|by|von|par|por|di|door|av)(?![\p{L}])|投稿者|著者|作者|筆者|記者|文)\s*[:：]?\s*/iu;
const GLUED_BY = /^By(?=\p{Lu})/u;

/** Words that make a part of a byline furniture rather than a name. */
const FURNITURE =
  /\b(?:click here|see all|view all|posted|updated|published|publish|publication date|comments?|copied|copy link|share|follow|twitter|facebook|email|e-mail|min(?:ute)?s? read|read more|view profile|more from|contributor|correspondent|reporter|editor|staff writer|senior|columnist|photographs?|photography|photographer|photos?|illustrations?|illustrated|video|graphics)\b/iu;

/**
 * A role written after the name ("Andrew Husband, Culture Writer", "Jo Bloggs, Special
 * Correspondent"): a part that ends in one of these nouns is a job, not a person.
 */
const ROLE_END =
  /\b(?:writers?|editors?|reporters?|correspondents?|columnists?|contributors?|producers?|critics?|analysts?|photographers?|interns?|anchors?|journalists?|bloggers?|reviewers?|strategists?|directors?|insiders?|commentators?|chief)$/iu;

/** Words of organisations (a publisher or agency named next to the author). */
const ORG =
  /\b(?:news|post|times|press|reuters|associated|agency|inc|ltd|llc|gmbh|media|nast|magazine|journal|tribune|herald|gazette|network|digital|online|group|company|corp|tnn|pti|afp|ap|upi|bbc|cnn|abc|nbc|cbs|university|institute|college)\b\.?/iu;

/** A label for the newsroom rather than a person ("Us Weekly Staff", "The Editors", "News Desk"). */
const STAFF_LABEL =
  /\b(?:staff|team|editors?|editorial|desk|newsroom|wires?|bureau|submissions|contributors|writers|admin|administrator)\b/iu;

/** A newsroom label standing alone as the credit ("By Editor", "Staff", "The Editorial Board"). */
const LONE_LABEL =
  /^(?:the )?(?:editors?|staff|admin|administrator|editorial(?: staff| team| board)?|staff writers?|newsroom|news desk|web desk)$/iu;

/** A section's name, alone in a byline's place. */
const SECTIONS = new Set(
  (
    'opinion opinions analysis news politics business sport sports world culture lifestyle entertainment ' +
    'technology tech science health travel food features commentary review reviews interview breaking latest ' +
    'local national international economy markets money video videos podcast live sponsored advertisement ' +
    'promoted partner explainer'
  ).split(' '),
);

/** Lower-case words a name may hold ("Jan van der Berg", "Ana de la Cruz", "Omar bin Laden"). */
const PARTICLES = new Set(
  'de da das do dos du del della der den di la las los le van von ter ten zu bin ibn al el y e af av d st st.'.split(
    ' ',
  ),
);

/**
 * The particles and patronymics a surname may open with, written as one word with it and its
 * capital kept ("VanderKlippe", "MacDonald", "FitzGerald", "DelVecchio"): no name glued to an outlet.
 */
const SURNAME_PREFIX = /^(?:Mac|Van|Vander|Vanden|Vande|Von|Del|Della|Dela|Des|Fitz|Ter|Ten|Dos|Das)$/u;

/** A host name standing in for a publisher ("JPost.com", "ICI.Radio-Canada.ca"). */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|co|io|news|tv|fm|[a-z]{2})$/iu;

/** "Michael Larabel in Valve", "Ana Lima in London": an author "in" a section or a place. */
const IN_PLACE = /^((?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*)\s+in\s+\p{Lu}.*$/u;

/** A name in Latin letters, a slash, and its reading in kana alone ("NeoL／ネオエル"). */
const NAME_WITH_READING =
  /^(\p{Script=Latin}[\p{Script=Latin} .'’-]*?) ?[/／] ?[\p{Script=Katakana}\p{Script=Hiragana}ー・ ]+$/u;

/** Between the items of a list (not the words that join two of them, "and", "&", "with"). */
const LIST_SEPARATORS = / ?[,;|·•/／｜\n] ?/u;

/** Between names; the text is split after its white space is collapsed to single spaces. */
const SEPARATORS = / ?(?:[,;|·•/／｜\n]| (?:and|und|et|y|e|with|&) | [-–—] ) ?/iu;

export interface NameContext {
  siteName?: string | null;
  /** Keep a lone lower-case word ("by doumae"): right after "by" it is a name. */
  allowHandles?: boolean;
  /** The site's name as its tags write it, and its host: how a domain in a credit is spelt. */
  siteText?: string | null;
}

/** A name or credit folded for comparing: compatibility forms, lower case, one space between words. */
export const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** A byline (or several) as a list of names, or [] when nothing name-like is left. */
export function cleanNames(input: string | readonly string[], context: NameContext = {}): string[] {
  const site = context.siteName ? squash(context.siteName) : null;
  const outlet = site?.replace(/^the /u, '');
  const siteWords = new Set(outlet ? outlet.split(' ').filter((w) => w.length > 2) : []);
  const parts: string[] = [];
  for (const raw of typeof input === 'string' ? [input] : input) {
    // A handle or an address after the name ("Ana Lima @analima", "April Glaser@aprilaser",
    // "mcason@al.com") is no part of it.
    // An e-mail address is an account, not a name: all of it goes ("Mike Cason mcason@al.com").
    const unmailed = raw.includes('@') ? withoutAddresses(raw) : raw;
    let text = unmailed.replace(HANDLE, ' ').replace(/\s+/gu, ' ').trim().replace(GLUED_BY, '');
    // "Words and pictures by Ana Lima": one person credited for both.
    text = text.replace(WORDS_AND_PICTURES, 'By ');
    const credited = PREFIX.test(text);
    text = text.replace(PREFIX, '');
    // "Ana Lima. Tom Ortega contributed reporting.": the sentence crediting a contributor ends
    // the byline; a contributor is no author.
    text = text.replace(CONTRIBUTOR_SENTENCE, '');
    // "Daniel Kim, with reporting by Sarah Levin", "Ana Lima; additional reporting by Tom
    // Ortega": contributors after the writer end the byline.
    text = beforeMatch(text, WITH_REPORTING, AFTER_NAME);
    // "Emma Roth, a news writer who covers the streaming wars, consumer tech, …": the writer's
    // bio after the name, a phrase in small letters, ends the byline (its commas part no names).
    text = beforeMatch(text, APPOSITIVE_BIO, AFTER_LETTER);
    // "Ana Lima. Photos by Tom Ortega", "Words: Ana Lima Pictures: Tom Ortega": the credit for
    // the pictures after the writer's name ends the byline; a photographer is no author.
    text = withoutPicturesCredit(text);
    // Names end where dates, times and counts begin ("Steven Shepard 10/04/2016 …").
    text = text.replace(
      /(?<!\s)\s*(?:(?<![\p{L}\p{N}])(?:on|at|am|le|el)\s+)?(?:(?<![\p{L}\p{N}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?\d[^]*$/iu,
      '',
    );
    // A stamp after the name ("Ana Lima Updated 3 hours ago") ends it, and so does the
    // separator left before a date gone ("By Ana Lima - March 3, 2025", "Ana Lima | 3/3/2025").
    text = withoutStamp(text).replace(DANGLING_SEPARATOR, '').replace(DANGLING_CONNECTOR, '');
    // A button after the name ("Ana Lima Follow", "Ana Lima View bio") is no part of it.
    if (text.split(' ').length > 2) text = text.replace(TRAILING_BUTTON, '');
    // Glued names: "Joe DavidsonWashington Post" (not "McDonald", "DeSantis"), and a name run
    // into an outlet in capitals: "Meg WagnerNEW YORK DAILY NEWS".
    // A word alone is a handle ("AMournfulHowlInTheNight"), not glued names.
    // Nor a surname that opens with a particle written as one word ("VanderKlippe", "MacDonald").
    if (text.includes(' '))
      text = text
        .replace(/(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll})/gu, (m: string, head: string, tail: string, at: number) =>
          SURNAME_PREFIX.test(head) && !/\p{L}/u.test(text.charAt(at - 1)) ? m : `${head}|${tail}`,
        )
        .replace(/(\p{Ll}{2})(\p{Lu}{3})/gu, '$1|$2');
    // One credit in Latin letters with its reading in kana after a slash ("NeoL／ネオエル"):
    // one name written twice, not two people.
    text = text.replace(NAME_WITH_READING, '$1');
    // Co-authors in brackets: "Martin Untersinger (avec Damien Leloup et Morgane Tual)".
    text = text.replace(WITH_BRACKETS, ', $1');
    // Anything else in brackets is a place or a role: "Claire Moreau (Marseille, correspondante)".
    text = text.replace(BRACKETED, '');
    // A name written surname first, as catalogues do: "Gillman, Steve", "Doe, Jane A.", and
    // lists of them: "Gillman, Steve; Doe, Jane".
    if (!ORG.test(text)) text = turnedRound(text);
    else text = turnedBeforeOutlet(text);
    const rawParts: Part[] = [];
    for (const chunk of text.split(LIST_SEPARATORS)) {
      // "Por Ana Lima, Harbour Post SP — São Paulo": after a name, the site's name (with its
      // region's word) and the place after its dash are where the writer works, no names.
      if (rawParts.length && outlet && isOutletChunk(chunk, outlet)) continue;
      // "News and Features Desk": a desk's name that holds an "and" is one credit, not
      // names joined by it.
      if (isDeskName(chunk)) {
        // "From staff and wire reports": the credit without its "From".
        rawParts.push({ part: chunk.trim().replace(/^from\s/iu, ''), joined: false, roled: false });
        continue;
      }
      const chunkParts: Part[] = [];
      for (const [k, p] of chunk.split(SEPARATORS).entries()) {
        // "A, B, and C": the list's last comma leaves its "and".
        // "Words: Ana Lima · Pictures: Tom Ortega": the writer's label goes; a part labelled
        // as another credit (the pictures, the editing) is no author.
        if (OTHER_CREDIT_LABEL.test(p)) continue;
        let part = p.replace(PREFIX, '').replace(WRITER_LABEL, '');
        const joined = k > 0 || LEADING_CONNECTOR.test(part);
        part = part.replace(LEADING_CONNECTOR, '');
        // "Senior Reporter Ana Lima", "Ana Lima Staff Writer": the role goes.
        const written = part;
        part = withoutRole(withoutLeadingRole(part), siteWords);
        // "Ana Lima, Harbour Screen Contributor": a part that held a role (the role gone).
        const roled = part !== written;
        // "By Ana Lima for The Harbour News", "Meg Wagner New York Daily News": the outlet goes.
        if (credited) part = withoutOutlet(part);
        part = withoutSite(withoutSpecialTo(part), outlet);
        // "ANA LIMA Associated Press": a name in capitals, then an outlet.
        part = withoutTitleCaseOutlet(part, (tail) => ORG.test(tail) || squash(tail).replace(/^the /u, '') === outlet);
        // "Ana Lima USA TODAY": a name, then an outlet in capitals.
        part = withoutShoutedOutlet(part, (tail) => ORG.test(tail) || squash(tail).replace(/^the /u, '') === outlet);
        // "Michael Larabel in Valve": an author "in" a section or place.
        part = withoutStrayEnds(part).replace(IN_PLACE, '$1');
        if (part) chunkParts.push({ part, joined, roled });
      }
      // "The Russian and Syrian defense ministries": a phrase that holds an "and" is one
      // phrase, not names joined by it ("The Russian" is no one).
      if (chunkParts.length > 1 && chunkParts.some((q) => /^\p{Lu}/u.test(q.part) && isPhrase(q.part))) continue;
      rawParts.push(...chunkParts);
    }
    parts.push(...withoutEmployer(withoutTranslators(rawParts)));
  }
  const labels: string[] = [];
  let names = parts
    .filter((p) => {
      if (LONE_LABEL.test(p)) labels.push(p);
      if (p.length < 2 || p.length > 60) return false;
      if (/[@\d]|https?:|www\./iu.test(p) || DOMAIN.test(p)) return false;
      if (FURNITURE.test(p)) return false;
      if (site && squash(p) === site) return false;
      if (p.split(/\s+/u).length > 5) return false;
      if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/iu.test(p)) return false;
      // A section's name in the byline's place ("Opinion", "Analysis") is no one.
      if (SECTIONS.has(p.toLowerCase())) return false;
      // A degree after the name ("Ana Lima, PhD") is no one.
      if (CREDENTIAL.test(p)) return false;
      // A lone lower-case word is a handle ("mikecason"), not a name.
      if (!context.allowHandles && /^[\p{Ll}._-]+$/u.test(p) && !LOWER_CASE_AGENCY.test(p)) return false;
      if (isPhrase(p) || /^(?:the|a|an|this|that|our|my|his|her|their|its|we|you)\s/u.test(p)) return false;
      return /\p{L}/u.test(p);
    })
    .map((n) => unshout(n, context.siteText));
  // A role after a name ("Andrew Husband, Culture Writer", "PhD Candidate") goes; alone it may be a name ("Ann Writer").
  const roles = names.filter(isRole);
  if (roles.length && roles.length < names.length) names = names.filter((n) => !isRole(n));
  // Organisations next to people ("CBC News", "Washington Post") go; alone they stay. A
  // label alone ("By Editor", "STAFF") is the credit the page gives.
  // The site's name without its article ("Kyle Brandt" then "Lakeshore Sentinel" on The
  // Lakeshore Sentinel) is the outlet too.
  let people = names.filter(
    (n) => !ORG.test(n) && !/^\p{Lu}{2,5}$/u.test(n) && (!outlet || squash(n).replace(/^the /u, '') !== outlet),
  );
  // A newsroom's label beside a person ("Ana Lima, Harbour Screen Staff") is where the person
  // works, not a co-author; alone it is the credit.
  if (people.some((n) => !STAFF_LABEL.test(n))) people = people.filter((n) => !STAFF_LABEL.test(n));
  // One word beside full names is a place ("Anna Schmidt, Berlin"), not a co-author; so is a
  // well-known place of more words ("Jasjeev Gandhiok, New Delhi", "Ana Lima, Hong Kong").
  if (people.some((n) => n.includes(' ') && !isPlace(n)) && !people.some((n) => CJK.test(n)))
    people = people.filter((n) => n.includes(' ') && !isPlace(n));
  const kept = people.length ? people : names.length ? names : labels.map((n) => unshout(n, context.siteText));
  const seen = new Set<string>();
  return kept.filter((n) => {
    const k = squash(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A well-known place's name (the project's word list: "New Delhi", "Los Angeles"). */
const isPlace = (name: string): boolean => PLACES.has(name.toLowerCase());

/** A dash between a credit's outlet and its place ("Harbour Post SP — São Paulo"). */
const OUTLET_DASH = / [-–—] /u;
/** The one word a site's name may carry after it in a credit: its region or edition ("SP", "Rio"). */
const EDITION_WORD = /^[\p{L}\p{N}]{1,12}$/u;

/**
 * A part of a byline that is the site's own name, alone or followed by one word (its region,
 * its edition: "g1 SP", "Harbour Post Rio"), perhaps then a dash and a place.
 */
function isOutletChunk(chunk: string, outlet: string): boolean {
  const head = squash(chunk.split(OUTLET_DASH)[0] ?? '').replace(/^the /u, '');
  if (head === outlet) return true;
  return head.startsWith(`${outlet} `) && EDITION_WORD.test(head.slice(outlet.length + 1));
}

/** A credit of two parts joined by one "and" (or its like): one word, then one to three. */
const JOINED_PAIR = /^ ?(\p{Lu}[\p{L}'’-]*) (?:and|et|und|y|&) ([\p{L}'’-]+(?: [\p{L}'’-]+){0,2}) ?$/u;
/**
 * The newsroom and the agencies credited together ("Staff and agencies", "Times staff and wire
 * services", "From staff and wire reports"): one credit, not a list of names.
 */
const STAFF_AND_WIRES =
  /^ ?(?:from )?(?:[\p{L}'’-]+ ){0,2}staff (?:and|&) (?:agencies|wires?|wire (?:reports|services)|news services|agency reports) ?$/iu;
/** A newsroom's word ending a desk's name ("Features Desk", "Culture Team"). */
const DESK_END = /\b(?:desk|team|staff|bureau|unit|newsroom)$/iu;

/**
 * A desk's name that holds an "and", which is no list of names: one word before the "and"
 * and a newsroom's word at the end ("News and Features Desk", "Science and health team");
 * not a given name joined to the staff ("Jane and staff").
 */
function isDeskName(chunk: string): boolean {
  if (STAFF_AND_WIRES.test(chunk)) return true;
  const m = JOINED_PAIR.exec(chunk);
  if (!m?.[1] || !m[2] || !DESK_END.test(m[2]) || !m[2].includes(' ')) return false;
  const given = m[1].toLowerCase();
  return !FEMALE_NAMES.has(given) && !MALE_NAMES.has(given);
}

/** A part of a byline: joined to the one before by "and" (or its like), and cut from a role. */
interface Part {
  part: string;
  joined: boolean;
  roled: boolean;
}

/**
 * "Ana Lima, Senior Entertainment Reporter, Harbour Screen": the part listed right after a
 * role is where the role is held (an outlet, a desk), not a co-author; unless "and" joins it
 * or a role of its own follows it ("Ana Lima, Senior Reporter, Tom Ortega, Staff Writer").
 * "Ana Lima, Harbour Screen Contributor": a role at an outlet listed after a name without
 * one is that name's role, not a co-author written with a role ("Ana Lima Staff Writer, Tom
 * Ortega Staff Writer"). A part that opens with a given name is a co-author, not an employer
 * ("Ana Lima | Political correspondent | Tomás Ó Briain | Reporting from Birmingham").
 */
function withoutEmployer(parts: readonly Part[]): string[] {
  return parts
    .filter(({ part, joined, roled }, i) => {
      const before = parts[i - 1];
      if (i === 0 || joined || !before) return true;
      if (roled) return before.roled || isRole(before.part);
      if (isRole(part) || !isRole(before.part)) return true;
      const next = parts[i + 1];
      // "Ana Lima | Local government correspondent | Tomás Ó Briain": a given name opens a person's name.
      return (next !== undefined && isRole(next.part)) || opensWithGivenName(part);
    })
    .map(({ part }) => part);
}

/** A translator's role, as a part of its own after the name ("Ana Lima, Translator") or in brackets. */
const TRANSLATOR_ROLE = /^\(?(?:translator|interpreter|translation|trans\.)\)?$/iu;
const TRANSLATOR_AFTER = / \((?:translator|interpreter|translation|trans\.)\)$/iu;

/**
 * A translated piece's translator is no author, like an editor: a part that is the translator's
 * role goes with the name before it ("Maria Souza, Reporter; Ana Lima, Translator"), and so does
 * a name with the role in brackets after it ("Ana Lima (translator)").
 */
function withoutTranslators(parts: readonly Part[]): Part[] {
  const kept: Part[] = [];
  for (const p of parts) {
    if (TRANSLATOR_ROLE.test(p.part)) kept.pop();
    else if (!TRANSLATOR_AFTER.test(p.part)) kept.push(p);
  }
  return kept;
}

/** Whether a part's first word is a given name ("Tomás Ó Briain"), the accents aside. */
function opensWithGivenName(part: string): boolean {
  const first = (part.split(' ')[0] ?? '').toLowerCase();
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  return FEMALE_NAMES.has(first) || MALE_NAMES.has(first) || FEMALE_NAMES.has(plain) || MALE_NAMES.has(plain);
}

/** A role: a newsroom's noun ending it ("Culture Writer"), or an academic's opening it ("Professor of Marine Biology"). */
const isRole = (part: string): boolean => ROLE_END.test(part) || ACADEMIC_ROLE.test(part) || REPORTING_FROM.test(part);

/** Where a contributor reports from, on the line under their name ("Reporting from Birmingham"). */
const REPORTING_FROM = /^reporting from\s/iu;

/** An academic's or a researcher's post, written before its field ("Senior Lecturer in Law", "PhD Candidate"). */
const ACADEMIC_ROLE =
  /^(?:(?:senior|principal|associate|assistant|adjunct|visiting|emeritus|distinguished|research|postdoctoral|doctoral|phd)\s){0,2}(?:professor|lecturer|fellow|researcher|scientist|candidate|student)\b/iu;

/**
 * A sentence after the name that credits a contributor ("Ana Lima. Tom Ortega contributed
 * reporting.", "Ana Lima; Contributing: Tom Ortega"): from its stop to the end; not a role
 * ("Ana M. Lima, Contributing Writer"). Bounded: at most 120 characters before the verb.
 */
/**
 * A credit for the pictures (or the translation) after a stop or a space: "… Photos by", "…; Video:", "…
 * Pictures:", "…. Translated by". Its word is capitalised (it opens its sentence or its label). The text's white
 * space is single spaces where it is looked for.
 */
const PICTURES_LABEL =
  /(?: ?[.;] | )(?:[Pp]ictures?|[Pp]hotos?|[Pp]hotographs?|[Pp]hotography|[Ii]mages?|[Ii]llustrations?|[Vv]ideo|[Gg]raphics|PHOTOS?|PICTURES?|[Tt]ranslated|[Tt]ranslation|[Tt]ranslator)(?: ?[:：]| by )/u;

/**
 * A byline without the credit for the pictures after the writer's name ("Ana Lima. Photos by
 * Tom Ortega", "ANA LIMA; Video: Tom Ortega", "Words: Ana Lima Pictures: Tom Ortega"): from
 * the credit to the end. Only after a name (a capitalised word, or a bracket closing a
 * role): "Words and pictures by …" credits one person for both.
 */
function withoutPicturesCredit(text: string): string {
  const m = PICTURES_LABEL.exec(text);
  if (!m || m.index === 0) return text;
  const before = text.slice(0, m.index);
  const last = before.slice(before.lastIndexOf(' ') + 1);
  return last.endsWith(')') || (last.length >= 2 && /^\p{Lu}/u.test(last)) ? before : text;
}

/** One person credited for the words and the pictures: "Words and pictures by", "Text and photos:". */
const WORDS_AND_PICTURES =
  /^\s*(?:words|text|story) (?:and|&) (?:pictures|photos|photographs|photography|images)(?: by)?\s?[:：]?\s*/iu;

const CONTRIBUTOR_SENTENCE =
  /(?<=\p{Ll}{2}|\))\s*[.;]\s+(?=\p{Lu})[^.;]{0,120}?(?:(?<![\p{L}])contribut(?:ed|es)(?![\p{L}])|Contribut(?:ing|ors?)\s*:)[^]*$/u;

/**
 * Contributors credited after the writer: "…, with reporting by", "…; additional reporting by",
 * "… with additional reporting from", "… with translation by" (a translator is no author). Only after a name (a letter, a stop or a bracket before
 * it): a byline that opens with "Reporting by" names its writers.
 */
const WITH_REPORTING = /[,;]? (?:with (?:additional )?|additional )(?:reporting|translation) (?:by|from) /iu;
/** The character a contributors' credit or a bio follows: the name's last letter (or a stop, a bracket). */
const AFTER_NAME = /[\p{L}.)]/u;
const AFTER_LETTER = /\p{L}/u;

/**
 * `text` up to where `pattern` first matches after a character `before` accepts (the whole
 * text when it does not): a cut at a match, with no pattern that runs to the end from every
 * place it starts.
 */
function beforeMatch(text: string, pattern: RegExp, before: RegExp): string {
  const m = pattern.exec(text);
  return m && m.index > 0 && before.test(text.charAt(m.index - 1)) ? text.slice(0, m.index) : text;
}

/**
 * A bio after the name, as an appositive in small letters: ", a news writer who covers …", ",
 * an editor at large for …", ", the paper's chief critic". Not ", The Harbour Post" (capitals:
 * an outlet, read elsewhere).
 */
const APPOSITIVE_BIO = / ?, (?:a|an|the) \p{Ll}/u;

/** Text that may be in a name written without spaces ("後藤大地"). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Brackets after a name that hold no co-authors ("(Marseille, correspondante)"); those
 * inside a name stay ("Richard (R.J.) Eskow"), and so does a handle ("史蒂文的家_藍天 (stevenhgm)").
 */
const BRACKETED = /\s?\((?![\p{Ll}\d_.]{1,40}\))[^()]{1,80}\)(?=$|\s?[,;|·]|\s(?:and|et|y|und|e)\s)/gu;

/** A writer's label before the name in a part of a byline ("Words: Ana Lima", "Text: …"). */
const WRITER_LABEL =
  /^(?:words|text|story|authors?|writers?|reporting|reporters?|contributors?|columnists?|correspondents?)\s?[:：]\s?(?=\p{Lu})/iu;
/** A label crediting the pictures, the design or the editing ("Pictures: Tom Ortega"). */
const OTHER_CREDIT_LABEL =
  /^(?:pictures?|photos?|photographs?|photography|images?|illustrations?|video|graphics|design|editing|edited|editor|production|translation|translator|translated by)\s?[:：]/iu;

/** A connector left at the start of a part ("and Sara Diaz" after "A, B, and Sara Diaz"). */
const LEADING_CONNECTOR = /^(?:and|und|et|y|e|with|&)\s/u;

/** News agencies that write their credit in lower case ("dpa"). */
const LOWER_CASE_AGENCY = /^(?:dpa|epd|kna|apa|sda|ats|ansa|afp|ddp)$/u;

/**
 * Degrees, licences and titles written after a name ("Rachael Link, MS, RD", "Ana Lima,
 * PharmD, CDCES"): on their own they are no one.
 */
const CREDENTIAL =
  /^(?:ph\.? ?d|m\.?d|d\.?o|r\.?n|mba|msc|bsc|m\.?a|b\.?a|m\.?s|b\.?s|dds|mph|esq|cpa|facs|frcp|rdn?|ldn?|cdces|cde|cpt|cscs|np|fnp|aprn|lcsw|lpc|psyd|pharmd|dpt|drph|rph|ibclc|mfa|dvm)\.?$/iu;

/** "@handle", or the "@host" of an address (its user part then reads as a handle and goes). */
const HANDLE = /@[\p{L}\p{N}_.-]+/gu;

/**
 * "Surname, Given" alone in a byline (or in a part between semicolons): two single
 * capitalised words, either perhaps in capitals ("GILLMAN, Steve", "GILLMAN, STEVE"), the
 * given name perhaps with an initial.
 */
const SURNAME_FIRST =
  /^(\p{Lu}(?:\p{Ll}|\p{Lu}{2})[\p{L}'’-]*), (\p{Lu}(?:\p{Ll}|\p{Lu}{2})[\p{L}'’-]*(?: \p{Lu}\.)?|\p{Lu}\.(?: ?\p{Lu}\.)?)$/u;

/**
 * "Gillman, Steve, Reuters", "LIMA, ANA, Harbour News": a name surname first, then its
 * outlet (turned round, the outlet kept), when the given name is a known first name
 * ("Smith, Jones, Reuters" lists two surnames).
 */
function turnedBeforeOutlet(text: string): string {
  const cut = text.lastIndexOf(', ');
  if (cut <= 0) return text;
  const name = text.slice(0, cut);
  const tail = text.slice(cut + 2);
  const given = SURNAME_FIRST.exec(name)?.[2]?.split(' ')[0]?.toLowerCase() ?? '';
  return ORG.test(tail) && !ORG.test(name) && (FEMALE_NAMES.has(given) || MALE_NAMES.has(given))
    ? `${turn(name)}, ${tail}`
    : text;
}

/** A name surname first turned round ("GILLMAN, Steve", "GILLMAN, STEVE" -> "Steve Gillman", "Lima, A." -> "A. Lima"); anything else as it is. */
const turn = (piece: string): string =>
  piece.replace(
    SURNAME_FIRST,
    (_all, last: string, given: string) => `${given.split(' ').map(unshoutWord).join(' ')} ${unshoutWord(last)}`,
  );

/**
 * Names written surname first, alone or in a list: "Gillman, Steve; Doe, Jane", and joined
 * by "and" when every one of them is written so ("Gillman, Steve and Doe, Jane").
 */
function turnedRound(text: string): string {
  const joined = text.split(/ (?:and|&) /u);
  if (joined.length > 1 && joined.every((p) => SURNAME_FIRST.test(p))) return joined.map(turn).join('; ');
  return text.split(/ ?; ?/u).map(turn).join('; ');
}

/** "(with A and B)" after a name, in the languages of the bylines read. */
const WITH_BRACKETS = / ?\((?:with|avec|mit|con|met|com) ([^()]{3,120})\)/iu;

/**
 * A phrase rather than a name: three words or more, some of them in lower case
 * ("Industry moves this week", "adding missing items") or words no name holds, capitalised
 * as a section's label is ("Industry Moves This Week", "Notes From The Field"). In a name,
 * lower-case words are particles ("Jan van der Berg"); a two-word name may be written in
 * lower case ("cindy mangomini").
 */
function isPhrase(p: string): boolean {
  const words = p.split(' ');
  // A newsroom's label holds its outlet's name ("The Week Staff"): a label, not a phrase.
  if (words.length < 2 || STAFF_LABEL.test(p)) return false;
  // Two words: only a label's ("This Week", "Your Money").
  if (words.length === 2) return words.some((w) => LABEL_WORDS.has(w.toLowerCase()));
  return words.some((w, i) => {
    const folded = w.toLowerCase();
    // "The" opens an outlet's name ("The Associated Press"); inside a name it is a label's.
    if (PHRASE_WORDS.has(folded) && (i > 0 || folded !== 'the')) return true;
    return i > 0 && /^\p{Ll}/u.test(w) && !PARTICLES.has(folded.split(/[-'’]/u)[0] ?? '');
  });
}

/** Words of a label, which no two-word name holds ("This Week", "Your Money"); not an outlet's ("USA Today"). */
const LABEL_WORDS = new Set('this these those your our'.split(' '));

/**
 * Words of a label's phrase that are in no person's name: determiners, pronouns, question
 * words and prepositions ("Industry Moves This Week", "From The Field"); not an outlet's
 * ("Harbour Daily News", "The Harbour Today").
 */
const PHRASE_WORDS = new Set(
  (
    'this that these those your our their what how why when where here there now is are was were every ' +
    'about from into of for with the'
  ).split(' '),
);

/**
 * A name written in capitals ("JERUSALEM POST STAFF") as a reader would write it; acronyms
 * stay, and a domain is written as the site writes it ("By JPOST.COM STAFF" under
 * og:site_name "The Jerusalem Post | JPost.com": "JPost.com Staff"), else as the byline does.
 */
function unshout(name: string, siteText?: string | null): string {
  if (/\p{Ll}/u.test(name) || !name.includes(' ')) return name;
  return name
    .split(' ')
    .map((w) => (DOMAIN.test(w) ? (siteSpelling(w, siteText) ?? w) : unshoutWord(w)))
    .join(' ');
}

/** How the site's own text (its og:site_name, its host) writes a word, whatever its case. */
function siteSpelling(word: string, siteText?: string | null): string | null {
  if (!siteText) return null;
  const at = siteText.toLowerCase().indexOf(word.toLowerCase());
  return at < 0 ? null : siteText.slice(at, at + word.length);
}

/** A word in capitals as a name writes it ("GILLMAN" -> "Gillman"); short words and acronyms ("BBC") stay. */
function unshoutWord(w: string): string {
  return w.length <= 2 || !/[AEIOUY]/u.test(w) || /\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase();
}

/** A connector left at the end of a byline once its count is gone ("Ana Lima, Tom Ortega and 2 more"). */
const DANGLING_CONNECTOR = /(?:,|\s(?:and|&|und|et|y))$/iu;
/** A button written after the names ("Follow", "Follow on X", "View bio"). */
const TRAILING_BUTTON = /(?<=\p{Ll})\s(?:follow(?: on [\p{L}]{1,12})?|view (?:bio|profile)|bio|contact)$/iu;

/** A separator left at the end of a byline once its date is gone ("Ana Lima -", "Ana Lima |"). */
const DANGLING_SEPARATOR = /\s[-–—|·•]$/u;

/** The words of a text without those that are e-mail addresses ("mcason@al.com"). */
function withoutAddresses(text: string): string {
  return text
    .split(/\s+/u)
    .filter((w) => {
      const at = w.indexOf('@');
      return !(at > 0 && w.indexOf('.', at) > at + 1);
    })
    .join(' ');
}

/** Words of a newsroom's label that a CMS account glues to others ("webstaff", "kwch-editor"). */
const ACCOUNT_TAIL = /(?<=\p{L})[-_.]?(?:staff|editor|desk|team|web)$/iu;
/** Words a CMS account's name opens with, in lower case ("webnata", "newsdesk1", "site-editor"). */
const ACCOUNT_HEAD = /^(?:web|news|site)[-_.]?\p{Ll}/u;
/** Four consonants running in a word written in capitals: a call sign run into initials ("KWCHCIK"). */
const CONSONANT_RUN = /[B-DF-HJ-NP-TV-Z]{4}/u;
/** Least letters of a word in capitals read as a call sign's account ("KWCH" alone may be the station). */
const MIN_CALL_SIGN_ACCOUNT = 5;

/**
 * Whether a one-word credit is a CMS account rather than a person or a newsroom: an account
 * word glued to others ("jdadmin", "newsadmin", "web-staff", "siteeditor"), a lower-case name
 * opening with the site's ("webnata"), a station's call sign run into initials ("KWCHCIK").
 * A label alone ("admin", "Staff", "Editor") is the newsroom's credit, not an account's.
 */
export function isAccountName(p: string): boolean {
  if (p.includes(' ') || LONE_LABEL.test(p)) return false;
  if (ACCOUNT_HEAD.test(p) || ACCOUNT_TAIL.test(p)) return true;
  return p.length >= MIN_CALL_SIGN_ACCOUNT && !/\P{Lu}/u.test(p) && CONSONANT_RUN.test(p);
}

/** Whether a credit is a CMS account's label alone ("admin", "Administrator", "webmaster"). */
export function isAccountLabel(name: string): boolean {
  return /^(?:admin|administrator|webmaster)$/iu.test(name.trim());
}

/** Whether a name is a newsroom label ("Us Weekly Staff") rather than a person. */
export function isStaffLabel(name: string): boolean {
  return STAFF_LABEL.test(name);
}

/** Whether a value (from a meta tag) names an organisation rather than a person. */
/** The separators before a site's address closing a credit ("Zone Justice - ICI.Radio-Canada.ca"). */
const SITE_SUFFIX_SEPARATORS = [' - ', ' | ', ' – ', ' — '];

/**
 * Whether a credit ends in a site's address after a separator ("Zone Justice et faits divers -
 * ICI.Radio-Canada.ca"): the site crediting one of its desks, not a person's name.
 */
export function isSiteCredit(name: string): boolean {
  const value = name.trim();
  for (const sep of SITE_SUFFIX_SEPARATORS) {
    const at = value.lastIndexOf(sep);
    if (at > 0 && DOMAIN.test(value.slice(at + sep.length).trim())) return true;
  }
  return false;
}

export function isOrganisation(name: string, context: NameContext = {}): boolean {
  const site = context.siteName ? squash(context.siteName) : null;
  return ORG.test(name) || (site !== null && (squash(name) === site || site.includes(squash(name))));
}
