// Article extraction off the main thread: the page stays responsive and shows progress while
// the CLI's pipeline runs here (src/app/io/corpus.ts).
import { extractCorpus } from '../io/corpus.js';
import type { ExtractReply, ExtractRequest } from '../io/protocol.js';

const reply = (message: ExtractReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  try {
    let last = 0;
    const result = extractCorpus(event.data.files, (done, total) => {
      // At most about a hundred updates, however large the corpus.
      if (done === total || done === 0 || done - last >= Math.max(1, total / 100)) {
        last = done;
        reply({ kind: 'progress', done, total });
      }
    });
    reply({ kind: 'done', result });
  } catch (error) {
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
