import { type FilesAt, type FilesResponse, filesQuery, readFiles } from './files-query.js';
import type { Octokit } from './octokit.js';
import {
  COMMIT,
  type CommitData,
  type CommitFacts,
  type ComparisonResponse,
  commitOf,
  comparisonQuery,
  type IssueFacts,
  type IssueState,
  type IssueStateResponse,
  issuePageQuery,
  issueStateQuery,
  type RepositoryState,
  readIssuePage,
  readIssueState,
  readState,
  type StateRequest,
  type StateResponse,
  stateQuery,
  VIEWER,
} from './state-query.js';

export interface RepositoryName {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  headSha: string;
  /** The branch it targets. */
  base: string;
  /** Who opened it, as REST names them (`github-actions[bot]`); set when read through REST. */
  user?: { login: string; type: string } | undefined;
}

export interface Issue {
  number: number;
  url: string;
  body: string;
}

/** The commits a branch holds beyond its base; undefined when GitHub cannot compare the two. */
export interface Comparison {
  aheadBy: number;
  commits: CommitFacts[];
}

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}

/** Pages of open issues read when looking for the ones marked as ours, at 100 a page. */
const ISSUE_PAGES = 10;

/**
 * Runs a GraphQL read that also asks who the token is (`viewer`). Not every token may read
 * `viewer`: GitHub then answers an error for it, with the rest of the data, or (the field being
 * non-null) with no data at all. The rest is used, or read again without `viewer`; the viewer is
 * then unknown and the caller assumes the workflow's token.
 */
async function readAllowingViewerRefusal<T extends { viewer?: unknown }>(
  octokit: Octokit,
  query: string,
  variables: Record<string, string | null>,
): Promise<T> {
  try {
    return await octokit.graphql<T>(query, variables);
  } catch (error) {
    const { errors, data } = error as { errors?: Array<{ path?: unknown[] }>; data?: T | null };
    if (!Array.isArray(errors) || errors.length === 0 || !errors.every((e) => e.path?.[0] === 'viewer')) throw error;
    if (data) return { ...data, viewer: null };
    return { ...(await octokit.graphql<T>(query.replace(VIEWER, ''), variables)), viewer: null };
  }
}

/**
 * The GitHub port: the few things vipps-ip-lock does with a repository, each named for its intent.
 * Reads are one GraphQL query each; writes are REST requests. Nothing here decides what to do.
 */
export class GitHubRepository {
  constructor(
    private readonly octokit: Octokit,
    readonly name: RepositoryName,
  ) {}

  /**
   * The open pull requests from the update branch's name, the base branch, the update branch's head
   * commit, and the files pull-request mode needs on both branches, in one request.
   */
  async state(request: Omit<StateRequest, 'owner' | 'repo'>): Promise<RepositoryState> {
    const full = { ...request, ...this.name };
    const { query, variables } = stateQuery(full);
    return readState(full, await readAllowingViewerRefusal<StateResponse>(this.octokit, query, variables));
  }

  /** The commits `branch` holds that `base` does not, with who made them. */
  async compare(base: string, branch: string): Promise<Comparison | undefined> {
    const { query, variables } = comparisonQuery({ ...this.name, base, branch });
    const compare = (await this.octokit.graphql<ComparisonResponse>(query, variables)).repository?.ref?.compare;
    return compare ? { aheadBy: compare.aheadBy, commits: compare.commits.nodes.map(commitOf) } : undefined;
  }

  /** The head commit of `branch`, read again when another run may have just created it. */
  async branchHead(branch: string): Promise<CommitFacts | undefined> {
    const query = `query BranchHead($owner: String!, $repo: String!, $ref: String!) {
  repository(owner: $owner, name: $repo) { ref(qualifiedName: $ref) { target ${COMMIT} } }
}`;
    type Response = { repository: { ref: { target: CommitData } | null } | null };
    const response = await this.octokit.graphql<Response>(query, { ...this.name, ref: `refs/heads/${branch}` });
    const target = response.repository?.ref?.target;
    return target ? commitOf(target) : undefined;
  }

  /**
   * Every open issue (oldest first, up to a thousand) with who wrote and last edited it, and the
   * files issue mode needs, read in one request while a repository has at most a hundred open issues.
   */
  async issueState(request: Omit<StateRequest, 'owner' | 'repo' | 'branch'>): Promise<IssueState> {
    const full = { ...request, ...this.name };
    const { query, variables } = issueStateQuery(full);
    const state = readIssueState(full, await readAllowingViewerRefusal<IssueStateResponse>(this.octokit, query, variables));
    return { ...state, issues: [...state.issues, ...(await this.morePages(state.next))], next: undefined };
  }

  /** Every open issue, oldest first, up to a thousand. */
  async openIssues(): Promise<IssueFacts[]> {
    return this.morePages(null);
  }

