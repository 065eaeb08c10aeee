import { describe, expect, it } from 'vitest';
import { diffLocks } from '../src/diff.js';
import type { Lookup, LookupOutcome } from '../src/dns/types.js';
import type { LockResult } from '../src/engine.js';
import { mergeLock } from '../src/lock/merge.js';
import { serializeLock } from '../src/lock/serialize.js';
import type { Lock } from '../src/lock/types.js';
import { hostStatus, observeHosts } from '../src/observation.js';
import { issueBody, MAX_BODY, pullRequestBody } from '../src/report/bodies.js';
import { lineDiff } from '../src/report/line-diff.js';
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
        '| Environment | Host | Change | Address | Note |',
        '|---|---|---|---|---|',
        '| production | `callback-2.vipps.no` | ➕ added | `104.45.28.231` |  |',
        '| production | `callback-2.vipps.no` | ⏳ departing | `104.45.28.230` | left DNS; stays allowed until 2026-12-01T12:00:00Z |',
        '',
        '<sub>2 hosts in production; 2 resolved.</sub>',
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
      '| production | `callback-2.vipps.no` | ⏳ departing | `104.45.28.230` | host no longer exists in DNS; stays allowed until 2026-12-01T12:00:00Z |',
    );
    const failed = renderMarkdown(
      resultOf({
        'callback-1.vipps.no': { kind: 'addresses', addresses: ['104.45.17.199'] },
        'callback-2.vipps.no': { kind: 'failed', code: 'ETIMEOUT', reason: 'no answer (timed out)' },
      }),
      { lockFile: 'ips.lock.json' },
    );
    expect(failed).toContain('### ips.lock.json is up to date with DNS');
    expect(failed).toContain('| `callback-2.vipps.no` | A | `127.0.0.1:53` | no answer (timed out) |');
  });

  it('puts a hidden marker, the report and the lock diff in a pull request body', () => {
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
    expect(body).toContain('+         "104.45.28.231"');
    expect(body).toContain('```diff');
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
    };
    for (const body of [pullRequestBody(result, 'ips.lock.json', 'abc', 'digest'), issueBody(result, 'ips.lock.json', 'digest')]) {
      expect(body.length).toBeLessThanOrEqual(MAX_BODY);
      expect(body.startsWith('<!-- vipps-ip-lock:')).toBe(true);
    }
  });
});

describe('lineDiff', () => {
  it('marks added and removed lines and keeps the rest', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nc\nd\n')).toBe('  a\n- b\n  c\n+ d');
    expect(lineDiff('', 'x\n')).toBe('+ x');
  });
});
