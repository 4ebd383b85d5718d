/**
 * The numbers feature hashes are made from, by name: the id of each feature template
 * (`feature(TEMPLATE.X, ...)`, templates.ts) and the seed of each per-word hash
 * (`hashString(text, SEED.X)`, word.ts). The model file stores only the resulting hashes, so
 * these numbers are part of the model. This file imports nothing, so that the word data,
 * the document preparation and the templates can all use it.
 *
 * NEVER RENUMBER: the ids are in models/ner.bin. A changed id turns its features into
 * features the shipped model has never seen (weight 0), and nothing fails: the tagger just
 * gets worse. A new template takes an id not used below; a dropped template leaves its id
 * unused. Ids are compared as 32-bit integers (`Math.imul`, `^`), so they must be distinct
 * integers in 0..2^32-1 (tests/core/model-templates.test.ts).
 *
 * In the comments, "token" is the token tagged, "prev"/"next" the tokens one to its left
 * and right, "prev2"/"next2" two; "caps" says whether the sentence is ALL CAPS, "initial"
 * whether the token starts the sentence, "capitalised" its Title/UPPER flags.
 */
export const TEMPLATE = {
  /** Not a feature: chains the lower-case words of a capitalised run into its hash (document.ts). */
  RUN_HASH_CHAIN: 0,
  /** The bias: every token has it. */
  BIAS: 1,

  // The token itself (window position 0; see `wordFeatures`).
  /** Its text as written (in the training text's forms: straight quotes, "--"). */
  WORD: 2,
  /** Its lower-case form. */
  LOWER: 3,
  PREFIX1: 10,
  PREFIX2: 11,
  PREFIX3: 12,
  PREFIX4: 13,
  SUFFIX1: 20,
  SUFFIX2: 21,
  SUFFIX3: 22,
  SUFFIX4: 23,
  /** Its word-list bits, with capitalised. */
  GAZ_CAPITALISED: 40,
  /** Its flags (FLAG). */
  FLAGS: 45,
  /** Its word clusters, finest to coarsest; the middle one with capitalised. */
  CLUSTER1: 90,
  CLUSTER2: 91,
  CLUSTER3: 92,
  CLUSTER2_CAPITALISED: 93,

  // The words around it (window positions -2..2 other than 0).
  PREV_LOWER: 30,
  NEXT_LOWER: 31,
  PREV2_LOWER: 32,
  NEXT2_LOWER: 33,
  PREV_GAZ: 46,
  NEXT_GAZ: 47,
  PREV_CLUSTER1: 94,
  PREV_CLUSTER3: 95,
  NEXT_CLUSTER1: 96,
  NEXT_CLUSTER3: 97,
  PREV2_CLUSTER2: 98,
  NEXT2_CLUSTER2: 99,

  // Several words at once, or the token with its sentence (see `contextFeatures`).
  /** The token's shape, caps. */
  SHAPE_CAPS: 4,
  /** prev and token, lower-case. */
  PREV_LOWER_LOWER: 34,
  /** token and next, lower-case. */
  LOWER_NEXT_LOWER: 35,
  /** The shapes of prev, token and next. */
  SHAPES_AROUND: 36,
  PREV_SHAPE_SHAPE: 37,
  SHAPE_NEXT_SHAPE: 38,
  /** The token's flags, initial, caps. */
  FLAGS_INITIAL_CAPS: 39,
  /** The word-list bits of prev and next. */
  GAZ_AROUND: 41,
  /** The bits of the listed phrases covering the token, initial. */
  PHRASE_INITIAL: 42,
  /** The phrase bits of prev and of the token. */
  PREV_PHRASE_PHRASE: 43,
  /** prev is a title ("Mr"), the token is Title-case. */
  AFTER_TITLE: 44,
  /** next is an organisation word ("Inc"), the token's flags. */
  BEFORE_ORG_WORD: 48,

  // The labels chosen to the left.
  /** The label of prev alone (with `PREV_LABELS` and `BIAS`: `labelFeatures`, cached). */
  PREV_LABEL: 50,
  PREV_LABELS: 51,
  PREV_LABEL_LOWER: 52,
  PREV_LABEL_SHAPE: 53,
  PREV_LABEL_PREV_LOWER_LOWER: 54,
  PREV_LABEL_CLUSTER2: 55,

  // Document evidence: casing elsewhere (PreparedDoc.casing), the types given so far (History).
  CASING_INITIAL_CAPS: 60,
  CASING_CASE_SHAPE: 61,
  /** The type the word was given most often so far in the document. */
  PAST_TYPE: 62,
  PAST_TYPE_CAPITALISED: 63,
  PAST_TYPE_PREV_LABEL: 64,
  NEXT_PAST_TYPE: 65,

  // Where the sentence is.
  /** In a table (numbers), the shapes of token and next. */
  TABLE_SHAPES: 70,
  TABLE_PREV_LABEL_CAPITALISED: 71,
  /** The sentence's place in the document (headline, dateline, first, rest). */
  POSITION_FLAGS_CAPS: 72,

  // The document-level pass: what the first pass made of the word anywhere in the document.
  DOC_TYPE: 80,
  DOC_TYPE_CAPITALISED_CAPS: 81,
  DOC_TYPE_PREV_LABEL: 82,
  DOC_TYPES_AROUND: 83,

  // The capitalised run the token is in, with where the token stands in it (alone, first,
  // last, inside).
  RUN_LAST_LOWER: 100,
  RUN_LAST_GAZ: 101,
  RUN_LAST_CLUSTER2: 102,
  /** The word just before the run. */
  RUN_BEFORE_LOWER: 103,
  /** The word just after the run. */
  RUN_AFTER_LOWER: 104,
  RUN_LENGTH: 105,
  RUN_FIRST_LOWER: 106,
  RUN_PREV_LABEL_LAST_CLUSTER2: 107,
  /** The hash of the whole run's words, the token's index in it. */
  RUN_WORDS: 108,
  RUN_FIRST_LAST_GAZ: 109,
  RUN_AROUND_CLUSTER2: 110,
  RUN_CLUSTER2_LAST_LOWER: 111,

  // The contexts the word is seen in anywhere in the document (CLUE), in two halves.
  CLUES_LOW: 120,
  CLUES_HIGH: 121,

  // The Spanish and Dutch models only (PreparedDoc.cues; the English model has none of
  // them): how much of a sports story the document is ("sport", 0-3), with
  /** the token's word-list bits, capitalised; */
  SPORT_GAZ: 130,
  /** the token, lower-case; */
  SPORT_LOWER: 131,
  /** prev, lower-case ("del [Madrid]"); */
  SPORT_PREV_LOWER: 132,
  /** next, lower-case; */
  SPORT_NEXT_LOWER: 133,
  /** the token's clues (CLUE), capitalised; */
  SPORT_CLUES: 134,
  /** the shapes of prev, token and next ("(Xx)"); */
  SPORT_SHAPES: 135,
  /** the token's further clues (CLUE2), capitalised. */
  SPORT_CLUES2: 136,
  /**
   * The token alone in brackets ("Recoba ([Mérida])"): the label two to the left (the name
   * before the bracket), the token's place-list bits.
   */
  SPORT_BRACKETED: 137,
  /** prev, lower-case, with the token's word-list bits ("del [Getafe]" against "de [Getafe]"); */
  SPORT_PREV_LOWER_GAZ: 138,
  /** prev, lower-case, with the token's coarsest cluster; */
  SPORT_PREV_LOWER_CLUSTER3: 139,
  /** prev2 and prev, lower-case, with the token's place-list bits ("selección de [Brasil]"). */
  SPORT_PREV2_PREV_PLACE: 140,
} as const;

/**
 * Seeds of the per-word hashes (`hashString`), which the templates above combine. The same
 * rule holds: never renumber.
 */
export const SEED = {
  WORD: 1,
  LOWER: 2,
  SHAPE: 3,
  PREFIX1: 101,
  PREFIX2: 102,
  PREFIX3: 103,
  PREFIX4: 104,
  SUFFIX1: 201,
  SUFFIX2: 202,
  SUFFIX3: 203,
  SUFFIX4: 204,
} as const;
