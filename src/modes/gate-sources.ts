import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { messageOf, UserError } from '../errors.js';
import type { FilesAt } from '../github/files-query.js';
import type { GitHubRepository } from '../github/repository.js';
import { parseLockIfPresent } from '../lock/parse.js';
import type { Settings } from '../settings.js';
import type { BaseFiles } from './gate.js';
import type { GatedEvent, Revision } from './pull-request-event.js';

const run = promisify(execFile);

/** What the gate compares: the base's files, and the head's when they are not the workspace's. */
export interface GateSources {
  base: BaseFiles;
  /** The pull request's files by path (pull_request_target); undefined: the workspace holds them. */
  head?: Map<string, string | undefined>;
  /** Something a reviewer should know about how the base was read. */
  notes: string[];
}

export interface SourceOptions {
  settings: Settings;
  /** The checkout, whose git history may already hold the base commit. */
  root: string;
  now: Date;
  /** The GitHub port, when a token and the repository are known; undefined otherwise. */
  connect: () => Promise<GitHubRepository | undefined>;
}

/**
 * Reads the lock and the exports at the event's base (and head, for pull_request_target): from
 * the checkout's git history when it holds the commit, otherwise through the GitHub API in one
 * request. When neither works the gate fails closed, saying which permission to grant: a pull
 * request that cannot be compared is never passed.
 */
export async function readGateSources(event: GatedEvent, options: SourceOptions): Promise<GateSources> {
  const { settings } = options;
  const paths = [settings.lockFile, ...settings.exports.map((e) => e.path)];
  const revisions = event.head ? [event.base, event.head] : [event.base];
  const local = await Promise.all(revisions.map((revision) => filesFromGit(options.root, revision, paths)));
  const remote = local.some((files) => files === undefined) ? await filesFromApi(event, revisions, paths, options) : [];
  const read = revisions.map((_, i) => local[i] ?? remote[i]);
  const [base, head] = (await Promise.all(
    revisions.map(async (revision, i) => {
      let files = read[i];
      // A commit the repository no longer has (the base was force-pushed): its branch's tip, reviewed as well.
      if (!files?.exists && revision.fallback) files = (await filesFromApi(event, [{ ...revision, revision: revision.fallback }], paths, options))[0];
      if (!files?.exists) throw unavailable(event, revision, settings, 'the commit does not exist in the repository');
      return files.files;
    }),
  )) as [Map<string, string | undefined>, Map<string, string | undefined> | undefined];

  const notes: string[] = [];
  let lock: BaseFiles['lock'];
  try {
    lock = parseLockIfPresent(base.get(settings.lockFile), `${event.base.label}:${settings.lockFile}`, options.now);
  } catch (error) {
    // A pull request that repairs a broken base lock must be able to pass: it is compared as if
    // the base held nothing, so every address it has must be one DNS returns now.
    notes.push(`${messageOf(error)} The pull request is compared as if the base held no address.`);
  }
  const exports = new Map(settings.exports.map((e) => [e.path, base.get(e.path)]));
  return { base: { label: event.base.label, lock, exports }, ...(head ? { head } : {}), notes };
}

/** The files at a commit the checkout already has; undefined when it has not (a shallow clone) or git is absent. */
async function filesFromGit(root: string, revision: Revision, paths: readonly string[]): Promise<FilesAt | undefined> {
  if (!revision.sha) return undefined;
  const git = (args: string[]) => run('git', gitArgs(root, args), { maxBuffer: MAX_FILE_BYTES, encoding: 'buffer', env: gitEnvironment(root) });
  const files = new Map<string, string | undefined>();
  try {
    await git(['cat-file', '-e', `${revision.sha}^{commit}`]);
    for (const file of paths) {
      // The tree says whether the file exists; only then is its content read, so a blob the
      // checkout lacks (a partial clone) is read through the API instead, never taken as missing.
      const listed = (await git(['ls-tree', '--full-tree', '--name-only', '-z', revision.sha, '--', file])).stdout.toString('utf8');
      if (!listed.split('\0').includes(file)) {
        files.set(file, undefined);
        continue;
      }
      const bytes = (await git(['cat-file', 'blob', `${revision.sha}:${file}`])).stdout;
      files.set(file, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
  } catch {
    // Not in this checkout, or not readable here (too large, not text, a missing object): the API decides.
    return undefined;
  }
  return { exists: true, files };
}

/** Replacement refs could stand another object in for a commit: they are ignored. */
function gitArgs(root: string, args: string[]): string[] {
  return ['--no-replace-objects', '-C', root, ...args];
}

/**
 * Only the repository whose top folder is `root` (git must not find one in a folder above it, where
 * the paths would mean something else), and no lazy fetch of a missing object from a promisor
 * remote: the base is read as it is here, or through the API.
 */
function gitEnvironment(root: string): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(path.resolve(root)), GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };
}

/** A lock or an export larger than this is not one vipps-ip-lock wrote. */
const MAX_FILE_BYTES = 1 << 20;

async function filesFromApi(event: GatedEvent, revisions: Revision[], paths: string[], options: SourceOptions): Promise<FilesAt[]> {
  const { settings } = options;
  const repository = await options.connect();
  if (!repository) {
    throw unavailable(
      event,
      event.base,
      settings,
      event.name === 'check --base' ? 'git cannot read the commit' : 'no github-token or GITHUB_REPOSITORY to read it with',
    );
  }
  try {
    return await repository.filesAt(
      revisions.map((r) => r.revision),
      paths,
    );
  } catch (error) {
    throw unavailable(event, event.base, settings, describeRefusal(error));
  }
}

function describeRefusal(error: unknown): string {
  const graphqlErrors = (error as { errors?: Array<{ message?: string }> } | null)?.errors;
  if (Array.isArray(graphqlErrors)) return `GitHub refused the read: ${graphqlErrors.map((e) => e.message).join('; ')}`;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? `GitHub answered ${status}: ${messageOf(error).split(' - ')[0]}` : messageOf(error);
}

/**
 * The commit `rev` (a branch, a tag, `origin/main`, a SHA) names in the git repository at `root`,
 * for `vipps-ip-lock check --base`; the comparison then reads the checkout's history only.
 */
export async function gitRevision(root: string, rev: string): Promise<Revision> {
  try {
    const args = gitArgs(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    const { stdout } = await run('git', args, { encoding: 'utf8', env: gitEnvironment(root) });
    const sha = stdout.trim();
    return { revision: sha, sha, label: `${rev} (${sha.slice(0, 7)})` };
  } catch {
    throw new UserError(
      `--base ${JSON.stringify(rev)} names no commit in a git repository whose top folder is ${root}: run check there, with a branch, tag or commit such as origin/main.`,
    );
  }
}

function unavailable(event: GatedEvent, revision: Revision, settings: Settings, reason: string): UserError {
  if (event.name === 'check --base') {
    return new UserError(`check --base compares ${settings.lockFile} and the exports with ${revision.label}, but they could not be read from git: ${reason}.`);
  }
  return new UserError(
    `This is a ${event.name} run, so check compares ${settings.lockFile} and the exports with ${revision.label}, but they could not be read: ${reason}. ` +
      'The check fails rather than pass a pull request it cannot compare. Give the job `permissions: contents: read` ' +
      "(a pull request from a fork gets a read-only token, which is enough), or check out with `fetch-depth: 0` so the base commit is in the checkout's history.",
  );
}
