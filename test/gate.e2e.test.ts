import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';
import { runAction, tempDir } from './support/action.js';
import { GitHubFake } from './support/github-fake.js';
import { EXPORT, editLock, honestFiles, runOnPullRequest } from './support/pull-request-run.js';

// The check gate, through dist/index.js as the runner starts it on a pull request: DNS on
// 127.0.0.1, the base branch on the GitHub fake, the head in the workspace.

let dns: Awaited<ReturnType<typeof startDnsServer>>;
let github: GitHubFake;
let honest: Record<string, string>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
  honest = await honestFiles(dns.server);
});
afterAll(() => dns.close());
beforeEach(async () => {
  github = await new GitHubFake().start();
  github.push('main', honest);
});
afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
});

const LOCK = 'ips.lock.json';
type Production = Parameters<Parameters<typeof editLock>[1]>[0];
const withSixes = () => ({
  [LOCK]: editLock(honest[LOCK] as string, (p) => {
    p.hosts['callback-2.vipps.no'] = ['6.6.6.6', '104.45.28.230'];
    p.addresses = ['6.6.6.6', ...p.addresses];
  }),
  [EXPORT]: (honest[EXPORT] as string).replace('allow 104.45.17.199/32;', 'allow 6.6.6.6/32;\nallow 104.45.17.199/32;'),
});