  /** Open issues from the cursor `after` on (null: from the first); undefined: there are no more. */
  private async morePages(after: string | null | undefined): Promise<IssueFacts[]> {
    const issues: IssueFacts[] = [];
    for (let page = 0; after !== undefined && page < ISSUE_PAGES; page++) {
      const { query, variables } = issuePageQuery({ ...this.name, after });
      const read = readIssuePage(await this.octokit.graphql<IssueStateResponse>(query, variables), this.name);
      issues.push(...read.issues);
      after = read.next;
    }
    return issues;
  }

  /** The same files at each revision (a commit SHA or `refs/heads/<branch>`), in one request. */
  async filesAt(revisions: readonly string[], paths: readonly string[]): Promise<FilesAt[]> {
    const { owner, repo } = this.name;
    const { query, variables } = filesQuery(owner, repo, revisions, paths);
    return readFiles(owner, repo, revisions, paths, await this.octokit.graphql<FilesResponse>(query, variables));
  }

  /**
   * Commits files on top of `parent` in one commit through the Git Data API. With the workflow's token the
   * commit is made by GitHub itself and shows as verified; no git binary or checkout is needed.
   */
  async commitFiles(parent: { oid: string; treeOid: string }, files: ReadonlyMap<string, string>, message: string): Promise<string> {
    const { data: tree } = await this.octokit.rest.git.createTree({
      ...this.name,
      base_tree: parent.treeOid,
      tree: [...files].map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content })),
    });
    const { data: commit } = await this.octokit.rest.git.createCommit({ ...this.name, message, tree: tree.sha, parents: [parent.oid] });
    return commit.sha;
  }

  /**
   * Points a branch at a commit, creating it or moving it. The caller has checked that an existing
   * branch is its own to move; when the branch appears between that check and the write (another
   * run created it a moment ago), `mayMove` decides again, and a branch that is not its own is
   * left as it is.
   */
  async moveBranch(branch: string, sha: string, exists: boolean, mayMove: () => Promise<boolean>): Promise<void> {
    if (exists) {
      await this.octokit.rest.git.updateRef({ ...this.name, ref: `heads/${branch}`, sha, force: true });
      return;
    }
    try {
      await this.octokit.rest.git.createRef({ ...this.name, ref: `refs/heads/${branch}`, sha });
    } catch (error) {
      if (status(error) !== 422 || !(await mayMove())) throw error;
      await this.octokit.rest.git.updateRef({ ...this.name, ref: `heads/${branch}`, sha, force: true });
    }
  }

  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.name, ref: `heads/${branch}` });
    } catch (error) {
      if (status(error) !== 422 && status(error) !== 404) throw error;
    }
  }

  /** The open pull request from `branch` (into `base`, when given). */
  async openPullRequest(branch: string, base?: string): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.name,
      state: 'open',
      head: `${this.name.owner}:${branch}`,
      ...(base ? { base } : {}),
      per_page: 1,
    });
    const pull = data[0];
    return (
      pull && {
        number: pull.number,
        url: pull.html_url,
        title: pull.title,
        body: pull.body ?? '',
        headSha: pull.head.sha,
        base: pull.base.ref,
        user: pull.user ? { login: pull.user.login, type: pull.user.type } : undefined,
      }
    );
  }

  async createPullRequest(input: { branch: string; base: string; title: string; body: string; draft: boolean }): Promise<PullRequest> {
    const { data } = await this.octokit.rest.pulls.create({
      ...this.name,
      head: input.branch,
      base: input.base,
      title: input.title,
      body: input.body,
      draft: input.draft,
    });
    return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '', headSha: data.head.sha, base: data.base.ref };
  }

  async updatePullRequest(number: number, title: string, body: string): Promise<void> {
    await this.octokit.rest.pulls.update({ ...this.name, pull_number: number, title, body });
  }

  async closePullRequest(number: number, comment: string): Promise<void> {
    await this.comment(number, comment);
    await this.octokit.rest.pulls.update({ ...this.name, pull_number: number, state: 'closed' });
  }

  async requestReviewers(number: number, reviewers: string[]): Promise<void> {
    if (reviewers.length) await this.octokit.rest.pulls.requestReviewers({ ...this.name, pull_number: number, reviewers });
  }

  /** Labels and assignees, on an issue or a pull request. */
  async label(number: number, labels: string[], assignees: string[]): Promise<void> {
    if (labels.length) await this.octokit.rest.issues.addLabels({ ...this.name, issue_number: number, labels });
    if (assignees.length) await this.octokit.rest.issues.addAssignees({ ...this.name, issue_number: number, assignees });
  }

  async createIssue(input: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<Issue> {
    const { data } = await this.octokit.rest.issues.create({ ...this.name, ...input });
    return { number: data.number, url: data.html_url, body: data.body ?? '' };
  }

  async updateIssue(number: number, title: string, body: string): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.name, issue_number: number, title, body });
  }

  async comment(number: number, body: string): Promise<void> {
    await this.octokit.rest.issues.createComment({ ...this.name, issue_number: number, body });
  }

  async closeIssue(number: number, comment: string): Promise<void> {
    await this.comment(number, comment);
    await this.octokit.rest.issues.update({ ...this.name, issue_number: number, state: 'closed', state_reason: 'completed' });
  }
}
