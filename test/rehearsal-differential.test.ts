import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIPv6 } from '../src/addresses.js';
import type { Observed } from '../src/dns/resolve-hosts.js';
import type { Lookup, LookupOutcome, RecordType } from '../src/dns/types.js';
import { renderExports } from '../src/exports/render.js';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';
import type { Lock } from '../src/lock/types.js';
import type { GateSources } from '../src/modes/gate-sources.js';
import { runLocal } from '../src/modes/local.js';
import { observeHosts } from '../src/observation.js';
import { readSettings, type Settings } from '../src/settings.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const HOSTS = ['a.vipps.no', 'b.vipps.no', 'c.vipps.no', 'd.vipps.no'];
const V4 = ['104.45.17.199', '104.45.28.230', '104.45.28.231', '20.1.2.3', '51.1.1.1'];
const V6 = ['2603:1020:201:10::10f', '2603:1020:201:10::110'];
const POOL = [...V4, ...V6];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const chance = (p: number) => next() < p;
  const subset = <T>(xs: readonly T[], p = 0.5): T[] => xs.filter(() => chance(p));
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  };
  return { next, pick, chance, subset, shuffle };
}
type R = ReturnType<typeof rng>;

const tmpRoots: string[] = [];
afterAll(async () => {
  for (const dir of tmpRoots) await rm(dir, { recursive: true, force: true });
});

interface Scenario {
  settings: Settings;
  lockText: string | undefined;
  lock: Lock | undefined;
  files: Map<string, string | { link: string }>;
  gate?: GateSources;
  servers: string[];
  lookups: Lookup[];
  description: string;
}

function genRawLock(r: R, groups: Settings['groups'], extraEnv: boolean): Record<string, unknown> {
  const environments: Record<string, unknown> = {};
  const envs = groups.map((g) => g.name).filter(() => r.chance(0.85));
  if (extraEnv) envs.push('old');
  for (const env of envs) {
    const group = groups.find((g) => g.name === env);
    const candidates = [...(group?.hosts ?? []), ...(r.chance(0.2) ? [r.pick(HOSTS)] : [])];
    const hosts: Record<string, string[]> = {};
    for (const host of new Set(candidates)) {
      if (!r.chance(0.85)) continue;
      hosts[host] = r.chance(0.05) ? Array.from({ length: 60 }, (_, i) => `20.0.0.${i + 1}`) : r.subset(POOL, 0.3);
    }
    const held = [...new Set(Object.values(hosts).flat())];
    const departing: Record<string, string> = {};
    for (const a of held) if (r.chance(0.2)) departing[a] = r.pick(['2026-12-07T11:00:00Z', '2026-11-20T00:00:00Z', '2026-12-07T12:00:00Z']);
    environments[env] = { addresses: r.chance(0.5) ? held : r.shuffle(held), hosts, ...(Object.keys(departing).length || r.chance(0.1) ? { departing } : {}) };
  }
  return { ...(r.chance(0.2) ? { $schema: './schema.json' } : {}), version: 1, environments };
}

function lockTextOf(r: R, raw: Record<string, unknown>): string | undefined {
  let text = JSON.stringify(raw, null, r.pick([0, 2, 4]));
  if (r.chance(0.2)) text = text.replace(/10f/g, '10F');
  if (r.chance(0.1)) text = text.replace(/"2603:1020:201:10::110"/g, '"2603:1020:201:10:0:0:0:110"');
  try {
    const lock = parseLock(text, 'x', NOW);
    return r.chance(0.5) ? serializeLock(lock) : `${text}${r.chance(0.5) ? '\n' : ''}`;
  } catch {
    return text; // malformed: runLocal must throw the same in every path
  }
}

function asLockedAddresses(lock: Lock | undefined, host: string): string[] {
  const addresses = new Set<string>();
  for (const environment of Object.values(lock?.environments ?? {})) {
    for (const address of Object.hasOwn(environment.hosts, host) ? (environment.hosts[host] ?? []) : []) {
      if (!environment.departing || !Object.hasOwn(environment.departing, address)) addresses.add(address);
    }
  }
  return [...addresses];
}

