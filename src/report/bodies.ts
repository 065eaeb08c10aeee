import { createHash } from 'node:crypto';
import type { LockResult } from '../engine.js';
import { codeBlock, codeSpan, htmlText, markdownText } from './escape.js';
import { lineDiff } from './line-diff.js';
import { renderMarkdown } from './markdown.js';
import { headline } from './rows.js';

/** GitHub refuses a pull request or issue body over 65536 characters; keep well below. */
export const MAX_BODY = 60_000;

/** A short fingerprint of the lock a body proposes, so an unchanged proposal is not rewritten. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The hidden marker that identifies our pull request or issue for a given lock file. */
export function marker(kind: 'pull-request' | 'issue', lockFile: string): string {
  return `<!-- vipps-ip-lock:${kind} file=${lockFile}`;
}

function markerLine(kind: 'pull-request' | 'issue', lockFile: string, fields: Record<string, string>): string {
  return `${marker(kind, lockFile)} ${Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')} -->`;
}

/** Reads `key=value` from the marker in a body. */
export function markerField(body: string, kind: 'pull-request' | 'issue', lockFile: string, key: string): string | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${marker(kind, lockFile)} `));
  return line && new RegExp(`\\b${key}=(\\S+)`).exec(line)?.[1];
}

export function changeTitle(result: LockResult, lockFile: string): string {
  return `Update ${lockFile}: ${headline(result, lockFile).replace(/^DNS has changed: /, '')}`;
}

const REVIEW = [
  '**Before merging**, let your firewall allow the added addresses: Vipps MobilePay may send callbacks from them already. Removed addresses can be closed once this is merged. Departing addresses left DNS and stay in the lock until their grace ends, so callbacks still in flight from an old server arrive.',
];

function exportsNote(stale: readonly string[]): string[] {
  return stale.length ? [`Firewall files brought in step with the lock: ${stale.map(codeSpan).join(', ')}.`] : [];
}

/** `digest` fingerprints every file the proposal writes, so an unchanged proposal is left alone. */
export function pullRequestBody(result: LockResult, lockFile: string, baseSha: string, digest: string, staleExports: readonly string[] = []): string {
  const head = markerLine('pull-request', lockFile, { base: baseSha, digest });
  return withDiff(head, renderMarkdown(result, { lockFile, advice: [...REVIEW, ...exportsNote(staleExports)] }), result, lockFile);
}

export function issueBody(result: LockResult, lockFile: string, digest: string, staleExports: readonly string[] = [], compareUrl?: string): string {
  const advice = [
    ...exportsNote(staleExports),
    compareUrl
      ? `A branch with the updated lock is ready: [open a pull request from it](${compareUrl}).`
      : `Update ${codeSpan(lockFile)} to the lock below and your firewall to its addresses. This issue closes itself once the lock on the default branch matches DNS.`,
  ];
  const head = markerLine('issue', lockFile, { digest });
  return withDiff(head, renderMarkdown(result, { lockFile, advice, includeLock: true }), result, lockFile);
}

function withDiff(head: string, report: string, result: LockResult, lockFile: string): string {
  const diff = `<details><summary>Changes to ${htmlText(lockFile)}</summary>\n\n${codeBlock(lineDiff(result.previousText ?? '', result.nextText), 'diff')}\n\n</details>\n`;
  const body = `${head}\n${report}\n${diff}`;
  if (body.length <= MAX_BODY) return body;
  const short = `${head}\n${report}\n_The diff of ${markdownText(lockFile)} is too long to show here: see the commit._\n`;
  return short.length <= MAX_BODY ? short : `${head}\n${short.slice(head.length + 1, MAX_BODY - head.length - 40)}\n\n_(cut: too long to show)_\n`;
}
