import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubFake } from './support/github-fake.js';
import { REST_REQUIREMENTS } from './support/github-permissions.js';

// The fake's permission layer answers as GitHub does for a workflow token: exactly the scopes of
// its `permissions:` block, a 403 for a REST request it may not make, and for a GraphQL field it
// may not read that field null, a FORBIDDEN error with its path, and the rest of the data.

let github: GitHubFake;
beforeEach(async () => {
  github = await new GitHubFake().start();
  github.push('main', { 'ips.lock.json': '{}\n' });
});
afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
});

const post = (path: string, token: string, body: unknown) =>
  fetch(`${github.url}${path}`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const QUERY = `query Read($owner: String!, $repo: String!) {
  repository(owner: $owner, name: $repo) {
    lock: object(expression: "HEAD:ips.lock.json") { ... on Blob { text } }
    base: defaultBranchRef { name }
    pullRequests(states: [OPEN], first: 5) { nodes { number } }
  }
}`;

describe("the fake applies the token's permissions", () => {
  it('has a rule for every REST operation it serves', () => {
    const definition = JSON.parse(readFileSync('test/fixtures/github-openapi.json', 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const served = Object.values(definition.paths).flatMap((path) => Object.values(path).map((operation) => operation.operationId));
    for (const operationId of served) expect(REST_REQUIREMENTS, `${operationId}`).toHaveProperty([operationId as string]);
  });

  it('answers a REST request the token may not make with 403, as GitHub does', async () => {
    github.tokens.set('ghs_read', { contents: 'read' });
    const response = await post(`/repos/${github.owner}/${github.repo}/git/refs`, 'ghs_read', { ref: 'refs/heads/x', sha: github.refs.get('heads/main') });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(github.refs.has('heads/x')).toBe(false);
  });

  it('lets pull-requests: write comment on a pull request, but not on an issue', async () => {
    github.tokens.set('ghs_pr', { contents: 'write', 'pull-requests': 'write' });
    github.push('topic', { a: 'b' });
    const pull = await post(`/repos/${github.owner}/${github.repo}/pulls`, 'ghs_pr', { head: 'topic', base: 'main', title: 't' });
    expect(pull.status).toBe(201);
    expect((await post(`/repos/${github.owner}/${github.repo}/issues/1/comments`, 'ghs_pr', { body: 'on the pull request' })).status).toBe(201);
    github.tokens.set('ghs_all', { issues: 'write' });
    expect((await post(`/repos/${github.owner}/${github.repo}/issues`, 'ghs_all', { title: 'an issue' })).status).toBe(201);
    expect((await post(`/repos/${github.owner}/${github.repo}/issues/2/comments`, 'ghs_pr', { body: 'on the issue' })).status).toBe(403);
  });

  it('answers a GraphQL field the token may not read with HTTP 200, the field null, a FORBIDDEN error and the rest of the data', async () => {
    github.tokens.set('ghs_pulls', { 'pull-requests': 'read' });
    const response = await post('/graphql', 'ghs_pulls', { query: QUERY, variables: { owner: github.owner, repo: github.repo } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown; errors: Array<Record<string, unknown>> };
    expect(body.data).toEqual({ repository: { lock: null, base: null, pullRequests: { nodes: [] } } });
    expect(body.errors.map((e) => ({ type: e.type, message: e.message, path: e.path }))).toEqual([
      { type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['repository', 'lock'] },
      { type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['repository', 'base'] },
    ]);
    github.tokens.set('ghs_read', { contents: 'read', 'pull-requests': 'read' });
    const allowed = (await (await post('/graphql', 'ghs_read', { query: QUERY, variables: { owner: github.owner, repo: github.repo } })).json()) as {
      data: unknown;
      errors?: unknown;
    };
    expect(allowed).toEqual({ data: { repository: { lock: { text: '{}\n' }, base: { name: 'main' }, pullRequests: { nodes: [] } } } });
  });
});
