/**
 * A programming language, a compiler or a file system is a thing, not a body
 * (eval/gold/guidelines/names.md, "Software and standards": "programming languages are MISC
 * (`JavaScript`, `C`, `C++`, `WebAssembly`, `Wasm`)", software MISC; the en-train gold marks
 * `Btrfs`, `ext4`, `Flatpak`, `Flathub` MISC). The tagger reads such names as companies from
 * their capitals ("Emscripten can emit JavaScript", "JS code"), or misses them. Issue 15, the
 * families of the train pages (the V8 blog, Phoronix, a Node.js profiling post).
 *
 * After tagging (English): a mention typed ORG, PERSON or PLACE that is one of the names below
 * is OTHER ("JS" only in a text that says "JavaScript"); a language or toolchain of the longer
 * names no mention covers is added. Names that are also words, places or people ("Java",
 * "Swift", "Ruby", "Python", "Rust", "Go") are left to the tagger. Nothing to do in a text
 * without one of the names' cue.
 */
import type { EntityMention } from '../types';
import { mapped, retype, someBlock, unchanged, withFound } from './by-block';
import { listedNamesIn } from './text-words';

/** The cheap check: one of the names' stems. */
const CUE =
  /JavaScript|TypeScript|CoffeeScript|ActionScript|WebAssembly|Wasm|Emscripten|Kotlin|Node\.js|PHP|C\+\+|Fortran|COBOL|Erlang|Clojure|Golang|Flatpak|Flathub|Btrfs|ext4/u;

/** Languages, compilers, runtimes, package formats and file systems, as written. */
const SOFTWARE = new Set([
  'JavaScript',
  'TypeScript',
  'CoffeeScript',
  'ActionScript',
  'WebAssembly',
  'Wasm',
  'Emscripten',
  'Kotlin',
  'Node.js',
  'PHP',
  'C++',
  'Fortran',
  'COBOL',
  'Erlang',
  'Clojure',
  'Golang',
  'Flatpak',
  'Flathub',
  'Btrfs',
  'ext4',
]);

/** Names the tagger misses that are added where no mention covers them. */
const ADDED = ['JavaScript', 'TypeScript', 'WebAssembly', 'Emscripten'];

/** `mentions` with languages and other software made OTHER, and the longer languages added. */
export function withSoftware(text: ReadonlyMap<number, string>, mentions: readonly EntityMention[]): EntityMention[] {
  if (!someBlock(text, CUE)) return unchanged(mentions);
  let saysJavaScript: boolean | undefined;
  const retyped = mapped(mentions, (m) => {
    if (m.type === 'OTHER') return m;
    if (SOFTWARE.has(m.text)) return retype(m, 'OTHER');
    if (m.text !== 'JS') return m;
    saysJavaScript ??= someBlock(text, /JavaScript/u);
    return saysJavaScript ? retype(m, 'OTHER') : m;
  });
  const found = [...text].flatMap(([blockId, block]) => listedNamesIn(blockId, block, ADDED, 'OTHER'));
  return withFound(retyped, found);
}
