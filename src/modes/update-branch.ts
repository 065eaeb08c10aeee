import { messageOf } from '../errors.js';
import { renderExports } from '../exports/render.js';
import type { GitHubRepository } from '../github/repository.js';
import type { CommitFacts, FileText, PullRequestFacts } from '../github/state-query.js';
import { parseLock } from '../lock/parse.js';
import type { Lock } from '../lock/types.js';
import { fingerprint, markerField } from '../report/bodies.js';
import { plural } from '../report/rows.js';
import type { Settings } from '../settings.js';
import { bodyUntouched, commitByIdentity, type Identity, named } from './authorship.js';

// The update branch is writable by anyone with write access, so what it holds is read as untrusted:
// the action builds on it only what it can show it wrote itself, and moves it only when nothing but
// its own commits would be lost.

export type Ownership = { owned: true } | { owned: false; reason: string };

const short = (oid: string) => oid.slice(0, 7);
const madeBy = (commit: CommitFacts) => commit.author.login ?? (commit.author.email || 'an unknown author');

/** The action's own commit, made directly on top of `parent`. */
export function ownCommitOn(commit: CommitFacts, parent: string | undefined, identity: Identity): boolean {
  return commitByIdentity(commit, identity) && commit.parents.length === 1 && commit.parents[0] === parent;
}

/**
 * Whether the action may move `branch` (whose head is `head`) without losing anyone's work: it
 * holds nothing but the action's own commits on top of the base's history. The plain case (its
 * head is the action's commit on the base's head) needs no read; any other asks GitHub which
 * commits the branch holds beyond the base.
 */
export async function branchOwnership(
  github: GitHubRepository,
  identity: Identity,
  base: { name: string; oid: string },
  branch: string,
  head: CommitFacts | undefined,
): Promise<Ownership> {
  if (!head || ownCommitOn(head, base.oid, identity)) return { owned: true };
  const comparison = await github.compare(base.name, branch);
  if (!comparison) return { owned: false, reason: `it shares no history with ${base.name}` };
  if (comparison.aheadBy > comparison.commits.length)
    return { owned: false, reason: `it holds ${plural(comparison.aheadBy, 'commit')} that ${base.name} does not` };
  const foreign = comparison.commits.filter((c) => !commitByIdentity(c, identity) || c.parents.length !== 1);
  if (foreign.length === 0) return { owned: true };
  const listed = foreign.slice(0, 3).map((c) => `${short(c.oid)} by ${madeBy(c)}`);
  return {
    owned: false,
    reason: `it holds ${plural(foreign.length, 'commit')} that vipps-ip-lock did not make (${listed.join(', ')}${foreign.length > 3 ? ', ...' : ''})`,
  };
}

/** What the open pull request's branch holds: the lock the action proposed, or why it cannot be built on. */
export type BranchContent = { lock: Lock } | { problem: string; foreign: boolean };

/**
 * The lock on the open pull request's branch, when the branch holds exactly what the action wrote:
 * the pull request's description is the action's own (nobody else edited it); the branch's head is
 * the action's commit on the base commit that description names; the lock there is valid; every
 * export there is what that lock gives; and together they are the files the description's digest
 * fingerprints. Anything else is someone else's change, and none of it is carried on.
 */
export function verifyBranchContent(input: {
  settings: Settings;
  identity: Identity;
  pull: PullRequestFacts;
  head: CommitFacts | undefined;
  files: ReadonlyMap<string, FileText>;
  /** The base branch's head and its files, to tell which files the action's commit on it changes. */
  base: { oid: string; files: ReadonlyMap<string, string | undefined> };
  now: Date;
}): BranchContent {
  const { settings, identity, pull, head, files } = input;
  const { branch } = settings.github;
  const lockFile = settings.lockFile;
  if (!bodyUntouched(pull, identity)) return { problem: `the description of pull request #${pull.number} was edited by ${named(pull.editor)}`, foreign: true };
  if (!head) return { problem: `branch ${branch} no longer exists`, foreign: false };
  const base = markerField(pull.body, 'pull-request', lockFile, 'base');
  if (!commitByIdentity(head, identity)) return { problem: `the head of ${branch}, ${short(head.oid)}, was made by ${madeBy(head)}`, foreign: true };
  if (!ownCommitOn(head, base, identity))
    return {
      problem: `${branch} holds commits on top of the one vipps-ip-lock made (its head ${short(head.oid)} is not on ${base ? short(base) : 'the base'})`,
      foreign: true,
    };
  const lockText = files.get(lockFile);
  if (lockText === 'unreadable') return { problem: `${lockFile} on ${branch} is binary or too large to be a lock`, foreign: true };
  if (lockText === undefined) return { problem: `${lockFile} was deleted from ${branch}`, foreign: true };
  let lock: Lock;
  try {
    lock = parseLock(lockText, `${branch}:${lockFile}`, input.now);
  } catch (error) {
    return { problem: messageOf(error), foreign: true };
  }
  const proposed = new Map([[lockFile, lockText]]);
  for (const [file, text] of renderExports(lock, settings.exports, lockFile)) {
    const there = files.get(file);
    // A firewall file configured since the last run is missing, not tampered with.
    if (there === undefined) return { problem: `${file} is not on ${branch} yet`, foreign: false };
    if (there !== text) return { problem: `${file} on ${branch} is not what its lock gives`, foreign: true };
    proposed.set(file, there);
  }
  const digest = fingerprint([...proposed].flat().join('\0'));
  if (digest !== markerField(pull.body, 'pull-request', lockFile, 'digest'))
    return { problem: `the files on ${branch} are not the ones pull request #${pull.number} proposed`, foreign: true };
  // A commit on the base's head is built on as it is, so it must change nothing else. One on an
  // older base is rebuilt on the new one from these files alone, whatever else it changed.
  if (head.parents[0] === input.base.oid) {
    const ours = [...proposed].filter(([file, text]) => input.base.files.get(file) !== text).length;
    if (head.changedFiles !== ours)
      return {
        problem: `the head of ${branch} changes ${head.changedFiles ?? 'an unknown number of'} files where vipps-ip-lock changed ${ours}`,
        foreign: true,
      };
  }
  return { lock };
}
