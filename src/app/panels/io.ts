// Bringing data in and out: the Open… button and drag-and-drop anywhere on the window, the
// extraction worker's progress bar, the message area, and the Export menu. Bound once; it asks
// main.ts for the graph on show now and hands it a new one to mount.
import { toBlob } from '@sigma/export-image';
import Graph from 'graphology';
import type { Renderer } from '../controllers/renderer.js';
import { edgeReducer, nodeReducer } from '../controllers/reducers.js';
import { createView, type View } from '../controllers/view.js';
import { defaultFilters } from '../core/filters.js';
import { button, byId, el, truncate } from '../dom.js';
import type { Loaded } from '../graph.js';
import type { InputFile } from '../io/corpus.js';
import { EXPORT_FORMATS, exportFileName, exportText, type ExportFormat, type ExportScope } from '../io/exports.js';
import { ACCEPTED, sizeProblem } from '../io/open.js';
import type { OpenedData, OpenReply, OpenRequest } from '../io/protocol.js';

export interface IoHooks {
  /** What is on show now, or null before the first mount. */
  current(): { view: View; renderer: Renderer } | null;
  /** Tears the current graph down and shows this one. */
  show(loaded: Loaded): void;
}

// ---------------------------------------------------------------- messages

type Tone = 'error' | 'notice';

function showMessage(tone: Tone, text: string, details: string[] = []): void {
  const box = byId('message');
  box.replaceChildren();
  box.dataset.tone = tone;
  const body = el('div', undefined, 'message-body');
  body.append(el('p', truncate(text, 600), 'message-text'));
  if (details.length) {
    const items = el('ul', undefined, 'message-details');
    for (const detail of details) items.append(el('li', truncate(detail, 400)));
    body.append(items);
  }
  const close = button('×', hideMessage, 'message-close');
  close.setAttribute('aria-label', 'Dismiss message');
  box.append(body, close);
  box.hidden = false;
}

const hideMessage = () => {
  const box = byId('message');
  box.hidden = true;
  box.replaceChildren();
};

// ---------------------------------------------------------------- progress

function setProgress(label: string | null, done = 0, total = 0): void {
  const panel = byId('progress');
  if (label === null) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  byId('progress-label').textContent = label;
  const bar = byId<HTMLProgressElement>('progress-bar');
  if (total > 0) {
    bar.max = total;
    bar.value = done;
  } else bar.removeAttribute('value'); // indeterminate
}

// ---------------------------------------------------------------- the opening worker

/** Parsing, validation and extraction run in a worker (src/app/workers/open.worker.ts); the page only shows progress. */
function openInWorker(files: InputFile[]): Promise<OpenedData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/open.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<OpenReply>) => {
      const message = event.data;
      if (message.kind === 'progress') setProgress(message.label, message.done, message.total);
      else {
        finish();
        resolve(message.result);
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      // A worker that runs out of memory ends without a message of its own.
      reject(new Error(event.message || 'the worker reading them stopped (out of memory?)'));
    });
    const request: OpenRequest = { files };
    worker.postMessage(request, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}

// ---------------------------------------------------------------- opening

let busy = false;

async function open(list: FileList | File[], hooks: IoHooks): Promise<void> {
  const files = [...list];
  if (busy || files.length === 0) return;
  busy = true;
  byId<HTMLButtonElement>('open-button').disabled = true;
  hideMessage();
  setProgress(`Reading ${files.length === 1 ? files[0]!.name : `${files.length} files`}…`);
  try {
    // Too big is known from the size alone: such a file is never read into memory.
    const refused: string[] = [];
    const inputs: InputFile[] = [];
    for (const file of files) {
      const tooBig = sizeProblem(file.name, file.size);
      if (tooBig) {
        refused.push(tooBig);
        continue;
      }
      try {
        inputs.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        refused.push(`${file.name}: could not be read`);
      }
    }
    if (inputs.length === 0) {
      showMessage('error', refused.length === 1 ? refused[0]! : 'Nothing could be opened.', refused.length === 1 ? [] : refused);
      return;
    }
    const result = await openInWorker(inputs);
    const problems = [...refused, ...result.problems];
    if (!result.ok) {
      showMessage('error', result.error, problems);
      return;
    }
    // Valid by now: the current graph is replaced only here.
    setProgress(`Drawing ${result.name}…`);
    const graph = Graph.from(result.graph) as Loaded['graph'];
    hooks.show({ graph, texts: new Map(result.texts.map((t) => [t.id, t])), name: result.name });
    if (problems.length) {
      showMessage('notice', `Opened ${result.name} (${graph.order} nodes); some files had problems:`, problems);
    }
  } catch (error) {
    showMessage('error', `Could not open the files: ${(error as Error).message}`);
  } finally {
    setProgress(null);
    busy = false;
    byId<HTMLButtonElement>('open-button').disabled = false;
  }
}