describe('the check gate on a pull request', () => {
  it('passes a pull request that changes nothing, and says it compared with the base', async () => {
    const run = await runOnPullRequest(github, dns.server, { head: honest });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'false', added: '[]', removed: '[]', departing: '[]', 'stale-exports': '[]' });
    expect(run.summary).toMatch(/\*\*Pull request gate\*\*: compared with main \([0-9a-f]{7}\), this pull request adds nothing that DNS does not return,/);
  });

  it('passes an update whose new address DNS returns', async () => {
    github.push('main', {
      [LOCK]: honest[LOCK]?.replaceAll('104.45.28.230', '104.45.28.229') as string,
      [EXPORT]: honest[EXPORT]?.replaceAll('104.45.28.230', '104.45.28.229') as string,
    });
    const run = await runOnPullRequest(github, dns.server, { head: honest });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('this pull request adds nothing that DNS does not return');
  });

  it('passes the update pull request vipps-ip-lock itself opens when an address leaves DNS: its departing mark', async () => {
    const before = editLock(honest[LOCK] as string, (p) => {
      p.hosts['callback-2.vipps.no'] = ['104.45.28.229', '104.45.28.230'];
      p.addresses = ['104.45.17.199', '104.45.28.229', '104.45.28.230', '2603:1020:201:10::10f'];
    });
    github.push('main', { [LOCK]: before });
    const since = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    // As the update writes it: in canonical form, the mark between the addresses and the hosts.
    const update = serializeLock(
      parseLock(
        editLock(before, (p) => (p.departing = { '104.45.28.229': since })),
        LOCK,
      ),
    );
    const run = await runOnPullRequest(github, dns.server, { head: { [LOCK]: update }, inputs: { exports: '' } });
    expect(run.stdout).not.toContain('::error::');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'false', removed: '[]' });
    expect(run.summary).toContain('this pull request adds nothing that DNS does not return');
  });

  it('fails a pull request that removes an address departing on the base before its removal grace has passed', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const marked = serializeLock(
      parseLock(
        editLock(honest[LOCK] as string, (p) => {
          p.hosts['callback-2.vipps.no'] = ['104.45.28.229', '104.45.28.230'];
          p.addresses = ['104.45.17.199', '104.45.28.229', '104.45.28.230', '2603:1020:201:10::10f'];
          p.departing = { '104.45.28.229': since };
        }),
        LOCK,
      ),
    );
    github.push('main', { [LOCK]: marked });
    const run = await runOnPullRequest(github, dns.server, { head: { [LOCK]: honest[LOCK] as string }, inputs: { exports: '' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `ips.lock.json removes 104.45.28.229 (callback-2.vipps.no, production), which stays allowed through its removal grace (departing since ${since})`,
    );
    expect(run.summary).toContain('**Pull request gate: failed.**');
  });

  it('fails a pull request that adds 6.6.6.6 to callback-2 and to the nginx export, naming the address and both files', async () => {
    const run = await runOnPullRequest(github, dns.server, { head: withSixes() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The pull request fails the gate \(compared with main \([0-9a-f]{7}\)\): ips\.lock\.json adds 6\.6\.6\.6 to callback-2\.vipps\.no \(production\), which DNS does not return for it now; firewall\/vipps\.conf adds the line "allow 6\.6\.6\.6\/32;", which the lock and DNS do not give\./,
    );
    // The outputs and the summary show the lock held to the base: 6.6.6.6 goes, nothing "left DNS".
    expect(run.outputs).toMatchObject({ changed: 'true', added: '[]', removed: '["6.6.6.6"]', departing: '[]', 'stale-exports': `["${EXPORT}"]` });
    expect(run.summary).toContain('**Pull request gate: failed.**');
    expect(run.summary).toContain('| production | ➖ removed | `6.6.6.6` | `callback-2.vipps.no` |');
    expect(run.summary).not.toContain('left DNS');
  });

  it('fails a pull request that adds only the export line, the lock untouched', async () => {
    const run = await runOnPullRequest(github, dns.server, { head: { ...honest, [EXPORT]: withSixes()[EXPORT] as string } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('firewall/vipps.conf adds the line \\"allow 6.6.6.6/32;\\"'.replaceAll('\\"', '"'));
    expect(run.outputs).toMatchObject({ changed: 'true', removed: '[]', 'stale-exports': `["${EXPORT}"]` });
  });

  it('fails a pull request that moves a departing time later or drops it', async () => {
    const grace = '2026-11-20T00:00:00Z';
    const departed = editLock(honest[LOCK] as string, (p) => {
      p.hosts['callback-2.vipps.no'] = ['104.45.28.229', '104.45.28.230'];
      p.addresses = ['104.45.17.199', '104.45.28.229', '104.45.28.230', '2603:1020:201:10::10f'];
      p.departing = { '104.45.28.229': grace };
    });
    github.push('main', { [LOCK]: departed });
    const later = await runOnPullRequest(github, dns.server, {
      head: { ...honest, [LOCK]: departed.replace(grace, '2026-11-24T00:00:00Z') },
      inputs: { exports: '', 'removal-grace': '30d' },
    });
    expect(later.code).toBe(1);
    expect(later.stdout).toContain('ips.lock.json moves the departing time of 104.45.28.229 (production) from 2026-11-20T00:00:00Z to 2026-11-24T00:00:00Z');
    const dropped = await runOnPullRequest(github, dns.server, {
      head: { [LOCK]: editLock(departed, (p) => delete p.departing) },
      inputs: { exports: '', 'removal-grace': '30d' },
    });
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).toContain('ips.lock.json drops the departing mark of 104.45.28.229 (production, since 2026-11-20T00:00:00Z)');
    // Held to the base, the address keeps the base's mark, which the outputs and the summary show.
    expect(dropped.outputs).toMatchObject({ departing: '["104.45.28.229"]', removed: '[]' });
    expect(dropped.summary).toContain('| ⏳ departing | `104.45.28.229` | `callback-2.vipps.no` | left DNS; allowed until 2026-12-20 00:00 UTC |');
  });

  it.each([
    ['a departing mark dated 9999', (p: Production) => (p.departing = { '104.45.28.230': '9999-12-31T23:59:59Z' }), /is in the future/],
    [
      'a private 10.0.0.1',
      (p: Production) => {
        p.hosts['callback-2.vipps.no'] = ['10.0.0.1', '104.45.28.230'];
        p.addresses = ['10.0.0.1', ...p.addresses];
      },
      /host callback-2\.vipps\.no lists "10\.0\.0\.1": private address, not public/,
    ],
    [
      '6.6.6.6 in "addresses" and in no host',
      (p: Production) => (p.addresses = ['6.6.6.6', ...p.addresses]),
      /"addresses" lists 6\.6\.6\.6, which no host holds/,
    ],
    [
      'a departing time that is no date',
      (p: Production) => (p.departing = { '104.45.28.230': '2026-13-45T99:99:99Z' }),
      /"2026-13-45T99:99:99Z", is not a real UTC time/,
    ],
    [
      '__proto__ as a host name',
      (p: Production) => {
        Object.defineProperty(p.hosts, '__proto__', { value: ['104.45.28.230'], enumerable: true });
      },
      /"__proto__" is not a host name/,
    ],
  ])('refuses a lock with %s as malformed, says why in the log and the summary, and sets no output', async (_name, edit, reason) => {
    const run = await runOnPullRequest(github, dns.server, { head: { ...honest, [LOCK]: editLock(honest[LOCK] as string, edit) } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::ips\.lock\.json is malformed: environment "production": /);
    expect(run.stdout).toMatch(reason);
    expect(run.outputs).toEqual({});
    // The summary shows the message as Markdown text, its punctuation escaped.
    const shown = run.summary.replace(/\\(.)/g, '$1');
    expect(shown).toMatch(/^### vipps-ip-lock check failed\n\nips\.lock\.json is malformed/);
    expect(shown).toMatch(reason);
  });

  it('reads `constructor` as a plain environment name', async () => {
    const hosts = 'constructor: callback-1.vipps.no';
    const addresses = ['104.45.17.199', '2603:1020:201:10::10f'];
    const lock = { environments: { constructor: { addresses, hosts: { 'callback-1.vipps.no': addresses } } }, version: 1 };
    const run = await runOnPullRequest(github, dns.server, {
      head: { [LOCK]: `${JSON.stringify(lock, null, 2)}\n` },
      inputs: { environments: 'none', hosts, exports: '' },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'false', addresses: '["104.45.17.199","2603:1020:201:10::10f"]' });
  });

  it('fails closed, naming the permission, when the token may not read the base', async () => {
    github.faults.push({ operationId: 'graphql', status: 200, message: 'Resource not accessible by integration' });
    const run = await runOnPullRequest(github, dns.server, { head: honest });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::This is a pull_request run, so check compares ips\.lock\.json and the exports with main \([0-9a-f]{7}\), but they could not be read: GitHub refused the read: Resource not accessible by integration\. The check fails rather than pass a pull request it cannot compare\. Give the job `permissions: contents: read`/,
    );
    expect(run.summary).toContain('The check fails rather than pass a pull request it cannot compare.');
    expect(run.outputs).toEqual({});
  });

  it('fails closed without a token, and when the payload is missing', async () => {
    const tokenless = await runOnPullRequest(github, dns.server, { head: honest, inputs: { 'github-token': '' } });
    expect(tokenless.code).toBe(1);
    expect(tokenless.stdout).toContain('no github-token or GITHUB_REPOSITORY to read it with');
    const unreadable = await runOnPullRequest(github, dns.server, {
      event: 'merge_group',
      head: honest,
      env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
    });
    expect(unreadable.code).toBe(1);
    expect(unreadable.stdout).toContain(
      '::error::This is a merge_group run, so check compares the pull request with its base branch, but the event payload at /nonexistent/event.json cannot be read',
    );
  });

  it('compares with the base branch named in GITHUB_BASE_REF when the payload is missing, or names a commit the repository lacks', async () => {
    const missing = await runOnPullRequest(github, dns.server, { head: withSixes(), env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('(compared with main): ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production)');
    const forcePushed = { pull_request: { number: 7, base: { ref: 'main', sha: 'f'.repeat(40) }, head: { sha: 'e'.repeat(40) } } };
    const gone = await runOnPullRequest(github, dns.server, { head: withSixes(), payload: forcePushed });
    expect(gone.code).toBe(1);
    expect(gone.stdout).toContain('(compared with main (fffffff)): ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production)');
    const honestRun = await runOnPullRequest(github, dns.server, { head: honest, payload: forcePushed });
    expect(honestRun.code).toBe(0);
  });

  it('reads the head through the API in a pull_request_target run, whose checkout is the base', async () => {
    const run = await runOnPullRequest(github, dns.server, { event: 'pull_request_target', head: withSixes(), workspace: honest });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production)');
    expect(run.outputs).toMatchObject({ removed: '["6.6.6.6"]' });
  });

  it('holds a merge queue run to its base as well', async () => {
    const run = await runOnPullRequest(github, dns.server, { event: 'merge_group', head: withSixes() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production)');
  });

  it('reads the base from the checkout when its history holds the commit, with no token and no API', async () => {
    const workspace = await tempDir();
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    await mkdir(path.join(workspace, 'firewall'));
    for (const [file, text] of Object.entries(honest)) await writeFile(path.join(workspace, file), text);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    for (const [file, text] of Object.entries(withSixes())) await writeFile(path.join(workspace, file), text);
    const eventFile = path.join(await tempDir(), 'event.json');
    await writeFile(eventFile, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { sha: base } } }));
    const run = await runAction(
      { environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200', exports: `nginx: ${EXPORT}` },
      { workspace, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_BASE_REF: 'main' } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `compared with main (${base.slice(0, 7)})): ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production), which DNS does not return for it now; firewall/vipps.conf adds the line "allow 6.6.6.6/32;"`,
    );
    expect(run.outputs).toMatchObject({ removed: '["6.6.6.6"]' });
    expect(github.requests).toEqual([]);
  });

  it('fails a pull request whose lock holds what DNS gives but not in the canonical form the action writes', async () => {
    const scrambled = editLock(honest[LOCK] as string, (p) => {
      p.addresses = [...p.addresses].reverse();
    });
    const run = await runOnPullRequest(github, dns.server, { head: { ...honest, [LOCK]: scrambled } });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ changed: 'true', added: '[]', removed: '[]', departing: '[]' });
    expect(run.summary).toContain('### ips.lock.json holds what DNS gives, but not in its canonical form');
    expect(run.stdout).toMatch(/::error::The pull request fails the gate .*ips\.lock\.json is not in the canonical form the action writes: line \d+ is /);
  });

  it('fails a pull request whose lock adds a key the action does not write, naming it', async () => {
    const extra = honest[LOCK]?.replace('"addresses": [', '"cidrs": ["0.0.0.0/0"],\n      "addresses": [') as string;
    const run = await runOnPullRequest(github, dns.server, { head: { ...honest, [LOCK]: extra } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ips.lock.json is not in the canonical form the action writes: unknown key "cidrs" in environment "production"');
  });

  it('refuses a lock that repeats a key as malformed, whichever copy JSON.parse keeps', async () => {
    const twice = honest[LOCK]?.replace(
      '"addresses": [',
      '"addresses": ["6.6.6.6"],\n      "hosts": {"callback-1.vipps.no": ["6.6.6.6"]},\n      "addresses": [',
    ) as string;
    const run = await runOnPullRequest(github, dns.server, { head: { ...honest, [LOCK]: twice } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'is malformed: it repeats a JSON key, which readers take differently (one keeps the first, another the last): /environments/production key "addresses"; /environments/production key "hosts"',
    );
  });

  it('works as before outside pull requests', async () => {
    const run = await runOnPullRequest(github, dns.server, { head: honest, env: { GITHUB_EVENT_NAME: 'push' } });
    expect(run.code).toBe(0);
    expect(run.summary).not.toContain('Pull request gate');
    expect(github.requests).toEqual([]);
  });
});

describe('a tampered lock on the base branch, through dist/index.js', () => {
  it.each([
    [
      'pull-request',
      'a departing time that is no date',
      (p: Production) => (p.departing = { '104.45.28.230': '2026-13-45T99:99:99Z' }),
      /is not a real UTC time/,
    ],
    [
      'pull-request',
      'a private 10.0.0.1',
      (p: Production) => {
        p.hosts['callback-2.vipps.no'] = ['10.0.0.1', '104.45.28.230'];
        p.addresses = ['10.0.0.1', ...p.addresses];
      },
      /"10\.0\.0\.1": private address, not public/,
    ],
    [
      'pull-request',
      '6.6.6.6 marked departing in 9999, with removal-grace 0',
      (p: Production) => {
        p.hosts['callback-2.vipps.no'] = ['6.6.6.6', '104.45.28.230'];
        p.addresses = ['6.6.6.6', ...p.addresses];
        p.departing = { '6.6.6.6': '9999-01-01T00:00:00Z' };
      },
      /"9999-01-01T00:00:00Z", is in the future/,
    ],
    [
      'issue',
      '6.6.6.6 in "addresses" and in no host',
      (p: Production) => (p.addresses = ['6.6.6.6', ...p.addresses]),
      /"addresses" lists 6\.6\.6\.6, which no host holds/,
    ],
  ])('%s mode refuses %s, writes nothing, and says why', async (mode, _name, edit, reason) => {
    const tampered = editLock(honest[LOCK] as string, edit);
    github.push('main', { [LOCK]: tampered });
    const run = await runAction(
      { mode, environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200', 'removal-grace': '0', 'github-token': 'ghs_gateToken' },
      { workspace: await tempDir(), env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'schedule' } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::main:ips\.lock\.json is malformed: environment "production": |::error::the default branch:ips\.lock\.json is malformed/,
    );
    expect(run.stdout).toMatch(reason);
    expect(run.outputs).toEqual({});
    expect(run.summary.replace(/\\(.)/g, '$1')).toMatch(reason);
    expect(github.writes).toEqual([]);
    expect(github.fileAt('main', LOCK)).toBe(tampered);
  });
});
