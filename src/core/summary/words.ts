/**
 * Words for comparing sentences: lower-case content words (function words of the common
 * article languages left out) and the share of them two texts have in common.
 */

const STOP = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your my him them us me not no so if then than there here which who whom ' +
    'what when where why how all any each more most some such can could will would should may might must do does did ' +
    'has have had said says say also just about after before over into out up down new one two its it’s ' +
    'der die das und ein eine zu den von mit sich des auf für ist im dem nicht als auch es an werden aus er hat dass ' +
    'el la los las de y en un una que por con para del se al lo su como más ' +
    'le les des et une du en que qui dans pour pas sur au il elle ne ce ' +
    'het een en van de in is dat op te zijn met voor niet aan er'
  ).split(' '),
);

/** The content words of a text, lower case, in order. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Shared words over the smaller text's words: 1 when one repeats the other. */
export function similarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}
