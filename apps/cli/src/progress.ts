/** Where a progress bar draws: stderr, only when it is a terminal. */
export interface ProgressTarget {
  readonly write: (text: string) => void;
  readonly isTty: boolean;
  readonly columns: number;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the bar (if one was drawn). */
  finish(): void;
}

/**
 * A one-line progress bar on a terminal, drawn only once the run has lasted `delayMs` (about a second), so that
 * short runs print nothing; at most ten redraws a second. Nothing at all when the target is not a terminal.
 */
export const progressBar = (target: ProgressTarget, label: string, delayMs = 1000, now = () => Date.now()): Progress => {
  if (!target.isTty) return { update: () => undefined, finish: () => undefined };
  const start = now();
  let drawn = false;
  let last = 0;
  return {
    update: (done, total) => {
      const t = now();
      if (t - start < delayMs || (t - last < 100 && done < total)) return;
      last = t;
      const counts = ` ${done}/${total}`;
      const room = Math.max(10, Math.min(40, target.columns - label.length - counts.length - 4));
      const filled = Math.round((room * done) / Math.max(1, total));
      target.write(`\r${label} [${"█".repeat(filled)}${"·".repeat(room - filled)}]${counts}`);
      drawn = true;
    },
    finish: () => {
      if (drawn) target.write("\r\u001b[2K");
    },
  };
};