function bindDrop(hooks: IoHooks): void {
  const overlay = byId('drop-overlay');
  let depth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    depth = 0;
    overlay.hidden = true;
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    void open(event.dataTransfer.files, hooks);
  });
}

// ---------------------------------------------------------------- exporting

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportAs(hooks: IoHooks, scope: ExportScope, format: ExportFormat): Promise<void> {
  const current = hooks.current();
  if (!current) return;
  const { view, renderer } = current;
  try {
    if (format === 'png') {
      // The view as drawn; the whole graph through reducers with no filter, framed whole.
      const whole = scope === 'graph' ? createView(view.graph, view.texts, defaultFilters(), { budget: false }) : null;
      // export-image draws the graph its renderer holds, which is only the visible part: for the
      // whole graph it is given the renderer with the whole graph in its place.
      const source = whole ? Object.assign(Object.create(renderer) as Renderer, { getGraph: () => view.graph }) : renderer;
      const blob = await toBlob(source as never, {
        format: 'png',
        backgroundColor: '#ffffff',
        ...(whole
          ? {
              sigmaSettings: { nodeReducer: nodeReducer(whole), edgeReducer: edgeReducer(whole) } as never,
              cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
            }
          : {}),
      });
      download(blob, exportFileName(scope, format));
      return;
    }
    const file = exportText(view.graph, view.state.visible, scope, format, view.texts);
    download(new Blob([file.content], { type: `${file.type};charset=utf-8` }), file.name);
  } catch (error) {
    showMessage('error', `Export failed: ${(error as Error).message}`);
  }
}

function bindExport(hooks: IoHooks): void {
  const toggle = byId<HTMLButtonElement>('export-button');
  const menu = byId('export-menu');
  const scopes = el('fieldset', undefined, 'export-scope');
  scopes.append(el('legend', 'Export'));
  for (const [value, label] of [
    ['view', 'Current view'],
    ['graph', 'Whole graph'],
  ] as const) {
    const option = el('label');
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'export-scope';
    radio.value = value;
    radio.checked = value === 'view';
    option.append(radio, el('span', label));
    scopes.append(option);
  }
  const formats = el('div', undefined, 'export-formats');
  for (const format of EXPORT_FORMATS) {
    const b = button(format.label, () => {
      const scope = (menu.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value ?? 'view') as ExportScope;
      setOpen(false);
      void exportAs(hooks, scope, format.id);
    });
    b.dataset.format = format.id;
    b.setAttribute('role', 'menuitem');
    formats.append(b);
  }
  menu.replaceChildren(scopes, formats);

  const setOpen = (open: boolean) => {
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(menu.hidden !== false));
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !(event.target instanceof Node && (menu.contains(event.target) || toggle.contains(event.target)))) {
      setOpen(false);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) setOpen(false);
  });
}

// ---------------------------------------------------------------- binding

export function bindIo(hooks: IoHooks): void {
  const input = byId<HTMLInputElement>('open-input');
  input.accept = ACCEPTED;
  byId('open-button').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same file may be opened again
    void open(files, hooks);
  });
  bindDrop(hooks);
  bindExport(hooks);
}
