import { describe, expect, it } from 'vitest';
import type { Observed } from '../src/dns/resolve-hosts.js';
import { renderExports } from '../src/exports/render.js';
import { parseLock } from '../src/lock/parse.js';
import type { Lock } from '../src/lock/types.js';
import { exportRemovalFindings, keptFromBase, removalFindings } from '../src/modes/gate-removals.js';
import type { HostObservation } from '../src/observation.js';
import { readSettings } from '../src/settings.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const A = '127.0.0.1:5301';
const B = '127.0.0.1:5302';
const EXPORT = 'fw/nginx.conf';
const settings = readSettings(
  (name) => ({ environments: 'production', 'dns-servers': `${A}, ${B}`, 'add-when': 'all', exports: `nginx: ${EXPORT}` })[name] ?? '',
);
const HOSTS = settings.groups[0]?.hosts ?? [];
const HOST = HOSTS[0] as string;
const OTHER = HOSTS[1] as string;
const X = '20.20.20.20';

function lock(hosts: Record<string, string[]>, departing?: Record<string, string>): Lock {
  const addresses = [...new Set(Object.values(hosts).flat())];
  return parseLock(
    JSON.stringify({ version: 1, environments: { production: { addresses, hosts, ...(departing ? { departing } : {}) } } }),
    'ips.lock.json',
    NOW,
  );
}

/** Each server's A answer per host; `undefined` for a server whose lookup failed. AAAA every server answers empty. */
function dns(answers: Record<string, Record<string, string[] | undefined>>): Observed {
  const observations = new Map<string, HostObservation>();
  for (const host of HOSTS) {
    const byServer = answers[host] ?? { [A]: [], [B]: [] };
    const ok = Object.entries(byServer).filter((entry): entry is [string, string[]] => entry[1] !== undefined);
    const failed = Object.keys(byServer).filter((server) => byServer[server] === undefined);
    observations.set(host, {
      host,
      decided: { ...(ok.length > 0 ? { A: [...new Set(ok.flatMap(([, a]) => a))] } : {}), AAAA: [] },
      answers: [
        ...ok.map(([server, addresses]) => ({ server, type: 'A' as const, addresses })),
        ...[A, B].map((server) => ({ server, type: 'AAAA' as const, addresses: [] })),
      ],
      noSuchHost: false,
      failures: failed.map((server) => ({ server, type: 'A' as const, reason: 'timed out' })),
      rejected: [],
    } as unknown as HostObservation);
  }
  return { hosts: HOSTS, observations };
}

const exportOf = (l: Lock): string => renderExports(l, settings.exports, 'ips.lock.json').get(EXPORT) ?? '';

describe('removalFindings: a pull request may not take out what the action’s own update keeps', () => {
  const base = lock({ [HOST]: ['1.1.1.1', X], [OTHER]: ['2.2.2.2'] });
  const head = lock({ [HOST]: ['1.1.1.1'], [OTHER]: ['2.2.2.2'] });

  it('names an address one server still returns under add-when all, in the lock and the export', () => {
    const observed = dns({ [HOST]: { [A]: ['1.1.1.1', X], [B]: ['1.1.1.1'] }, [OTHER]: { [A]: ['2.2.2.2'], [B]: ['2.2.2.2'] } });
    const kept = keptFromBase(base, settings, observed, NOW);
    expect(kept?.environments.production?.addresses).toContain(X);
    expect(removalFindings(head, kept, observed, 'ips.lock.json')).toEqual([
      `ips.lock.json removes ${X} (${HOST}, production), which DNS still returns (an address leaves only when every server answers without it)`,
    ]);
    const exports = exportRemovalFindings(
      new Map([[EXPORT, exportOf(base)]]),
      new Map([[EXPORT, exportOf(head)]]),
      new Map([[EXPORT, exportOf(kept as Lock)]]),
    );
    expect(exports).toEqual([`${EXPORT} removes the line "allow ${X}/32;", which the action's own update keeps`]);
  });

  it('names an address whose lookup failed on a server', () => {
    const observed = dns({ [HOST]: { [A]: undefined, [B]: ['1.1.1.1'] }, [OTHER]: { [A]: ['2.2.2.2'], [B]: ['2.2.2.2'] } });
    const kept = keptFromBase(base, settings, observed, NOW);
    expect(removalFindings(head, kept, observed, 'ips.lock.json')).toEqual([
      `ips.lock.json removes ${X} (${HOST}, production), whose lookup failed (a failed lookup never removes an address)`,
    ]);
  });

  it('names an address departing on the base whose grace has not passed', () => {
    const marked = lock({ [HOST]: ['1.1.1.1', X], [OTHER]: ['2.2.2.2'] }, { [X]: '2026-11-23T12:00:00Z' });
    const observed = dns({ [HOST]: { [A]: ['1.1.1.1'], [B]: ['1.1.1.1'] }, [OTHER]: { [A]: ['2.2.2.2'], [B]: ['2.2.2.2'] } });
    expect(removalFindings(head, keptFromBase(marked, settings, observed, NOW), observed, 'ips.lock.json')).toEqual([
      `ips.lock.json removes ${X} (${HOST}, production), which stays allowed through its removal grace (departing since 2026-11-23T12:00:00Z)`,
    ]);
    const past = lock({ [HOST]: ['1.1.1.1', X], [OTHER]: ['2.2.2.2'] }, { [X]: '2026-11-01T12:00:00Z' });
    expect(removalFindings(head, keptFromBase(past, settings, observed, NOW), observed, 'ips.lock.json')).toEqual([]);
  });

  it('allows removing an address every server answered without (its grace may already have run on an open proposal)', () => {
    const observed = dns({ [HOST]: { [A]: ['1.1.1.1'], [B]: ['1.1.1.1'] }, [OTHER]: { [A]: ['2.2.2.2'], [B]: ['2.2.2.2'] } });
    const kept = keptFromBase(base, settings, observed, NOW);
    expect(removalFindings(head, kept, observed, 'ips.lock.json')).toEqual([]);
    expect(
      exportRemovalFindings(new Map([[EXPORT, exportOf(base)]]), new Map([[EXPORT, exportOf(head)]]), new Map([[EXPORT, exportOf(kept as Lock)]])),
    ).toEqual([]);
  });

  it('counts an address moved to another host of the environment as kept', () => {
    const observed = dns({ [HOST]: { [A]: ['1.1.1.1', X], [B]: ['1.1.1.1', X] }, [OTHER]: { [A]: ['2.2.2.2'], [B]: ['2.2.2.2'] } });
    const moved = lock({ [HOST]: ['1.1.1.1'], [OTHER]: ['2.2.2.2', X] });
    expect(removalFindings(moved, keptFromBase(base, settings, observed, NOW), observed, 'ips.lock.json')).toEqual([]);
    expect(removalFindings(undefined, keptFromBase(base, settings, observed, NOW), observed, 'ips.lock.json')).toHaveLength(3);
  });
});
