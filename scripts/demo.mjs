// npm run demo: the whole flow on a machine with no network. A DNS server with sample data on
// 127.0.0.1, the command-line tool (the built dist/, as users run it) checking and updating a lock
// and an nginx file in a folder it leaves behind, and the action (dist/index.js, run as the runner
// runs it) writing the job summary and, against a fake GitHub API, the pull request for the same
// change. Every command is printed as it is run, quoted for a shell. README.md shows this transcript
// (test/demo.test.ts keeps them in step: npm run demo:readme rewrites it).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { removeTempDirs, runAction, tempDir } from '../test/support/action.js';
import { GitHubFake } from '../test/support/github-fake.js';
import { SAMPLE_ZONE } from './demo-zone.mjs';
import { startDnsServer } from './dns-fake.mjs';

const CLI = path.resolve('dist/cli/index.js');
const EXPORT = 'nginx: firewall/vipps-callbacks.conf';

/** An argument as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function shellQuote(arg) {
  return /^[\w./:=@,+-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

/**
 * The transcript with what changes from run to run made fixed: the DNS server's port, the folder,
 * the path of the checkout, the times, and the commit and content hashes in a pull request's marker.
 * @param {string} text
 * @param {{ folder?: string, root?: string }} [where]
 */
export function normalizeTranscript(text, { folder, root = process.cwd() } = {}) {
  let out = text;
  if (folder) out = out.replaceAll(folder, '/tmp/vipps-ip-lock-demo-XXXXXX');
  return out
    .replaceAll(`${process.execPath} `, 'node ')
    .replaceAll(root, '/path/to/vipps-ip-lock')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z/g, 'YYYY-MM-DDThh:mm:ssZ')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d( UTC)?/g, 'YYYY-MM-DD hh:mm$1')
    .replace(/\b(base|digest)=[0-9a-f]+/g, '$1=…');
}

/** Runs the demo, writing its transcript through `write`; returns the folder it leaves behind. */
export async function runDemo(write) {
  const dns = await startDnsServer({ zone: SAMPLE_ZONE });
  const github = await new GitHubFake().start();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-demo-'));
  const flags = ['--dns-server', dns.server, '--environments', 'production', '--export', EXPORT];
  const say = (text = '') => write(`${text}\n`);
  const heading = (text) => say(`\n## ${text}`);
  const command = async (args) => {
    say(`$ vipps-ip-lock ${args.map(shellQuote).join(' ')}`);
    const result = await promisify(execFile)(process.execPath, [CLI, ...args], { cwd: folder }).then(
      (r) => ({ ...r, code: 0 }),
      (e) => e,
    );
    write(`${result.stdout}${result.stderr}`);
    say(`(exit ${result.code})`);
  };
  const show = async (file) => {
    say(`$ cat ${file}`);
    write(await readFile(path.join(folder, file), 'utf8'));
  };
  const actionInputs = { environments: 'production', 'dns-servers': dns.server, exports: EXPORT };

  try {
    say('A DNS server with sample data answers on 127.0.0.1 (it stops when the demo ends).');
    say('The commands below run in a folder the demo leaves for you to look at. To paste them:');
    say(`$ cd ${shellQuote(folder)}`);
    say(`$ alias vipps-ip-lock=${shellQuote(`${shellQuote(process.execPath)} ${shellQuote(CLI)}`)}`);

    heading('1. No lock yet: check fails (exit 1: stale)');
    await command(['check', ...flags]);
    heading('2. update writes the lock and the nginx file (exit 3: changed and written)');
    await command(['update', ...flags]);
    await show('ips.lock.json');
    await show('firewall/vipps-callbacks.conf');
    heading('3. Nothing changed: check passes (exit 0)');
    await command(['check', ...flags]);

    const moved = { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] }, 'callback-4.vipps.no': { A: ['104.45.28.231'] } };
    dns.setZone(moved);
    heading('4. Vipps MobilePay moves callback-2 and callback-4 to a new server: check fails and says what changed');
    await command(['check', ...flags]);

    heading('5. The same change in GitHub Actions');
    const summaryRun = await runAction({ ...actionInputs, mode: 'check' }, { workspace: folder });
    say(`mode: check fails the job (exit ${summaryRun.code}) and writes this job summary:`);
    say('-----');
    write(summaryRun.summary);
    say('-----');
    github.push('main', {
      'ips.lock.json': await readFile(path.join(folder, 'ips.lock.json'), 'utf8'),
      'firewall/vipps-callbacks.conf': await readFile(path.join(folder, 'firewall/vipps-callbacks.conf'), 'utf8'),
    });
    await runAction(
      { ...actionInputs, mode: 'pull-request', 'github-token': 'demo-token' },
      {
        workspace: await tempDir(),
        env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com' },
      },
    );
    const [pull] = github.openPulls();
    say(
      `mode: pull-request (on a schedule) opens this pull request on branch vipps-ip-lock/update, with ${pull ? 'the lock and the nginx file changed' : 'nothing: it failed'}:`,
    );
    say('-----');
    say(`title: ${pull?.title ?? ''}`);
    write(`${pull?.body ?? ''}\n`);
    say('-----');

    heading('6. update: the new address is allowed at once; the old one stays allowed for the removal grace (exit 3)');
    await command(['update', ...flags]);
    await show('firewall/vipps-callbacks.conf');
    heading('7. Up to date again (exit 0)');
    await command(['check', ...flags]);

    dns.setZone({ ...moved, 'callback-3.vipps.no': { fault: 'servfail' } });
    heading('8. A DNS failure is not a change: the failing host is named, nothing is written (exit 4: lookup failed)');
    await command(['update', ...flags]);

    say();
    say(`The folder is left for you to look at: ${folder}`);
  } finally {
    await github.close();
    await dns.close();
    await removeTempDirs();
  }
  return folder;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runDemo((text) => process.stdout.write(text));
}
