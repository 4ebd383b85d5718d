/**
 * Issue 18's header families, second round (tests/fixtures/pages/header-families31/, see its
 * expected.json): publishers' and platforms' own templates (Gannett, Lee BLOX, Tribune, Reach,
 * News Corp Australia, Postmedia, Substack, Medium, Next.js, AMP, Yoast's @graph, Arc XP "Special
 * to", French, Italian, Portuguese and Dutch bylines) and the issue's own families (a name run into
 * the outlet, an all-caps staff credit, a site name with its domain, a person in the story named
 * "by", a column label as the author, zones other than UTC, kickers and series names); checked and
 * summed up by blind-headers.ts. Each page and its expected header were written before Lede was
 * run on it.
 */
import { blindHeaderSet } from './blind-headers';

/** Known misses, "file field". */
blindHeaderSet('header-families31', new Set<string>([]));
