import { describe, expect, it } from 'vitest';
import type { Lookup, LookupOutcome, RecordType } from '../src/dns/types.js';
import { lockFromObservations } from '../src/engine.js';
import type { Lock } from '../src/lock/types.js';
import { lookupFailures, unknownHosts } from '../src/modes/outcome.js';
import { observeHosts } from '../src/observation.js';
import { readSettings } from '../src/settings.js';

// A host that every server says does not exist is a typo when the user named it and it never had
// an address; a preset host in that state, or one that had addresses, is Vipps MobilePay retiring it.

const TYPES: RecordType[] = ['A', 'AAAA'];
const nx: LookupOutcome = { kind: 'no-such-host' };
const ok = (address: string): LookupOutcome => ({ kind: 'addresses', addresses: [address] });
const none: LookupOutcome = { kind: 'no-records' };

function run(inputs: Record<string, string>, answers: Record<string, LookupOutcome>, previous?: Lock) {
  const settings = readSettings((name) => inputs[name] ?? '');
  const hosts = [...new Set(settings.groups.flatMap((g) => g.hosts))];
  const lookups: Lookup[] = hosts.flatMap((host) =>
    TYPES.map((type) => {
      const answer = answers[host] ?? nx;
      return { server: '127.0.0.1:53', host, type, outcome: type === 'AAAA' && answer.kind === 'addresses' ? none : answer };
    }),
  );
  const result = lockFromObservations({
    settings,
    previous,
    now: new Date('2026-11-24T12:00:00Z'),
    observed: { hosts, observations: observeHosts(lookups, TYPES) },
  });
  return { result, settings };
}

describe('hosts that do not exist', () => {
  it('a custom host never resolved is named, warned about and fails the run', () => {
    const { result, settings } = run({ environments: 'none', hosts: 'shop: callbak-1.vipps.no, api.vipps.no' }, { 'api.vipps.no': ok('20.100.0.15') });
    expect(unknownHosts(result).map((h) => h.host)).toEqual(['callbak-1.vipps.no']);
    const failures = lookupFailures(result, settings);
    expect(failures.warnings).toEqual([expect.stringContaining('callbak-1.vipps.no does not exist')]);
    expect(failures.failure).toContain('1 host does not exist in DNS: callbak-1.vipps.no.');
  });

  it('only warns with on-lookup-failure: warn', () => {
    const { result, settings } = run({ environments: 'none', hosts: 'shop: callbak-1.vipps.no', 'on-lookup-failure': 'warn' }, {});
    expect(lookupFailures(result, settings)).toEqual({ warnings: [expect.stringContaining('callbak-1.vipps.no does not exist')] });
  });

  it('a preset host that does not exist, or a custom host that had addresses, is a retirement, not a failure', () => {
    const preset = run({ environments: 'production' }, { 'callback-1.vipps.no': ok('104.45.17.199') });
    expect(unknownHosts(preset.result)).toEqual([]);
    expect(lookupFailures(preset.result, preset.settings).failure).toBeUndefined();
    const previous: Lock = {
      version: 1,
      environments: { shop: { addresses: ['20.100.0.9'], hosts: { 'pay.shop.example': ['20.100.0.9'] } } },
    };
    const retired = run({ environments: 'none', hosts: 'shop: pay.shop.example' }, {}, previous);
    expect(unknownHosts(retired.result)).toEqual([]);
  });
});
