import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import addFormats from 'ajv-formats';
import { buildSchema, GraphQLError, type GraphQLSchema, graphql, parse, validate } from 'graphql';
import { type Context, type Document, OpenAPIBackend } from 'openapi-backend';
import { ALL, allowsRest, githubGraphqlError, guardRepository, NOT_ACCESSIBLE, type Permissions, tokenOf } from './github-permissions.js';

// A stateful GitHub REST API on 127.0.0.1 for the operations vipps-ip-lock uses. Every request and
// every response is validated against GitHub's official OpenAPI description (an extract, see
// scripts/extract-github-openapi.mjs); a violation is recorded and fails the test that caused it.

// Resolved from the project root, so the benchmark's compiled copy of this file finds it too.
const DEFINITION = JSON.parse(readFileSync(path.resolve('test/fixtures/github-openapi.json'), 'utf8')) as Document;
const T0 = '2026-11-24T08:00:00Z';

// GitHub's published GraphQL schema (@octokit/graphql-schema). Its SDL defines a few fields twice,
// which graphql-js refuses unless told to assume the SDL valid; queries are still validated in full.
let graphqlSchema: GraphQLSchema | undefined;
function githubGraphqlSchema(): GraphQLSchema {
  graphqlSchema ??= buildSchema(readFileSync(path.resolve('node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'), { assumeValidSDL: true });
  return graphqlSchema;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string;
  status: number;
}

export interface Fault {
  operationId: string;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests it answers before it is spent. */
  times?: number;
}

interface PullState {
  head: string;
  base: string;
  /** The head branch is a fork's branch of the same name, not this repository's. */
  fork?: boolean;
  headSha: string;
  baseSha: string;
  draft: boolean;
  reviewers: string[];
  merged: boolean;
}

export interface IssueState {
  number: number;
  title: string;
  body: string;
  /** Who opened it, as REST names them: `github-actions[bot]`, `alice`. Absent: the token's identity. */
  author?: string;
  /** Who last edited the body, when someone did after it was written. */
  editor?: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  comments: string[];
  pull?: PullState;
  createdAt: string;
  closedAt: string | null;
}

interface Commit {
  tree: string;
  parents: string[];
  message: string;
  /** Who wrote it, as REST names them. */
  author: string;
  /** GitHub made and signed it: a commit made through the API with an app's (or the workflow's) token. */
  signedByGitHub: boolean;
}

/** Whether a login is a bot's, which REST writes as `name[bot]` and GraphQL as `name` of type Bot. */
const isBot = (login: string) => login.endsWith('[bot]');
/** A commit email as GitHub gives accounts that keep theirs private: `<id>+<login>@users.noreply.github.com`. */
const noreply = (login: string) => `${isBot(login) ? 41898282 : hashNumber(login)}+${login}@users.noreply.github.com`;
/** Above this size GitHub's GraphQL API truncates a blob's text. */
const BLOB_TEXT_LIMIT = 512 * 1024;

export class GitHubFake {
  readonly owner = 'merchant';
  readonly repo = 'infrastructure';
  defaultBranch = 'main';
  /** The repository setting "Allow GitHub Actions to create and approve pull requests". */
  actionsMayCreatePullRequests = true;
  /** Who the token is: every write through the API is made as this identity. */
  tokenIdentity = 'github-actions[bot]';
  /** Whether the token may read GraphQL's `viewer`; when not, GitHub answers the whole query with an error. */
  viewerReadable = true;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  readonly issues: IssueState[] = [];
  readonly refs = new Map<string, string>();
  readonly commits = new Map<string, Commit>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly blobs = new Map<string, string>();
  /**
   * The `permissions:` of each workflow token, applied to every request as GitHub applies them
   * (see github-permissions.ts). A token not listed here may do everything.
   */
  readonly tokens = new Map<string, Permissions>();
  private server?: http.Server;
  private api?: OpenAPIBackend;
  url = '';

  /** Requests that change something: every REST call but GET, and GraphQL mutations. */
  get writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql');
  }

  openPulls(): IssueState[] {
    return this.issues.filter((i) => i.pull && i.state === 'open');
  }

  openIssues(): IssueState[] {
    return this.issues.filter((i) => !i.pull && i.state === 'open');
  }

  async start(): Promise<this> {
    const api = new OpenAPIBackend({
      definition: DEFINITION,
      quick: true,
      validate: true,
      ajvOpts: { strict: false },
      customizeAjv: (ajv) => {
        addFormats.default(ajv);
        ajv.addFormat('repo.nwo', true);
        return ajv;
      },
    });
    api.register({
      validationFail: (c) => this.fail(c, 422, `request does not match GitHub's description: ${JSON.stringify(c.validation.errors)}`, true),
      notFound: (c) => this.fail(c, 404, `no such operation in the extract: ${c.request.method} ${c.request.path}`, true),
      notImplemented: (c) => this.fail(c, 501, `not implemented in the fake: ${c.operation.operationId}`, true),
      postResponseHandler: (c) => this.checkResponse(c),
      ...this.handlers(),
    });
    await api.init();
    this.api = api;
    this.server = http.createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /**
   * Commits files on a branch, as a merchant's `git push` would: authored by `author` (a person
   * unless told otherwise), never signed by GitHub. Any author can be written into a pushed commit.
   */
  push(branch: string, files: Record<string, string>, message = 'push', author = 'merchant-dev'): string {
    const parent = this.refs.get(`heads/${branch}`);
    const tree = new Map(parent ? this.trees.get(this.commitOf(parent).tree) : undefined);
    for (const [path, content] of Object.entries(files)) tree.set(path, this.putBlob(content));
    const sha = this.putCommit({ tree: this.putTree(tree), parents: parent ? [parent] : [], message, author, signedByGitHub: false });
    this.refs.set(`heads/${branch}`, sha);
    for (const pull of this.openPulls()) if (pull.pull && !pull.pull.fork && pull.pull.head === branch) pull.pull.headSha = sha;
    return sha;
  }

  /**
   * A commit the token made through the API on top of `parent` (a run of the action, or any other
   * workflow using the same token), pointed to by `branch`.
   */
  commitAsToken(branch: string, parent: string, files: Record<string, string>, message: string): string {
    const tree = new Map(this.trees.get(this.commitOf(parent).tree));
    for (const [path, content] of Object.entries(files)) tree.set(path, this.putBlob(content));
    const author = this.tokenIdentity;
    const sha = this.putCommit({ tree: this.putTree(tree), parents: [parent], message, author, signedByGitHub: isBot(author) });
    this.refs.set(`heads/${branch}`, sha);
    for (const pull of this.openPulls()) if (pull.pull && !pull.pull.fork && pull.pull.head === branch) pull.pull.headSha = sha;
    return sha;
  }

  /** A pull request someone opened in the web interface (or from a fork with a branch of the same name). */
  openPullRequestAs(author: string, input: { head: string; base: string; title: string; body?: string; fork?: boolean }): IssueState {
    const headSha = input.fork
      ? this.putCommit({ tree: this.putTree(new Map()), parents: [], message: 'fork', author, signedByGitHub: false })
      : this.refs.get(`heads/${input.head}`);
    const baseSha = this.refs.get(`heads/${input.base}`);
    if (!headSha || !baseSha) throw new Error(`no branch ${input.head} or ${input.base}`);
    const issue = this.newIssue(input.title, input.body ?? '', author);
    issue.pull = { head: input.head, base: input.base, fork: input.fork ?? false, headSha, baseSha, draft: false, reviewers: [], merged: false };
    return issue;
  }

  /** An issue someone opened in the web interface. */
  openIssueAs(author: string, title: string, body: string): IssueState {
    return this.newIssue(title, body, author);
  }

  /** Someone edits the description of an issue or pull request. */
  editBody(number: number, editor: string, body: string): void {
    const issue = this.issues.find((i) => i.number === number);
    if (!issue) throw new Error(`no issue #${number}`);
    issue.body = body;
    issue.editor = editor;
  }

  /** Merges a pull request the way the merge button would (fast-forward of its files onto the base). */
  merge(number: number): void {
    const pull = this.issues.find((i) => i.number === number)?.pull;
    if (!pull) throw new Error(`no pull request #${number}`);
    const files = Object.fromEntries([...(this.trees.get(this.commitOf(pull.headSha).tree) ?? [])].map(([p, b]) => [p, this.blobs.get(b) ?? '']));
    this.push(pull.base, files, `Merge pull request #${number}`, 'maintainer');
    pull.merged = true;
    const issue = this.issues.find((i) => i.number === number) as IssueState;
    issue.state = 'closed';
    issue.closedAt = T0;
  }

  fileAt(ref: string, path: string): string | undefined {
    const sha = this.refs.get(`heads/${ref}`) ?? ref;
    const commit = this.commits.get(sha);
    const blob = commit && this.trees.get(commit.tree)?.get(path);
    return blob === undefined ? undefined : this.blobs.get(blob);
  }

  commitOf(sha: string): Commit {
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha}`);
    return commit;
  }

  // ---- the HTTP side ----

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    // GitHub Enterprise Server serves the same API under /api/v3, and GraphQL at /api/graphql.
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    if (url.pathname === '/graphql' && req.method === 'POST') {
      const reply = await this.graphql(raw, this.permissionsOf(req.headers.authorization));
      this.requests.push({ method: 'POST', path: '/graphql', operationId: 'graphql', status: reply.status });
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...this.rateLimit('graphql'), ...reply.headers });
      res.end(JSON.stringify(reply.body));
      return;
    }
    const request = {
      method: req.method ?? 'GET',
      // Routed as sent: a ref such as heads/vipps-ip-lock/update arrives as one %2F-encoded segment.
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers as Record<string, string>,
      body: raw ? JSON.parse(raw) : undefined,
    };
    const reply = (await (this.api as OpenAPIBackend).handleRequest(request, req, res)) as Reply;
    this.requests.push({ method: request.method, path: decodeURIComponent(request.path), operationId: reply.operationId, status: reply.status });
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...this.rateLimit('core'), ...reply.headers });
    res.end(reply.body === undefined || reply.status === 204 ? '' : JSON.stringify(reply.body));
  }

  /** Answers a GraphQL query from the same state the REST side serves; mutations are not offered. */
  private async graphql(raw: string, permissions: Permissions): Promise<{ status: number; body: unknown; headers?: Record<string, string> | undefined }> {
    const { query, variables } = JSON.parse(raw) as { query: string; variables?: Record<string, unknown> };
    const schema = githubGraphqlSchema();
    const errors = validate(schema, parse(query));
    if (errors.length) {
      this.violations.push(`GraphQL query does not match GitHub's schema: ${errors.map(String).join('; ')}`);
      return { status: 200, body: { errors: errors.map((e) => ({ message: e.message })) } };
    }
    if (/^\s*mutation\b/.test(query)) {
      this.violations.push('GraphQL mutation: the fake serves reads only');
      return { status: 200, body: { errors: [{ message: 'mutations are not served' }] } };
    }
    const fault = this.faults.find((f) => f.operationId === 'graphql' && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      // GitHub answers an HTTP error for server trouble and rate limits, and 200 with errors for refusals.
      if (fault.status !== 200)
        return {
          status: fault.status,
          headers: fault.headers,
          body: { message: fault.message ?? 'Server Error', documentation_url: 'https://docs.github.com/graphql' },
        };
      return { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: fault.message ?? 'Resource not accessible by integration' }] } };
    }
    const result = await graphql({
      schema,
      source: query,
      variableValues: variables ?? {},
      rootValue: {
        repository: (args: { owner: string; name: string }) => {
          const repository = this.graphqlRepository(args);
          return repository && guardRepository(repository, permissions);
        },
        // Not every token may read viewer; the field being non-null, GitHub then answers no data at all.
        viewer: () => {
          if (!this.viewerReadable) throw new GraphQLError(NOT_ACCESSIBLE, { extensions: { type: 'FORBIDDEN' } });
          return { login: this.tokenIdentity };
        },
      },
    });
    const unexpected = result.errors?.filter((e) => e.extensions?.type !== 'FORBIDDEN') ?? [];
    if (unexpected.length) this.violations.push(`GraphQL execution failed: ${unexpected.map(String).join('; ')}`);
    return { status: 200, body: result.errors ? { data: result.data ?? null, errors: result.errors.map(githubGraphqlError) } : result };
  }

  private graphqlRepository({ owner, name }: { owner: string; name: string }) {
    if (owner !== this.owner || name !== this.repo) return null;
    const ref = (branch: string) => {
      const sha = this.refs.get(`heads/${branch}`);
      return sha
        ? {
            name: branch,
            target: this.graphqlCommit(sha),
            compare: ({ headRef }: { headRef: string }) => this.graphqlComparison(sha, headRef),
          }
        : null;
    };
    const revision = (rev: string) =>
      rev === 'HEAD'
        ? this.refs.get(`heads/${this.defaultBranch}`)
        : (this.refs.get(`heads/${rev.replace(/^refs\/heads\//, '')}`) ?? (this.commits.has(rev) ? rev : undefined));
    return {
      defaultBranchRef: () => ref(this.defaultBranch),
      ref: ({ qualifiedName }: { qualifiedName: string }) => ref(qualifiedName.replace(/^refs\/heads\//, '')),
      pullRequests: ({ headRefName, states, first }: { headRefName?: string; states?: string[]; first?: number }) => ({
        nodes: this.issues
          .filter((i) => i.pull && (!headRefName || i.pull.head === headRefName) && (!states || states.includes(i.state.toUpperCase())))
          .slice(0, first ?? 100)
          .map((i) => ({
            ...this.graphqlComment(i),
            url: this.html(`pull/${i.number}`),
            headRefOid: i.pull?.headSha,
            baseRefName: i.pull?.base,
            isCrossRepository: i.pull?.fork ?? false,
          })),
      }),
      issues: ({ states, first, after }: { states?: string[]; first?: number; after?: string | null }) => {
        const open = this.issues.filter((i) => !i.pull && (!states || states.includes(i.state.toUpperCase())));
        const from = after ? Number(after) : 0;
        const page = open.slice(from, from + (first ?? 100));
        return {
          nodes: page.map((i) => ({ ...this.graphqlComment(i), url: this.html(`issues/${i.number}`) })),
          pageInfo: { hasNextPage: open.length > from + page.length, endCursor: page.length ? String(from + page.length) : null },
        };
      },
      object: ({ expression }: { expression: string }) => {
        const colon = expression.indexOf(':');
        // A revision alone (`<sha>`, `refs/heads/<branch>`) names its commit.
        if (colon === -1) {
          const sha = revision(expression);
          return sha === undefined ? null : { __typename: 'Commit', oid: sha };
        }
        const sha = revision(expression.slice(0, colon));
        const text = sha === undefined ? undefined : this.fileAt(sha, expression.slice(colon + 1));
        if (text === undefined) return null;
        // GitHub shows no text for a binary blob, and cuts a large one short.
        const binary = text.includes('\u0000');
        return { __typename: 'Blob', isBinary: binary, isTruncated: text.length > BLOB_TEXT_LIMIT, text: binary ? null : text.slice(0, BLOB_TEXT_LIMIT) };
      },
    };
  }

  /** What a pull request and an issue share: number, text, and who wrote and edited it. */
  private graphqlComment(issue: IssueState) {
    const author = issue.author ?? this.tokenIdentity;
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      viewerDidAuthor: author === this.tokenIdentity,
      author: this.graphqlActor(author),
      editor: issue.editor ? this.graphqlActor(issue.editor) : null,
    };
  }

  private graphqlActor(login: string) {
    return isBot(login) ? { __typename: 'Bot', login: login.replace(/\[bot\]$/, '') } : { __typename: 'User', login };
  }

  private graphqlCommit(sha: string) {
    const commit = this.commitOf(sha);
    return {
      __typename: 'Commit',
      oid: sha,
      tree: { oid: commit.tree },
      message: commit.message,
      changedFilesIfAvailable: this.changedFiles(commit),
      parents: () => ({ nodes: commit.parents.map((oid) => ({ oid })) }),
      // A bot is no User: GitHub links a commit's author to a user account only for people.
      author: { email: noreply(commit.author), name: commit.author, user: isBot(commit.author) ? null : { login: commit.author } },
      signature: commit.signedByGitHub ? { __typename: 'GpgSignature', isValid: true, wasSignedByGitHub: true } : null,
    };
  }

  /** The commits reachable from `headRef` and not from `base`, oldest first, as GitHub's compare lists them. */
  private graphqlComparison(base: string, headRef: string) {
    const head = this.refs.get(`heads/${headRef.replace(/^refs\/heads\//, '')}`);
    if (!head) return null;
    const inBase = this.ancestors(base);
    const ahead = [...this.ancestors(head)].filter((sha) => !inBase.has(sha)).reverse();
    const behind = [...inBase].filter((sha) => !this.ancestors(head).has(sha)).length;
    return {
      aheadBy: ahead.length,
      behindBy: behind,
      status: ahead.length && behind ? 'DIVERGED' : ahead.length ? 'AHEAD' : behind ? 'BEHIND' : 'IDENTICAL',
      commits: ({ first }: { first?: number }) => ({ nodes: ahead.slice(0, first ?? 100).map((sha) => this.graphqlCommit(sha)) }),
    };
  }

  /** Files added, changed or deleted from the first parent (every file, for a root commit). */
  private changedFiles(commit: Commit): number {
    const tree = this.trees.get(commit.tree) ?? new Map<string, string>();
    const parentSha = commit.parents[0];
    const parent = parentSha ? (this.trees.get(this.commitOf(parentSha).tree) ?? new Map<string, string>()) : new Map<string, string>();
    const paths = new Set([...tree.keys(), ...parent.keys()]);
    return [...paths].filter((path) => tree.get(path) !== parent.get(path)).length;
  }

  /** Every commit reachable from `sha`, newest first. */
  private ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length) {
      const current = queue.shift() as string;
      if (seen.has(current)) continue;
      seen.add(current);
      queue.push(...(this.commits.get(current)?.parents ?? []));
    }
    return seen;
  }

  private fail(c: Context, status: number, message: string, violation = false): Reply {
    if (violation) this.violations.push(`${c.request.method.toUpperCase()} ${c.request.path}: ${message}`);
    return {
      status,
      body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
      operationId: c.operation?.operationId ?? 'unknown',
    };
  }

  private checkResponse(c: Context): Reply {
    const reply = c.response as Reply;
    if (c.operation && reply.status < 500 && reply.status !== 429) {
      const result = c.api.validateResponse(reply.body, c.operation, reply.status);
      if (result.errors?.length) {
        this.violations.push(
          `response to ${c.operation.operationId} (${reply.status}) does not match GitHub's description: ${JSON.stringify(result.errors).slice(0, 600)}`,
        );
      }
    }
    return reply;
  }

  /** Wraps each handler: an injected fault answers first. */
  private handlers(): Record<string, (c: Context) => Reply> {
    const handlers: Record<string, (c: Context) => Omit<Reply, 'operationId'>> = {
      'git/create-ref': (c) => {
        const { ref, sha } = body<{ ref: string; sha: string }>(c);
        const name = ref.replace(/^refs\//, '');
        if (this.refs.has(name)) return invalid('Reference already exists');
        if (!this.commits.has(sha)) return invalid('Object does not exist');
        this.refs.set(name, sha);
        return { status: 201, body: this.gitRef(name, sha) };
      },
      'git/update-ref': (c) => {
        const name = param(c, 'ref');
        const { sha, force } = body<{ sha: string; force?: boolean }>(c);
        const current = this.refs.get(name);
        if (!current) return invalid('Reference does not exist');
        if (!force && !this.isAncestor(current, sha)) return invalid('Update is not a fast forward');
        this.refs.set(name, sha);
        for (const pull of this.openPulls()) if (pull.pull && !pull.pull.fork && `heads/${pull.pull.head}` === name) pull.pull.headSha = sha;
        return ok(this.gitRef(name, sha));
      },
      'git/delete-ref': (c) => {
        const name = param(c, 'ref');
        if (!this.refs.delete(name)) return invalid('Reference does not exist');
        return { status: 204, body: null };
      },
      'git/create-tree': (c) => {
        const input = body<{ base_tree?: string; tree: Array<{ path: string; content?: string; sha?: string | null }> }>(c);
        const tree = new Map(input.base_tree ? this.trees.get(input.base_tree) : undefined);
        if (input.base_tree && !this.trees.has(input.base_tree)) return invalid('base_tree is not a valid tree');
        for (const entry of input.tree) {
          if (entry.content !== undefined) tree.set(entry.path, this.putBlob(entry.content));
          else if (entry.sha === null) tree.delete(entry.path);
        }
        const sha = this.putTree(tree);
        return {
          status: 201,
          body: {
            sha,
            url: this.api_(`git/trees/${sha}`),
            truncated: false,
            tree: [...tree].map(([path, blob]) => ({
              path,
              mode: '100644',
              type: 'blob',
              sha: blob,
              size: (this.blobs.get(blob) ?? '').length,
              url: this.api_(`git/blobs/${blob}`),
            })),
          },
        };
      },
      'git/create-commit': (c) => {
        const input = body<{ message: string; tree: string; parents: string[] }>(c);
        if (!this.trees.has(input.tree) || input.parents.some((p) => !this.commits.has(p))) return invalid('Tree or parent SHA does not exist');
        // With no author given, GitHub writes the token's identity, and signs the commit when that is an app.
        const author = this.tokenIdentity;
        const sha = this.putCommit({ tree: input.tree, parents: input.parents, message: input.message, author, signedByGitHub: isBot(author) });
        return { status: 201, body: this.gitCommit(sha) };
      },
      'pulls/list': (c) => {
        const q = c.request.query as Record<string, string>;
        const pulls = this.issues.filter(
          (i) =>
            i.pull &&
            (q.state === 'all' || i.state === (q.state ?? 'open')) &&
            (!q.head || (!i.pull.fork && `${this.owner}:${i.pull.head}` === q.head)) &&
            (!q.base || i.pull.base === q.base),
        );
        return ok(pulls.slice(0, Number(q.per_page ?? 30)).map((i) => this.pullRequest(i, true)));
      },
      'pulls/create': (c) => {
        const input = body<{ head: string; base: string; title: string; body?: string; draft?: boolean }>(c);
        if (!this.actionsMayCreatePullRequests)
          return {
            status: 403,
            body: {
              message: 'GitHub Actions is not permitted to create or approve pull requests.',
              documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
              status: '403',
            },
          };
        const headSha = this.refs.get(`heads/${input.head}`);
        const baseSha = this.refs.get(`heads/${input.base}`);
        if (!headSha || !baseSha) return invalid('Validation Failed', [{ resource: 'PullRequest', field: headSha ? 'base' : 'head', code: 'invalid' }]);
        if (this.openPulls().some((i) => i.pull?.head === input.head && !i.pull.fork && i.pull.base === input.base)) {
          return invalid('Validation Failed', [
            { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${this.owner}:${input.head}.` },
          ]);
        }
        const issue = this.newIssue(input.title, input.body ?? '');
        issue.pull = { head: input.head, base: input.base, headSha, baseSha, draft: input.draft ?? false, reviewers: [], merged: false };
        return { status: 201, body: this.pullRequest(issue, false) };
      },
      'pulls/update': (c) => {
        const issue = this.issueNumbered(c, 'pull_number');
        if (!issue?.pull) return notFound();
        const input = body<{ title?: string; body?: string; state?: 'open' | 'closed' }>(c);
        if (input.title !== undefined) issue.title = input.title;
        if (input.body !== undefined) issue.body = input.body;
        if (input.state) this.setState(issue, input.state);
        return ok(this.pullRequest(issue, false));
      },
      'pulls/request-reviewers': (c) => {
        const issue = this.issueNumbered(c, 'pull_number');
        if (!issue?.pull) return notFound();
        issue.pull.reviewers.push(...(body<{ reviewers?: string[] }>(c).reviewers ?? []));
        return { status: 201, body: this.pullRequest(issue, true) };
      },
      'issues/list-for-repo': (c) => {
        const q = c.request.query as Record<string, string>;
        const perPage = Number(q.per_page ?? 30);
        const page = Number(q.page ?? 1);
        const matching = this.issues.filter((i) => q.state === 'all' || i.state === (q.state ?? 'open'));
        return ok(matching.slice((page - 1) * perPage, page * perPage).map((i) => this.issue(i)));
      },
      'issues/create': (c) => {
        const input = body<{ title: string; body?: string; labels?: string[]; assignees?: string[] }>(c);
        const issue = this.newIssue(input.title, input.body ?? '');
        issue.labels = input.labels ?? [];
        issue.assignees = input.assignees ?? [];
        return { status: 201, body: this.issue(issue) };
      },
      'issues/update': (c) => {
        const issue = this.issueNumbered(c, 'issue_number');
        if (!issue) return notFound();
        const input = body<{ title?: string; body?: string; state?: 'open' | 'closed' }>(c);
        if (input.title !== undefined) issue.title = input.title;
        if (input.body !== undefined) issue.body = input.body;
        if (input.state) this.setState(issue, input.state);
        return ok(this.issue(issue));
      },
      'issues/create-comment': (c) => {
        const issue = this.issueNumbered(c, 'issue_number');
        if (!issue) return notFound();
        issue.comments.push(body<{ body: string }>(c).body);
        const id = issue.number * 1000 + issue.comments.length;
        return {
          status: 201,
          body: {
            id,
            node_id: `IC_${id}`,
            url: this.api_(`issues/comments/${id}`),
            html_url: `${this.html(`issues/${issue.number}`)}#issuecomment-${id}`,
            issue_url: this.api_(`issues/${issue.number}`),
            body: issue.comments.at(-1),
            user: this.user(this.tokenIdentity),
            created_at: T0,
            updated_at: T0,
            author_association: 'NONE',
          },
        };
      },
      'issues/add-labels': (c) => {
        const issue = this.issueNumbered(c, 'issue_number');
        if (!issue) return notFound();
        const input = body<{ labels?: string[] }>(c);
        issue.labels.push(...(input.labels ?? []).filter((l) => !issue.labels.includes(l)));
        return ok(issue.labels.map((name) => this.label(name)));
      },
      'issues/add-assignees': (c) => {
        const issue = this.issueNumbered(c, 'issue_number');
        if (!issue) return notFound();
        issue.assignees.push(...(body<{ assignees?: string[] }>(c).assignees ?? []));
        return { status: 201, body: this.issue(issue) };
      },
    };
    return Object.fromEntries(
      Object.entries(handlers).map(([operationId, handler]) => [
        operationId,
        (c: Context): Reply => {
          const refusal = this.refusal(c, operationId);
          if (refusal) return { operationId, ...refusal };
          const fault = this.faults.find((f) => f.operationId === operationId && (f.times ?? 1) > 0);
          if (fault) {
            fault.times = (fault.times ?? 1) - 1;
            return {
              operationId,
              status: fault.status,
              headers: fault.headers,
              body: { message: fault.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest', status: String(fault.status) },
            };
          }
          return { operationId, ...handler(c) };
        },
      ]),
    );
  }

  /** GitHub's rate-limit headers, counting this fake's requests of each resource. */
  private rateLimit(resource: 'core' | 'graphql'): Record<string, string> {
    const used = this.requests.filter((r) => (r.operationId === 'graphql') === (resource === 'graphql')).length;
    return { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(5000 - used), 'x-ratelimit-used': String(used), 'x-ratelimit-resource': resource };
  }

  // ---- permissions ----

  private permissionsOf(authorization: string | string[] | undefined): Permissions {
    const token = tokenOf(authorization);
    return (token && this.tokens.get(token)) || ALL;
  }

  /** GitHub's 403 when the token lacks the scope an operation needs; undefined when it may. */
  private refusal(c: Context, operationId: string): Omit<Reply, 'operationId'> | undefined {
    const permissions = this.permissionsOf(c.request.headers.authorization);
    const number = (c.request.params as Record<string, string>).issue_number;
    const onPull = number !== undefined && Boolean(this.issues.find((i) => i.number === Number(number))?.pull);
    const allowed = allowsRest(permissions, operationId, onPull);
    if (allowed === undefined) this.violations.push(`${operationId} has no row in the fake's permission table (github-permissions.ts)`);
    if (allowed) return undefined;
    return { status: 403, body: { message: NOT_ACCESSIBLE, documentation_url: 'https://docs.github.com/rest', status: '403' } };
  }

  // ---- state ----

  private putBlob(content: string): string {
    const sha = hash(`blob ${content}`);
    this.blobs.set(sha, content);
    return sha;
  }

  private putTree(tree: Map<string, string>): string {
    const sha = hash(`tree ${JSON.stringify([...tree].sort())}`);
    this.trees.set(sha, tree);
    return sha;
  }

  private putCommit(commit: Commit): string {
    const sha = hash(`commit ${this.commits.size} ${JSON.stringify(commit)}`);
    this.commits.set(sha, commit);
    return sha;
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const queue = [sha];
    while (queue.length) {
      const current = queue.pop() as string;
      if (current === ancestor) return true;
      queue.push(...(this.commits.get(current)?.parents ?? []));
    }
    return false;
  }

  private newIssue(title: string, text: string, author = this.tokenIdentity): IssueState {
    const issue: IssueState = {
      number: this.issues.length + 1,
      title,
      body: text,
      author,
      state: 'open',
      labels: [],
      assignees: [],
      comments: [],
      createdAt: T0,
      closedAt: null,
    };
    this.issues.push(issue);
    return issue;
  }

  private issueNumbered(c: Context, name: string): IssueState | undefined {
    return this.issues.find((i) => i.number === Number(param(c, name)));
  }

  private setState(issue: IssueState, state: 'open' | 'closed'): void {
    issue.state = state;
    issue.closedAt = state === 'closed' ? T0 : null;
  }

  // ---- response bodies, built from state ----

  private api_(path: string): string {
    return `${this.url}/repos/${this.owner}/${this.repo}/${path}`;
  }

  private html(path: string): string {
    return `${this.url}/html/${this.owner}/${this.repo}/${path}`;
  }

  private user(login: string) {
    const base = `${this.url}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id: isBot(login) ? 41898282 : hashNumber(login),
      node_id: isBot(login) ? 'MDM6Qm90NDE4OTgyODI=' : `U_${login}`,
      avatar_url: `${this.url}/avatars/${encodeURIComponent(login)}`,
      gravatar_id: '',
      url: base,
      html_url: `${this.url}/${encodeURIComponent(login)}`,
      followers_url: `${base}/followers`,
      following_url: `${base}/following{/other_user}`,
      gists_url: `${base}/gists{/gist_id}`,
      starred_url: `${base}/starred{/owner}{/repo}`,
      subscriptions_url: `${base}/subscriptions`,
      organizations_url: `${base}/orgs`,
      repos_url: `${base}/repos`,
      events_url: `${base}/events{/privacy}`,
      received_events_url: `${base}/received_events`,
      type: isBot(login) ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  private repository() {
    const base = `${this.url}/repos/${this.owner}/${this.repo}`;
    const urls = Object.fromEntries(
      [
        'archive_url',
        'assignees_url',
        'blobs_url',
        'branches_url',
        'collaborators_url',
        'comments_url',
        'commits_url',
        'compare_url',
        'contents_url',
        'contributors_url',
        'deployments_url',
        'downloads_url',
        'events_url',
        'forks_url',
        'git_commits_url',
        'git_refs_url',
        'git_tags_url',
        'hooks_url',
        'issue_comment_url',
        'issue_events_url',
        'issues_url',
        'keys_url',
        'labels_url',
        'languages_url',
        'merges_url',
        'milestones_url',
        'notifications_url',
        'pulls_url',
        'releases_url',
        'stargazers_url',
        'statuses_url',
        'subscribers_url',
        'subscription_url',
        'tags_url',
        'teams_url',
        'trees_url',
      ].map((k) => [k, `${base}/${k.replace(/_url$/, '')}`]),
    );
    return {
      id: 1,
      node_id: 'R_1',
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: this.user(this.owner),
      private: true,
      html_url: `${this.url}/${this.owner}/${this.repo}`,
      description: null,
      fork: false,
      url: base,
      ...urls,
      git_url: `git://127.0.0.1/${this.owner}/${this.repo}.git`,
      ssh_url: `git@127.0.0.1:${this.owner}/${this.repo}.git`,
      clone_url: `${this.url}/${this.owner}/${this.repo}.git`,
      svn_url: `${this.url}/${this.owner}/${this.repo}`,
      mirror_url: null,
      homepage: null,
      language: null,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: this.defaultBranch,
      open_issues: this.issues.filter((i) => i.state === 'open').length,
      open_issues_count: this.issues.filter((i) => i.state === 'open').length,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: T0,
      created_at: T0,
      updated_at: T0,
    };
  }

  private label(name: string) {
    return {
      id: hashNumber(name),
      node_id: `LA_${name}`,
      url: this.api_(`labels/${encodeURIComponent(name)}`),
      name,
      description: '',
      color: 'ededed',
      default: false,
    };
  }

  private gitRef(name: string, sha: string) {
    return {
      ref: `refs/${name}`,
      node_id: `REF_${name}`,
      url: this.api_(`git/refs/${name}`),
      object: { type: 'commit', sha, url: this.api_(`git/commits/${sha}`) },
    };
  }

  private gitCommit(sha: string) {
    const commit = this.commitOf(sha);
    // With an app's token and no author given, the app is the author and GitHub the committer, which signs it.
    const author = { name: commit.author, email: noreply(commit.author), date: T0 };
    const committer = commit.signedByGitHub ? { name: 'GitHub', email: 'noreply@github.com', date: T0 } : author;
    return {
      sha,
      node_id: `C_${sha}`,
      url: this.api_(`git/commits/${sha}`),
      html_url: this.html(`commit/${sha}`),
      author,
      committer,
      tree: { sha: commit.tree, url: this.api_(`git/trees/${commit.tree}`) },
      message: commit.message,
      parents: commit.parents.map((p) => ({ sha: p, url: this.api_(`git/commits/${p}`), html_url: this.html(`commit/${p}`) })),
      verification: commit.signedByGitHub
        ? { verified: true, reason: 'valid', signature: '-----BEGIN PGP SIGNATURE-----', payload: `tree ${commit.tree}`, verified_at: T0 }
        : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  private issue(issue: IssueState) {
    const url = this.api_(`issues/${issue.number}`);
    return {
      id: issue.number,
      node_id: `I_${issue.number}`,
      url,
      repository_url: `${this.url}/repos/${this.owner}/${this.repo}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: this.html(`${issue.pull ? 'pull' : 'issues'}/${issue.number}`),
      number: issue.number,
      state: issue.state,
      ...(issue.state === 'closed' ? { state_reason: 'completed' } : {}),
      title: issue.title,
      body: issue.body,
      user: this.user(issue.author ?? this.tokenIdentity),
      labels: issue.labels.map((l) => this.label(l)),
      assignee: issue.assignees[0] ? this.user(issue.assignees[0]) : null,
      assignees: issue.assignees.map((a) => this.user(a)),
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: issue.comments.length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: T0,
      author_association: 'NONE',
      ...(issue.pull
        ? {
            pull_request: {
              url: this.api_(`pulls/${issue.number}`),
              html_url: this.html(`pull/${issue.number}`),
              diff_url: this.html(`pull/${issue.number}.diff`),
              patch_url: this.html(`pull/${issue.number}.patch`),
              merged_at: null,
            },
          }
        : {}),
    };
  }

  private pullRequest(issue: IssueState, simple: boolean) {
    const pull = issue.pull as PullState;
    const url = this.api_(`pulls/${issue.number}`);
    const branch = (ref: string, sha: string) => ({ label: `${this.owner}:${ref}`, ref, sha, user: this.user(this.owner), repo: this.repository() });
    const link = (href: string) => ({ href });
    const common = {
      url,
      id: issue.number,
      node_id: `PR_${issue.number}`,
      html_url: this.html(`pull/${issue.number}`),
      diff_url: this.html(`pull/${issue.number}.diff`),
      patch_url: this.html(`pull/${issue.number}.patch`),
      issue_url: this.api_(`issues/${issue.number}`),
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: this.api_('pulls/comments{/number}'),
      comments_url: this.api_(`issues/${issue.number}/comments`),
      statuses_url: this.api_(`statuses/${pull.headSha}`),
      number: issue.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: this.user(issue.author ?? this.tokenIdentity),
      body: issue.body,
      labels: issue.labels.map((l) => this.label(l)),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.createdAt,
      updated_at: T0,
      closed_at: issue.closedAt,
      merged_at: pull.merged ? T0 : null,
      merge_commit_sha: null,
      assignee: issue.assignees[0] ? this.user(issue.assignees[0]) : null,
      assignees: issue.assignees.map((a) => this.user(a)),
      requested_reviewers: pull.reviewers.map((r) => this.user(r)),
      requested_teams: [],
      head: branch(pull.head, pull.headSha),
      base: branch(pull.base, pull.baseSha),
      _links: {
        self: link(url),
        html: link(this.html(`pull/${issue.number}`)),
        issue: link(this.api_(`issues/${issue.number}`)),
        comments: link(this.api_(`issues/${issue.number}/comments`)),
        review_comments: link(`${url}/comments`),
        review_comment: link(this.api_('pulls/comments{/number}')),
        commits: link(`${url}/commits`),
        statuses: link(this.api_(`statuses/${pull.headSha}`)),
      },
      author_association: 'NONE',
      auto_merge: null,
      draft: pull.draft,
    };
    if (simple) return common;
    return {
      ...common,
      merged: pull.merged,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: issue.comments.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 1,
      changed_files: 1,
    };
  }
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string> | undefined;
  operationId: string;
}

const ok = (value: unknown) => ({ status: 200, body: value });
const notFound = () => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } });
const invalid = (message: string, errors?: unknown[]) => ({
  status: 422,
  body: { message, documentation_url: 'https://docs.github.com/rest', ...(errors ? { errors } : {}), status: '422' },
});
const param = (c: Context, name: string) => decodeURIComponent(String((c.request.params as Record<string, string>)[name]));
const body = <T>(c: Context) => c.request.requestBody as T;
const hash = (text: string) => createHash('sha1').update(text).digest('hex');
const hashNumber = (text: string) => Number.parseInt(hash(text).slice(0, 8), 16);
