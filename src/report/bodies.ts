import { createHash } from 'node:crypto';
import type { LockResult } from '../engine.js';
import { codeSpan } from './escape.js';
import { renderMarkdown, type StaleFile } from './markdown.js';
import { headline } from './rows.js';

/** GitHub refuses a pull request or issue body over 65536 characters; keep well below. */
export const MAX_BODY = 60_000;

/** A short fingerprint of the lock a body proposes, so an unchanged proposal is not rewritten. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The hidden marker that identifies our pull request or issue for a given lock file. The file name
 * is percent-encoded, so that no space, `key=` or `-->` in it can pass for a field or end the comment.
 */
export function marker(kind: 'pull-request' | 'issue', lockFile: string): string {
  return `<!-- vipps-ip-lock:${kind} file=${encodeURIComponent(lockFile)}`;
}

/** The marker as earlier versions wrote it, with the file name raw: still read, then rewritten. */
function legacyMarker(kind: 'pull-request' | 'issue', lockFile: string): string {
  return `<!-- vipps-ip-lock:${kind} file=${lockFile}`;
}

function markerLine(kind: 'pull-request' | 'issue', lockFile: string, fields: Record<string, string>): string {
  return `${marker(kind, lockFile)} ${Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')} -->`;
}

/**
 * Reads `key=value` from the marker in a body: only from the fields after the file name, each a
 * lower-case key and a value without spaces, up to the comment's end. Anything else reads as no marker.
 */
export function markerField(body: string, kind: 'pull-request' | 'issue', lockFile: string, key: string): string | undefined {
  for (const prefix of new Set([marker(kind, lockFile), legacyMarker(kind, lockFile)])) {
    const line = body.split('\n').find((l) => l.startsWith(`${prefix} `));
    if (line === undefined) continue;
    const rest = line.slice(prefix.length);
    if (!/^( [a-z]+=[^\s=]+)+ -->$/.test(rest)) continue;
    const fields = new Map(
      rest
        .slice(1, -4)
        .trim()
        .split(' ')
        .map((field) => field.split('=') as [string, string]),
    );
    return fields.get(key);
  }
  return undefined;
}

export function changeTitle(result: LockResult, lockFile: string): string {
  return `Update ${lockFile}: ${headline(result, lockFile).replace(/^DNS has changed: /, '')}`;
}

const REVIEW =
  '**Before merging**, allow the added addresses in your firewall: Vipps MobilePay may send callbacks from them already. Close removed addresses once this is merged. Departing addresses left DNS and stay allowed until the time shown, for callbacks still on their way.';

const list = (paths: readonly string[]) => paths.map(codeSpan).join(', ');

/**
 * `digest` fingerprints every file the proposal writes, so an unchanged proposal is left alone. GitHub shows the files: no diff here.
 * `notes` come first: what a reviewer must know before anything else.
 */
export function pullRequestBody(
  result: LockResult,
  lockFile: string,
  baseSha: string,
  digest: string,
  staleExports: readonly string[] = [],
  notes: readonly string[] = [],
): string {
  const head = markerLine('pull-request', lockFile, { base: baseSha, digest });
  const advice = [...notes, REVIEW, ...(staleExports.length ? [`This pull request also updates ${list(staleExports)} to match the new lock.`] : [])];
  return fit(head, () => renderMarkdown(result, { lockFile, advice, lock: 'none' }));
}

/**
 * Issue mode commits nothing: the body shows what to change, the lock's diff, the whole new lock
 * (to commit by hand; the next run reads its proposal back from it) and each stale firewall file's diff.
 */
export function issueBody(
  result: LockResult,
  lockFile: string,
  digest: string,
  staleFiles: readonly StaleFile[] = [],
  compareUrl?: string,
  notes: readonly string[] = [],
): string {
  const advice = [
    ...notes,
    compareUrl
      ? `GitHub does not let GitHub Actions open pull requests in this repository, so this issue tracks the change: [open the pull request](${compareUrl}) from the branch that holds it.`
      : `Allow the added addresses in your firewall and update ${codeSpan(lockFile)} as shown below. This issue closes itself once the lock on the default branch matches DNS.`,
    ...(staleFiles.length
      ? [
          `${list(staleFiles.map((f) => f.path))} ${staleFiles.length === 1 ? 'does' : 'do'} not match the lock: ${staleFiles.length === 1 ? 'its change is' : 'their changes are'} below.`,
        ]
      : []),
  ];
  const head = markerLine('issue', lockFile, { digest });
  return fit(head, (full) => renderMarkdown(result, { lockFile, advice, lock: full ? 'diff-and-file' : 'none', staleFiles: full ? staleFiles : [] }));
}

/** The body under GitHub's limit: the file changes are left out first, then the report is cut. */
function fit(head: string, render: (full: boolean) => string): string {
  const body = `${head}\n${render(true)}`;
  if (body.length <= MAX_BODY) return body;
  const short = `${head}\n${render(false)}\n_The file changes are too long to show here._\n`;
  return short.length <= MAX_BODY ? short : `${short.slice(0, MAX_BODY - 40)}\n\n_(cut: too long to show)_\n`;
}
