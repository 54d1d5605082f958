/**
 * A one-line progress bar on stderr, shown only on a terminal and only once the work has
 * run long enough to be worth watching; pipes and CI logs stay clean.
 */
export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr) {
  const startedAt = Date.now();
  const enabled = Boolean(stream.isTTY) && total > 1;
  let drawn = false;
  let lastDraw = 0;
  return {
    tick(done: number) {
      if (!enabled) return;
      const now = Date.now();
      if (now - startedAt < 500 || (now - lastDraw < 100 && done < total)) return;
      lastDraw = now;
      drawn = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
