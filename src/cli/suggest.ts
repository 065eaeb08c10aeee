/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known word closest to what was typed, when it is close enough to be a typo: a third of its
 * length at most, so `--dns-servers` finds `--dns-server` and `--frobnicate` finds nothing.
 */
export function nearest(typed: string, known: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(typed.toLowerCase(), word);
    if (!best || distance < best.distance) best = { word, distance };
  }
  if (!best) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(typed.length, best.word.length) / 3));
  if (best.distance <= limit) return best.word;
  const candidates = partialMatches(typed, known);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Known words that start with what was typed (`--env` for `--environments`), or that what was typed
 * starts with (`--export-file` for `--export`).
 */
export function partialMatches(typed: string, known: readonly string[]): string[] {
  const lower = typed.toLowerCase();
  if (lower.replace(/^-+/, '').length < 3) return [];
  return known.filter((word) => word.startsWith(lower) || lower.startsWith(`${word}-`));
}
