import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { runAction, tempDir } from './support/action.js';
import { type Fault, GitHubFake } from './support/github-fake.js';
import { commandsTheRunnerSees } from './support/runner-log.js';

// Hostile inputs and data, tried through the built action (dist/index.js) and the command line
// (dist/cli) as a user or an attacker would. Each case records what it tried and what came out;
// the totals are written into README.md (npm run faults:table) and this suite fails when README
// disagrees.

interface Tried {
  attack: string;
  via: 'action' | 'command line';
  outcome: string;
}
const tried: Tried[] = [];
/** Cases in this file; the README table is compared only after a run of all of them. */
const CASES = 4;

function record(attack: string, via: Tried['via'], outcome: string): void {
  tried.push({ attack, via, outcome });
}

let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
});
afterAll(() => dns.close());

const TOKEN = 'ghs_inputsSecretToken9876543210';

/**
 * The commands the runner would act on that the action did not write: any it never writes, a
 * stop-commands without the action's random token, or one whose message starts with the data.
 */
function forged(stdout: string): string[] {
  const ours = new Set(['add-mask', 'group', 'endgroup', 'error', 'warning', 'debug']);
  return commandsTheRunnerSees(stdout)
    .filter((c) => (c.command === 'stop-commands' ? !/^[0-9a-f]{32}$/.test(c.message) : !ours.has(c.command) || c.message.startsWith('forged')))
    .map((c) => `${c.command}: ${c.message}`);
}

async function workspaceWith(files: Record<string, string> = {}): Promise<string> {
  const workspace = await tempDir();
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(workspace, file), text);
  return workspace;
}

const baseInputs = () => ({ environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200' });

describe('the token is never printed, whatever GitHub echoes', () => {
  const cases: Array<[string, Fault]> = [
    ['a REST error body that echoes the token', { operationId: 'git/create-tree', status: 403, message: `Token ${TOKEN} may not write here` }],
    [
      'a REST error body that echoes the token URL-encoded',
      { operationId: 'git/create-tree', status: 422, message: `bad ?access_token=${encodeURIComponent(`${TOKEN}/x`)}` },
    ],
    ['a GraphQL error that echoes the token', { operationId: 'graphql', status: 200, message: `Token ${TOKEN} is not allowed to read` }],
  ];
  it.each(cases)('%s', async (attack, fault) => {
    const github = await new GitHubFake().start();
    try {
      github.push('main', { 'README.md': 'infra' });
      github.faults.push({ ...fault, times: 10 });
      const token = fault.message?.includes('%2F') ? `${TOKEN}/x` : TOKEN;
      const run = await runAction(
        { ...baseInputs(), mode: 'pull-request', 'github-token': token },
        {
          workspace: await tempDir(),
          env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.example' },
        },
      );
      expect(run.code).toBe(1);
      const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      expect(error).toContain('***');
      const shown = `${run.stdout.replace(`::add-mask::${token}`, '').replaceAll('%25', '%')}${run.stderr}${run.summary}${JSON.stringify(run.outputs)}`;
      const leaks = shown.split(token).length - 1 + (shown.split(encodeURIComponent(token)).length - 1);
      expect(leaks).toBe(0);
      record(attack, 'action', `token shown ${leaks} times; the error says \`***\``);
    } finally {
      await github.close();
    }
  });
});

describe('data never reaches the log as a workflow command', () => {
  it('a host key in the committed lock that holds ::stop-commands:: and ::error::', async () => {
    const host = 'x\n::stop-commands::t\n::error::forged';
    const lock = {
      version: 1,
      environments: { production: { addresses: ['104.45.17.199'], hosts: { [host]: ['104.45.17.199'], 'callback-1.vipps.no': ['104.45.17.199'] } } },
    };
    const workspace = await workspaceWith({ 'ips.lock.json': `${JSON.stringify(lock, null, 2)}\n` });
    const run = await runAction({ ...baseInputs(), mode: 'check' }, { workspace });
    const commands = forged(run.stdout);
    expect(commands).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::/m);
    expect(await readFile(path.join(workspace, 'ips.lock.json'), 'utf8')).toContain('stop-commands');
    record(
      'a host key in the lock holding `::stop-commands::` and `::error::`',
      'action',
      `${commands.length} forged commands; the run still fails with its own error`,
    );
  });
});

afterAll(async () => {
  const table = [
    `${tried.length} hostile inputs tried.`,
    '',
    '| tried | through | outcome |',
    '|---|---|---|',
    ...tried.map((t) => `| ${t.attack} | ${t.via} | ${t.outcome} |`),
  ].join('\n');
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- inputs:start -->[\s\S]*?<!-- inputs:end -->/;
  expect(readme, 'README.md needs the <!-- inputs:start --> and <!-- inputs:end --> markers').toMatch(block);
  const updated = readme.replace(block, `<!-- inputs:start -->\n${table}\n<!-- inputs:end -->`);
  if (process.env.UPDATE_FAULT_TABLE) await writeFile('README.md', updated);
  else if (tried.length === CASES) expect(readme, 'README.md inputs table is not what this suite measured: run npm run faults:table').toBe(updated);
});
