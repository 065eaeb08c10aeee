import type { ExchangeRecord } from '../dns/packet-resolver.js';
import type { Observed } from '../dns/resolve-hosts.js';
import type { RecordType } from '../dns/types.js';
import { hostStatus } from '../observation.js';
import { plural } from './rows.js';

// The action's log, in plain lines: the DNS group's one line per host, its title, one debug line per
// query, and the few lines that close a run. The job summary holds the full report; the log
// says what happened and where to read more.

/** `DNS: 10 hosts, 2 servers; 9 answered, 1 kept its locked addresses`: the DNS group's title. */
export function dnsTitle(observed: Observed, types: readonly RecordType[], servers: number): string {
  const statuses = observed.hosts.map((host) => {
    const observation = observed.observations.get(host);
    return observation ? hostStatus(observation, types) : 'failed';
  });
  const answered = statuses.filter((s) => s === 'resolved' || s === 'no-such-host').length;
  const kept = statuses.length - answered;
  const serversText = servers > 0 ? plural(servers, 'server') : "the runner's resolvers";
  return `${plural(observed.hosts.length, 'host')} via ${serversText}; ${answered} answered${kept > 0 ? `, ${kept} kept locked addresses` : ''}`;
}

/** One line per host: each record type's addresses, or why it has none. */
export function dnsLines(observed: Observed, types: readonly RecordType[]): string[] {
  const width = Math.max(0, ...observed.hosts.map((h) => h.length));
  return observed.hosts.map((host) => {
    const observation = observed.observations.get(host);
    const parts = types.map((type) => {
      const addresses = observation?.decided[type];
      if (addresses !== undefined) return `${type} ${addresses.join(' ') || (observation?.noSuchHost ? 'no such host' : 'none')}`;
      const reasons = [...new Set((observation?.failures ?? []).filter((f) => f.type === type).map((f) => `${f.server}: ${f.reason}`))];
      return `${type} not resolved (${reasons.join('; ') || 'no answer'})`;
    });
    return `${host.padEnd(width)}  ${parts.join('  ')}`;
  });
}

/** One query for the debug log: server, question, attempt, rcode, records and time. */
export function exchangeLine(record: ExchangeRecord): string {
  const answer = record.rcode ? `${record.rcode}${record.records?.length ? ` [${record.records.join(', ')}]` : ' (no records)'}` : 'no answer';
  return `DNS ${record.server} ${record.name} ${record.type} (attempt ${record.attempt}, id ${record.id}): ${answer} in ${record.elapsedMs} ms: ${record.result}`;
}

/** What a GitHub mode did, in one line per pull request or issue, from the run's outputs. */
export function writeLines(outputs: Record<string, string>, dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const [kind, name] of [
    ['pull-request', 'Pull request'],
    ['issue', 'Issue'],
  ] as const) {
    const operation = outputs[`${kind}-operation`];
    if (operation === undefined) continue;
    const url = outputs[`${kind}-url`];
    if (operation !== 'none') lines.push(`${name} ${operation}: ${url}`);
    else if (url) lines.push(`${name} ${url} is up to date.`);
  }
  if (dryRun) lines.push('Dry run: nothing was written. The job summary says what would have been.');
  return lines;
}
