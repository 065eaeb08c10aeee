import { describe, expect, it } from 'vitest';
import { renderCompared } from '../src/cli/render.js';
import type { Lookup, LookupOutcome, RecordType } from '../src/dns/types.js';
import { lockFromObservations } from '../src/engine.js';
import type { Lock } from '../src/lock/types.js';
import { confineToBase } from '../src/modes/gate.js';
import { lookupFailures } from '../src/modes/outcome.js';
import { observeHosts } from '../src/observation.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { readSettings } from '../src/settings.js';

// add-when: which answers may add an address. Removal is the same under both settings: an address
// stays while any answering server returns it.

const TYPES: RecordType[] = ['A', 'AAAA'];
const HOSTS = ['callback-1.vipps.no', 'callback-2.vipps.no'];
const ok = (...addresses: string[]): LookupOutcome => ({ kind: 'addresses', addresses });
const none: LookupOutcome = { kind: 'no-records' };
const fail: LookupOutcome = { kind: 'failed', code: 'ETIMEOUT', reason: 'no answer' };

/** What each server said about callback-2's A records; callback-1 and AAAA agree everywhere. */
function lookups(byServer: Record<string, LookupOutcome>): Lookup[] {
  return Object.entries(byServer).flatMap(([server, outcome]) => [
    { server, host: 'callback-1.vipps.no', type: 'A' as const, outcome: ok('104.45.17.199') },
    { server, host: 'callback-1.vipps.no', type: 'AAAA' as const, outcome: none },
    { server, host: 'callback-2.vipps.no', type: 'A' as const, outcome },
    { server, host: 'callback-2.vipps.no', type: 'AAAA' as const, outcome: none },
  ]);
}

function run(addWhen: 'any' | 'all', byServer: Record<string, LookupOutcome>, previous?: Lock) {
  const settings = readSettings(
    (name) => ({ environments: 'none', hosts: `production: ${HOSTS.join(', ')}`, 'add-when': addWhen, 'removal-grace': '0' })[name] ?? '',
  );
  const observed = { hosts: HOSTS, observations: observeHosts(lookups(byServer), TYPES) };
  const result = lockFromObservations({ settings, observed, previous, now: new Date('2026-11-24T12:00:00Z') });
  return { result, settings, hosts: result.next.environments.production?.hosts };
}

const PLAIN = '127.0.0.1:53';
const DOH = 'https://dns.example/dns-query';
const DOT = 'tls://127.0.0.1:853#dns.example';

describe('add-when any (the default)', () => {
  it('adds an address any answering server returns', () => {
    const { hosts, result } = run('any', { [PLAIN]: ok('104.45.28.230', '6.6.6.6'), [DOH]: ok('104.45.28.230'), [DOT]: ok('104.45.28.230') });
    expect(hosts?.['callback-2.vipps.no']).toEqual(['6.6.6.6', '104.45.28.230']);
    expect(result.withheld).toEqual([]);
  });
});

