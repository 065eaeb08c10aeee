/**
 * A unified diff (`@@ -a,b +c,d @@` hunks, `-` lines before `+` lines, `context` unchanged lines
 * around each change), as reviewers know it from `git diff`. Empty when the texts are equal.
 *
 * Lines are matched by longest common subsequence after the common head and tail are set aside:
 * a lock or a firewall file changes in a few lines, so the table stays small.
 */
export function unifiedDiff(before: string, after: string, context = 2): string {
  const a = lines(before);
  const b = lines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', text: a[k] as string });
  ops.push(...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  for (let k = a.length - tail; k < a.length; k++) ops.push({ kind: ' ', text: a[k] as string });
  return hunks(ops, context).join('\n');
}

interface Op {
  kind: ' ' | '-' | '+';
  text: string;
}

function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** The edit script between two blocks with nothing in common at either end; each change run lists `-` before `+`. */
function middle(a: string[], b: string[]): Op[] {
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let removed: Op[] = [];
  let added: Op[] = [];
  const flush = () => {
    ops.push(...removed, ...added);
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      ops.push({ kind: ' ', text: a[i] as string });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))) {
      removed.push({ kind: '-', text: a[i++] as string });
    } else {
      added.push({ kind: '+', text: b[j++] as string });
    }
  }
  flush();
  return ops;
}

function hunks(ops: Op[], context: number): string[] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, (changed[k] as number) - context);
    let end = changed[k] as number;
    // Changes closer than twice the context share one hunk.
    while (k + 1 < changed.length && (changed[k + 1] as number) - end <= 2 * context + 1) end = changed[++k] as number;
    end = Math.min(ops.length - 1, end + context);
    k++;
    const before = ops.slice(0, start);
    const slice = ops.slice(start, end + 1);
    const aStart = before.filter((op) => op.kind !== '+').length;
    const bStart = before.filter((op) => op.kind !== '-').length;
    const aCount = slice.filter((op) => op.kind !== '+').length;
    const bCount = slice.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`, ...slice.map((op) => `${op.kind}${op.text}`));
  }
  return out;
}

/** `start,count` as unified diffs number them: 1-based, and the line before an empty range. */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}
