import { sortAddresses } from '../addresses.js';
import { type AddWhen, agreedAddresses } from '../agreement.js';
import type { Observed } from '../dns/resolve-hosts.js';
import type { RecordType } from '../dns/types.js';
import { type EnvironmentLock, emptyRecord, type Lock, own } from '../lock/types.js';

// The check gate of a pull request: what the pull request's lock and exports hold beyond the base
// branch's must be what DNS returns now. A lock and an export that agree with each other are not
// enough (both can be edited in the same pull request), and an address DNS does not return is not
// one that "just left" unless the base already held it.

/** What the base branch holds: the reviewed lock and exports the pull request is compared with. */
export interface BaseFiles {
  /** Says where it was read, such as `main (1a2b3c4)`. */
  label: string;
  /** The base lock, or undefined when the base has none (or one too broken to hold anything). */
  lock: Lock | undefined;
  /** Each export's text on the base; undefined when it does not exist there. */
  exports: ReadonlyMap<string, string | undefined>;
}

/**
 * The pull request's lock held to the base: what it adds that DNS does not return now is taken
 * out, and a departing mark it moved later or dropped is put back as the base had it. That is the
 * lock check then compares with DNS, so the outputs and the summary show what the firewall may
 * allow, and `findings` says, one sentence each naming the file and the address, what was taken.
 */
export function confineToBase(head: Lock, base: BaseFiles, observed: Observed, lockFile: string, addWhen: AddWhen = 'any'): { lock: Lock; findings: string[] } {
  const returned = returnedByDns(observed, 'any');
  // What a pull request may add is what a run may add: under add-when all, what every server answered with (none failing).
  const addable = addWhen === 'all' ? returnedByDns(observed, 'all') : returned;
  const refusal =
    addWhen === 'all'
      ? 'which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)'
      : 'which DNS does not return for it now';
  const findings: string[] = [];
  const environments = emptyRecord<EnvironmentLock>();
  for (const [name, environment] of Object.entries(head.environments)) {
    const before = own(base.lock?.environments, name);
    const hosts = emptyRecord<string[]>();
    for (const [host, addresses] of Object.entries(environment.hosts)) {
      hosts[host] = addresses.filter((address) => {
        if (own(before?.hosts, host)?.includes(address) || addable.get(host)?.has(address)) return true;
        findings.push(`${lockFile} adds ${address} to ${host} (${name}), ${refusal}`);
        return false;
      });
    }
    const held = new Set(Object.values(hosts).flat());
    const heldBefore = new Set(Object.values(before?.hosts ?? {}).flat());
    const returnedHere = new Set(Object.keys(hosts).flatMap((host) => [...(returned.get(host) ?? [])]));
    const departing = emptyRecord<string>();
    for (const address of sortAddresses(held)) {
      const since = own(before?.departing, address);
      const mark = own(environment.departing, address);
      // An update marks an address departing when it leaves DNS: a new mark can only shorten how
      // long the address stays. Moving a mark later, or dropping it, restarts the removal grace.
      if (since !== undefined && heldBefore.has(address) && !returnedHere.has(address)) {
        if (mark === undefined) {
          findings.push(`${lockFile} drops the departing mark of ${address} (${name}, since ${since}), which would keep it allowed longer`);
        } else if (Date.parse(mark) > Date.parse(since)) {
          findings.push(`${lockFile} moves the departing time of ${address} (${name}) from ${since} to ${mark}, which would keep it allowed longer`);
        }
        departing[address] = mark !== undefined && Date.parse(mark) <= Date.parse(since) ? mark : since;
      } else if (mark !== undefined) departing[address] = mark;
    }
    environments[name] = { addresses: sortAddresses(held), hosts, ...(Object.keys(departing).length > 0 ? { departing } : {}) };
  }
  return { lock: { ...head, environments }, findings };
}

/** Lines an export gains over the base that the confined lock and DNS do not give. */
export function exportFindings(base: BaseFiles, headExports: ReadonlyMap<string, string | undefined>, expectedExports: ReadonlyMap<string, string>): string[] {
  const findings: string[] = [];
  for (const [file, expected] of expectedExports) {
    const text = headExports.get(file);
    if (text === undefined) continue;
    const before = new Set((base.exports.get(file) ?? '').split('\n'));
    const given = new Set(expected.split('\n'));
    for (const line of text.split('\n')) {
      if (line.trim() === '' || before.has(line) || given.has(line)) continue;
      findings.push(`${file} adds the line ${JSON.stringify(line)}, which the lock and DNS do not give`);
    }
  }
  return findings;
}

/** For each host, every address some DNS server returned in this run (`any`), or every server, none failing (`all`). */
function returnedByDns(observed: Observed, by: AddWhen): Map<string, Set<string>> {
  const returned = new Map<string, Set<string>>();
  for (const [host, observation] of observed.observations) {
    const types = Object.keys(observation.decided) as RecordType[];
    returned.set(host, new Set(by === 'all' ? types.flatMap((type) => [...agreedAddresses(observation, type)]) : Object.values(observation.decided).flat()));
  }
  return returned;
}
