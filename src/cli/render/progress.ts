import type { Writable } from 'node:stream';

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/**
 * A one-line progress bar redrawn in place on a terminal; nothing at all when the stream is not
 * a TTY (pipes, CI logs), so stderr stays clean for scripts.
 */
export function progressBar(stream: Writable & { isTTY?: boolean; columns?: number }): { update(p: Progress): void; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let drawn = false;
  return {
    update({ phase, done, total }) {
      const share = total === 0 ? 1 : done / total;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
      const filled = Math.round(share * width);
      stream.write(`\r${phase.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