describe('add-when all', () => {
  it('adds only what every answering server returned, and names the address and who gave it', () => {
    const { hosts, result, settings } = run('all', { [PLAIN]: ok('104.45.28.230', '6.6.6.6'), [DOH]: ok('104.45.28.230'), [DOT]: ok('104.45.28.230') });
    expect(hosts?.['callback-2.vipps.no']).toEqual(['104.45.28.230']);
    expect(result.diff.added).toEqual(['104.45.17.199', '104.45.28.230']);
    expect(result.withheld).toEqual([{ host: 'callback-2.vipps.no', type: 'A', address: '6.6.6.6', from: [PLAIN], notFrom: [DOH, DOT] }]);
    expect(lookupFailures(result, settings).warnings).toEqual([
      `callback-2.vipps.no: 6.6.6.6 (A) was returned by ${PLAIN} but not by ${DOH}, ${DOT}; with add-when: all it is not added. If it is real, every server will return it once their caches catch up; if it stays, check the servers that return it.`,
    ]);
    expect(lookupFailures(result, settings).failure).toBeUndefined();
    expect(renderMarkdown(result, { lockFile: 'ips.lock.json' })).toContain(
      `| \`callback-2.vipps.no\` | A | \`6.6.6.6\` | \`${PLAIN}\` | \`${DOH}\` \`${DOT}\` |`,
    );
    const outcome = { result, exports: { stale: [], expected: new Map(), current: new Map() }, outputs: {}, summary: '', warnings: [] };
    expect(renderCompared(outcome, 'ips.lock.json')).toContain(
      `! callback-2.vipps.no A: 6.6.6.6 not added, returned by ${PLAIN} but not by ${DOH}, ${DOT} (--add-when all)`,
    );
  });

  it('counts a server that answered "no records" as disagreeing, and one that failed as agreeing to nothing', () => {
    expect(run('all', { [PLAIN]: ok('104.45.28.230'), [DOH]: none }).hosts?.['callback-2.vipps.no']).toEqual([]);
    const failed = run('all', { [PLAIN]: ok('104.45.28.230', '6.6.6.6'), [DOH]: fail });
    expect(failed.hosts?.['callback-2.vipps.no']).toEqual([]);
    expect(failed.result.diff.added).toEqual(['104.45.17.199']);
    expect(failed.result.heldBack).toEqual([
      {
        host: 'callback-2.vipps.no',
        type: 'A',
        failed: [{ server: DOH, type: 'A', reason: 'no answer' }],
        answered: [PLAIN],
        additions: ['6.6.6.6', '104.45.28.230'],
        kept: [],
      },
    ]);
    expect(failed.result.blockedHosts).toEqual(['callback-2.vipps.no']);
    const { warnings, failure } = lookupFailures(failed.result, failed.settings);
    expect(warnings).toEqual([
      `callback-2.vipps.no: A via ${DOH} (no answer) gave no usable answer while ${PLAIN} answered; A 6.6.6.6, 104.45.28.230 not added: with add-when: all an address needs every server, and one that failed agreed to nothing. Check that every DNS server is reachable from the runner and answers for this host.`,
    ]);
    expect(failure).toContain('held back a change: callback-2.vipps.no');
    expect(renderMarkdown(failed.result, { lockFile: 'ips.lock.json' })).toContain(
      'A 6.6.6.6 104.45.28.230 not added (add-when all: not every server answered)',
    );
  });

  it('adds under add-when all once every server answers with the address', () => {
    const { hosts, result } = run('all', { [PLAIN]: ok('104.45.28.230'), [DOH]: ok('104.45.28.230') });
    expect(hosts?.['callback-2.vipps.no']).toEqual(['104.45.28.230']);
    expect(result.heldBack).toEqual([]);
    expect(result.blockedHosts).toEqual([]);
  });

  it('adds nothing when two servers give two different addresses', () => {
    const { hosts, result } = run('all', { [DOH]: ok('104.45.28.230'), [DOT]: ok('104.45.28.231') });
    expect(hosts?.['callback-2.vipps.no']).toEqual([]);
    expect(result.withheld.map((w) => [w.address, w.from])).toEqual([
      ['104.45.28.230', [DOH]],
      ['104.45.28.231', [DOT]],
    ]);
  });

  it('removes as before: a locked address stays while any answering server returns it', () => {
    const previous: Lock = {
      version: 1,
      environments: {
        production: {
          addresses: ['104.45.17.199', '104.45.28.229', '104.45.28.230'],
          hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.229', '104.45.28.230'] },
        },
      },
    };
    const { hosts, result } = run('all', { [PLAIN]: ok('104.45.28.230'), [DOH]: ok('104.45.28.229') }, previous);
    expect(hosts?.['callback-2.vipps.no']).toEqual(['104.45.28.229', '104.45.28.230']);
    expect(result.lockChanged).toBe(false);
    expect(result.withheld).toEqual([]);
    const gone = run('all', { [PLAIN]: ok('104.45.28.230'), [DOH]: ok('104.45.28.230') }, previous);
    expect(gone.hosts?.['callback-2.vipps.no']).toEqual(['104.45.28.230']);
    expect(gone.result.diff.removed).toEqual(['104.45.28.229']);
  });
});

