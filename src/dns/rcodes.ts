/**
 * Response codes (IANA "DNS RCODEs"), 0-15 from the header and larger ones with the EDNS0
 * extension. Only NOERROR and NXDOMAIN say anything about the name; every other one, whatever
 * records the answer carries, is a failed lookup.
 */
const NAMES: Record<number, string> = {
  0: 'NOERROR',
  1: 'FORMERR',
  2: 'SERVFAIL',
  3: 'NXDOMAIN',
  4: 'NOTIMP',
  5: 'REFUSED',
  6: 'YXDOMAIN',
  7: 'YXRRSET',
  8: 'NXRRSET',
  9: 'NOTAUTH',
  10: 'NOTZONE',
  11: 'DSOTYPENI',
  16: 'BADVERS',
  23: 'BADCOOKIE',
};

const MEANINGS: Record<number, string> = {
  1: 'server reported a malformed query',
  2: 'server failure',
  4: 'server does not implement the query',
  5: 'query refused',
  6: 'a name exists that should not (an update code, not an answer)',
  7: 'a record set exists that should not (an update code, not an answer)',
  8: 'a record set does not exist (an update code, not an answer)',
  9: 'server not authoritative for the zone',
  10: 'name not in the zone',
  11: 'DSO type not implemented',
  16: 'EDNS version not supported',
  23: 'bad DNS cookie',
};

export function rcodeName(rcode: number): string {
  return NAMES[rcode] ?? `RCODE${rcode}`;
}

/** The failure an rcode other than NOERROR or NXDOMAIN stands for: a code for logs, a reason for people. */
export function rcodeFailure(rcode: number): { code: string; reason: string } {
  const name = rcodeName(rcode);
  const meaning = MEANINGS[rcode] ?? 'unassigned response code';
  return { code: `E${name}`, reason: `${meaning} (${name})` };
}
