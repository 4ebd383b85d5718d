/**
 * The weights of the summary's sentence score: a sentence's score is the dot product of these
 * with its feature record (features.ts). A penalty's feature is negative (-1 for a quote), so
 * every weight reads as "how much this counts".
 */
/** Weights of the sentence score, tuned on the train half of eval/gold/summaries. */
export const WEIGHTS = {
  /** Content words shared with the article (their mean frequency). */
  centrality: 1.6,
  /** Salience of the entities the sentence names (summed). */
  entities: 0.75,
  /** The opening sentences: 1/sqrt(rank). */
  position: 1.2,
  /** The first sentence of the body, the lede. */
  lede: 2,
  /**
   * The lede instead, when it is anecdotal (a scene, the writer's remark) and the nut graf after
   * it says what the story is about: the scene opens the story but does not tell it, and takes
   * no more weight than its place in the opening gives it (held-out pages, issue 16: a scene
   * kept for its place crowds out a sentence that tells the story).
   */
  anecdotalLede: 0,
  /** The sentence right after the lede in a news story (no genre of its own): it goes on telling the point. */
  afterLede: 0.5,
  /** The nut graf after an anecdotal lede: the first sentence after it that carries the headline's words. */
  nutGraf: 1,
  /** The headline's content words the sentence carries (their share). */
  headline: 1.5,
  /** Words the sentence carries (per 25 words, up to MAX_WORDS): a longer sentence tells more. */
  length: 0.6,
  number: 0.15,
  /** A date the article names. */
  date: 0.15,
  /** A sentence of a ranked list's top pick (the paragraph under "1) …"). */
  topPick: 2,
  /** The first sentence under each heading of a page of points ("3 surprising findings from our survey"): one of its points. */
  pointOpening: 1.5,
  /** A sentence of an opinion piece's last paragraph: its conclusion. */
  conclusion: 1.5,
  /** An opinion's thesis: the sentence after the lede that carries most of the headline's claim. */
  thesis: 1,
  /** Subtracted. */
  quote: 0.9,
  /** A sentence mostly inside quotation marks (more than MOSTLY_QUOTED of it) that does not open with one. */
  mostlyQuoted: 0.5,
  question: 1.0,
  pointsBack: 0.7,
  joinsBack: 0.4,
  fragment: 1.5,
  firstPerson: 0.4,
  aside: 1.0,
  /**
   * A sentence with a score and a result verb in a sports report; a verdict in a review; an
   * argument in an opinion; a figure that moved or a deal in a business story.
   */
  genreCue: 0.6,
  /** A review's verdict in so many words ("the best phone we've tested", "worth the drive"). */
  strongVerdict: 1.5,
  /** A research story's finding ("the study found", "published in the journal …"). */
  finding: 0.3,
  /**
   * A research team's own result with its figure ("Paganini and his team reported that they
   * detected 5,200 pounds of water vapor…"), in a story read as news or research.
   */
  teamFinding: 1,
  /** Added to each of the first four sentences of a business story that is not a quote on its own. */
  businessPosition: 3,
  /**
   * Subtracted: a signpost that announces what the page tells instead of telling it ("Here's a
   * look at the three most surprising results", "This post explains why").
   */
  signpost: 1.5,
  /** Subtracted: a press release's "who we are", a call to learn more, a sponsor line. */
  boilerplate: 3,
  /** Subtracted, beside `quote`: a quote on its own in a business or sports story. */
  reportQuote: 0.6,
  /** A feature's nut graf (added to nutGraf): a feature leads with a scene, and the nut graf says what it is about. */
  featureNutGraf: 1,
  /** A sentence of the opening (2nd to NUT_CUE_REACH-th) that says why the story matters ("The move comes as …"), in a feature or a news story. */
  nutCue: 0.8,
};

/** The name of a weight, and of the feature it multiplies. */
export type WeightName = keyof typeof WEIGHTS;
/** A vector of weights (the fitting script tries others). */
export type Weights = Record<WeightName, number>;
