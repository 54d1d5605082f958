import { parserTrainer, posTrainer } from '../parse/trainers.js';
import type { Trainer } from './trainer.js';

/** Every model `npm run train` builds, in the order it builds them. */
export const trainers: Trainer[] = [posTrainer, parserTrainer];
