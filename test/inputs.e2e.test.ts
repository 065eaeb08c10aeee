import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { DIST_CLI, runAction, runNode, tempDir } from './support/action.js';
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
const CASES = 30;

function record(attack: string, via: Tried['via'], outcome: string): void {
  tried.push({ attack, via, outcome });
}

let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
});
afterAll(() => dns.close());

const TOKEN = 'ghs_inputsSecretToken9876543210';

/** With debug logging on, so that the debug lines, which carry the most data, are held to the same rules. */
function runWithDebug(inputs: Record<string, string>, options: Parameters<typeof runAction>[1]) {
  return runAction(inputs, { ...options, env: { RUNNER_DEBUG: '1', ...options.env } });
}

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
      const run = await runWithDebug(
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
    const run = await runWithDebug({ ...baseInputs(), mode: 'check' }, { workspace });
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

const cli = (cwd: string, ...args: string[]) =>
  runNode(DIST_CLI, ['update', '--environments', 'production', '--dns-server', dns.server, '--dns-timeout', '200', ...args], {
    cwd,
    env: { PATH: process.env.PATH },
  });

/** Every file under `dir`, with its text, to show that a refused run wrote nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) files[path.relative(dir, file)] = await readFile(file, 'utf8');
  }
  return files;
}

describe('data in Markdown stays data', () => {
  it('a host key in the lock holding HTML, a mention, a reference and a table break', async () => {
    const host = '<img src=x onerror=alert(1)>@octo-org/admins #1 | x';
    const lock = {
      version: 1,
      environments: { production: { addresses: ['104.45.17.199'], hosts: { [host]: ['104.45.17.199'], 'callback-1.vipps.no': ['104.45.17.199'] } } },
    };
    const run = await runWithDebug({ ...baseInputs(), mode: 'report' }, { workspace: await workspaceWith({ 'ips.lock.json': JSON.stringify(lock) }) });
    // The lock is refused (a host key must be a host name), and the refusal quotes the key: as
    // text, with HTML as entities and a zero-width space that keeps @team and #1 from linking.
    expect(run.summary).toContain('&lt;img src=x onerror=alert(1)\\>@&#8203;octo-org/admins #&#8203;1 \\| x');
    expect(run.summary.replace(/`[^`]*`/g, '')).not.toMatch(/<img|@octo|#1/);
    expect(forged(run.stdout)).toEqual([]);
    record(
      'a host key in the lock holding `<img>`, `@team`, `#1` and `|`',
      'action',
      'the lock refused; the summary quotes the key as text: no HTML, mention or reference',
    );
  });

  it('a committed lock that is a link out of the workspace is not read', async () => {
    const workspace = await workspaceWith();
    await symlink('/proc/self/environ', path.join(workspace, 'ips.lock.json'));
    const run = await runWithDebug({ ...baseInputs(), mode: 'check', 'github-token': TOKEN }, { workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::ips.lock.json is a link to /proc/');
    expect(run.stdout).not.toContain('INPUT_');
    record(
      'a lock committed as a link to `/proc/self/environ`',
      'action',
      `not read: exit ${run.code}, "ips.lock.json is a link to /proc/…, outside the workspace"`,
    );
  });
});

describe('inputs that would add a rule, a key or a line are refused with a message', () => {
  it('lock-file with a line break and an nginx rule, in the action', async () => {
    const workspace = await workspaceWith();
    const run = await runWithDebug({ ...baseInputs(), 'lock-file': 'ips.lock.json\nallow all;\n#', exports: 'nginx: vipps.conf' }, { workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "lock-file" has the value "ips.lock.json\\nallow all;\\n#", but it must not hold control characters');
    expect(forged(run.stdout)).toEqual([]);
    expect(await snapshot(workspace)).toEqual({});
    record('`lock-file: "ips.lock.json\\nallow all;\\n#"` (a rule in every export header)', 'action', `refused, exit ${run.code}, names the input`);
  });

  it.each([
    ['environments: toString', { environments: 'toString' }, 'Input "environments" has the value "toString", but it must be one of'],
    ['removal-grace: 100000000d', { 'removal-grace': '100000000d' }, 'Input "removal-grace" has the value "100000000d", but it must be 0 or'],
    ['dns-timeout: 1e3', { 'dns-timeout': '1e3' }, 'Input "dns-timeout" has the value "1e3", but it must be a whole number from 50 to 60000, in digits only'],
  ])('%s, in the action', async (attack, inputs, message) => {
    const run = await runWithDebug({ ...baseInputs(), ...inputs }, { workspace: await workspaceWith() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |TypeError|Invalid time value/);
    record(`\`${attack}\``, 'action', `refused, exit ${run.code}, names the input`);
  });

  it.each([
    ['an export format `constructor`', ['--export', 'constructor: x.txt'], 'the format must be one of'],
    ['export options `toString=` and `__proto__=`', ['--export', 'nftables: x.nft __proto__=x toString=y'], 'is not an option of nftables'],
    ['`chain=INPUT` for iptables (the export flushes its chain)', ['--export', 'iptables: fw.rules chain=INPUT'], 'INPUT is a built-in chain or target'],
    ['`chain=drop` for ip6tables', ['--export', 'ip6tables: fw.rules chain=drop'], 'drop is a built-in chain or target'],
    ['`--export "json: .git/config"`', ['--export', 'json: .git/config'], 'must not be inside .git'],
    ['`--export "json: .GIT/config"`', ['--export', 'json: .GIT/config'], 'must not be inside .git'],
    ['`--export "json: ../outside.json"`', ['--export', 'json: ../outside.json'], 'leads out with ..'],
    ['exports `fw` and `fw/x.json`', ['--export', 'cidr: fw', '--export', 'json: fw/x.json'], 'fw would have to be a folder for fw/x.json'],
    ['an export on the lock file', ['--export', 'json: ips.lock.json'], 'ips.lock.json is the lock file'],
    ['`--removal-grace 100000000d`', ['--removal-grace', '100000000d'], 'of at most 365d'],
    ['`--dns-attempts 0x10`', ['--dns-attempts', '0x10'], 'in digits only'],
  ])('%s, on the command line', async (attack, args, message) => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '.git'));
    await writeFile(path.join(cwd, '.git/config'), '[core]\n');
    const run = await cli(cwd, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/^error: /);
    expect(run.stderr).not.toMatch(/\n\s+at |TypeError/);
    expect(await snapshot(cwd)).toEqual({ '.git/config': '[core]\n' });
    record(attack, 'command line', `refused, exit ${run.code}, nothing written`);
  });
});

describe('names that are prototype properties work as plain names', () => {
  it('a hosts group named constructor, with a lock that holds it, in the action and on the command line', async () => {
    const cwd = await tempDir();
    const hosts = 'constructor: callback-1.vipps.no, callback-2.vipps.no';
    const written = await runNode(
      DIST_CLI,
      ['update', '--environments', 'none', '--hosts', hosts, '--export', 'json: x.json', '--dns-server', dns.server, '--dns-timeout', '200'],
      { cwd, env: { PATH: process.env.PATH } },
    );
    expect(written.code).toBe(3);
    expect(Object.keys(JSON.parse(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8')).environments)).toEqual(['constructor']);
    const again = await runWithDebug({ ...baseInputs(), environments: 'none', hosts, exports: 'json: x.json' }, { workspace: cwd });
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('false');
    record('a `hosts` group named `constructor`, once a lock holds it', 'action', `works as a plain name: exit ${again.code}, lock up to date`);
  });
});

describe('Kubernetes values are strings, whatever they look like', () => {
  it('namespace=null name=1e3 pod-label=on=yes', async () => {
    const cwd = await tempDir();
    const run = await cli(cwd, '--export', 'kubernetes: policy.yaml namespace=null name=1e3 pod-label=on=yes');
    expect(run.code).toBe(3);
    const policy = parseYaml(await readFile(path.join(cwd, 'policy.yaml'), 'utf8'), { version: '1.1' });
    expect(policy.metadata).toEqual({ name: '1e3', namespace: 'null' });
    expect(policy.spec.podSelector).toEqual({ matchLabels: { on: 'yes' } });
    record('kubernetes `namespace=null name=1e3 pod-label=on=yes`', 'command line', 'written as the strings "null", "1e3", "on": "yes" (YAML 1.1 too)');
  });
});

describe('the command line writes like a tool run on servers', () => {
  it('through a symlinked lock and export to the real files, keeping their modes', async () => {
    const cwd = await tempDir();
    const real = await tempDir();
    await writeFile(path.join(cwd, 'real.lock.json'), '{"version": 1, "environments": {}}\n');
    await chmod(path.join(cwd, 'real.lock.json'), 0o640);
    await symlink('real.lock.json', path.join(cwd, 'ips.lock.json'));
    await writeFile(path.join(real, 'vipps.conf'), 'old\n');
    await chmod(path.join(real, 'vipps.conf'), 0o600);
    await symlink(path.join(real, 'vipps.conf'), path.join(cwd, 'vipps.conf'));
    const run = await cli(cwd, '--export', 'nginx: vipps.conf');
    expect(run.code).toBe(3);
    expect((await lstat(path.join(cwd, 'ips.lock.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(cwd, 'ips.lock.json'))).toBe('real.lock.json');
    expect(JSON.parse(await readFile(path.join(cwd, 'real.lock.json'), 'utf8')).environments.production).toBeDefined();
    expect((await stat(path.join(cwd, 'real.lock.json'))).mode & 0o777).toBe(0o640);
    expect((await lstat(path.join(cwd, 'vipps.conf'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(real, 'vipps.conf'), 'utf8')).toContain('allow 104.45.17.199/32;');
    expect((await stat(path.join(real, 'vipps.conf'))).mode & 0o777).toBe(0o600);
    expect((await readdir(cwd)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    record('a symlinked lock (mode 640) and a symlinked export (mode 600)', 'command line', 'the real files written, links and modes kept');
  });

  it('never through a symlinked folder outside the working folder', async () => {
    const cwd = await tempDir();
    const outside = await tempDir();
    await symlink(outside, path.join(cwd, 'fw'));
    const run = await cli(cwd, '--export', 'nginx: fw/vipps.conf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`fw is a link to ${outside}, outside`);
    expect(await readdir(outside)).toEqual([]);
    expect(await readdir(cwd)).toEqual(['fw']);
    record('an export through a symlinked folder outside the working folder', 'command line', `refused, exit ${run.code}, nothing written anywhere`);
  });

  it('never into .git through a link', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '.git'));
    await writeFile(path.join(cwd, '.git/config'), '[core]\n');
    await symlink('.git/config', path.join(cwd, 'x.json'));
    const run = await cli(cwd, '--export', 'json: x.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x.json is a link into a .git folder');
    expect(await readFile(path.join(cwd, '.git/config'), 'utf8')).toBe('[core]\n');
    record('an export that is a link to `.git/config`', 'command line', `refused, exit ${run.code}, .git untouched`);
  });

  it('a file name of 255 bytes: the temporary name always fits', async () => {
    const cwd = await tempDir();
    const name = `${'v'.repeat(250)}.conf`;
    const run = await cli(cwd, '--export', `nginx: ${name}`);
    expect(run.code).toBe(3);
    expect(await readFile(path.join(cwd, name), 'utf8')).toContain('deny all;');
    record('an export named with 255 bytes', 'command line', `written, exit ${run.code}`);
  });

  it('a folder as the lock file', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, 'ips.lock.json'));
    const run = await cli(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: ips.lock.json is a folder: it must be a file.\n');
    record('a folder as the lock file', 'command line', `refused, exit ${run.code}, one line: "ips.lock.json is a folder"`);
  });

  it('a lock that is a loop of links', async () => {
    const cwd = await tempDir();
    await symlink('ips.lock.json', path.join(cwd, 'ips.lock.json'));
    const run = await cli(cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: ips.lock.json is a loop of links.\n');
    record('a lock that is a link to itself', 'command line', `refused, exit ${run.code}, one line: "ips.lock.json is a loop of links"`);
  });

  it('an export that cannot be written leaves the lock unwritten, so it never claims the exports are in step', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'fw'), 'a file where a folder belongs\n');
    const run = await cli(cwd, '--export', 'nginx: fw/vipps.conf');
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('fw/vipps.conf could not be written: fw is a file, not a folder.');
    expect(await readdir(cwd)).toEqual(['fw']);
    record('an export that cannot be written', 'command line', `exit ${run.code}, the lock not written either`);
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
