/**
 * Issue 18's header families, third round (tests/fixtures/pages/header-families32/, see its
 * expected.json): today's templates of the large news sites (Guardian, BBC, NYT, CNN, Washington
 * Post, Reuters, AP, Bloomberg), publishers' and platforms' templates (Hearst, Condé Nast, Vox
 * Media, Ghost, Blogger, Drupal, TYPO3, Squarespace, Wix, Sitecore, Brightspot, Atex, Naviga,
 * Japanese, Korean and Indian English-language papers), live blogs, press releases on the wires,
 * wire stories republished by a local site, Spanish and German bylines and names with particles;
 * checked and summed up by blind-headers.ts. Each page and its expected header were written
 * before Lede was run on it.
 */
import { blindHeaderSet } from './blind-headers';

blindHeaderSet('header-families32', new Set<string>());
