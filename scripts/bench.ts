// npm run bench: what a run costs, measured side by side in one go on this machine, against DNS
// servers on 127.0.0.1 that answer after a fixed latency and a fake GitHub API on 127.0.0.1.
// Writes docs/benchmarks.md. Figures are medians; re-run rather than edit them.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GitHubFake } from '../test/support/github-fake.js';
import { SAMPLE_ZONE } from './demo-zone.mjs';
import { startDnsServer } from './dns-fake.mjs';

const LATENCY_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALE_HOSTS = 1000;
const ACTION = path.resolve('dist/index.js');
const PRESET = ['production', 'disaster-recovery', 'test', 'api-production', 'api-test'];
const PRESET_HOSTS = [1, 2, 3, 4]
  .map((i) => `callback-${i}.vipps.no`)
  .concat(
    [1, 2, 3, 4].map((i) => `callback-dr-${i}.vipps.no`),
    ['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no', 'api.vipps.no', 'apitest.vipps.no'],
  );

interface Timed {
  ms: number;
  code: number | null;
  stdout: string;
  maxRssKb: number;
}

/** Runs a command and reports wall time and the child's peak resident memory (GNU time). */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', command, ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, code, stdout, maxRssKb: Number(stderr.trim().split('\n').at(-1)) });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function medianOf(runs: number, fn: () => Promise<Timed>): Promise<{ ms: number; maxRssKb: number; last: Timed }> {
  const results: Timed[] = [];
  for (let i = 0; i < runs; i++) results.push(await fn());
  return { ms: median(results.map((r) => r.ms)), maxRssKb: median(results.map((r) => r.maxRssKb)), last: results.at(-1) as Timed };
}

