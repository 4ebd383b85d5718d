/**
 * Whether a page is told from the southern hemisphere, where "summer" is December to February
 * (lang-news guidelines: southern-hemisphere seasons are the season's code in the year it falls,
 * "Wild start to summer" in mid-December Brisbane `2025-SU`, "its winter recess in July" in Buenos
 * Aires `2019-WI`). Two signs together: the publication's clock is one of the southern lands'
 * (Australia and New Zealand, South Africa, the Southern Cone), and the text names their places
 * often. A page without a written offset is not read as southern.
 */
import type { Block } from '../types';

/** Places and bodies of the southern lands news writes from (whole words, as written). */
const SOUTHERN_PLACES =
  /(?<![\p{L}\p{N}])(?:Australia|Australian|Australians|Queensland|New South Wales|NSW|Victoria|Victorian|Tasmania|Brisbane|Sydney|Melbourne|Perth|Adelaide|Canberra|Hobart|Gold Coast|New Zealand|Auckland|Christchurch|Wellington|Dunedin|Otago|Waikato|Aotearoa|South Africa|South African|Johannesburg|Cape Town|Durban|Pretoria|Gauteng|KwaZulu-Natal|Eastern Cape|Western Cape|Soweto|Eskom|Argentina|Buenos Aires|Chile|Uruguay|Montevideo)(?![\p{L}\p{N}])/gu;

/** How many mentions of southern places make a page southern. */
const ENOUGH_PLACES = 2;

/** Whether an offset from UTC (minutes) is a southern land's clock. */
function southernClock(offset: number): boolean {
  // South Africa (+2), Western Australia to New Zealand's summer time (+8 … +13), Argentina and
  // Uruguay (-3).
  return offset === 120 || (offset >= 480 && offset <= 780) || offset === -180;
}

/** Whether the page's seasons are the southern hemisphere's. */
export function southernPage(blocks: readonly Block[], timezoneOffset: number | undefined): boolean {
  if (!timezoneOffset || !southernClock(timezoneOffset)) return false;
  let count = 0;
  for (const block of blocks) {
    SOUTHERN_PLACES.lastIndex = 0;
    while (SOUTHERN_PLACES.exec(block.text)) if (++count >= ENOUGH_PLACES) return true;
  }
  return false;
}

/** The option a chrono parse carries when the page is southern (read by the season parser). */
export interface HemisphereOption {
  southern?: boolean;
}

/** The northern season whose months a southern one has: summer is December to February, as a northern winter. */
export const SOUTHERN_MONTHS_OF: Record<string, string> = { SU: 'WI', FA: 'SP', WI: 'SU', SP: 'FA' };
