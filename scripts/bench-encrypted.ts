// npm run bench (second part), or npm run bench:encrypted: what DNS over HTTPS and DNS over TLS
// cost a run, side by side with plain DNS, the floor and dig, all through the same added latency
// in the same run. Writes docs/benchmarks-encrypted.md. Figures are medians; re-run, never edit.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startDohServer, startDotServer } from '../test/support/encrypted-dns-servers.js';
import { makeTestCertificates } from '../test/support/test-ca.js';
import { ACTION, interleaved, runnerEnv, type Timed, timed } from './bench-measure.js';
import { SAMPLE_ZONE } from './demo-zone.mjs';
import { startDnsServer } from './dns-fake.mjs';
import { startLatencyProxy } from './latency-proxy.mjs';

const RTT_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PRESET = ['production', 'disaster-recovery', 'test', 'api-production', 'api-test'];
const PRESET_HOSTS = [1, 2, 3, 4]
  .map((i) => `callback-${i}.vipps.no`)
  .concat(
    [1, 2, 3, 4].map((i) => `callback-dr-${i}.vipps.no`),
    ['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no', 'api.vipps.no', 'apitest.vipps.no'],
  );
const FLOOR = path.resolve('scripts/doh-floor.cjs');

const ms = (value: number) => `${value.toFixed(0)} ms`;
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const certificates = await makeTestCertificates();
  const trusted = { NODE_EXTRA_CA_CERTS: certificates.caFile };
  // Plain DNS answers after one round trip; the encrypted servers answer at once, behind a proxy
  // that adds the same round trip to every exchange, handshakes included.
  const plain = await startDnsServer({ zone: SAMPLE_ZONE, latencyMs: RTT_MS });
  const upstream = await startDnsServer({ zone: SAMPLE_ZONE });
  const doh = await startDohServer({ tls: certificates.server, upstream: upstream.server });
  const dot = await startDotServer({ tls: certificates.server, upstream: upstream.server });
  const dohProxy = await startLatencyProxy({ port: doh.port, rttMs: RTT_MS });
  const dotProxy = await startLatencyProxy({ port: dot.port, rttMs: RTT_MS });
  const dohUrl = `https://127.0.0.1:${dohProxy.port}/dns-query`;
  const dotServer = `tls://127.0.0.1:${dotProxy.port}#dns.test`;

  const action = (server: string) => async () => {
    const run = await timed(process.execPath, [ACTION], await runnerEnv({ mode: 'report', environments: PRESET.join(','), 'dns-servers': server }, trusted));
    if (run.code !== 0 || /could not be resolved|::warning::/.test(run.stdout)) throw new Error(`the action over ${server} failed: ${run.stdout}`);
    return run;
  };
  const digLoop = (how: string, port: number) =>
    `for h in ${PRESET_HOSTS.join(' ')}; do for t in A AAAA; do dig ${how} +tls-ca=${certificates.caFile} +tls-hostname=dns.test +short +tries=1 +time=2 -p ${port} @127.0.0.1 "$h" "$t"; done; done`;
  const checked = (run: Promise<Timed>, what: string) =>
    run.then((result) => {
      if (result.code !== 0 || !result.stdout.includes('104.45.17.199')) throw new Error(`${what} failed: ${result.stdout}`);
      return result;
    });
  const dohConnections = doh.connections;
  const results = await interleaved(RUNS, {
    plain: action(plain.server),
    doh: action(dohUrl),
    dot: action(dotServer),
    floor: () => timed(process.execPath, [FLOOR, dohUrl, ...PRESET_HOSTS], trusted),
    bare: () => timed(process.execPath, ['-e', '0']),
    digHttps: () => checked(timed('bash', ['-c', digLoop('+https', dohProxy.port)]), 'dig +https'),
    digTls: () => checked(timed('bash', ['-c', digLoop('+tls', dotProxy.port)]), 'dig +tls'),
  });
  // Every run of the action, and of the floor, opened one connection to the DoH server; the dig
  // loop opens one per query.
  const connectionsPerRun = (doh.connections - dohConnections - RUNS * PRESET_HOSTS.length * 2) / (2 * RUNS);

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say('# Benchmarks: DNS over HTTPS and DNS over TLS');
  say();
  say(
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Medians of ${RUNS} runs, every row taking turns in a random order in the same run.`,
  );
  say(
    `Every row pays the same ${RTT_MS} ms round trip: the plain DNS server answers after ${RTT_MS} ms; the DNS-over-HTTPS and DNS-over-TLS servers (in-process, on 127.0.0.1, with a CA made for the run and trusted through \`NODE_EXTRA_CA_CERTS\`) sit behind a TCP proxy that makes the TCP handshake take one round trip and every byte half a round trip each way.`,
  );
  say();
  say(`## The full preset (${PRESET_HOSTS.length} hosts, A and AAAA: ${PRESET_HOSTS.length * 2} queries) over one server`);
  say();
  say('| | wall time | over bare Node | round trips over bare Node |');
  say('|---|---|---|---|');
  const row = (label: string, value: number) =>
    say(`| ${label} | ${ms(value)} | ${ms(value - results.bare.ms)} | ${((value - results.bare.ms) / RTT_MS).toFixed(1)} |`);
  row('`node dist/index.js`, report mode, plain DNS', results.plain.ms);
  row('`node dist/index.js`, report mode, DNS over HTTPS', results.doh.ms);
  row('`node dist/index.js`, report mode, DNS over TLS', results.dot.ms);
  row('the floor: a bare `node:http2` client, same handshakes, every query at once on one connection', results.floor.ms);
  row('bare `node -e 0`', results.bare.ms);
  row('`dig +https` loop, one host and type after another', results.digHttps.ms);
  row('`dig +tls` loop, one host and type after another', results.digTls.ms);
  say();
  const over = results.doh.ms - results.floor.ms;
  say(
    `Target: the full preset over one DNS-over-HTTPS resolver within one round trip (${ms(RTT_MS)}) of the floor: **${over <= RTT_MS ? 'met' : 'missed'}** (${ms(over)} over it). Connections to the DNS-over-HTTPS server per run of the action or the floor: ${connectionsPerRun.toFixed(1)}. The dig loops open a connection, with its handshakes, for every query.`,
  );
  say();
  say("<details><summary>The commands, as run (PORT is the proxy in front of each server, CA the run's CA file)</summary>");
  say();
  say('```sh');
  say(
    `env NODE_EXTRA_CA_CERTS=CA INPUT_MODE=report INPUT_ENVIRONMENTS=${PRESET.join(',')} INPUT_DNS-SERVERS=https://127.0.0.1:PORT/dns-query node dist/index.js`,
  );
  say(`env NODE_EXTRA_CA_CERTS=CA INPUT_MODE=report INPUT_ENVIRONMENTS=${PRESET.join(',')} INPUT_DNS-SERVERS=tls://127.0.0.1:PORT#dns.test node dist/index.js`);
  say(`env NODE_EXTRA_CA_CERTS=CA node scripts/doh-floor.cjs https://127.0.0.1:PORT/dns-query ${PRESET_HOSTS.join(' ')}`);
  say(digLoop('+https', 0).replaceAll(certificates.caFile, 'CA').replace('-p 0', '-p PORT'));
  say(digLoop('+tls', 0).replaceAll(certificates.caFile, 'CA').replace('-p 0', '-p PORT'));
  say('```');
  say('</details>');

  await Promise.all([dohProxy.close(), dotProxy.close(), doh.close(), dot.close(), plain.close(), upstream.close()]);
  await writeFile('docs/benchmarks-encrypted.md', `${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
