// npm run bench: what a run costs, measured side by side in one go on this machine, against DNS
// servers on 127.0.0.1 that answer after a fixed latency and a fake GitHub API on 127.0.0.1.
// Writes docs/benchmarks.md. Figures are medians; re-run rather than edit them.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { GitHubFake } from '../test/support/github-fake.js';
import { ACTION, findNode24, interleaved, loadedFiles, medianOf, runnerEnv, type Timed, timed } from './bench-measure.js';
import { SAMPLE_ZONE } from './demo-zone.mjs';
import { startDnsServer } from './dns-fake.mjs';

const LATENCY_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SCALE_HOSTS = 1000;
const CLI = path.resolve('dist/cli/index.js');
const PRESET = ['production', 'disaster-recovery', 'test', 'api-production', 'api-test'];
const PRESET_HOSTS = [1, 2, 3, 4]
  .map((i) => `callback-${i}.vipps.no`)
  .concat(
    [1, 2, 3, 4].map((i) => `callback-dr-${i}.vipps.no`),
    ['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no', 'api.vipps.no', 'apitest.vipps.no'],
  );

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
    `DNS servers run on 127.0.0.1 and answer every query after ${LATENCY_MS} ms; medians of ${RUNS} runs; the rows of a table were measured in the same run, side by side, taking turns in a random order (one run of each, then again), so that a machine slowing down for a while slows them alike. Figures are re-measured, never edited.`,
  );

  // 1. The whole process over the full preset, against the documented dig loop and the floor.
  const dns = await startDnsServer({ zone: SAMPLE_ZONE, latencyMs: LATENCY_MS });
  const [host, port] = dns.server.split(':') as [string, string];
  const queries = PRESET_HOSTS.length * 2;
  const report = { mode: 'report', environments: PRESET.join(','), 'dns-servers': dns.server };
  // The hourly run: the lock is committed and up to date. The command line writes it from the same DNS.
  const lockedWorkspace = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-bench-'));
  // Asynchronously: the DNS server answering it runs in this process.
  // `update` exits 3 when it wrote the lock.
  await promisify(execFile)(process.execPath, [CLI, 'update', '--environments', PRESET.join(','), '--dns-server', dns.server], { cwd: lockedWorkspace }).catch(
    (error: { code?: number }) => {
      if (error.code !== 3) throw error;
    },
  );
  const queriesPerRun: number[] = [];
  const action = (node: string, workspace?: string) => async () => {
    const before = dns.queries.length;
    const run = await timed(node, [ACTION], await runnerEnv(report, {}, workspace));
    queriesPerRun.push(dns.queries.length - before);
    if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}`);
    return run;
  };
  const digLoop = `for h in ${PRESET_HOSTS.join(' ')}; do for t in A AAAA; do dig +short +tries=1 +time=2 -p ${port} @${host} "$h" "$t"; done; done`;
  // The floor: a bare Node process with every query in flight at once and nothing else to do.
  // Single quotes only, so that the command shown in the report can be pasted into a shell.
  const floorScript = `const r=new (require('dns').promises.Resolver)({timeout:2000,tries:1});r.setServers(['${dns.server}']);Promise.all(${JSON.stringify(PRESET_HOSTS).replaceAll('"', "'")}.flatMap(h=>[r.resolve4(h).catch(()=>0),r.resolve6(h).catch(()=>0)]))`;
  // The floors of the action's own way of asking: dns-packet for the wire format, and a fresh UDP
  // socket per query (its own source port) or, to show what that costs, one socket for all.
  const questions = `${JSON.stringify(PRESET_HOSTS).replaceAll('"', "'")}.flatMap(h=>['A','AAAA'].map(t=>p.encode({id:i++,type:'query',flags:256,questions:[{name:h,type:t}]})))`;
  const freshSocketsScript = `const p=require('dns-packet'),d=require('dgram');let i=0;for(const q of ${questions}){const s=d.createSocket('udp4');s.on('message',()=>s.close());s.connect(${port},'${host}',()=>s.send(q))}`;
  const oneSocketScript = `const p=require('dns-packet'),d=require('dgram');let i=0,n=0;const s=d.createSocket('udp4');const qs=${questions};s.on('message',()=>{if(++n===qs.length)s.close()});s.connect(${port},'${host}',()=>{for(const q of qs)s.send(q)})`;
  // The same rows on each Node: the runner's (GitHub runs the action with runs.using: node24; npm
  // fetches it here) and this machine's own. The dig loop does not depend on Node: measured once.
  const node24 = findNode24();
  const nodes = [
    ...(node24 ? [{ node: node24, label: 'Node 24, as GitHub runs the action (`runs.using: node24`)' }] : []),
    { node: process.execPath, label: "this machine's Node" },
  ];
  const packetEnv = { NODE_PATH: path.resolve('node_modules') };
  const measured = [];
  for (const [index, { node, label }] of nodes.entries()) {
    const commands: Record<string, () => Promise<Timed>> = {
      upToDate: action(node, lockedWorkspace),
      noLock: action(node),
      floor: () => timed(node, ['-e', floorScript]),
      freshSockets: () => timed(node, ['-e', freshSocketsScript], packetEnv),
      oneSocket: () => timed(node, ['-e', oneSocketScript], packetEnv),
      bare: () => timed(node, ['-e', '0']),
    };
    if (index === 0) {
      commands.dig = async () => {
        const loop = await timed('bash', ['-c', digLoop]);
        // Without dig the loop fails at once, and would look fast.
        if (loop.code !== 0) throw new Error('the dig loop failed: install dig (apt-get install -y dnsutils)');
        return loop;
      };
    }
    const medians = await interleaved(RUNS, commands);
    const rows = Object.fromEntries(Object.entries(medians).map(([key, value]) => [key, { ms: value.ms }])) as Record<
      'upToDate' | 'noLock' | 'floor' | 'freshSockets' | 'oneSocket' | 'bare',
      { ms: number }
    > & { dig?: { ms: number } };
    measured.push({ label, version: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(), rows });
  }
  const dig = measured[0]?.rows.dig?.ms ?? Number.NaN;
  const reportLoads = await loadedFiles(await runnerEnv(report, {}, lockedWorkspace));
  say();
  say(`## 1. The full preset (${PRESET_HOSTS.length} hosts, A and AAAA: ${queries} queries)`);
  say();
  say(
    `The budget: bare start-up plus 1.5 round trips (${ms(1.5 * LATENCY_MS)} at ${LATENCY_MS} ms), for the slower of the two runs of the action. The documented \`dig +short\` loop, one host and type after another, takes ${ms(dig)}.`,
  );
  for (const { label, version, rows } of measured) {
    const bare = rows.bare;
    const budget = bare.ms + 1.5 * LATENCY_MS;
    const slowest = Math.max(rows.upToDate.ms, rows.noLock.ms);
    const over = (t: { ms: number }) => ms(t.ms - bare.ms);
    say();
    say(`### ${label}: \`${version}\``);
    say();
    say('| | wall time | over bare Node | the dig loop is |');
    say('|---|---|---|---|');
    say(
      `| \`node dist/index.js\`, report mode, lock up to date (the hourly run) | ${ms(rows.upToDate.ms)} | ${over(rows.upToDate)} | ${ratio(dig, rows.upToDate.ms)} slower |`,
    );
    say(
      `| \`node dist/index.js\`, report mode, no lock yet (the first run) | ${ms(rows.noLock.ms)} | ${over(rows.noLock)} | ${ratio(dig, rows.noLock.ms)} slower |`,
    );
    say(`| the floor: bare Node and c-ares, every query in flight at once | ${ms(rows.floor.ms)} | ${over(rows.floor)} | |`);
    say(
      `| the packet floor: bare Node, dns-packet, a fresh UDP socket per query, all in flight | ${ms(rows.freshSockets.ms)} | ${over(rows.freshSockets)} | |`,
    );
    say(`| the same from one UDP socket for every query | ${ms(rows.oneSocket.ms)} | ${over(rows.oneSocket)} | |`);
    say(`| bare \`node -e 0\` | ${ms(bare.ms)} | | |`);
    say();
    say(
      `Target (${ms(budget)}): **${slowest <= budget ? 'met' : 'missed'}** (${ms(slowest)} for the slower run, ${over({ ms: slowest })} over bare Node; the packet floor takes ${over(rows.freshSockets)} of the ${ms(1.5 * LATENCY_MS)}). At least 5× faster than the dig loop: **${dig / slowest >= 5 ? 'met' : 'missed'}** (${ratio(dig, slowest)}).`,
    );
  }
  say();
  say(
    `Queries per run: ${Math.max(...queriesPerRun)} (one per host and type, never one twice). A fresh UDP socket per query, for a random source port, is what the packet floor pays over one socket for every query; c-ares keeps one socket and hides the rcode and every owner name.`,
  );
  say();
  say("<details><summary>The commands, as run (PORT is the DNS server's port on 127.0.0.1)</summary>");
  say();
  say('```sh');
  say('# the action, report mode; the hourly run has the lock the command line wrote in GITHUB_WORKSPACE');
  say(`env INPUT_MODE=report INPUT_ENVIRONMENTS=${PRESET.join(',')} INPUT_DNS-SERVERS=127.0.0.1:PORT node dist/index.js`);
  say('# the floor');
  say(`node -e "${floorScript.replaceAll(dns.server, '127.0.0.1:PORT')}"`);
  say('# the packet floors (NODE_PATH=node_modules): a fresh socket per query, and one socket');
  say(`node -e "${freshSocketsScript.replace(`${port},'${host}'`, "PORT,'127.0.0.1'")}"`);
  say(`node -e "${oneSocketScript.replace(`${port},'${host}'`, "PORT,'127.0.0.1'")}"`);
  say('# the documented loop');
  say(digLoop.replaceAll(port, 'PORT'));
  say('```');
  say('</details>');

  // 2. Cold start: failing fast on an invalid input.
  const cold = await interleaved(RUNS, {
    invalid: async () => timed(process.execPath, [ACTION], await runnerEnv({ mode: 'bogus' })),
    bare: () => timed(process.execPath, ['-e', '0']),
  });
  const { invalid, bare: coldBare } = cold;
  say();
  say('## 2. Cold start');
  say();
  say('| | wall time | peak memory |');
  say('|---|---|---|');
  say(`| \`node dist/index.js\` refusing \`mode: bogus\` | ${ms(invalid.ms)} | ${(invalid.maxRssKb / 1024).toFixed(0)} MiB |`);
  say(`| bare \`node -e 0\` | ${ms(coldBare.ms)} | ${(coldBare.maxRssKb / 1024).toFixed(0)} MiB |`);
  say();
  say(`Start-up overhead over bare Node: ${ms(invalid.ms - coldBare.ms)} (target under 100 ms: **${invalid.ms - coldBare.ms < 100 ? 'met' : 'missed'}**).`);

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
  const pullRequestLoads = await loadedFiles(
    await runnerEnv({ mode: 'pull-request', environments: 'production', 'dns-servers': dns.server, 'github-token': 'ghs_bench' }, githubEnv),
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
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const bytesOf = (loaded: string[]) => sizes.filter((s) => loaded.includes(s.f)).reduce((sum, s) => sum + s.bytes, 0);
  const loadedBy = (file: string) =>
    [reportLoads.includes(file) ? 'check, report' : '', pullRequestLoads.includes(file) ? 'pull-request' : ''].filter(Boolean).join('; ') ||
    'neither run above: only when needed (a GitHub error to explain, issue mode)';
  say();
  say('## 5. Bundle');
  say();
  say('| | size | gzip | loaded by |');
  say('|---|---|---|---|');
  for (const s of [...sizes].sort((a, b) => b.bytes - a.bytes)) {
    say(`| \`dist/${s.f}\` | ${s.bytes.toLocaleString('en')} bytes | ${s.gzip.toLocaleString('en')} bytes | ${loadedBy(s.f)} |`);
  }
  say(`| all of \`dist/*.js\` | ${total.toLocaleString('en')} bytes | | |`);
  say();
  const reportBytes = bytesOf(reportLoads);
  say(
    `A report or check run loads ${reportBytes.toLocaleString('en')} bytes (${reportLoads.length} files); a pull-request run ${bytesOf(pullRequestLoads).toLocaleString('en')} bytes. Under 1 MB for what a check or report run loads: **${reportBytes < 1_000_000 ? 'met' : 'missed'}**. The GitHub modes load the GitHub client (Octokit with @actions/github's proxy-aware HTTP stack, undici), which alone is over 1 MB; a failing check loads it too, to link the open update pull request.`,
  );
  say();
  say('## Repeat');
  say();
  say('```sh');
  say('apt-get install -y dnsutils   # dig, for the comparison');
  say('npm ci && npm run bundle && npm run bench   # BENCH_RUNS=31 for more runs; Node 24 comes from npm (npx node@24)');
  say('```');
  await writeFile('docs/benchmarks.md', `${lines.join('\n')}\n`);
}

await main();
