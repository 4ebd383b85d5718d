/** The public surface of the analysis core. */
export { analyse, readingTime, parseInstant, type AnalyseOptions } from './analyse';
export type { EntityRecogniser } from './entities/recogniser';
export { ModelRecogniser } from './entities/model-recogniser';
export { NerModel } from './entities/model/model';
export * from './types';
