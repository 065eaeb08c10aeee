import type { PullRequest } from './repository.js';

/** Who wrote something on GitHub: a user, a bot (an app or the workflow token), or nobody known. */
export interface Actor {
  /** GraphQL's type name: `User`, `Bot`, ... */
  type: string;
  login: string;
}

/** A commit as the ownership checks need it. */
export interface CommitFacts {
  oid: string;
  message: string;
  parents: string[];
  author: { email: string; login: string | undefined };
  /** GitHub made and signed it (a commit through the API with an app's or the workflow's token). */
  signedByGitHub: boolean;
  /** How many files it changes from its parent; undefined when GitHub could not count them. */
  changedFiles: number | undefined;
}

/** An open pull request from the update branch's name, as found, before any judgement. */
export interface PullRequestFacts extends PullRequest {
  /** The head branch lives in a fork, not in this repository. */
  fromFork: boolean;
  author: Actor | undefined;
  /** Who last edited the body; undefined when nobody edited it after it was written. */
  editor: Actor | undefined;
  /** GitHub says the token's own identity opened it. */
  viewerDidAuthor: boolean;
}

/** A file's text; `unreadable` when GitHub holds it but cannot show it as text (binary or too large). */
export type FileText = string | 'unreadable' | undefined;

/** What pull-request mode needs to decide, read in one GraphQL request. */
export interface RepositoryState {
  /** The token's own login as GitHub names it (`github-actions[bot]`); undefined when GitHub would not say. */
  viewer: string | undefined;
  /** The branch the lock is read from and the pull request targets, with its commit and tree. */
  base: { name: string; oid: string; treeOid: string } | undefined;
  /** Open pull requests whose head branch has the update branch's name, whatever their base or author. */
  pulls: PullRequestFacts[];
  /** Each file's text on the base branch; undefined when it does not exist. */
  files: Map<string, string | undefined>;
  /** The update branch's head commit; undefined when the branch does not exist. */
  branchHead: CommitFacts | undefined;
  /** The lock and every export as they are on the update branch. */
  branchFiles: Map<string, FileText>;
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
export const BLOB = '{ ... on Blob { text isTruncated isBinary } }';
/** Who the token is: a line of its own, so that a read can be repeated without it. */
export const VIEWER = '  viewer { login }\n';
const ACTOR = '{ __typename login }';
/** What tells an action's own commit from anyone else's. */
export const COMMIT = `{ oid ... on Commit { message changedFilesIfAvailable parents(first: 2) { nodes { oid } } author { email user { login } } signature { isValid wasSignedByGitHub } } }`;

/**
 * Files as `<prefix>0`, `<prefix>1`, ... fields at one revision: their variables, their
 * declarations and their selections. `HEAD:<path>` is a file on the default branch.
 */
function fileFields(files: readonly string[], rev: string, prefix: string): { variables: Record<string, string>; declarations: string; selections: string } {
  return {
    variables: Object.fromEntries(files.map((file, i) => [`${prefix}${i}`, `${rev}:${file}`])),
    declarations: files.map((_, i) => `, $${prefix}${i}: String!`).join(''),
    selections: files.map((_, i) => `    ${prefix}${i}: object(expression: $${prefix}${i}) ${BLOB}`).join('\n'),
  };
}

const baseFiles = (request: Omit<StateRequest, 'branch'>) =>
  fileFields([request.lockFile, ...request.files], request.base ? `refs/heads/${request.base}` : 'HEAD', 'f');

export function stateQuery(request: StateRequest): { query: string; variables: Record<string, string> } {
  const files = baseFiles(request);
  const onBranch = fileFields([request.lockFile, ...request.files], `refs/heads/${request.branch}`, 'p');
  const variables: Record<string, string> = {
    owner: request.owner,
    repo: request.repo,
    head: request.branch,
    headRef: `refs/heads/${request.branch}`,
    ...files.variables,
    ...onBranch.variables,
  };
  if (request.base) variables.base = `refs/heads/${request.base}`;
  const ref = '{ name target { oid ... on Commit { tree { oid } } } }';
  const pull = `number url title body headRefOid baseRefName isCrossRepository viewerDidAuthor author ${ACTOR} editor ${ACTOR}`;
  const query = `query RepositoryState($owner: String!, $repo: String!, $head: String!, $headRef: String!${request.base ? ', $base: String!' : ''}${files.declarations}${onBranch.declarations}) {
${VIEWER}  repository(owner: $owner, name: $repo) {
    ${request.base ? `base: ref(qualifiedName: $base) ${ref}` : `base: defaultBranchRef ${ref}`}
    pullRequests(headRefName: $head, states: [OPEN], first: 100) { nodes { ${pull} } }
    branch: ref(qualifiedName: $headRef) { target ${COMMIT} }
${files.selections}
${onBranch.selections}
  }
}`;
  return { query, variables };
}

export interface BlobData {
  text: string | null;
  isTruncated: boolean;
  isBinary?: boolean | null;
}

export interface ActorData {
  __typename: string;
  login: string;
}

export interface CommitData {
  oid: string;
  message: string;
  changedFilesIfAvailable: number | null;
  parents: { nodes: Array<{ oid: string }> };
  author: { email: string | null; user: { login: string } | null } | null;
  signature: { isValid: boolean; wasSignedByGitHub: boolean } | null;
}

interface PullData {
  number: number;
  url: string;
  title: string;
  body: string;
  headRefOid: string;
  baseRefName: string;
  isCrossRepository: boolean;
  viewerDidAuthor: boolean;
  author: ActorData | null;
  editor: ActorData | null;
}

export interface StateResponse {
  viewer?: { login: string } | null;
  repository: {
    base: { name: string; target: { oid: string; tree?: { oid: string } } } | null;
    pullRequests: { nodes: PullData[] };
    branch: { target: CommitData } | null;
    [file: `f${number}` | `p${number}`]: BlobData | null;
  } | null;
}

export function blobText(blob: BlobData | null | undefined, file: string): string | undefined {
  if (!blob) return undefined;
  if (blob.isTruncated || blob.isBinary || blob.text === null) throw new Error(`${file} is too large or not text: GitHub did not return its content.`);
  return blob.text;
}

/** A file on the update branch: anything GitHub cannot show as text is `unreadable`, never an error. */
function branchText(blob: BlobData | null | undefined): FileText {
  if (!blob) return undefined;
  return blob.isTruncated || blob.isBinary || blob.text === null ? 'unreadable' : blob.text;
}

export function actorOf(data: ActorData | null | undefined): Actor | undefined {
  return data ? { type: data.__typename, login: data.login } : undefined;
}

export function commitOf(data: CommitData): CommitFacts {
  return {
    oid: data.oid,
    message: data.message,
    parents: data.parents.nodes.map((p) => p.oid),
    author: { email: data.author?.email ?? '', login: data.author?.user?.login },
    signedByGitHub: Boolean(data.signature?.isValid && data.signature.wasSignedByGitHub),
    changedFiles: data.changedFilesIfAvailable ?? undefined,
  };
}

export function readState(request: StateRequest, response: StateResponse): RepositoryState {
  const repository = response.repository;
  if (!repository) throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
  const base = repository.base;
  const files = [request.lockFile, ...request.files];
  const pulls = repository.pullRequests.nodes.map(
    (p): PullRequestFacts => ({
      number: p.number,
      url: p.url,
      title: p.title,
      body: p.body,
      headSha: p.headRefOid,
      base: p.baseRefName,
      fromFork: p.isCrossRepository,
      author: actorOf(p.author),
      editor: actorOf(p.editor),
      viewerDidAuthor: p.viewerDidAuthor,
    }),
  );
  return {
    viewer: response.viewer?.login,
    base: base?.target.tree ? { name: base.name, oid: base.target.oid, treeOid: base.target.tree.oid } : undefined,
    pulls,
    files: new Map(files.map((file, i) => [file, blobText(repository[`f${i}`], file)])),
    branchHead: repository.branch ? commitOf(repository.branch.target) : undefined,
    branchFiles: new Map(files.map((file, i) => [file, branchText(repository[`p${i}`])])),
  };
}

/** The commits on a branch that its base does not hold: the second read, made only when the branch is not plainly ours. */
export function comparisonQuery(request: { owner: string; repo: string; base: string; branch: string }): {
  query: string;
  variables: Record<string, string>;
} {
  const query = `query BranchComparison($owner: String!, $repo: String!, $base: String!, $head: String!) {
  repository(owner: $owner, name: $repo) {
    ref(qualifiedName: $base) { compare(headRef: $head) { aheadBy commits(first: ${COMPARED_COMMITS}) { nodes ${COMMIT} } } }
  }
}`;
  return { query, variables: { owner: request.owner, repo: request.repo, base: `refs/heads/${request.base}`, head: request.branch } };
}

/** Commits read from a branch that is not the base's; a branch further ahead is not the action's. */
export const COMPARED_COMMITS = 20;

export interface ComparisonResponse {
  repository: { ref: { compare: { aheadBy: number; commits: { nodes: CommitData[] } } | null } | null } | null;
}

/** What an issue counts as, read in the same query as the files. */
export interface IssueFacts {
  number: number;
  url: string;
  title: string;
  body: string;
  author: Actor | undefined;
  editor: Actor | undefined;
  viewerDidAuthor: boolean;
}

/** What issue mode needs, read in one GraphQL request: the open issues and the files on the base. */
export interface IssueState {
  viewer: string | undefined;
  /** Open issues, oldest first, as far as one page reaches. */
  issues: IssueFacts[];
  /** The cursor of the next page, when more open issues exist than one page holds. */
  next: string | undefined;
  files: Map<string, string | undefined>;
}

const ISSUE = `number url title body viewerDidAuthor author ${ACTOR} editor ${ACTOR}`;
const ISSUES = `issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { ${ISSUE} } pageInfo { hasNextPage endCursor } }`;

export function issueStateQuery(request: Omit<StateRequest, 'branch'>): { query: string; variables: Record<string, string> } {
  const files = baseFiles(request);
  const query = `query IssueState($owner: String!, $repo: String!, $after: String${files.declarations}) {
${VIEWER}  repository(owner: $owner, name: $repo) {
    ${ISSUES}
${files.selections}
  }
}`;
  return { query, variables: { owner: request.owner, repo: request.repo, ...files.variables } };
}

/** One more page of open issues, for a repository with more than a hundred. */
export function issuePageQuery(request: { owner: string; repo: string; after: string | null }): {
  query: string;
  variables: Record<string, string | null>;
} {
  const query = `query IssuePage($owner: String!, $repo: String!, $after: String) {
  repository(owner: $owner, name: $repo) {
    ${ISSUES}
  }
}`;
  return { query, variables: request };
}

interface IssueData {
  number: number;
  url: string;
  title: string;
  body: string;
  viewerDidAuthor: boolean;
  author: ActorData | null;
  editor: ActorData | null;
}

export interface IssueStateResponse {
  viewer?: { login: string } | null;
  repository: {
    issues: { nodes: IssueData[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    [file: `f${number}`]: BlobData | null;
  } | null;
}

export function readIssuePage(response: IssueStateResponse, request: { owner: string; repo: string }): { issues: IssueFacts[]; next: string | undefined } {
  const repository = response.repository;
  if (!repository) throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
  const { nodes, pageInfo } = repository.issues;
  return {
    issues: nodes.map((i) => ({ ...i, author: actorOf(i.author), editor: actorOf(i.editor) })),
    next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined,
  };
}

export function readIssueState(request: Omit<StateRequest, 'branch'>, response: IssueStateResponse): IssueState {
  const page = readIssuePage(response, request);
  const repository = response.repository as NonNullable<IssueStateResponse['repository']>;
  return {
    viewer: response.viewer?.login,
    ...page,
    files: new Map([request.lockFile, ...request.files].map((file, i) => [file, blobText(repository[`f${i}`], file)])),
  };
}
