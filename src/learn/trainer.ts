/** One model that `npm run train` builds: read its data under `dataDir`, write its files into `modelDir`. */
export interface Trainer {
  /** Selects it on the command line (`npm run train -- --only NAME`). */
  name: string;
  train(dataDir: string, modelDir: string, log: (line: string) => void): Promise<void>;
}
