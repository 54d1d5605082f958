import type { Lang } from '../graph/types.js';

/** One model that `npm run train` builds: read its data under `dataDir`, write its files into `modelDir`. */
export interface Trainer {
  /** Selects it on the command line (`npm run train -- --only NAME`). */
  name: string;
  /** One model file per language (`--lang` selects some). */
  train(dataDir: string, modelDir: string, langs: readonly Lang[], log: (line: string) => void): Promise<void>;
}