describe('add-when all on a pull request', () => {
  it('takes out of the head lock an address only one of the answering servers returns', () => {
    const observed = { hosts: HOSTS, observations: observeHosts(lookups({ [PLAIN]: ok('104.45.28.230', '6.6.6.6'), [DOH]: ok('104.45.28.230') }), TYPES) };
    const base: Lock = {
      version: 1,
      environments: { production: { addresses: ['104.45.17.199'], hosts: { 'callback-1.vipps.no': ['104.45.17.199'] } } },
    };
    const head: Lock = {
      version: 1,
      environments: {
        production: {
          addresses: ['6.6.6.6', '104.45.17.199', '104.45.28.230'],
          hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['6.6.6.6', '104.45.28.230'] },
        },
      },
    };
    const files = { label: 'main', lock: base, exports: new Map() };
    expect(confineToBase(head, files, observed, 'ips.lock.json', 'all').findings).toEqual([
      'ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production), which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)',
    ]);
    expect(confineToBase(head, files, observed, 'ips.lock.json', 'any').findings).toEqual([]);
    // The same address from one server while the other fails: a failed server agrees to nothing.
    const oneFailed = { hosts: HOSTS, observations: observeHosts(lookups({ [PLAIN]: ok('104.45.28.230', '6.6.6.6'), [DOH]: fail }), TYPES) };
    expect(confineToBase(head, files, oneFailed, 'ips.lock.json', 'all').findings).toEqual([
      'ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production), which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)',
      'ips.lock.json adds 104.45.28.230 to callback-2.vipps.no (production), which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)',
    ]);
  });
});

describe('removal while a server fails, under every add-when', () => {
  const previous: Lock = {
    version: 1,
    environments: {
      production: {
        addresses: ['104.45.17.199', '104.45.28.230'],
        hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230'] },
      },
    },
  };
  const gone: Record<string, LookupOutcome> = {
    'no such host': { kind: 'no-such-host' },
    'no records': none,
    'another address': ok('104.45.28.231'),
  };
  for (const addWhen of ['any', 'all'] as const) {
    for (const [what, outcome] of Object.entries(gone)) {
      it(`keeps a locked address one server drops (${what}) while another fails (add-when ${addWhen}), and says so`, () => {
        const { hosts, result, settings } = run(addWhen, { [PLAIN]: outcome, [DOH]: fail }, previous);
        expect(hosts?.['callback-2.vipps.no']).toContain('104.45.28.230');
        expect(result.diff.removed).toEqual([]);
        expect(result.next.environments.production?.departing).toBeUndefined();
        expect(result.heldBack.find((h) => h.type === 'A')?.kept).toEqual(['104.45.28.230']);
        expect(result.blockedHosts).toEqual(['callback-2.vipps.no']);
        expect(result.hosts.find((h) => h.host === 'callback-2.vipps.no')?.status).not.toBe('no-such-host');
        const { warnings, failure } = lookupFailures(result, settings);
        expect(warnings.join('\n')).toContain(`A 104.45.28.230 kept in the lock though ${PLAIN} left it out`);
        expect(failure).toContain('callback-2.vipps.no');
      });
    }
  }

  it('removes once every server answers without it', () => {
    const { hosts, result } = run('any', { [PLAIN]: none, [DOH]: none }, previous);
    expect(hosts?.['callback-2.vipps.no']).toEqual([]);
    expect(result.diff.removed).toEqual(['104.45.28.230']);
    expect(result.heldBack).toEqual([]);
  });

  it('names a server that failed while another answered even when it held nothing back, without failing the run', () => {
    const { result, settings } = run('any', { [PLAIN]: ok('104.45.28.230'), [DOH]: fail }, previous);
    expect(result.blockedHosts).toEqual([]);
    const { warnings, failure } = lookupFailures(result, settings);
    expect(warnings).toEqual([
      `callback-2.vipps.no: A via ${DOH} (no answer) gave no usable answer while ${PLAIN} answered; nothing held back, the lock follows the servers that answered. Check that every DNS server is reachable from the runner and answers for this host.`,
    ]);
    expect(failure).toBeUndefined();
  });
});
