import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { DIST_CLI, runNode, tempDir } from './support/action.js';
import { EXPORT, editLock, honestFiles } from './support/pull-request-run.js';

// `vipps-ip-lock check --base REV`: the action's check gate on the command line, against a commit
// of the git repository in the current folder (dist/cli/index.js, DNS on 127.0.0.1).

let dns: Awaited<ReturnType<typeof startDnsServer>>;
let honest: Record<string, string>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
  honest = await honestFiles(dns.server);
});
afterAll(() => dns.close());

/** A repository whose one commit holds the honest files, with `working` written over them. */
async function repositoryWith(working: Record<string, string>): Promise<string> {
  const root = await tempDir();
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args]);
  git('init', '-q');
  await mkdir(path.join(root, 'firewall'));
  for (const [file, text] of Object.entries(honest)) await writeFile(path.join(root, file), text);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  for (const [file, text] of Object.entries(working)) await writeFile(path.join(root, file), text);
  return root;
}

const check = (cwd: string, ...extra: string[]) =>
  runNode(DIST_CLI, ['check', '--environments', 'production', '--dns-server', dns.server, '--dns-timeout', '200', '--export', `nginx: ${EXPORT}`, ...extra], {
    cwd,
    env: { PATH: process.env.PATH },
  });

describe('vipps-ip-lock check --base', () => {
  it('passes a working tree that adds nothing DNS does not return', async () => {
    const run = await check(await repositoryWith({}), '--base', 'HEAD');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('fails a working tree that adds 6.6.6.6 to the lock and the export, naming both', async () => {
    const lock = editLock(honest['ips.lock.json'] as string, (p) => {
      p.hosts['callback-2.vipps.no'] = ['6.6.6.6', '104.45.28.230'];
      p.addresses = ['6.6.6.6', ...p.addresses];
    });
    const nginx = (honest[EXPORT] as string).replace('allow 104.45.17.199/32;', 'allow 6.6.6.6/32;\nallow 104.45.17.199/32;');
    const root = await repositoryWith({ 'ips.lock.json': lock, [EXPORT]: nginx });
    const run = await check(root, '--base', 'HEAD', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ status: 'stale', removed: ['6.6.6.6'], staleExports: [EXPORT] });
    expect(report.failure).toMatch(
      /The pull request fails the gate \(compared with HEAD \([0-9a-f]{7}\)\): ips\.lock\.json adds 6\.6\.6\.6 to callback-2\.vipps\.no \(production\), which DNS does not return for it now; firewall\/vipps\.conf adds the line "allow 6\.6\.6\.6\/32;"/,
    );
    // Without --base, the same tree passes: the lock and the export agree, and 6.6.6.6 reads as departing.
    expect((await check(root)).code).toBe(0);
  });

  it('never reads through a link out of the checkout, and never shows a file it could not parse', async () => {
    const secret = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG';
    const outside = path.join(await tempDir(), 'ci-secret');
    await writeFile(outside, `${secret}\n`);
    for (const file of [EXPORT, 'ips.lock.json']) {
      const root = await repositoryWith({});
      await rm(path.join(root, file));
      await symlink(outside, path.join(root, file));
      for (const json of [[], ['--json']]) {
        const run = await check(root, '--base', 'HEAD', ...json);
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).not.toContain('wJalr');
        expect(run.stderr).toContain(`error: ${file} is a link to ${outside}, outside`);
      }
      // Without --base the owner's own links are followed, yet the file's bytes are still never shown.
      const own = await check(root, '--json');
      expect(own.stdout + own.stderr).not.toContain('wJalr');
      if (file === 'ips.lock.json') expect(own.stderr).toContain('error: ips.lock.json is not valid JSON (syntax error)');
    }
  });

  it('refuses a link into .git when gating', async () => {
    const root = await repositoryWith({});
    await rm(path.join(root, EXPORT));
    await symlink(path.join(root, '.git', 'config'), path.join(root, EXPORT));
    const run = await check(root, '--base', 'HEAD');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${EXPORT} is a link into a .git folder`);
    expect(run.stdout + run.stderr).not.toContain('repositoryformatversion');
  });

  it('refuses a revision that names no commit, as bad input', async () => {
    const run = await check(await repositoryWith({}), '--base', 'no-such-branch');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: --base "no-such-branch" names no commit in a git repository whose top folder is');
  });
});
