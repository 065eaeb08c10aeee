import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLocks } from '../src/diff.js';
import type { Lookup, LookupOutcome } from '../src/dns/types.js';
import type { LockResult } from '../src/engine.js';
import { mergeLock } from '../src/lock/merge.js';
import { serializeLock } from '../src/lock/serialize.js';
import type { Lock } from '../src/lock/types.js';
import { hostStatus, observeHosts } from '../src/observation.js';
import { issueBody, MAX_BODY, pullRequestBody } from '../src/report/bodies.js';
import { unifiedDiff } from '../src/report/line-diff.js';
import { renderMarkdown } from '../src/report/markdown.js';

const DAY = 86_400_000;
const groups = [{ name: 'production', hosts: ['callback-1.vipps.no', 'callback-2.vipps.no'] }];
const previous: Lock = {
  version: 1,
  environments: {
    production: {
      addresses: ['104.45.17.199', '104.45.28.230'],
      hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230'] },
    },
  },
};

/** A LockResult as the engine builds it, from what two hosts answered. */
function resultOf(answers: Record<string, LookupOutcome>, graceMs = 7 * DAY): LockResult {
  const lookups: Lookup[] = Object.entries(answers).flatMap(([host, outcome]) => [
    { server: '127.0.0.1:53', host, type: 'A' as const, outcome },
    { server: '127.0.0.1:53', host, type: 'AAAA' as const, outcome: outcome.kind === 'addresses' ? { kind: 'no-records' as const } : outcome },
  ]);
  const observations = observeHosts(lookups, ['A', 'AAAA']);
  const next = mergeLock({ previous, groups, observations, types: ['A', 'AAAA'], now: new Date('2026-11-24T12:00:00Z'), removalGraceMs: graceMs });
  const hosts = [...observations.values()].map((observation) => ({
    host: observation.host,
    groups: ['production'],
    status: hostStatus(observation, ['A', 'AAAA']),
    observation,
  }));
  const previousText = serializeLock(previous);
  const nextText = serializeLock(next);
  return {
    previous,
    previousText,
    next,
    nextText,
    lockChanged: previousText !== nextText,
    diff: diffLocks(previous, next, graceMs),
    hosts,
    failedHosts: hosts.filter((h) => h.status === 'failed'),
    withheld: [],
    heldBack: [],
    blockedHosts: [],
  };
}

