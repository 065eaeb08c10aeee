import type { PullRequest } from './repository.js';

/** What pull-request mode needs to decide, read in one GraphQL request. */
export interface RepositoryState {
  /** The branch the lock is read from and the pull request targets, with its commit and tree. */
  base: { name: string; oid: string; treeOid: string } | undefined;
  /** The open update pull request from the fixed branch, when there is one. */
  open: PullRequest | undefined;
  /** Each file's text on the base branch; undefined when it does not exist. */
  files: Map<string, string | undefined>;
  /** The lock on the update branch. */
  pending: string | undefined;
}

export interface StateRequest {
  owner: string;
  repo: string;
  branch: string;
  /** Empty: the default branch. */
  base: string;
  lockFile: string;
  files: readonly string[];
}

/**
 * One query instead of one REST request each for the open pull request, the base branch, the
 * lock, the pending lock and every export: with nothing open and no drift, a run reads once.
 * `HEAD:<path>` names a file on the default branch without knowing the branch's name.
 */
export const BLOB = '{ ... on Blob { text isTruncated } }';

/**
 * The lock and the exports on the base branch, as `f0`, `f1`, ... fields: their variables, their
 * declarations and their selections. `HEAD:<path>` is a file on the default branch.
 */
function fileFields(request: Omit<StateRequest, 'branch'>): { variables: Record<string, string>; declarations: string; selections: string } {
  const files = [request.lockFile, ...request.files];
  const rev = request.base ? `refs/heads/${request.base}` : 'HEAD';
  return {
    variables: Object.fromEntries(files.map((file, i) => [`f${i}`, `${rev}:${file}`])),
    declarations: files.map((_, i) => `, $f${i}: String!`).join(''),
    selections: files.map((_, i) => `    f${i}: object(expression: $f${i}) ${BLOB}`).join('\n'),
  };
}

export function stateQuery(request: StateRequest): { query: string; variables: Record<string, string> } {
  const files = fileFields(request);
  const variables: Record<string, string> = {
    owner: request.owner,
    repo: request.repo,
    head: request.branch,
    pending: `refs/heads/${request.branch}:${request.lockFile}`,
    ...files.variables,
  };
  if (request.base) variables.base = `refs/heads/${request.base}`;
  const ref = '{ name target { oid ... on Commit { tree { oid } } } }';
  const query = `query RepositoryState($owner: String!, $repo: String!, $head: String!, $pending: String!${request.base ? ', $base: String!' : ''}${files.declarations}) {
  repository(owner: $owner, name: $repo) {
    ${request.base ? `base: ref(qualifiedName: $base) ${ref}` : `base: defaultBranchRef ${ref}`}
    pullRequests(headRefName: $head, states: [OPEN], first: 5) { nodes { number url title body headRefOid baseRefName isCrossRepository } }
    pending: object(expression: $pending) ${BLOB}
${files.selections}
  }
}`;
  return { query, variables };
}

export interface BlobData {
  text: string | null;
  isTruncated: boolean;
}

export interface StateResponse {
  repository: {
    base: { name: string; target: { oid: string; tree?: { oid: string } } } | null;
    pullRequests: {
      nodes: Array<{ number: number; url: string; title: string; body: string; headRefOid: string; baseRefName: string; isCrossRepository: boolean }>;
    };
    pending: BlobData | null;
    [file: `f${number}`]: BlobData | null;
  } | null;
}

export function blobText(blob: BlobData | null | undefined, file: string): string | undefined {
  if (!blob) return undefined;
  if (blob.isTruncated || blob.text === null) throw new Error(`${file} is too large or not text: GitHub did not return its content.`);
  return blob.text;
}

export function readState(request: StateRequest, response: StateResponse): RepositoryState {
  const repository = response.repository;
  if (!repository) throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
  const pull = repository.pullRequests.nodes.find((p) => !p.isCrossRepository);
  const base = repository.base;
  return {
    base: base?.target.tree ? { name: base.name, oid: base.target.oid, treeOid: base.target.tree.oid } : undefined,
    open: pull && { number: pull.number, url: pull.url, title: pull.title, body: pull.body, headSha: pull.headRefOid, base: pull.baseRefName },
    files: new Map([request.lockFile, ...request.files].map((file, i) => [file, blobText(repository[`f${i}`], file)])),
    pending: blobText(repository.pending, `${request.lockFile} on ${request.branch}`),
  };
}

/** What issue mode needs, read in one GraphQL request: the open issues and the files on the base. */
export interface IssueState {
  /** Open issues, oldest first, as far as one page reaches. */
  issues: Array<{ number: number; url: string; body: string }>;
  /** More open issues exist than one page holds. */
  more: boolean;
  files: Map<string, string | undefined>;
}

export function issueStateQuery(request: Omit<StateRequest, 'branch'>): { query: string; variables: Record<string, string> } {
  const files = fileFields(request);
  const query = `query IssueState($owner: String!, $repo: String!${files.declarations}) {
  repository(owner: $owner, name: $repo) {
    issues(states: [OPEN], first: 100, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { number url body } pageInfo { hasNextPage } }
${files.selections}
  }
}`;
  return { query, variables: { owner: request.owner, repo: request.repo, ...files.variables } };
}

export interface IssueStateResponse {
  repository: {
    issues: { nodes: Array<{ number: number; url: string; body: string }>; pageInfo: { hasNextPage: boolean } };
    [file: `f${number}`]: BlobData | null;
  } | null;
}

export function readIssueState(request: Omit<StateRequest, 'branch'>, response: IssueStateResponse): IssueState {
  const repository = response.repository;
  if (!repository) throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
  return {
    issues: repository.issues.nodes,
    more: repository.issues.pageInfo.hasNextPage,
    files: new Map([request.lockFile, ...request.files].map((file, i) => [file, blobText(repository[`f${i}`], file)])),
  };
}
