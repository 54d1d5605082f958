// Entry of an extraction worker thread. Plain JavaScript: a worker does not inherit the tsx
// loader the `newsgraph` bin registers, so it registers tsx itself, then loads worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