async function runnerEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-bench-'));
  await writeFile(path.join(folder, 'output'), '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: folder,
    GITHUB_OUTPUT: path.join(folder, 'output'),
    GITHUB_STEP_SUMMARY: path.join(folder, 'summary'),
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say('# Benchmarks');
  say();
  say(
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  );
  say(
    `DNS servers run on 127.0.0.1 and answer every query after ${LATENCY_MS} ms; medians of ${RUNS} runs; every row of a table was measured in the same run, side by side. Figures are re-measured, never edited.`,
  );

  // 1. The whole process over the full preset, against the documented dig loop and the floor.
  const dns = await startDnsServer({ zone: SAMPLE_ZONE, latencyMs: LATENCY_MS });
  const [host, port] = dns.server.split(':') as [string, string];
  const queries = PRESET_HOSTS.length * 2;
  const bare = await medianOf(RUNS, () => timed(process.execPath, ['-e', '0']));
  const before = dns.queries.length;
  const action = await medianOf(RUNS, async () =>
    timed(process.execPath, [ACTION], await runnerEnv({ mode: 'report', environments: PRESET.join(','), 'dns-servers': dns.server })),
  );
  const actionQueries = (dns.queries.length - before) / RUNS;
  if (action.last.code !== 0) throw new Error(`the action failed: ${action.last.stdout}`);
  const digLoop = `for h in ${PRESET_HOSTS.join(' ')}; do for t in A AAAA; do dig +short +tries=1 +time=2 -p ${port} @${host} "$h" "$t"; done; done`;
  const dig = await medianOf(RUNS, () => timed('bash', ['-c', digLoop]));
  // The floor: a bare Node process with every query in flight at once and nothing else to do.
  const floorScript = `const r=new (require('dns').promises.Resolver)({timeout:2000,tries:1});r.setServers(['${dns.server}']);Promise.all(${JSON.stringify(PRESET_HOSTS)}.flatMap(h=>[r.resolve4(h).catch(()=>0),r.resolve6(h).catch(()=>0)]))`;
  const floor = await medianOf(RUNS, () => timed(process.execPath, ['-e', floorScript]));
  say();
  say(`## 1. The full preset (${PRESET_HOSTS.length} hosts, A and AAAA: ${queries} queries)`);
  say();
  say('| | wall time | vs vipps-ip-lock |');
  say('|---|---|---|');
  say(`| \`node dist/index.js\`, report mode | ${ms(action.ms)} | 1.00× |`);
  say(`| the documented \`dig +short\` loop, one host and type after another | ${ms(dig.ms)} | ${ratio(dig.ms, action.ms)} slower |`);
  say(`| the floor: bare Node, every query in flight at once | ${ms(floor.ms)} | ${ratio(action.ms / floor.ms, 1)} of it |`);
  say(`| bare \`node -e 0\` | ${ms(bare.ms)} | |`);
  say();
  const budget = bare.ms + 1.5 * LATENCY_MS;
  say(
    `Target: within bare start-up plus 1.5 round trips (${ms(budget)}): **${action.ms <= budget ? 'met' : 'missed'}** (${ms(action.ms)}). At least 5× faster than the dig loop: **${dig.ms / action.ms >= 5 ? 'met' : 'missed'}** (${ratio(dig.ms, action.ms)}). Queries per run: ${actionQueries} (one per host and type).`,
  );

  // 2. Cold start: failing fast on an invalid input.
  const invalid = await medianOf(RUNS, async () => timed(process.execPath, [ACTION], await runnerEnv({ mode: 'bogus' })));
  say();
  say('## 2. Cold start');
  say();
  say('| | wall time | peak memory |');
  say('|---|---|---|');
  say(`| \`node dist/index.js\` refusing \`mode: bogus\` | ${ms(invalid.ms)} | ${(invalid.maxRssKb / 1024).toFixed(0)} MiB |`);
  say(`| bare \`node -e 0\` | ${ms(bare.ms)} | ${(bare.maxRssKb / 1024).toFixed(0)} MiB |`);
  say();
  say(`Start-up overhead over bare Node: ${ms(invalid.ms - bare.ms)} (target under 100 ms: **${invalid.ms - bare.ms < 100 ? 'met' : 'missed'}**).`);

  // 3. Scale: a thousand custom hosts through the same latency.
  const zone = Object.fromEntries(Array.from({ length: SCALE_HOSTS }, (_, i) => [`h${i}.scale.example`, { A: [`104.${40 + (i >> 8)}.${i & 255}.1`] }]));
  const scaleDns = await startDnsServer({ zone, latencyMs: LATENCY_MS });
  const hosts = `scale: ${Object.keys(zone).join(', ')}`;
  const scaleRuns = Math.max(3, Math.floor(RUNS / 2));
  const scale = await medianOf(scaleRuns, async () =>
    timed(process.execPath, [ACTION], await runnerEnv({ mode: 'report', environments: 'none', hosts, 'dns-servers': scaleDns.server })),
  );
  const sent = scaleDns.queries.length / scaleRuns;
  const distinct = new Set(scaleDns.queries.map((q) => `${q.name}/${q.type}`)).size;
  say();
  say(`## 3. Scale: ${SCALE_HOSTS} custom hosts`);
  say();
  say('| wall time | peak memory | queries sent per run | distinct queries | most in flight at once |');
  say('|---|---|---|---|---|');
  say(`| ${ms(scale.ms)} | ${(scale.maxRssKb / 1024).toFixed(0)} MiB | ${sent} | ${distinct} | ${scaleDns.stats.maxInFlight} |`);
  say();
  say(
    `Targets: under 2 s **${scale.ms < 2000 ? 'met' : 'missed'}**, under 150 MB **${scale.maxRssKb / 1024 < 150 ? 'met' : 'missed'}**; no query sent twice: **${sent === distinct ? 'met' : 'missed'}**.`,
  );
  await scaleDns.close();

  // 4. GitHub cost per run, on the fake GitHub API, with the production Octokit.
  const github = await new GitHubFake().start();
  const githubEnv = { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url };
  const prRun = async (label: string) => {
    const before = github.requests.length;
    const run = await timed(
      process.execPath,
      [ACTION],
      await runnerEnv({ mode: 'pull-request', environments: 'production', 'dns-servers': dns.server, 'github-token': 'ghs_bench' }, githubEnv),
    );
    const requests = github.requests.slice(before);
    // A GraphQL query is a read, though it is sent with POST.
    const isRead = (r: (typeof requests)[number]) => r.method === 'GET' || r.operationId === 'graphql';
    return {
      label,
      ms: run.ms,
      reads: requests.filter(isRead).length,
      writes: requests.filter((r) => !isRead(r)).length,
      ops: requests.map((r) => `${r.method} ${r.operationId}`),
    };
  };
  github.push('main', { 'README.md': 'infra' });
  const first = await prRun('first drift: lock missing on the base branch');
  const repeated = await prRun('repeated drift: the pull request is up to date');
  github.merge(1);
  const none = await prRun('no drift, nothing open');
  dns.setZone({ ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] } });
  const moved = await prRun('new drift: Vipps moves a server');
  dns.setZone({ ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.232'] } });
  const movedAgain = await prRun('the drift changes while the pull request is open');
  say();
  say('## 4. GitHub API requests per run (pull-request mode)');
  say();
  say('| run | reads | writes | wall time |');
  say('|---|---|---|---|');
  for (const r of [none, first, repeated, moved, movedAgain]) say(`| ${r.label} | ${r.reads} | ${r.writes} | ${ms(r.ms)} |`);
  say();
  say(
    `No write without drift: **${none.writes === 0 && repeated.writes === 0 ? 'met' : 'missed'}**. Reads with nothing open: ${none.reads} (${none.ops.join(', ')}); the target of at most one is **${none.reads <= 1 ? 'met' : 'missed'}**.`,
  );
  say(
    "Writes are spaced one second apart, and those that notify people three seconds, as GitHub advises against secondary rate limits: that, not the work, is most of a drift run's wall time.",
  );
  if (github.violations.length) throw new Error(`GitHub fake saw invalid traffic: ${github.violations.join('; ')}`);
  await github.close();
  await dns.close();

  // 5. Bundle size.
  const files = await readdir('dist');
  const sizes = await Promise.all(
    files
      .filter((f) => f.endsWith('.js'))
      .map(async (f) => ({ f, bytes: (await stat(path.join('dist', f))).size, gzip: gzipSync(await readFile(path.join('dist', f))).length })),
  );
  const main = sizes.find((s) => s.f === 'index.js');
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  say();
  say('## 5. Bundle');
  say();
  say('| | size | gzip |');
  say('|---|---|---|');
  say(`| \`dist/index.js\`, loaded by every run | ${(main?.bytes ?? 0).toLocaleString('en')} bytes | ${(main?.gzip ?? 0).toLocaleString('en')} bytes |`);
  for (const s of sizes.filter((s) => s.f !== 'index.js').sort((a, b) => b.bytes - a.bytes))
    say(`| \`dist/${s.f}\`, loaded on demand | ${s.bytes.toLocaleString('en')} bytes | ${s.gzip.toLocaleString('en')} bytes |`);
  say(`| all of \`dist/*.js\` | ${total.toLocaleString('en')} bytes | |`);
  say();
  say(
    `Under 1 MB for what every run loads: **${(main?.bytes ?? Infinity) < 1_000_000 ? 'met' : 'missed'}**. The largest on-demand chunk is the GitHub client (Octokit with @actions/github's proxy-aware HTTP stack, undici); only pull-request and issue modes and a failing check load it.`,
  );
  say();
  say('## Repeat');
  say();
  say('```sh');
  say('apt-get install -y dnsutils   # dig, for the comparison');
  say('npm ci && npm run bundle && npm run bench   # BENCH_RUNS=15 for more runs');
  say('```');
  await writeFile('docs/benchmarks.md', `${lines.join('\n')}\n`);
}

await main();
