import { type FilesAt, type FilesResponse, filesQuery, readFiles } from './files-query.js';
import type { Octokit } from './octokit.js';
import {
  type IssueStateResponse,
  issueStateQuery,
  type RepositoryState,
  readIssueState,
  readState,
  type StateRequest,
  type StateResponse,
  stateQuery,
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
}

export interface Issue {
  number: number;
  url: string;
  body: string;
}

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}

/** Pages of open issues read when looking for the one marked as ours, at 100 a page. */
const ISSUE_PAGES = 10;

/**
 * The GitHub port: the few things vipps-ip-lock does with a repository, each named for its intent.
 * Reads are one GraphQL query each; writes are REST requests. Nothing here decides what to do.
 */
export class GitHubRepository {
  constructor(
    private readonly octokit: Octokit,
    readonly name: RepositoryName,
  ) {}

  /** The open pull request, the base branch and the files pull-request mode needs, in one request. */
  async state(request: Omit<StateRequest, 'owner' | 'repo'>): Promise<RepositoryState> {
    const full = { ...request, ...this.name };
    const { query, variables } = stateQuery(full);
    return readState(full, await this.octokit.graphql<StateResponse>(query, variables));
  }

  /**
   * The open issue holding `marker` and the files issue mode needs, in one request. Found by the
   * marker, never by its title; past the first hundred open issues the REST list is paged on.
   */
  async issueState(
    marker: string,
    request: Omit<StateRequest, 'owner' | 'repo' | 'branch'>,
  ): Promise<{ open: Issue | undefined; files: Map<string, string | undefined> }> {
    const full = { ...request, ...this.name };
    const { query, variables } = issueStateQuery(full);
    const state = readIssueState(full, await this.octokit.graphql<IssueStateResponse>(query, variables));
    const open = state.issues.find((issue) => issue.body.includes(marker));
    return { open: open ?? (state.more ? await this.findIssue(marker) : undefined), files: state.files };
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

  /** Points a branch at a commit, creating it or moving it (force: the branch is ours alone). */
  async moveBranch(branch: string, sha: string, exists: boolean): Promise<void> {
    if (exists) {
      await this.octokit.rest.git.updateRef({ ...this.name, ref: `heads/${branch}`, sha, force: true });
      return;
    }
    try {
      await this.octokit.rest.git.createRef({ ...this.name, ref: `refs/heads/${branch}`, sha });
    } catch (error) {
      // Another run created it a moment ago: move it instead.
      if (status(error) !== 422) throw error;
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
    return pull && { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '', headSha: pull.head.sha, base: pull.base.ref };
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

  /** The open issue whose body holds `marker`; found by the marker, never by its title. */
  async findIssue(marker: string): Promise<Issue | undefined> {
    for (let page = 1; page <= ISSUE_PAGES; page++) {
      const { data } = await this.octokit.rest.issues.listForRepo({ ...this.name, state: 'open', per_page: 100, page, sort: 'created', direction: 'asc' });
      const issue = data.find((i) => !i.pull_request && i.body?.includes(marker));
      if (issue) return { number: issue.number, url: issue.html_url, body: issue.body ?? '' };
      if (data.length < 100) return undefined;
    }
    return undefined;
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
