import { NAME_LINKS, NAME_PARTICLES, RUN_LINKS } from './word';

/**
 * What the Spanish and Dutch models read in their own language, where the English model
 * reads English (word.ts's sets, document.ts's clue words): the lower-case words that link
 * the parts of a name, and the words of a sports story, where a place's name is often its
 * club ("el Barcelona", "Recoba (Mérida)"). The English model has none of these (`cuesOf`
 * gives null), so its features and its reading stay as they were trained.
 *
 * The Spanish sets were chosen from CoNLL-2002 train: a lower-case word between capitalised
 * words is a link when the names of the training text go on through it ("de" 1,941 times
 * inside a name, 221 after one; "para" 34 and 10); the Dutch model keeps English's.
 */
export interface LanguageCues {
  /** Lower-case words inside people's names ("Andrés de la Oliva", "Frank de Boer"). */
  readonly particles: ReadonlySet<string>;
  /** Lower-case words inside other names ("Ministerio de Agricultura", "Partij voor de Vrijheid"). */
  readonly links: ReadonlySet<string>;
  /** Links that may sit inside a capitalised run, one or two in a row ("Congreso de los Diputados"). */
  readonly runLinks: ReadonlySet<string>;
  /**
   * Word endings the tokens split off that stay inside the name before them: Dutch "'s"
   * ("[Hutu's]", "[India's] beroemdste boef": 66 names of CoNLL-2002 Dutch train end so,
   * one leaves it out).
   */
  readonly endings: ReadonlySet<string>;
  /** The sports-story features, or null for none (the templates' SPORT_ ones). */
  readonly sport: SportCues | null;
}

export interface SportCues {
  /** Words of sports stories (lower-case). */
  readonly words: ReadonlySet<string>;
  /** Articles that name a club rather than its town ("el Barcelona", "del Madrid"). */
  readonly clubArticles: ReadonlySet<string>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** Particles and links that names in any of these languages borrow from others ("Bank of America"). */
const FOREIGN_PARTICLES = 'da di do dos das du des le la von van der den del della al bin ibn';
const FOREIGN_LINKS = 'of and & for the on at to';

const CUES: Record<string, LanguageCues> = {
  es: {
    particles: set(`de del la las los ${FOREIGN_PARTICLES}`),
    links: set(`de del la las los el para por en sobre con contra sin y e ${FOREIGN_PARTICLES} ${FOREIGN_LINKS}`),
    runLinks: set('de del la las los el da do dos di du van von der & of the for'),
    endings: set(''),
    sport: {
      words: set(
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
  },
  /**
   * Dutch: English's link words (its own, without "in", scored 0.7879 on dev, English's
   * 0.7903), "'s" (0.7845 before), and no sports features (with them and its own links dev
   * scored 0.777-0.783).
   */
  nl: {
    particles: NAME_PARTICLES,
    links: NAME_LINKS,
    runLinks: RUN_LINKS,
    endings: set("'s ’s"),
    sport: null,
  },
};

/** The cues of a model's language; null for English (and any language without its own). */
export const cuesOf = (lang: string | undefined): LanguageCues | null => (lang ? (CUES[lang] ?? null) : null);

/** How much of a sports story a document is, from 0 (none of its words) to 3 (many). */
export function sportLevel(lowers: Iterable<string>, cues: SportCues): number {
  let n = 0;
  for (const w of lowers) if (cues.words.has(w)) n++;
  return n === 0 ? 0 : n < 3 ? 1 : n < 8 ? 2 : 3;
}
