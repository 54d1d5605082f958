// Opening files off the main thread: decoding, JSON and XML parsing, validation and article
// extraction all run here, so a big file never freezes the tab and progress keeps showing.
// The page gets plain data back and builds the graph only once it is known to be valid.
import { parse as parseGexf } from 'graphology-gexf';
import { extractCorpus } from '../io/corpus.js';
import { parseXmlStrict, type GexfParse } from '../io/gexf-import.js';
import { openFiles } from '../io/open.js';
import { preloadModels } from '../../ner/model.js';
import type { OpenReply, OpenRequest } from '../io/protocol.js';

const reply = (message: OpenReply) => self.postMessage(message);

self.addEventListener('message', async (event: MessageEvent<OpenRequest>) => {
  const { files } = event.data;
  try {
    const result = await openFiles(files, {
      parseXml: parseXmlStrict,
      parseGexf: parseGexf as unknown as GexfParse,
      progress: (label) => reply({ kind: 'progress', label }),
      extract: async (articleFiles) => {
        // The name tagger's models are fetched here, once, and only when articles are opened.
        reply({ kind: 'progress', label: 'Loading the name tagger…' });
        await preloadModels();
        let last = 0;
        return extractCorpus(articleFiles, (done, total) => {
          // At most about a hundred updates, however large the corpus.
          if (done === total || done === 0 || done - last >= Math.max(1, total / 100)) {
            last = done;
            reply({ kind: 'progress', label: `Extracting articles: ${done} of ${total}`, done, total });
          }
        });
      },
    });
    if (!result.ok) {
      reply({ kind: 'done', result });
      return;
    }
    reply({ kind: 'progress', label: `Preparing ${result.loaded.name}…` });
    const { graph, texts, name } = result.loaded;
    reply({ kind: 'done', result: { ok: true, graph: graph.export(), texts: [...texts.values()], name, problems: result.problems } });
  } catch (error) {
    const names = files.map((f) => f.name).join(', ');
    reply({ kind: 'done', result: { ok: false, error: `${names}: could not be opened: ${error instanceof Error ? error.message : String(error)}`, problems: [] } });
  }
});