function genOutcome(r: R, lock: Lock | undefined, host: string, type: RecordType, exact: boolean): LookupOutcome {
  const ofType = asLockedAddresses(lock, host).filter((a) => isIPv6(a) === (type === 'AAAA'));
  const base: LookupOutcome = ofType.length > 0 ? { kind: 'addresses', addresses: ofType } : { kind: 'no-records' };
  if (exact || r.chance(0.7)) return base;
  const typed = POOL.filter((a) => isIPv6(a) === (type === 'AAAA'));
  switch (r.pick(['reorder', 'drop', 'add', 'failed', 'nx', 'none', 'form', 'private', 'many', 'empty'])) {
    case 'reorder':
      return { kind: 'addresses', addresses: r.shuffle(ofType) };
    case 'drop':
      return ofType.length > 0 ? { kind: 'addresses', addresses: ofType.slice(1) } : base;
    case 'add':
      return { kind: 'addresses', addresses: [...ofType, r.pick(typed)] };
    case 'failed':
      return { kind: 'failed', code: 'SERVFAIL', reason: r.pick(['SERVFAIL', 'timed out']) };
    case 'nx':
      return { kind: 'no-such-host' };
    case 'none':
      return { kind: 'no-records' };
    case 'form':
      return { kind: 'addresses', addresses: ofType.map((a) => (isIPv6(a) ? a.toUpperCase().replace('::', ':0:0:0:') : a)) };
    case 'private':
      return { kind: 'addresses', addresses: [...ofType, type === 'A' ? '10.0.0.1' : 'fe80::1'] };
    case 'many':
      return { kind: 'addresses', addresses: Array.from({ length: 33 }, (_, i) => (type === 'A' ? `20.0.0.${i + 1}` : `2603:1020::${i + 1}`)) };
    default:
      return { kind: 'addresses', addresses: [] };
  }
}

async function genScenario(seed: number): Promise<Scenario> {
  const r = rng(seed);
  const groupCount = 1 + Math.floor(r.next() * 3);
  const hostsLines = Array.from({ length: groupCount }, (_, i) => {
    const members = r.subset(HOSTS, 0.5);
    return `g${i + 1}: ${(members.length ? members : [r.pick(HOSTS)]).join(', ')}`;
  }).join('\n');
  const exportLines = r.subset(['cidr: fw/all.txt', 'json: fw/g1.json environments=g1', 'nginx: fw/v.conf'], 0.4).join('\n');
  const inputs: Record<string, string> = {
    mode: r.pick(['check', 'report']),
    environments: 'none',
    hosts: hostsLines,
    'add-when': r.pick(['any', 'all']),
    'record-types': r.pick(['A', 'A, AAAA', 'AAAA', 'AAAA, A']),
    'removal-grace': r.pick(['0', '1h', '7d']),
    'on-lookup-failure': r.pick(['fail', 'warn']),
    exports: exportLines,
  };
  const settings = readSettings((name) => inputs[name] ?? '');
  const rawLock = r.chance(0.9) ? genRawLock(r, settings.groups, r.chance(0.15)) : undefined;
  const lockText = rawLock ? lockTextOf(r, rawLock) : undefined;
  let lock: Lock | undefined;
  try {
    lock = lockText === undefined ? undefined : parseLock(lockText, 'x', NOW);
  } catch {
    lock = undefined;
  }
  const files = new Map<string, string | { link: string }>();
  if (lockText !== undefined) files.set(settings.lockFile, lockText);
  const rendered = lock ? renderExports(lock, settings.exports, settings.lockFile) : new Map<string, string>();
  for (const spec of settings.exports) {
    // Several exports may link outside: the first refused in the exports' order is named, whichever read fails first.
    const kind = r.pick(['missing', 'right', 'stale', 'extra', 'link', 'outside']);
    const right = rendered.get(spec.path) ?? '';
    if (kind === 'right') files.set(spec.path, right);
    else if (kind === 'stale') files.set(spec.path, 'stale\n');
    else if (kind === 'extra') files.set(spec.path, `${right}6.6.6.6/32\n`);
    else if (kind === 'link') files.set(spec.path, { link: 'inside' });
    else if (kind === 'outside') files.set(spec.path, { link: 'outside' });
  }
  const serverCount = 1 + Math.floor(r.next() * 3);
  const servers = r.chance(0.15)
    ? ['127.0.0.1:53', '127.0.0.1:53']
    : Array.from({ length: serverCount }, (_, i) => r.pick([`127.0.0.${i + 1}:53`, `system ${i}`, `https://127.0.0.${i + 1}/dns-query`]));
  const exact = r.chance(0.5);
  const hosts = [...new Set(settings.groups.flatMap((g) => g.hosts))];
  const lookups: Lookup[] = [];
  for (const host of hosts)
    for (const type of settings.recordTypes)
      for (const server of servers) lookups.push({ server, host, type, outcome: genOutcome(r, lock, host, type, exact) });
  let gate: GateSources | undefined;
  if (r.chance(0.4)) {
    const baseRaw = r.chance(0.3) ? rawLock : r.chance(0.85) ? genRawLock(r, settings.groups, false) : undefined;
    let baseLock: Lock | undefined;
    try {
      baseLock = baseRaw ? parseLock(JSON.stringify(baseRaw), 'base', NOW) : undefined;
    } catch {
      baseLock = undefined;
    }
    const baseExports = new Map<string, string | undefined>();
    const baseRendered = baseLock ? renderExports(baseLock, settings.exports, settings.lockFile) : new Map<string, string>();
    for (const spec of settings.exports) baseExports.set(spec.path, r.chance(0.7) ? baseRendered.get(spec.path) : r.chance(0.5) ? 'old\n' : undefined);
    let head: Map<string, string | undefined> | undefined;
    if (r.chance(0.5)) {
      head = new Map();
      head.set(settings.lockFile, lockText);
      for (const spec of settings.exports) {
        const f = files.get(spec.path);
        head.set(spec.path, typeof f === 'string' ? f : undefined);
      }
    }
    gate = {
      base: { label: 'main (abc1234)', lock: baseLock, exports: baseExports },
      ...(head ? { head } : {}),
      notes: r.chance(0.3) ? ['read from the API'] : [],
    };
  }
  return { settings, lockText, lock, files, gate, servers, lookups, description: JSON.stringify({ inputs, lockText, servers, seed }) };
}

