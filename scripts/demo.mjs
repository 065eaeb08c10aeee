// The whole flow on a machine with no network: a DNS server on 127.0.0.1 with sample data, and the
// command-line tool (the built dist/, as users run it) checking and updating a lock against it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SAMPLE_ZONE } from './demo-zone.mjs';
import { startDnsServer } from './dns-fake.mjs';

const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const dns = await startDnsServer({ zone: SAMPLE_ZONE });
const folder = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-demo-'));

async function step(title, args) {
  process.stdout.write(`\n## ${title}\n$ vipps-ip-lock ${args.join(' ')}\n`);
  const result = await promisify(execFile)(process.execPath, [cli, ...args, '--dns-server', dns.server], { cwd: folder }).catch((e) => e);
  process.stdout.write(`${result.stdout}${result.stderr}(exit ${result.code ?? 0})\n`);
}

try {
  process.stdout.write(`DNS server with sample data on ${dns.server}; working in ${folder}\n`);
  await step('1. No lock yet: check fails', ['check']);
  await step('2. Write the lock', ['update']);
  await step('3. Nothing changed: check passes', ['check']);
  const moved = { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] }, 'callback-4.vipps.no': { A: ['104.45.28.231'] } };
  dns.setZone(moved);
  await step('4. Vipps moves callback-2 and callback-4 to a new server: check fails and says what changed', ['check']);
  await step('5. Update: the new address is added at once; the old one stays allowed for the removal grace', ['update']);
  await step('6. Up to date again', ['check']);
  dns.setZone({ ...moved, 'callback-dr-2.vipps.no': { fault: 'servfail' }, 'callback-dr-4.vipps.no': { fault: 'servfail' } });
  await step('7. A DNS failure is not a change: the failing hosts keep their addresses, and the run fails', ['update']);
} finally {
  await dns.close();
  await rm(folder, { recursive: true, force: true });
}
