/** The public surface of the analysis core. */
export { analyse, readingTime, parseInstant, type AnalyseOptions } from './analyse';
export type { EntityRecogniser } from './entities/recogniser';
export { BaselineRecogniser } from './entities/baseline-recogniser';
export * from './types';
