/**
 * What the Spanish and Dutch models read in their own language, where the English model
 * reads English (word.ts's sets, document.ts's clue words): the lower-case words that link
 * the parts of a name, and the words of a sports story, where a place's name is often its
 * club ("el Barcelona", "Recoba (Mérida)"). The English model has none of these (`cuesOf`
 * gives null), so its features and its reading stay as they were trained.
 *
 * The sets were chosen from CoNLL-2002 train: a lower-case word between capitalised words is
 * a link when the names of the training text often go on through it (Spanish "de" 1,941
 * times inside a name, 221 after one; Dutch "in": 5 inside, 147 after, so not a link).
 */
export interface LanguageCues {
  /** Lower-case words inside people's names ("Andrés de la Oliva", "Frank de Boer"). */
  readonly particles: ReadonlySet<string>;
  /** Lower-case words inside other names ("Ministerio de Agricultura", "Partij voor de Vrijheid"). */
  readonly links: ReadonlySet<string>;
  /** Links that may sit inside a capitalised run, one or two in a row ("Congreso de los Diputados"). */
  readonly runLinks: ReadonlySet<string>;
  /** Words of sports stories (lower-case). */
  readonly sport: ReadonlySet<string>;
  /** Articles that name a club rather than its town ("el Barcelona", "del Madrid"). */
  readonly clubArticles: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** Particles and links that names in any of these languages borrow from others ("Bank of America"). */
const FOREIGN_PARTICLES = 'da di do dos das du des le la von van der den del della al bin ibn';
const FOREIGN_LINKS = 'of and & for the on at to';

/**
 * The Dutch cues (not in use): with them the Dutch model scored 0.7770-0.7832 on CoNLL-2002
 * dev against 0.7845 with English's link words and no sports features, so it keeps those.
 */
export const DUTCH_CUES: LanguageCues = {
  particles: set(`van de der den des 't ter ten ${FOREIGN_PARTICLES}`),
  links: set(`van de der den des 't ter ten voor en aan ${FOREIGN_PARTICLES} ${FOREIGN_LINKS}`),
  runLinks: set("van de der den des 't ter ten voor da di du von la le del & of the for"),
  sport: set(
    'ploeg ploegen wedstrijd wedstrijden doelpunt doelpunten competitie speler spelers trainer match matchen ' +
      'seizoen kampioen kampioenschap scoorde gelijkspel minuut minuten rust etappe renner renners wielrenner ' +
      'coureur finale voetbal doelman spits keeper elftal supporters stadion toernooi zege nederlaag punten ' +
      'klassement kwartfinale halve tennis set sets goal goals speeldag eersteklasser degradatie titelverdediger ' +
      'bekerfinale beker uitwedstrijd thuiswedstrijd voetballer voetballers aanvaller middenvelder verdediger',
  ),
  clubArticles: set(''),
};

const CUES: Record<string, LanguageCues> = {
  es: {
    particles: set(`de del la las los ${FOREIGN_PARTICLES}`),
    links: set(`de del la las los el para por en sobre con contra sin y e ${FOREIGN_PARTICLES} ${FOREIGN_LINKS}`),
    runLinks: set('de del la las los el da do dos di du van von der & of the for'),
    sport: set(
      'gol goles goleó golear goleador liga jugador jugadores entrenador equipo equipos temporada campeonato copa ' +
        'jornada árbitro empate empató victoria derrota minuto minutos clasificación puntos encuentro delantero ' +
        'delanteros portero fichaje club clubes estadio selección torneo campeón campeones marcador triunfo venció ' +
        'derrotó plantilla centrocampista balón penalti penalty amonestación expulsión tarjeta afición conjunto ' +
        'canasta canastas triples rebotes baloncesto fútbol futbolista futbolistas balonmano tenis set sets ascenso ' +
        'descenso división eliminatoria semifinal semifinales visitante vestuario entrenamiento ciclista etapa ' +
        'jugó juega juegan ganó perdió empatar remontada goleada ventaja',
    ),
    clubArticles: set('el del al'),
  },
};

/** The cues of a model's language; null for English (and any language without its own). */
export const cuesOf = (lang: string | undefined): LanguageCues | null => (lang ? (CUES[lang] ?? null) : null);

/** How much of a sports story a document is, from 0 (none of its words) to 3 (many). */
export function sportLevel(lowers: Iterable<string>, cues: LanguageCues): number {
  let n = 0;
  for (const w of lowers) if (cues.sport.has(w)) n++;
  return n === 0 ? 0 : n < 3 ? 1 : n < 8 ? 2 : 3;
}