describe('the report a reviewer reads', () => {
  it('shows which environment, host and address changed, and how', () => {
    const result = resultOf({
      'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] },
      'callback-2.vipps.no': { kind: 'addresses', addresses: ['104.45.28.231'] },
    });
    expect(renderMarkdown(result, { lockFile: 'ips.lock.json' })).toBe(
      [
        '### DNS has changed: 1 address added, 1 address left DNS and stays allowed for now',
        '',
        '| Environment | Change | Address | Hosts | Note |',
        '|---|---|---|---|---|',
        '| production | ➕ added | `104.45.28.231` | `callback-2.vipps.no` |  |',
        '| production | ⏳ departing | `104.45.28.230` | `callback-2.vipps.no` | left DNS; allowed until 2026-12-01 12:00 UTC |',
        '',
        '<sub>2 hosts in production; 2 answered.</sub>',
        '',
      ].join('\n'),
    );
  });

  it('calls a host that stopped existing retired, and one that failed, failed', () => {
    const retired = renderMarkdown(
      resultOf({ 'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] }, 'callback-2.vipps.no': { kind: 'no-such-host' } }),
      { lockFile: 'ips.lock.json' },
    );
    expect(retired).toContain(
      '| production | ⏳ departing | `104.45.28.230` | `callback-2.vipps.no` | host no longer exists in DNS; allowed until 2026-12-01 12:00 UTC |',
    );
    const failed = renderMarkdown(
      resultOf({
        'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] },
        'callback-2.vipps.no': { kind: 'failed', code: 'ETIMEOUT', reason: 'no answer (timed out)' },
      }),
      { lockFile: 'ips.lock.json' },
    );
    expect(failed).toContain('### ips.lock.json is up to date with DNS');
    expect(failed).toContain('| `callback-2.vipps.no` | A, AAAA via 127.0.0.1:53: no answer (timed out) | locked addresses kept |');
  });

  it('shows an address that only changed hosts as still allowed, with where it was', () => {
    const swapped = renderMarkdown(
      resultOf({
        'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.28.230'] },
        'callback-2.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] },
      }),
      { lockFile: 'ips.lock.json' },
    );
    expect(swapped).toContain('### DNS has changed: hosts changed addresses, the allowed set is the same');
    expect(swapped).toContain('| production | ⇄ other hosts | `104.45.17.199` | `callback-2.vipps.no` | already allowed; was on callback-1.vipps.no |');
    expect(swapped).toContain('| production | ⇄ other hosts | `104.45.28.230` | `callback-1.vipps.no` | already allowed; was on callback-2.vipps.no |');
    expect(swapped).not.toMatch(/➕|➖/);
  });

  it('lists a host whose answer was refused once, with its reason', () => {
    const poisoned = renderMarkdown(
      resultOf({
        'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] },
        'callback-2.vipps.no': { kind: 'addresses', addresses: ['104.45.28.230', '10.0.0.8'] },
      }),
      { lockFile: 'ips.lock.json' },
    );
    expect(poisoned.match(/callback-2\.vipps\.no/g)).toHaveLength(1);
    expect(poisoned).toMatch(
      /\| `callback-2\.vipps\.no` \| A via 127\.0\.0\.1:53: answer ignored: it holds addresses that are never locked: 10\.0\.0\.8 \([^)]*\) \| locked A addresses kept \|/,
    );
    expect(poisoned).not.toContain('10.0.0.8`');
  });

  it('puts a hidden marker and the report in a pull request body, and leaves the files to GitHub', () => {
    const body = pullRequestBody(
      resultOf({
        'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] },
        'callback-2.vipps.no': { kind: 'addresses', addresses: ['104.45.28.231'] },
      }),
      'ips.lock.json',
      'abc123',
      '0123456789abcdef',
    );
    expect(body.split('\n')[0]).toMatch(/^<!-- vipps-ip-lock:pull-request file=ips\.lock\.json base=abc123 digest=0123456789abcdef -->$/);
    expect(body).toContain('| production | ➕ added | `104.45.28.231` | `callback-2.vipps.no` |');
    expect(body).not.toContain('```');
  });

  it('stays within GitHub body limits however large the change', () => {
    const many = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`h${i}.vipps.no`, { kind: 'addresses' as const, addresses: [`104.${40 + (i >> 8)}.${i & 255}.1`] }]),
    );
    const bigGroups = [{ name: 'production', hosts: Object.keys(many) }];
    const lookups: Lookup[] = Object.entries(many).map(([host, outcome]) => ({ server: 's', host, type: 'A' as const, outcome }));
    const next = mergeLock({
      previous: undefined,
      groups: bigGroups,
      observations: observeHosts(lookups, ['A']),
      types: ['A'],
      now: new Date(),
      removalGraceMs: 0,
    });
    const result: LockResult = {
      previous: { version: 1, environments: {} },
      previousText: '{}',
      next,
      nextText: serializeLock(next),
      lockChanged: true,
      diff: diffLocks({ version: 1, environments: {} }, next, 0),
      hosts: [],
      failedHosts: [],
      withheld: [],
      heldBack: [],
      blockedHosts: [],
    };
    for (const body of [pullRequestBody(result, 'ips.lock.json', 'abc', 'digest'), issueBody(result, 'ips.lock.json', 'digest')]) {
      expect(body.length).toBeLessThanOrEqual(MAX_BODY);
      expect(body.startsWith('<!-- vipps-ip-lock:')).toBe(true);
    }
  });
});

describe('unifiedDiff', () => {
  it('gives hunks with few context lines, removed lines before added ones', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nc\nd\n')).toBe('@@ -1,3 +1,3 @@\n a\n-b\n c\n+d');
    expect(unifiedDiff('1\n2\n3\n4\n5\n6\n7\n8\n', '1\n2\n3\n4\nX\n6\n7\n8\n', 1)).toBe('@@ -4,3 +4,3 @@\n 4\n-5\n+X\n 6');
    expect(unifiedDiff('', 'x\n')).toBe('@@ -0,0 +1,1 @@\n+x');
    expect(unifiedDiff('same\n', 'same\n')).toBe('');
  });

  it('turns the old text into the new one when applied', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        fc.nat(3),
        (x, y, context) => {
          const before = x.map((l) => `${l}\n`).join('');
          const after = y.map((l) => `${l}\n`).join('');
          expect(applyDiff(before, unifiedDiff(before, after, context))).toBe(after);
        },
      ),
    );
  });
});

/** Applies a unified diff the way `patch` does, checking every context and removed line. */
function applyDiff(before: string, diff: string): string {
  const source = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  for (const hunk of diff === '' ? [] : diff.split(/\n(?=@@)/)) {
    const [header = '', ...body] = hunk.split('\n');
    const start = Number(/^@@ -(\d+),(\d+)/.exec(header)?.[1]);
    const count = Number(/^@@ -\d+,(\d+)/.exec(header)?.[1]);
    const from = count === 0 ? start : start - 1;
    out.push(...source.slice(at, from));
    at = from;
    for (const line of body) {
      if (line.startsWith('+')) out.push(line.slice(1));
      else {
        expect(source[at]).toBe(line.slice(1));
        if (line.startsWith(' ')) out.push(line.slice(1));
        at++;
      }
    }
  }
  out.push(...source.slice(at));
  return out.map((l) => `${l}\n`).join('');
}
