import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

// Which runs the check gate holds, and what it compares: read from the event GitHub wrote for
// the run (GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH), never from the repository.

/**
 * Runs about a pull request. The review events run on the pull request's merge commit, as
 * pull_request does: a workflow that also runs on them must not pass a check there that the gate
 * fails on pull_request.
 */
export const GATED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'pull_request_review', 'pull_request_review_comment'] as const;

/** A commit the gate reads files at: a full SHA from the event, or a branch when the event names none. */
export interface Revision {
  /** A commit SHA or `refs/heads/<branch>`: the left side of a GraphQL `rev:path` expression. */
  revision: string;
  /** For people: `main (1a2b3c4)`. */
  label: string;
  /** The commit SHA, when the event gave one (git history can only be read by SHA). */
  sha?: string;
  /** `refs/heads/<branch>`, read instead when the repository no longer has the commit (a force-push). */
  fallback?: string;
}

export interface GatedEvent {
  /** The workflow event, or `check --base` on the command line. */
  name: (typeof GATED_EVENTS)[number] | 'check --base';
  base: Revision;
  /**
   * Where the pull request's own files are read, when not from the workspace: a
   * pull_request_target run checks out the base branch by default, so its head is read through
   * the API at the SHA the event names.
   */
  head?: Revision;
}

const SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const BRANCH = /^[^\s~^:?*[\\]+$/;

/**
 * The gated event of this run, or undefined when the run is not one (a push, a schedule, a
 * workflow_dispatch: check works as it always did). A gated event whose payload cannot be read
 * is an error, never a reason to skip the gate.
 */
export async function gatedEvent(env: NodeJS.ProcessEnv): Promise<GatedEvent | undefined> {
  const name = GATED_EVENTS.find((event) => event === env.GITHUB_EVENT_NAME);
  if (!name) return undefined;
  // Without its payload a pull_request run still names its base branch in GITHUB_BASE_REF: the
  // gate then reads the branch's tip. A merge queue or pull_request_target run needs the payload.
  const fromEnvironment = name !== 'merge_group' && name !== 'pull_request_target' && BRANCH.test(env.GITHUB_BASE_REF ?? '');
  const payload = await readPayload(env.GITHUB_EVENT_PATH, name).catch((error: unknown): Record<string, unknown> => {
    if (fromEnvironment) return {};
    throw error;
  });
  if (name === 'merge_group') {
    const group = object(payload.merge_group);
    const base = revision(group.base_sha, branchOf(group.base_ref), name);
    return { name, base };
  }
  const pull = object(payload.pull_request);
  const baseRef = object(pull.base).ref ?? env.GITHUB_BASE_REF;
  const base = revision(object(pull.base).sha, typeof baseRef === 'string' ? baseRef : undefined, name);
  if (name !== 'pull_request_target') return { name, base };
  const head = revision(object(pull.head).sha, undefined, name, `pull request #${String(pull.number ?? '?')}`);
  return { name, base, head };
}

async function readPayload(file: string | undefined, name: string): Promise<Record<string, unknown>> {
  const unreadable = `This is a ${name} run, so check compares the pull request with its base branch, but the event payload`;
  if (!file) throw new UserError(`${unreadable} is missing: GITHUB_EVENT_PATH is not set. The runner sets it; do not unset it.`);
  try {
    return object(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new UserError(`${unreadable} at ${file} cannot be read (${(error as Error).message}).`);
  }
}

function object(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function branchOf(ref: unknown): string | undefined {
  return typeof ref === 'string' ? ref.replace(/^refs\/heads\//, '') : undefined;
}

function revision(sha: unknown, branch: string | undefined, event: string, what = 'the base branch'): Revision {
  const name = branch && BRANCH.test(branch) ? branch : undefined;
  if (typeof sha === 'string' && SHA.test(sha)) {
    return { revision: sha, sha, label: `${name ?? what} (${sha.slice(0, 7)})`, ...(name ? { fallback: `refs/heads/${name}` } : {}) };
  }
  if (name) return { revision: `refs/heads/${name}`, label: name };
  throw new UserError(`The ${event} event payload names no commit for ${what}, so the pull request cannot be compared with it.`);
}
