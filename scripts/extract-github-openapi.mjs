// Extracts the GitHub REST operations vipps-ip-lock uses from GitHub's official OpenAPI description
// (the npm package @octokit/openapi, 385 MB: installed into a temporary folder, never a dependency)
// into test/fixtures/github-openapi.json, which the fake GitHub API validates every request and
// response against. Run again after adding an operation: node scripts/extract-github-openapi.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const OPERATIONS = [
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'git/create-commit',
  'git/create-tree',
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'pulls/request-reviewers',
  'issues/list-for-repo',
  'issues/create',
  'issues/update',
  'issues/create-comment',
  'issues/add-labels',
  'issues/add-assignees',
];
const VERSION = process.env.OCTOKIT_OPENAPI_VERSION ?? '23.0.2';

const folder = process.env.OCTOKIT_OPENAPI_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'octokit-openapi-'));
try {
  if (!process.env.OCTOKIT_OPENAPI_DIR) {
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', folder, `@octokit/openapi@${VERSION}`], { stdio: 'inherit' });
  }
  const full = JSON.parse(readFileSync(path.join(folder, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'));
  const paths = {};
  const found = new Set();
  for (const [route, item] of Object.entries(full.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!OPERATIONS.includes(operation?.operationId)) continue;
      found.add(operation.operationId);
      paths[route] ??= item.parameters ? { parameters: item.parameters } : {};
      paths[route][method] = operation;
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length) throw new Error(`not in the description: ${missing.join(', ')}`);

  // Every component the chosen operations reach, transitively.
  const components = {};
  const queue = [paths];
  const seen = new Set();
  while (queue.length) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !seen.has(value)) {
          seen.add(value);
          const [, , kind, name] = value.split('/');
          const target = full.components[kind][name];
          components[kind] ??= {};
          components[kind][name] = target;
          queue.push(target);
        } else queue.push(value);
      }
    }
  }
  // ajv refuses `nullable` without a `type` beside it, which the description has in places.
  const fixNullable = (node) => {
    if (Array.isArray(node)) node.forEach(fixNullable);
    else if (node && typeof node === 'object') {
      if (node.nullable === true && node.type === undefined) delete node.nullable;
      Object.values(node).forEach(fixNullable);
    }
  };
  const extract = {
    openapi: full.openapi,
    info: { ...full.info, description: `Extract of ${OPERATIONS.length} operations from @octokit/openapi ${VERSION}` },
    paths,
    components,
  };
  fixNullable(extract);
  writeFileSync(new URL('../test/fixtures/github-openapi.json', import.meta.url), `${JSON.stringify(extract, null, 1)}\n`);
  console.log(`wrote ${Object.keys(paths).length} paths, ${seen.size} components`);
} finally {
  if (!process.env.OCTOKIT_OPENAPI_DIR) rmSync(folder, { recursive: true, force: true });
}