async function rootFor(s: Scenario): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'rdiff-'));
  tmpRoots.push(root);
  await writeFile(path.join(root, 'target.txt'), 'inside target\n');
  for (const [file, content] of s.files) {
    const full = path.join(root, file);
    await mkdir(path.dirname(full), { recursive: true });
    if (typeof content === 'string') await writeFile(full, content);
    else await symlink(content.link === 'inside' ? path.join(root, 'target.txt') : '/etc/passwd', full);
  }
  return root;
}

function observe(s: Scenario): Observed {
  const hosts = [...new Set(s.settings.groups.flatMap((g) => g.hosts))];
  // deep copy of the lookups so no run shares objects with another
  return { hosts, observations: observeHosts(structuredClone(s.lookups), s.settings.recordTypes) };
}

const json = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (v instanceof Map ? { map: [...v] } : v instanceof Error ? { error: v.constructor.name, message: v.message } : v));

async function settle<T>(p: Promise<T>): Promise<{ ok: T } | { error: unknown }> {
  try {
    return { ok: await p };
  } catch (error) {
    return { error: error instanceof Error ? { name: error.constructor.name, message: error.message } : String(error) };
  }
}

function later<T>(value: T, ms: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

const stats = { reused: 0 };

async function differential(seed: number): Promise<string | undefined> {
  const s = await genScenario(seed);
  const root = await rootFor(s);
  const base = { root, now: NOW, updateHint: 'Update it.' };
  const gateJson = json(s.gate);
  const gate = () => (s.gate ? Promise.resolve(structuredClone(s.gate)) : undefined);
  // A: may reuse. B: DNS already answered, no rehearsal. C: rehearsal runs, never reused.
  const obsA = observe(s);
  const obsAJson = json([obsA.hosts, [...obsA.observations]]);
  const a = await settle(runLocal(s.settings, { ...base, observed: later(obsA, 40), servers: s.servers, gate: gate() }));
  const b = await settle(runLocal(s.settings, { ...base, observed: Promise.resolve(observe(s)), servers: s.servers, gate: gate() }));
  const c = await settle(runLocal(s.settings, { ...base, observed: later(observe(s), 40), gate: gate() }));
  // The outcome was reused when it holds the foreseen observation, not the real one.
  if (!('error' in a)) {
    const first = a.ok.result.hosts[0];
    if (first && first.observation !== obsA.observations.get(first.host)) stats.reused++;
  }
  const problems: string[] = [];
  if (json(a) !== json(b)) problems.push(`A (reuse) != B (fresh)\nA=${json(a)}\nB=${json(b)}`);
  if (json(c) !== json(b)) problems.push(`C (rehearsed, dropped) != B (fresh)\nC=${json(c)}\nB=${json(b)}`);
  if (json([obsA.hosts, [...obsA.observations]]) !== obsAJson) problems.push('observed mutated');
  if (json(s.gate) !== gateJson) problems.push('gate sources mutated');
  return problems.length ? `${s.description}\n${problems.join('\n')}` : undefined;
}

// Written as an attack on the foreseen outcome (rehearsal.ts): any input the comparison depends on
// that the equality check misses, or any state the rehearsal changes, shows here as a difference.
describe('runLocal: the foreseen outcome, when reused, equals a fresh comparison', () => {
  it('over many generated scenarios', async () => {
    // 400 here; RDIFF_COUNT=6000 for a longer search.
    const COUNT = Number(process.env.RDIFF_COUNT ?? 400);
    const BATCH = 60;
    const bad: string[] = [];
    for (let start = 0; start < COUNT; start += BATCH) {
      const results = await Promise.all(Array.from({ length: Math.min(BATCH, COUNT - start) }, (_, i) => differential(1000 + start + i)));
      for (const r of results) if (r) bad.push(r);
    }
    expect(bad.slice(0, 3)).toEqual([]);
    // Enough scenarios foresaw DNS for the reused outcome to have been compared at all.
    expect(stats.reused).toBeGreaterThan(COUNT / 10);
  }, 600_000);
});
