import { GraphQLError } from 'graphql';

// The permission layer of the GitHub fake: what a token may do, as GitHub decides it for a
// workflow token. A token has exactly the scopes of the workflow's `permissions:` block; a scope
// left out is none, and `write` includes `read`. GitHub answers a REST request the token may not
// make with 403 "Resource not accessible by integration", and a GraphQL field it may not read with
// HTTP 200, that field null (null spreads up to the nearest field that may be null, as GraphQL
// does) and an error `{ type: 'FORBIDDEN', message, path }` beside the rest of the data.

export type Scope = 'contents' | 'pull-requests' | 'issues';
export type Access = 'read' | 'write';
/** A workflow's `permissions:` block, as the token it gives. */
export type Permissions = Partial<Record<Scope, Access>>;

export const NOT_ACCESSIBLE = 'Resource not accessible by integration';

interface Requirement {
  scope: Scope;
  access: Access;
  /**
   * Issue endpoints addressing a pull request (comments, labels, assignees) also accept
   * `pull-requests: write`, which is how GitHub lets a pull-request bot comment on its own pull request.
   */
  orPullRequestsOnPull?: true;
}

/**
 * Each REST operation the fake serves, with the scope GitHub requires for it. An operation added to
 * the fake without a row here is refused and recorded as a violation, so the table stays complete.
 */
export const REST_REQUIREMENTS: Record<string, Requirement> = {
  'repos/get': { scope: 'contents', access: 'read' },
  'repos/get-content': { scope: 'contents', access: 'read' },
  'repos/get-branch': { scope: 'contents', access: 'read' },
  'repos/compare-commits': { scope: 'contents', access: 'read' },
  'git/get-ref': { scope: 'contents', access: 'read' },
  'git/get-commit': { scope: 'contents', access: 'read' },
  'git/get-tree': { scope: 'contents', access: 'read' },
  'git/get-blob': { scope: 'contents', access: 'read' },
  'git/create-blob': { scope: 'contents', access: 'write' },
  'git/create-tree': { scope: 'contents', access: 'write' },
  'git/create-commit': { scope: 'contents', access: 'write' },
  'git/create-ref': { scope: 'contents', access: 'write' },
  'git/update-ref': { scope: 'contents', access: 'write' },
  'git/delete-ref': { scope: 'contents', access: 'write' },
  'pulls/list': { scope: 'pull-requests', access: 'read' },
  'pulls/get': { scope: 'pull-requests', access: 'read' },
  'pulls/create': { scope: 'pull-requests', access: 'write' },
  'pulls/update': { scope: 'pull-requests', access: 'write' },
  'pulls/request-reviewers': { scope: 'pull-requests', access: 'write' },
  'issues/list-for-repo': { scope: 'issues', access: 'read' },
  'issues/get': { scope: 'issues', access: 'read' },
  'issues/list-comments': { scope: 'issues', access: 'read' },
  'issues/create': { scope: 'issues', access: 'write' },
  'issues/update': { scope: 'issues', access: 'write' },
  'issues/create-comment': { scope: 'issues', access: 'write', orPullRequestsOnPull: true },
  'issues/add-labels': { scope: 'issues', access: 'write', orPullRequestsOnPull: true },
  'issues/add-assignees': { scope: 'issues', access: 'write', orPullRequestsOnPull: true },
};

/** The fields of `Repository` the fake serves, with the scope GitHub requires to read them. */
export const GRAPHQL_REQUIREMENTS: Record<string, Scope> = {
  defaultBranchRef: 'contents',
  ref: 'contents',
  refs: 'contents',
  object: 'contents',
  pullRequests: 'pull-requests',
  pullRequest: 'pull-requests',
  issues: 'issues',
  issue: 'issues',
};

/** Every scope at write: what a token not registered with the fake gets (the fake's old behaviour). */
export const ALL: Permissions = { contents: 'write', 'pull-requests': 'write', issues: 'write' };

export function grants(permissions: Permissions, scope: Scope, access: Access): boolean {
  const held = permissions[scope];
  return held === 'write' || (held === 'read' && access === 'read');
}

/** The token in an Authorization header (`token X` or `Bearer X`). */
export function tokenOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.replace(/^(token|bearer)\s+/i, '').trim() || undefined;
}

/**
 * Whether a REST operation is allowed; `undefined` when the table has no row for it.
 * `onPull`: the issue number in the path belongs to a pull request.
 */
export function allowsRest(permissions: Permissions, operationId: string, onPull: boolean): boolean | undefined {
  const requirement = REST_REQUIREMENTS[operationId];
  if (!requirement) return undefined;
  if (grants(permissions, requirement.scope, requirement.access)) return true;
  return Boolean(requirement.orPullRequestsOnPull && onPull && grants(permissions, 'pull-requests', 'write'));
}

/**
 * Wraps the resolvers of a `Repository` object: each field in GRAPHQL_REQUIREMENTS throws a
 * FORBIDDEN error, as GitHub does, when the token may not read it.
 */
export function guardRepository<T extends Record<string, unknown>>(repository: T, permissions: Permissions): T {
  const guarded: Record<string, unknown> = { ...repository };
  for (const [field, scope] of Object.entries(GRAPHQL_REQUIREMENTS)) {
    const resolve = repository[field];
    if (typeof resolve !== 'function' || grants(permissions, scope, 'read')) continue;
    guarded[field] = () => {
      throw new GraphQLError(NOT_ACCESSIBLE, { extensions: { type: 'FORBIDDEN' } });
    };
  }
  return guarded as T;
}

/** A GraphQL error as GitHub formats it: `type` beside the message and the path, not under extensions. */
export function githubGraphqlError(error: GraphQLError): Record<string, unknown> {
  const type = error.extensions?.type;
  return {
    ...(typeof type === 'string' ? { type } : {}),
    path: error.path,
    locations: error.locations,
    message: error.message,
  };
}
