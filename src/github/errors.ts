import { redact } from '../errors.js';
import type { Mode } from '../settings.js';

export type Scope = 'contents' | 'pull-requests' | 'issues';
export type Access = 'read' | 'write';

interface ModePermissions {
  /** What the mode cannot run without. */
  required: Partial<Record<Scope, Access>>;
  /** What it uses when granted, and what for. */
  optional?: Partial<Record<Scope, { access: Access; for: string }>>;
}

/** The `permissions:` each mode needs with the workflow token, and nothing more. README's table says the same. */
export const PERMISSIONS: Record<Mode, ModePermissions> = {
  check: { required: { contents: 'read' }, optional: { 'pull-requests': { access: 'read', for: 'to link the open update pull request' } } },
  report: { required: { contents: 'read' } },
  'pull-request': {
    required: { contents: 'write', 'pull-requests': 'write' },
    optional: { issues: { access: 'write', for: 'to open an issue when GitHub does not let Actions open pull requests' } },
  },
  issue: { required: { contents: 'read', issues: 'write' } },
};

/** `contents: write, pull-requests: write`, as a workflow spells it. */
export function permissionsText(mode: Mode): string {
  return Object.entries(PERMISSIONS[mode].required)
    .map(([scope, access]) => `${scope}: ${access}`)
    .join(', ');
}

/** The level of `scope` mode `mode` asks for: what to tell a user to add. */
function levelFor(mode: Mode, scope: Scope, fallback: Access): Access {
  return PERMISSIONS[mode].required[scope] ?? PERMISSIONS[mode].optional?.[scope]?.access ?? fallback;
}

const WHAT: Record<Scope, string> = { contents: 'the files', 'pull-requests': 'the pull requests', issues: 'the issues' };

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
}

interface GraphqlErrorLike {
  type?: string;
  message?: string;
  path?: ReadonlyArray<string | number>;
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/**
 * The scope a REST request needs, read from its path. Issue endpoints used in pull-request mode
 * address the pull request itself (comments, labels), which `pull-requests: write` allows.
 */
function scopeOfRequest(url: string, mode: Mode): Scope | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
  if (/\/repos\/[^/]+\/[^/]+\/(git|contents|commits|branches|compare)(\/|$)/.test(path)) return 'contents';
  if (/\/repos\/[^/]+\/[^/]+\/pulls(\/|$)/.test(path)) return 'pull-requests';
  if (/\/repos\/[^/]+\/[^/]+\/issues(\/|$)/.test(path)) return mode === 'pull-request' ? 'pull-requests' : 'issues';
  return undefined;
}

/** The scope a GraphQL field of `Repository` needs, from the error's path (aliases included). */
function scopeOfField(path: ReadonlyArray<string | number> | undefined): Scope | undefined {
  const field = path?.[1];
  if (typeof field !== 'string') return undefined;
  if (field === 'pullRequests' || field === 'pullRequest') return 'pull-requests';
  if (field === 'issues' || field === 'issue') return 'issues';
  return 'contents';
}

function addThe(mode: Mode, scopes: Scope[], fallback: Access): string {
  const add = [...new Set(scopes)].map((scope) => `\`${scope}: ${levelFor(mode, scope, fallback)}\``).join(' and ');
  return `Add ${add} to the workflow's \`permissions:\` (mode ${mode} needs \`${permissionsText(mode)}\`; a GitHub App or fine-grained token needs the same access to this repository).`;
}

/** True for GitHub's answer to a request the token has no scope for: a REST 403, or GraphQL FORBIDDEN errors. */
export function isMissingPermission(error: unknown): boolean {
  if (isRequestError(error)) return error.status === 403 && /not accessible by integration/i.test(error.message);
  const errors = (error as { errors?: Array<{ type?: string }> } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.type === 'FORBIDDEN');
}

/**
 * Turns a refusal from the GitHub API into a message that says what to do: the scope to add, named
 * from the request GitHub refused. GitHub answers 403 "Resource not accessible by integration" when
 * the token lacks a scope, a FORBIDDEN error beside a null field in GraphQL, and 404 for a
 * repository the token cannot see. The request URL is kept. `secrets` (the token) are scrubbed
 * from the result, whatever the server echoed in its message.
 */
export function explainGitHubError(error: unknown, mode: Mode, secrets: readonly string[] = []): string | undefined {
  const explained = explain(error, mode);
  return explained === undefined ? undefined : redact(explained, secrets);
}

function explain(error: unknown, mode: Mode): string | undefined {
  // GraphQL answers a refusal with 200 and a list of errors rather than a status.
  const graphqlErrors = (error as { errors?: GraphqlErrorLike[] } | null)?.errors;
  if (!isRequestError(error) && Array.isArray(graphqlErrors)) {
    const forbidden = graphqlErrors.filter((e) => e.type === 'FORBIDDEN');
    const messages = [...new Set(graphqlErrors.map((e) => e.message))].join('; ');
    const scopes = forbidden.map((e) => scopeOfField(e.path)).filter((s): s is Scope => s !== undefined);
    if (scopes.length > 0) {
      const what = [...new Set(scopes.map((s) => WHAT[s]))].join(' and ');
      return `GitHub did not let the token read ${what} (${messages}). ${addThe(mode, scopes, 'read')}`;
    }
    const refused = forbidden.length > 0 || graphqlErrors.some((e) => e.type === 'NOT_FOUND');
    return `GitHub's GraphQL API refused the read: ${messages}.${refused ? ` The token may lack a permission: mode ${mode} needs \`permissions: ${permissionsText(mode)}\` in the workflow.` : ''}`;
  }
  if (!isRequestError(error)) return undefined;
  const method = error.request?.method ?? '';
  const where = `${method} ${error.request?.url ?? ''}`.trim();
  const answer = `GitHub answered ${error.status} to ${where}: ${error.message.split(' - ')[0]}.`;
  if (error.status === 410 && scopeOfRequest(error.request?.url ?? '', 'issue') === 'issues') {
    return `${answer} Issues are turned off in this repository: turn them on (Settings → General → Features → Issues) for vipps-ip-lock to open one.`;
  }
  if (error.status === 401) return `${answer} The token in github-token is not valid: leave it at its default, the workflow's own token.`;
  const scope = scopeOfRequest(error.request?.url ?? '', mode);
  if (isMissingPermission(error) && scope) return `${answer} ${addThe(mode, [scope], method === 'GET' ? 'read' : 'write')}`;
  if (error.status === 403 || error.status === 404) {
    return `${answer} The token may lack a permission: mode ${mode} needs \`permissions: ${permissionsText(mode)}\` in the workflow (a fine-grained or App token needs the same access to this repository).`;
  }
  return `${answer} Run the workflow again; if it persists, check https://www.githubstatus.com.`;
}
