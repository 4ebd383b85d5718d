/**
 * Issue 18's header families, fourth round (tests/fixtures/pages/header-families34/, see its
 * expected.json): aggregators (Yahoo News, MSN), Medium, WordPress themes of small newsrooms and
 * blogs (Jannah, tagDiv Newspaper, Astra, GeneratePress, WP Recipe Maker), university, government,
 * police and NGO pages, EurekAlert and GlobeNewswire releases, magazine long-form, sports and tech
 * sites (ESPN, The Athletic, The Verge, TechCrunch, Forbes), JSON-LD, microdata and Open Graph
 * oddities, relative and European dates, titles with separators, and bylines with capitals, middle
 * dots, line breaks, 'with reporting by' and a translator; checked and summed up by
 * blind-headers.ts. Each page and its expected header were written before Lede was run on it.
 */
import { blindHeaderSet } from './blind-headers';

blindHeaderSet('header-families34', new Set<string>());
