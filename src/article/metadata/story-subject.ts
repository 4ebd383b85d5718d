/**
 * The people a story is about, as its opening paragraph names them: a person given a title
 * ("President Donald Trump", "Prime Minister Ana Lima", "Mr. Ortega") or said to speak
 * ("Ana Lima said on Monday"). A byline naming one of them alone ("By Donald Trump" on an
 * agency story about him) names the story's subject, not its author. A writer the lead
 * introduces ("Ana Lima reports on …") is neither titled nor speaking, and stays an author.
 */

/** A title or an office written before a name. */
const TITLED =
  /(?<![\p{L}\p{N}])(?:President|Vice President|Prime Minister|Minister|Secretary|Chancellor|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|General|Gen\.|Speaker|Chairman|Chairwoman|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame) ((?:\p{Lu}[\p{L}'’-]*\.? ){0,2}\p{Lu}[\p{L}'’-]+)/gu;

/** A verb of speech after a word (and perhaps a comma): "Ana Lima said", "Lima, said". */
const SPEECH = /(?<=[\p{L}.'’-]),? (?:said|says|told|announced|tweeted)(?![\p{L}\p{N}])/gu;
/** A word of a name: capitalised, perhaps an initial ("J."). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
/** Words of a name read before a verb of speech, at most. */
const MAX_NAME_WORDS = 3;
/** Characters before a verb of speech looked at for the name. */
const NAME_WINDOW = 60;

/** The capitalised words (up to three) that end `before`: the name a verb of speech follows. */
function speaker(before: string): string | null {
  const words = before.slice(-NAME_WINDOW).split(' ');
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < MAX_NAME_WORDS; i--) {
    const w = words[i] ?? '';
    if (!NAME_WORD.test(w)) break;
    name.unshift(w);
  }
  return name.length ? name.join(' ') : null;
}

/** Shortest text after the headline taken for the story's opening paragraph (a byline or a date is shorter). */
const MIN_LEAD_CHARS = 80;
/** Characters of the opening paragraph read. */
const MAX_LEAD_CHARS = 400;
/** Names read from it, at most. */
const MAX_NAMES = 8;

/** The names the story's opening paragraph gives a title or has speak, joined by spaces ('' when none). */
export function leadSubjects(afterHeadline: readonly string[]): string {
  const lead = afterHeadline.find((t) => t.length >= MIN_LEAD_CHARS)?.slice(0, MAX_LEAD_CHARS);
  if (!lead) return '';
  const names: string[] = [];
  for (const m of lead.matchAll(TITLED)) if (m[1]) names.push(m[1]);
  for (const m of lead.matchAll(SPEECH)) {
    const name = speaker(lead.slice(0, m.index));
    if (name) names.push(name);
  }
  return names.slice(0, MAX_NAMES).join(' ');
}
