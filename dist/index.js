/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 6172:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ compareAddresses),
/* harmony export */   fq: () => (/* binding */ sortAddresses),
/* harmony export */   l_: () => (/* binding */ checkAddress),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   w7: () => (/* binding */ isIPv6)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);

// IPv4 in the one form a DNS answer carries. ipaddr.IPv4.parse also accepts forms such as `0x7f.1`.
const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;
/**
 * An address in four-part decimal IPv4 or in IPv6 notation, parsed once; undefined for anything
 * else. ipaddr.js's own isValid-then-parse pairs parse every address twice or three times, and
 * throw (slowly) inside for every IPv6 address tried as IPv4: this runs for every answer of a run.
 */
function parseAddress(text) {
    // ipaddr.js accepts an IPv6 zone ID (`fe80::1%eth0`) and keeps it in the text it gives back: a
    // zone names an interface on one machine, never a server on the internet, so no address has one.
    if (text.includes('%'))
        return undefined;
    try {
        if (text.includes(':'))
            return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse(text);
        if (FOUR_PART_DECIMAL.test(text))
            return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parse(text);
    }
    catch {
        // Not an address: an octet over 255, a malformed IPv6 group...
    }
    return undefined;
}
// Global unicast IPv6 is 2000::/3 (RFC 4291 section 2.4). ipaddr.js calls every IPv6 address it
// has no name for `unicast`, reserved space outside 2000::/3 included (`::2`, `4000::1`, `fe00::1`).
const GLOBAL_UNICAST_V6 = '2000::/3';
// The blocks of IANA's IPv6 Special-Purpose Address Registry that sit inside 2000::/3, named here
// even though ipaddr.js 2.x names them too: the rule must not change with the library's version.
// None of them is a server anyone sends payment callbacks from.
const SPECIAL_PURPOSE_V6 = [
    ['2001::/23', 'IETF protocol assignment (2001::/23)'],
    ['2001:db8::/32', 'documentation (2001:db8::/32)'],
    ['2002::/16', '6to4 (2002::/16)'],
    ['2620:4f:8000::/48', 'AS112 sink (2620:4f:8000::/48)'],
    ['3fff::/20', 'documentation (3fff::/20)'],
];
// Parsed on first use, not at start-up: the action's queries leave before any answer is read.
let ranges;
function v6Ranges() {
    const cidr = (text) => ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parseCIDR(text);
    ranges ??= { global: cidr(GLOBAL_UNICAST_V6), special: SPECIAL_PURPOSE_V6.map(([text, name]) => [cidr(text), name]) };
    return ranges;
}
/**
 * Accepts only a global unicast address, in its canonical text form: the one rule for every
 * address that enters the lock, wherever it comes from (a DNS answer, a committed lock).
 *
 * IPv4: ipaddr.js names every special-purpose range (private, loopback, link-local, multicast,
 * reserved and documentation, carrier-grade NAT, AS112, ...); anything but `unicast` is refused.
 * IPv6: inside 2000::/3, outside the special-purpose blocks there, and `unicast` to ipaddr.js.
 * Anything else would open a firewall to something that is not a Vipps MobilePay server, so it
 * most likely comes from a broken or poisoned answer.
 */
function checkAddress(text) {
    const parsed = parseAddress(text);
    if (!parsed) {
        const zone = text.includes('%') ? ' (a zone ID after % names a local interface, never a server)' : '';
        return { ok: false, address: text, reason: `not a valid IPv4 or IPv6 address${zone}` };
    }
    // Written in canonical form first, whatever the verdict: the same code runs for every address,
    // so the rehearsal of reading (dns/reading-rehearsal.ts) compiles it with addresses it refuses.
    const address = parsed.toString();
    const why = notGlobalUnicast(parsed);
    if (why)
        return { ok: false, address: text, reason: `${why} address, not public` };
    return { ok: true, address };
}
/** Why an address is not global unicast, or undefined when it is. */
function notGlobalUnicast(parsed) {
    const range = parsed.range();
    if (parsed.kind() === 'ipv4')
        return range === 'unicast' ? undefined : range;
    const v6 = parsed;
    if (range !== 'unicast')
        return range;
    const { global, special } = v6Ranges();
    if (!v6.match(global))
        return 'reserved (outside 2000::/3)';
    for (const [cidr, name] of special)
        if (v6.match(cidr))
            return name;
    return undefined;
}
/** Address order used everywhere: IPv4 before IPv6, then numerically by bytes. */
function compareAddresses(a, b) {
    return compareBytes(addressBytes(a), addressBytes(b));
}
function sortAddresses(addresses) {
    // Each address is parsed once, not once per comparison.
    const keyed = [...new Set(addresses)].map((address) => ({ address, bytes: addressBytes(address) }));
    return keyed.sort((x, y) => compareBytes(x.bytes, y.bytes)).map((k) => k.address);
}
function isIPv6(address) {
    return address.includes(':');
}
// Addresses are sorted again and again (each environment, each diff, each report) and ipaddr's
// parser is a series of regular expressions: each address is parsed once per run.
const parsedBytes = new Map();
const MOST_KEPT = 10_000;
function addressBytes(address) {
    const known = parsedBytes.get(address);
    if (known)
        return known;
    const parsed = parseAddress(address);
    if (!parsed)
        throw new Error(`"${address}" is not an IP address`);
    const bytes = parsed.toByteArray();
    if (parsedBytes.size >= MOST_KEPT)
        parsedBytes.clear();
    parsedBytes.set(address, bytes);
    return bytes;
}
function compareBytes(x, y) {
    if (x.length !== y.length)
        return x.length - y.length;
    for (let i = 0; i < x.length; i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ }),

/***/ 5681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ connectionFailure),
/* harmony export */   KW: () => (/* binding */ cancelled),
/* harmony export */   R2: () => (/* binding */ connectionReason),
/* harmony export */   iU: () => (/* binding */ timedOut)
/* harmony export */ });
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(157);

// OpenSSL's names for a chain that does not lead to a trusted authority, as Node reports them.
const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
]);
const CONNECTION = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    EPIPE: 'connection closed by the server',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ENOTFOUND: 'server name not found',
    EAI_AGAIN: 'server name could not be resolved',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    CERT_NOT_YET_VALID: 'TLS certificate is not valid yet',
    CERT_REVOKED: 'TLS certificate is revoked',
};
/**
 * Names why a TLS connection failed, in words a reader of the run can act on, keeping the code
 * that Node or OpenSSL gave so that it can be searched for.
 */
function connectionFailure(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ECONNECTION';
    const message = error instanceof Error ? error.message : String(error);
    if (UNTRUSTED.has(code))
        return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w(code, `TLS certificate not trusted (${code})`);
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        const reason = typeof error === 'object' && error !== null && 'reason' in error ? String(error.reason) : message;
        return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w(code, `TLS certificate is not for this server: ${reason}`);
    }
    const known = connectionReason(code);
    return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w(code, known ? `${known} (${code})` : `connection failed: ${message}`);
}
/** A socket error code in words ("network unreachable"), or undefined for a code without them. */
function connectionReason(code) {
    return Object.hasOwn(CONNECTION, code) ? CONNECTION[code] : undefined;
}
function cancelled() {
    return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w('ECANCELLED', 'query cancelled');
}
function timedOut(timeoutMs) {
    return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w('ETIMEOUT', `no answer within ${timeoutMs} ms`);
}


/***/ }),

/***/ 466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ pendingExchange)
});

;// CONCATENATED MODULE: ./lib/dns/abort-listeners.js
/**
 * Runs `listener` once when `signal` aborts (at once when it has), and returns how to stop
 * listening. Every query of a run waits on the same two signals (its resolver's and its
 * transport's): rather than one EventTarget listener per query, which Node adds and removes at
 * about 10 µs each, on the path of every query and every answer, each signal gets one listener
 * that calls the queries still waiting.
 */
function onAbort(signal, listener) {
    if (signal.aborted) {
        listener();
        return () => { };
    }
    let waiting = listeners.get(signal);
    if (!waiting) {
        const set = new Set();
        waiting = set;
        listeners.set(signal, set);
        signal.addEventListener('abort', () => {
            listeners.delete(signal);
            // Every waiter is called, even after one throws; the first error is then thrown, as an
            // EventTarget listener's is (Node reports it as uncaught).
            let failure;
            for (const waiter of [...set]) {
                try {
                    waiter();
                }
                catch (error) {
                    failure ??= { error };
                }
            }
            if (failure)
                throw failure.error;
        }, { once: true });
    }
    const registered = waiting;
    // A distinct entry per call: the same function registered twice is called twice, as it was asked.
    const entry = () => listener();
    registered.add(entry);
    return () => registered.delete(entry);
}
const listeners = new WeakMap();

// EXTERNAL MODULE: ./lib/dns/connection-failure.js
var connection_failure = __nccwpck_require__(5681);
;// CONCATENATED MODULE: ./lib/dns/pending-exchange.js


/**
 * Starts waiting for one answer. `release` runs exactly once, when the exchange settles in any way,
 * so a transport frees what the query held (its stream, its ID on the connection) in one place.
 * `closing` is the transport's own signal: closing the transport cancels the exchange like an abort.
 */
function pendingExchange(options, release, closing) {
    let settle;
    const answer = new Promise((resolve, reject) => {
        settle = { resolve, reject };
    });
    let settled = false;
    let listening = [];
    const stopListening = () => {
        for (const stop of listening)
            stop();
        listening = [];
    };
    const finish = (how) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        stopListening();
        release();
        how();
    };
    const pending = {
        answer,
        get settled() {
            return settled;
        },
        resolve: (bytes) => finish(() => settle?.resolve(bytes)),
        reject: (error) => finish(() => settle?.reject(error)),
    };
    const abort = () => pending.reject((0,connection_failure/* cancelled */.KW)());
    const timer = setTimeout(() => pending.reject((0,connection_failure/* timedOut */.iU)(options.timeoutMs)), options.timeoutMs);
    for (const signal of [options.signal, closing])
        if (signal)
            listening.push(onAbort(signal, abort));
    // A signal that had aborted already rejected it at once, before the other's listener was kept.
    if (settled)
        stopListening();
    return pending;
}


/***/ }),

/***/ 1331:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $p: () => (/* binding */ askDns),
  Gn: () => (/* binding */ resolveHosts)
});

// UNUSED EXPORTS: DNS_CONCURRENCY, createResolvers

// EXTERNAL MODULE: ./lib/observation.js
var observation = __nccwpck_require__(1522);
// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __nccwpck_require__(4894);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/node-builtins.js + 1 modules
var node_builtins = __nccwpck_require__(5201);
;// CONCATENATED MODULE: ./lib/dns/random-id.js


// IDs are drawn from a pool of secure random bytes, refilled from the kernel's random device
// (the source OpenSSL itself seeds from) where there is one, and from node:crypto elsewhere.
// Loading node:crypto costs about 4 ms of start-up, ahead of the first query; /dev/urandom is a
// read through fs, which Node has loaded already. The random device is read directly, never
// through a file a user could place.
const pool = Buffer.alloc(1024);
let next = pool.length;
/** A 16-bit DNS message ID from a cryptographically secure source. */
function randomId() {
    if (next + 2 > pool.length)
        refill();
    const id = pool.readUInt16BE(next);
    next += 2;
    return id;
}
function refill() {
    next = 0;
    try {
        const fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        try {
            if ((0,external_node_fs_.readSync)(fd, pool, 0, pool.length, null) === pool.length)
                return;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        // No random device (Windows): node:crypto below.
    }
    (0,node_builtins/* nodeCrypto */.SI)().randomFillSync(pool);
}

;// CONCATENATED MODULE: ./lib/dns/message.js


// The EDNS0 UDP payload size of DNS Flag Day 2020: answers up to it arrive in one datagram
// without IP fragmentation; larger ones come truncated and are asked again over TCP.
const UDP_PAYLOAD_SIZE = 1232;
/**
 * A recursive query (RD=1) for one name and type, with an ID from the operating system's secure
 * random source: with the UDP source port, what a forger must guess (RFC 5452).
 */
function buildQuery(name, type) {
    const id = randomId();
    const bytes = dns_packet.encode({
        id,
        type: 'query',
        flags: dns_packet.RECURSION_DESIRED,
        questions: [{ name, type, class: 'IN' }],
        additionals: [{ type: 'OPT', name: '.', udpPayloadSize: UDP_PAYLOAD_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
    });
    return { id, name, type, bytes };
}

;// CONCATENATED MODULE: ./lib/dns/rcodes.js
/**
 * Response codes (IANA "DNS RCODEs"), 0-15 from the header and larger ones with the EDNS0
 * extension. Only NOERROR and NXDOMAIN say anything about the name; every other one, whatever
 * records the answer carries, is a failed lookup.
 */
const NAMES = {
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
const MEANINGS = {
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
function rcodeName(rcode) {
    return NAMES[rcode] ?? `RCODE${rcode}`;
}
/** The failure an rcode other than NOERROR or NXDOMAIN stands for: a code for logs, a reason for people. */
function rcodeFailure(rcode) {
    const name = rcodeName(rcode);
    const meaning = MEANINGS[rcode] ?? 'unassigned response code';
    return { code: `E${name}`, reason: `${meaning} (${name})` };
}

// EXTERNAL MODULE: ./lib/dns/wire-names.js
var wire_names = __nccwpck_require__(206);
;// CONCATENATED MODULE: ./lib/dns/read-answer.js



/** CNAME links followed from the question, over every answer asked for it, before the chain is refused. */
const MAX_CHAIN_LINKS = 8;
/** The answer's bytes as a DNS message, or why they are not one. */
function decodeAnswer(bytes) {
    try {
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const packet = dns_packet.decode(buffer);
        // dns-packet stops at the counts the header gives; bytes after them mean the message is not
        // what it claims (a record whose data length disagrees with its type shifts everything after it).
        if (dns_packet.decode.bytes !== buffer.length)
            return malformed(`${buffer.length - dns_packet.decode.bytes} bytes after the last record`);
        // The names as the wire holds them, label by label, in place of dns-packet's joined ones.
        const names = (0,wire_names/* readWireNames */.mc)(bytes);
        const questions = (packet.questions ?? []).map((question, i) => ({ ...question, name: names.questions[i] ?? question.name }));
        const answers = (packet.answers ?? []).map((record, i) => {
            const wire = names.answers[i];
            if (!wire)
                return record;
            return record.type === 'CNAME' && wire.target !== undefined ? { ...record, name: wire.owner, data: wire.target } : { ...record, name: wire.owner };
        });
        return { ok: true, packet: { ...packet, questions, answers } };
    }
    catch (error) {
        return malformed(error instanceof Error ? error.message : String(error));
    }
}
function malformed(detail) {
    return { ok: false, code: 'EBADRESP', reason: `malformed answer (${detail})` };
}
/** The full response code, the EDNS0 extension included. */
function responseCode(packet) {
    const opt = (packet.additionals ?? []).find((record) => record.type === 'OPT');
    const extended = opt && 'extendedRcode' in opt ? opt.extendedRcode : 0;
    return (extended << 4) | ((packet.flags ?? 0) & 0x0f);
}
const QUERY_OPCODE = 0;
/**
 * Reads an answer to `query`. `chain` holds the names whose CNAMEs led to the query's name in
 * earlier answers (empty for the host itself), so that a loop or an over-long chain across answers
 * is caught.
 */
function readAnswer(packet, query, chain = []) {
    const mismatch = questionMismatch(packet, query);
    if (mismatch)
        return refused(`it answers another question: ${mismatch}`, 'EMISMATCH');
    // A transport asks a truncated UDP answer again over TCP; one that is still truncated is a part
    // of an answer, and the records it lacks must not read as gone.
    if (((packet.flags ?? 0) & dns_packet.TRUNCATED_RESPONSE) !== 0)
        return { kind: 'failed', code: 'ETRUNCATED', reason: 'answer truncated, and not asked again in full' };
    const rcode = responseCode(packet);
    if (rcode !== 0 && rcode !== 3)
        return { kind: 'failed', ...rcodeFailure(rcode) };
    const walk = walkChain(packet.answers, query, chain);
    if (!walk.ok)
        return refused(walk.reason);
    if (rcode === 3) {
        if (walk.addresses.length > 0)
            return refused(`NXDOMAIN carrying ${query.type} records for ${walk.end}`);
        return { kind: 'no-such-host' };
    }
    if (walk.addresses.length > 0)
        return { kind: 'addresses', addresses: walk.addresses };
    if (walk.end !== query.name && !negativeFor(packet, walk.end))
        return { kind: 'follow', name: walk.end, via: walk.via };
    if (isReferral(packet)) {
        return {
            kind: 'failed',
            code: 'EREFERRAL',
            reason: 'referral to other name servers instead of an answer: the server does not resolve this name (not a recursive resolver?)',
        };
    }
    return { kind: 'no-records' };
}
function refused(why, code = 'EFORGED') {
    return { kind: 'failed', code, reason: `answer refused as broken or forged: ${why}` };
}
function questionMismatch(packet, query) {
    if (packet.id !== query.id)
        return `ID ${packet.id} instead of ${query.id}`;
    if (packet.type !== 'response')
        return 'a query, not a response';
    const opcode = ((packet.flags ?? 0) >> 11) & 0x0f;
    if (opcode !== QUERY_OPCODE)
        return `opcode ${opcode} instead of QUERY`;
    const questions = packet.questions ?? [];
    const [question] = questions;
    if (questions.length !== 1 || !question)
        return `${questions.length} questions instead of 1`;
    if ((0,wire_names/* asciiLower */.F)(question.name) !== query.name || question.type !== query.type || question.class !== 'IN') {
        return `${question.name} ${question.class} ${question.type} instead of ${query.name} IN ${query.type}`;
    }
    return undefined;
}
/**
 * The chain from the question through the answer's CNAMEs, link by link, and the records of the
 * asked type owned by its end. Every record must sit on that chain: a CNAME from one name on it
 * to the next, or a record of the asked type owned by its end. Anything else (another owner,
 * another type, another class, a second CNAME for a name, data beside a CNAME, a loop, a chain
 * too long) is not an answer to this question.
 */
function walkChain(answers, query, chain) {
    const cnames = new Map();
    const addresses = new Map();
    for (const record of answers) {
        const owner = (0,wire_names/* asciiLower */.F)(record.name);
        const klass = 'class' in record ? record.class : undefined;
        if (klass !== 'IN')
            return { ok: false, reason: `${record.type} record for ${record.name} in class ${klass}, not IN` };
        if (record.type === 'CNAME')
            add(cnames, owner, (0,wire_names/* asciiLower */.F)(String(record.data)));
        else if (record.type === query.type)
            add(addresses, owner, String(record.data));
        else
            return { ok: false, reason: `${record.type} record for ${record.name} in an answer to a ${query.type} question` };
    }
    const seen = new Set([...chain, query.name]);
    let end = query.name;
    const via = [];
    let links = chain.length;
    for (;;) {
        const targets = cnames.get(end);
        if (!targets)
            break;
        if (targets.size > 1)
            return { ok: false, reason: `${end} has ${targets.size} CNAMEs (${[...targets].join(', ')})` };
        if (addresses.has(end))
            return { ok: false, reason: `${end} has both a CNAME and ${query.type} records` };
        const next = targets.values().next().value;
        // The follow-up query names exactly this target: one that is no host name is never asked for.
        if (!(0,wire_names/* isHostName */.uy)(next))
            return { ok: false, reason: `CNAME target ${next} is not a host name` };
        if (seen.has(next))
            return { ok: false, reason: `CNAME loop: ${end} points back to ${next}` };
        links++;
        if (links > MAX_CHAIN_LINKS)
            return { ok: false, reason: `CNAME chain longer than ${MAX_CHAIN_LINKS} links` };
        seen.add(next);
        via.push(end);
        cnames.delete(end);
        end = next;
    }
    // What the walk did not reach is owned by names off the chain.
    const [stray] = [...cnames.keys(), ...[...addresses.keys()].filter((owner) => owner !== end)];
    if (stray !== undefined) {
        const what = cnames.has(stray) ? 'CNAME' : query.type;
        return { ok: false, reason: `${what} record owned by ${stray}, which is not on the chain from ${query.name}` };
    }
    return { ok: true, end, via, addresses: [...(addresses.get(end) ?? [])] };
}
function add(map, key, value) {
    const set = map.get(key);
    if (set)
        set.add(value);
    else
        map.set(key, new Set([value]));
}
// A resolver that followed the chain and found no record at its end says so with the SOA of the
// end's zone beside the answer (RFC 2308 section 2.2, NODATA); without it, the chain merely left
// what the server knows (an authoritative server answers only inside its zone).
function negativeFor(packet, end) {
    return (packet.authorities ?? []).some((r) => {
        if (r.type !== 'SOA')
            return false;
        const zone = (0,wire_names/* asciiLower */.F)(r.name);
        return zone === '.' || zone === end || end.endsWith(`.${zone}`);
    });
}
// A server that does not resolve the name answers NOERROR with name servers to ask instead
// (authority NS, no SOA, not authoritative): no answer at all, not "no records" (RFC 2308 section 2.2).
function isReferral(packet) {
    const authorities = packet.authorities ?? [];
    const authoritative = ((packet.flags ?? 0) & dns_packet.AUTHORITATIVE_ANSWER) !== 0;
    return !authoritative && authorities.some((r) => r.type === 'NS') && !authorities.some((r) => r.type === 'SOA');
}
/** The answer's records in presentation form, for the debug log. */
function describeRecords(packet) {
    return (packet.answers ?? []).map((record) => `${record.name} ${record.type} ${'data' in record ? String(record.data) : ''}`.trim());
}

// EXTERNAL MODULE: ./lib/dns/transport.js
var transport = __nccwpck_require__(157);
;// CONCATENATED MODULE: ./lib/dns/packet-resolver.js




const CANCELLED = { kind: 'failed', code: 'ECANCELLED', reason: 'query cancelled' };
/**
 * The DNS port over any transport: builds each query itself, matches the answer to it and reads
 * it strictly (read-answer.ts). An answer is never retried: only a query that got no answer is
 * sent again, with a new ID. A CNAME chain that leaves the answer is followed by asking for its end.
 */
function createPacketResolver(transport, options) {
    const cancelling = new AbortController();
    async function ask(name, type, chain) {
        let last = CANCELLED;
        for (let attempt = 1; attempt <= options.attempts; attempt++) {
            if (cancelling.signal.aborted)
                return CANCELLED;
            const query = buildQuery(name, type);
            // Timed only for the debug log: Date, not performance, whose first use loads a module.
            const started = options.onExchange ? Date.now() : 0;
            // Described only for a listener: without one, nothing about the exchange is formatted.
            const record = (result, extra = () => ({})) => options.onExchange?.({
                server: transport.server,
                name,
                type,
                attempt,
                id: query.id,
                elapsedMs: Date.now() - started,
                result: result(),
                ...extra(),
            });
            let bytes;
            try {
                bytes = await transport.exchange(query.bytes, { timeoutMs: attemptTimeout(options.timeoutMs, attempt), signal: cancelling.signal });
            }
            catch (error) {
                last = transportFailure(error, options.attempts);
                record(() => (error instanceof Error ? error.message : String(error)));
                if (cancelling.signal.aborted)
                    return CANCELLED;
                continue;
            }
            const decoded = decodeAnswer(bytes);
            if (!decoded.ok) {
                record(() => decoded.reason);
                return { kind: 'failed', code: decoded.code, reason: decoded.reason };
            }
            const reading = readAnswer(decoded.packet, query, chain);
            record(() => describeReading(reading), () => ({ rcode: rcodeName(responseCode(decoded.packet)), records: describeRecords(decoded.packet) }));
            return reading;
        }
        return last;
    }
    return {
        server: transport.server,
        async lookup(host, type) {
            const chain = [];
            let name = host;
            for (;;) {
                const reading = await ask(name, type, chain);
                if (reading.kind !== 'follow')
                    return reading;
                chain.push(...reading.via);
                name = reading.name;
            }
        },
        cancel() {
            cancelling.abort();
            transport.close();
        },
    };
}
// Each attempt waits twice as long as the one before, as c-ares did, but no attempt waits over a
// minute (or the first attempt's wait, when that is longer): ten attempts must not take hours.
const LONGEST_ATTEMPT_MS = 60_000;
function attemptTimeout(firstMs, attempt) {
    return Math.min(firstMs * 2 ** (attempt - 1), Math.max(firstMs, LONGEST_ATTEMPT_MS));
}
function transportFailure(error, attempts) {
    if (error instanceof transport/* TransportError */.w) {
        if (error.code === 'ETIMEOUT')
            return { kind: 'failed', code: 'ETIMEOUT', reason: `no answer (timed out, ${attempts === 1 ? '1 attempt' : `${attempts} attempts`})` };
        return { kind: 'failed', code: error.code, reason: error.message };
    }
    return { kind: 'failed', code: 'UNKNOWN', reason: error instanceof Error ? error.message : String(error) };
}
function describeReading(reading) {
    if (reading.kind === 'addresses')
        return `addresses ${reading.addresses.join(', ')}`;
    if (reading.kind === 'follow')
        return `CNAME chain leaves the answer at ${reading.name}: asking for it`;
    if (reading.kind === 'failed')
        return reading.reason;
    return reading.kind;
}

;// CONCATENATED MODULE: ./lib/dns/reading-rehearsal.js




const NAME = 'rehearsal.invalid';
const TARGET = 'target.rehearsal.invalid';
const SOA = {
    name: 'invalid',
    type: 'SOA',
    class: 'IN',
    ttl: 60,
    data: { mname: 'ns.invalid', rname: 'hostmaster.invalid', serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 },
};
/**
 * Answers in the shapes real ones take (a CNAME chain to an A record, an AAAA record, no record
 * with the zone's SOA), made up here for a name that cannot exist, with addresses no server can
 * have: 192.0.2.1 is for documentation, and 4000::1 lies outside 2000::/3, the global unicast space
 * (IPv6 addresses outside it go through every step of the address check before they are refused).
 */
const SHAPES = [
    {
        type: 'A',
        answers: [
            { name: NAME, type: 'CNAME', class: 'IN', ttl: 60, data: TARGET },
            { name: TARGET, type: 'A', class: 'IN', ttl: 60, data: '192.0.2.1' },
        ],
        authorities: [],
    },
    { type: 'AAAA', answers: [{ name: NAME, type: 'AAAA', class: 'IN', ttl: 60, data: '4000::1' }], authorities: [] },
    { type: 'AAAA', answers: [], authorities: [SOA] },
];
/**
 * Reads once, and drops, an answer of each shape in SHAPES, and checks its addresses as answers'
 * are checked (both are refused). Called once the queries are sent: V8 compiles
 * code the first time it runs, and the first real answers would otherwise wait, a millisecond or
 * two in all, for the decoder, the strict reader and the address check to be compiled, with every
 * answer behind them in the queue. Nothing it reads reaches a lookup: the readings are returned
 * for tests.
 */
function rehearseReading() {
    const readings = SHAPES.map((shape) => {
        const query = buildQuery(NAME, shape.type);
        const answer = dns_packet.encode({
            id: query.id,
            type: 'response',
            flags: dns_packet.RECURSION_DESIRED | dns_packet.RECURSION_AVAILABLE,
            questions: [{ name: NAME, type: shape.type, class: 'IN' }],
            answers: shape.answers,
            authorities: shape.authorities,
        });
        const decoded = decodeAnswer(answer);
        return decoded.ok ? readAnswer(decoded.packet, query) : { kind: 'failed', code: decoded.code, reason: decoded.reason };
    });
    (0,observation/* observeHosts */.Aq)(readings.flatMap((outcome, i) => (outcome.kind === 'follow' ? [] : [{ server: 'rehearsal', host: NAME, type: SHAPES[i]?.type ?? 'A', outcome }])), ['A', 'AAAA']);
    return readings;
}

;// CONCATENATED MODULE: ./lib/concurrency.js
/** Maps over items with at most `limit` calls in flight, keeping the input order in the result. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./lib/dns/resolve-all.js

/**
 * Asks every server for every host and record type, each query once (hosts listed in several
 * groups are asked once), with at most `concurrency` queries in flight.
 */
async function resolveAll(hosts, types, servers, concurrency) {
    const queries = [];
    for (const host of new Set(hosts)) {
        for (const type of types)
            for (const resolver of servers)
                queries.push({ resolver, host, type });
    }
    return mapBounded(queries, concurrency, async ({ resolver, host, type }) => ({
        server: resolver.server,
        host,
        type,
        outcome: await resolver.lookup(host, type),
    }));
}

// EXTERNAL MODULE: ./lib/dns/server-spec.js
var server_spec = __nccwpck_require__(9457);
;// CONCATENATED MODULE: ./lib/dns/system-servers.js

/** The servers the runner itself uses, from /etc/resolv.conf: asked each on its own, like configured ones. */
function systemServers() {
    // Loaded here, not at start-up: most runs name their servers, and node:dns costs a millisecond.
    return (0,node_builtins/* nodeDns */.YV)().getServers();
}

// EXTERNAL MODULE: ./lib/dns/connection-failure.js
var connection_failure = __nccwpck_require__(5681);
// EXTERNAL MODULE: ./lib/addresses.js
var addresses = __nccwpck_require__(6172);
;// CONCATENATED MODULE: ./lib/dns/server-address.js

const DNS_PORT = 53;
/**
 * `ip`, `ip:port` or `[ipv6]:port` (what `dns-servers` holds once read), and a bare IPv6 address,
 * possibly with a zone (what the runner's /etc/resolv.conf can hold).
 */
function parseServerAddress(server) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
    const v4WithPort = /^([\d.]+):(\d+)$/.exec(server);
    const [host, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [server, undefined];
    // A zone (`fe80::1%eth0`) is kept for the socket; the address before it must parse.
    const parsed = (0,addresses/* parseAddress */.or)(host.split('%')[0] ?? '');
    const number = port === undefined ? DNS_PORT : Number(port);
    if (!parsed || (parsed.kind() === 'ipv4' && bracketed) || !(number >= 1 && number <= 65535)) {
        throw new Error(`"${server}" is not a DNS server address (ip, ip:port or [ipv6]:port)`);
    }
    return { host, port: number, family: parsed.kind() === 'ipv6' ? 6 : 4 };
}

// EXTERNAL MODULE: ./lib/dns/pending-exchange.js + 1 modules
var pending_exchange = __nccwpck_require__(466);
;// CONCATENATED MODULE: ./lib/dns/exchange-deadline.js



/**
 * Runs one exchange until it settles once: by its answer, its failure, the timeout or the abort
 * signal (or `closing`, the transport's own). `start` opens what the exchange needs (a socket, a
 * connection) and returns how to release it; that runs exactly once, however the exchange ends, so
 * nothing outlives it. The settling itself is pendingExchange's, shared with the encrypted transports.
 */
function withDeadline(options, start, closing) {
    let release;
    const pending = (0,pending_exchange/* pendingExchange */.x)(options, () => release?.(), closing);
    if (pending.settled)
        return pending.answer;
    try {
        const opened = start(pending);
        // start may have settled synchronously (a socket that failed at once).
        if (pending.settled)
            opened();
        else
            release = opened;
    }
    catch (error) {
        pending.reject(networkFailure(error, 'could not send the query'));
    }
    return pending.answer;
}
/** The 16-bit ID every DNS message starts with; undefined for fewer than 12 bytes (not a DNS header). */
function messageId(message) {
    if (message.length < 12)
        return undefined;
    return ((message[0] ?? 0) << 8) | (message[1] ?? 0);
}
/** A socket or connection error as a TransportError, keeping Node's code so that it can be searched for. */
function networkFailure(error, what) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ENETWORK';
    const message = error instanceof Error ? error.message : String(error);
    const known = (0,connection_failure/* connectionReason */.R2)(code);
    // Node's message ("connect ENETUNREACH 192.0.2.1:53") names the server; the words say why.
    return new transport/* TransportError */.w(code, `${what}: ${known ? `${known}, ${message}` : message}`);
}

;// CONCATENATED MODULE: ./lib/dns/tcp-exchange.js



/**
 * One query over a fresh TCP connection, each message framed by its 2-byte length (RFC 1035
 * section 4.2.2). A message with another ID is skipped; the connection closes with the answer.
 */
function tcpExchange(server, query, options, closing) {
    const id = messageId(query);
    return withDeadline(options, (settle) => {
        // node:net (about 2 ms to load) is loaded only when an answer comes back truncated.
        const socket = (0,node_builtins/* nodeNet */.SM)().connect({ host: server.host, port: server.port });
        let received = Buffer.alloc(0);
        socket.on('connect', () => {
            const length = Buffer.alloc(2);
            length.writeUInt16BE(query.length);
            socket.end(Buffer.concat([length, query]));
        });
        socket.on('data', (chunk) => {
            received = Buffer.concat([received, chunk]);
            while (received.length >= 2) {
                const size = received.readUInt16BE(0);
                if (received.length < 2 + size)
                    return;
                const message = received.subarray(2, 2 + size);
                received = received.subarray(2 + size);
                if (messageId(message) === id)
                    return settle.resolve(message);
            }
        });
        socket.on('error', (error) => settle.reject(networkFailure(error, 'TCP exchange failed')));
        socket.on('close', () => settle.reject(new transport/* TransportError */.w('ECONNRESET', 'TCP connection closed before the answer')));
        return () => socket.destroy();
    }, closing);
}

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = require("node:dgram");
var external_node_dgram_default = /*#__PURE__*/__nccwpck_require__.n(external_node_dgram_namespaceObject);
;// CONCATENATED MODULE: ./lib/dns/udp-exchange.js


/**
 * One query over UDP, from a fresh socket: the operating system gives it a random source port,
 * which with the random ID is what makes a forged answer hard to land (RFC 5452). The socket is
 * connected, so the kernel drops datagrams from any other address; a datagram whose ID or source
 * port is not the query's is ignored and the wait goes on, so a forgery sent first cannot take the
 * real answer's place.
 */
function udpExchange(server, query, options, closing) {
    const id = messageId(query);
    return withDeadline(options, (settle) => {
        const socket = external_node_dgram_default().createSocket({ type: server.family === 6 ? 'udp6' : 'udp4', lookup: noLookup });
        socket.on('message', (message, remote) => {
            if (remote.port === server.port && messageId(message) === id)
                settle.resolve(message);
        });
        socket.on('error', (error) => settle.reject(networkFailure(error, 'UDP exchange failed')));
        const failed = (error) => {
            if (error)
                settle.reject(networkFailure(error, 'UDP exchange failed'));
        };
        // A connect that fails (no route to the server: ENETUNREACH) calls back with its error, and
        // the socket is then not connected: sending on it would fail on its arguments, not the network.
        socket.connect(server.port, server.host, (error) => {
            if (error)
                return failed(error);
            try {
                socket.send(query, failed);
            }
            catch (thrown) {
                // The socket was closed meanwhile: the exchange is already over.
                failed(thrown);
            }
        });
        return () => socket.close();
    }, closing);
}
/**
 * The server is an IP address (server-address.ts parses it), and so is the address a socket binds
 * to: there is nothing to look up. Node's own lookup would still go through node:dns and a tick,
 * twice per query, before the query leaves.
 */
function noLookup(address, _family, callback) {
    callback(null, address, address.includes(':') ? 6 : 4);
}

;// CONCATENATED MODULE: ./lib/dns/plain-transport.js



// The TC bit: the answer did not fit in the datagram.
const TRUNCATED = 0x02;
/**
 * Plain DNS on port 53 or another: each query over UDP, and again over TCP to the same server when
 * the answer comes back truncated (RFC 7766), never read from the truncated datagram.
 */
function createPlainTransport(server) {
    const address = parseServerAddress(server);
    const closing = new AbortController();
    return {
        server,
        async exchange(query, options) {
            const answer = await udpExchange(address, query, options, closing.signal);
            if (((answer[2] ?? 0) & TRUNCATED) === 0)
                return answer;
            return tcpExchange(address, query, options, closing.signal);
        },
        close() {
            closing.abort();
        },
    };
}

;// CONCATENATED MODULE: ./lib/dns/transports.js



/**
 * The transport a server's form calls for: `https://` is DNS over HTTPS, `tls://` DNS over TLS,
 * and `ip`, `ip:port` or `[ipv6]:port` plain DNS. Every one carries bytes only: the resolver above
 * reads each answer by the same rules, whatever brought it.
 */
function createTransport(server, trust = {}) {
    const spec = (0,server_spec/* serverSpec */.RU)(server);
    if (spec.kind === 'https') {
        return loadedOnFirstUse(server, async () => {
            const [{ createHttpsTransport }, http2] = await Promise.all([__nccwpck_require__.e(/* import() */ 341).then(__nccwpck_require__.bind(__nccwpck_require__, 7341)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2467, 23))]);
            return createHttpsTransport(spec.url, trust, http2.connect);
        });
    }
    if (spec.kind === 'tls') {
        return loadedOnFirstUse(server, async () => {
            const [{ createTlsTransport }, tls] = await Promise.all([__nccwpck_require__.e(/* import() */ 325).then(__nccwpck_require__.bind(__nccwpck_require__, 2325)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1692, 23))]);
            return createTlsTransport(spec, trust, tls);
        });
    }
    return createPlainTransport(server);
}
/**
 * A transport whose code, and Node's TLS and HTTP/2 (about 12 ms to load), are loaded when a run
 * first sends through it: a run over plain DNS never pays for them (nor for node:crypto, see
 * tls-transport.ts), and the code that sends the first query stays small.
 */
function loadedOnFirstUse(server, load) {
    let loaded;
    let closed = false;
    return {
        server,
        async exchange(query, options) {
            if (closed)
                throw (0,connection_failure/* cancelled */.KW)();
            loaded ??= load();
            const transport = await loaded;
            if (closed)
                throw (0,connection_failure/* cancelled */.KW)();
            return transport.exchange(query, options);
        },
        close() {
            closed = true;
            void loaded?.then((transport) => transport.close());
        },
    };
}

;// CONCATENATED MODULE: ./lib/dns/resolve-hosts.js







/** Queries in flight at once: enough to ask a full preset in one round trip, few enough for any resolver. */
const DNS_CONCURRENCY = 128;
/** One resolver per configured DNS server, and per resolver of the runner where `runner` is named or nothing is. */
function createResolvers(settings, options = {}) {
    const { trust, ...rest } = options;
    const timing = { timeoutMs: settings.dnsTimeoutMs, attempts: settings.dnsAttempts, ...rest };
    return (0,server_spec/* serversToAsk */.bS)(settings.dnsServers, systemServers).map((server) => createPacketResolver(createTransport(server, trust), timing));
}
/**
 * Sends every query now and returns at once: the caller does its other work during the round trip,
 * and cancels when it fails early, so that nothing waits for answers no one will use.
 */
function askDns(settings, options = {}) {
    const resolvers = createResolvers(settings, options);
    const observed = resolveHosts(settings, resolvers);
    return {
        observed,
        // The socket steps are process.nextTick callbacks: by the check phase they have all run. The
        // reader is then rehearsed, while the answers travel (reading-rehearsal.ts).
        sent: new Promise((resolve) => setImmediate(() => {
            rehearseReading();
            resolve();
        })),
        servers: resolvers.map((resolver) => resolver.server),
        cancel() {
            for (const resolver of resolvers)
                resolver.cancel();
        },
    };
}
/**
 * Asks every server about every configured host. The queries start before this returns (and leave
 * when the caller yields), so a caller can do its other work during the round trip. Never
 * rejects: failures are outcomes.
 */
async function resolveHosts(settings, resolvers) {
    const hosts = [...new Set(settings.groups.flatMap((group) => group.hosts))];
    const lookups = await resolveAll(hosts, settings.recordTypes, resolvers, DNS_CONCURRENCY);
    return { hosts, observations: (0,observation/* observeHosts */.Aq)(lookups, settings.recordTypes) };
}


/***/ }),

/***/ 9457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ serverSpec),
/* harmony export */   a4: () => (/* binding */ parseDnsServer),
/* harmony export */   bS: () => (/* binding */ serversToAsk)
/* harmony export */ });
/* unused harmony exports PUBLIC_RESOLVERS, DOT_PORT */
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6172);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2357);
/* harmony import */ var _node_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5201);



/**
 * Public resolvers by short name, at the DNS-over-HTTPS endpoints their operators document:
 * developers.cloudflare.com/1.1.1.1/encryption/dns-over-https, developers.google.com/speed/public-dns/docs/doh,
 * quad9.net/service/service-addresses-and-features (the filtering, DNSSEC-validating service).
 */
const PUBLIC_RESOLVERS = {
    cloudflare: 'https://cloudflare-dns.com/dns-query',
    google: 'https://dns.google/dns-query',
    quad9: 'https://dns.quad9.net/dns-query',
};
const DOT_PORT = 853;
const FORMS = 'each DNS server must be an IP address, ip:port or [ipv6]:port (plain DNS, such as 1.1.1.1 or [2606:4700:4700::1111]:53), ' +
    'https://host[:port]/path (DNS over HTTPS, such as https://dns.google/dns-query), ' +
    'tls://host[:port] or tls://address[:port]#name (DNS over TLS, such as tls://1.1.1.1#one.one.one.one), ' +
    `runner (the runner's own resolvers), or one of ${Object.keys(PUBLIC_RESOLVERS).join(', ')}`;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// node:net (about 2 ms to load) only for the https:// and tls:// forms: plain servers go out first.
const isIP = (text) => (0,_node_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeNet */ .SM)().isIP(text);
function isHostName(value) {
    const host = value.toLowerCase().replace(/\.$/, '');
    return host.length <= 253 && !isIP(host) && !/^[\d.]+$/.test(host) && host.split('.').every((label) => LABEL.test(label));
}
/**
 * Checks one configured server and returns its canonical text, the form settings keep and runs
 * name: short names expanded, host names in lower case, the DNS-over-TLS port always written.
 */
function parseDnsServer(value, input = 'dns-servers') {
    const lower = value.toLowerCase();
    const fail = (expected = FORMS) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, value, expected);
    };
    if (lower === 'runner')
        return 'runner';
    // An own key only: `constructor` or `toString` is not a resolver's short name.
    const named = Object.hasOwn(PUBLIC_RESOLVERS, lower) ? PUBLIC_RESOLVERS[lower] : undefined;
    if (named)
        return named;
    if (lower.startsWith('https://'))
        return parseHttps(value, fail);
    if (lower.startsWith('tls://'))
        return parseTls(value, fail);
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower)) {
        fail(`the scheme ${JSON.stringify(lower.split('://')[0])} is not one it speaks: ${FORMS}`);
    }
    return parsePlain(value, fail);
}
function parsePlain(value, fail) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
    const v4WithPort = /^([\d.]+):(\d+)$/.exec(value);
    const [address, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [value, undefined];
    const parsed = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAddress */ .or)(address);
    if (!parsed || (port !== undefined && !validPort(port)))
        return fail();
    const canonical = parsed.toString();
    if (port === undefined)
        return canonical;
    return canonical.includes(':') ? `[${canonical}]:${Number(port)}` : `${canonical}:${Number(port)}`;
}
function parseHttps(value, fail) {
    // The URL parser would quietly add a path and drop credentials' meaning; the raw text decides.
    const shape = /^https:\/\/([^/?#@]+)(\/[^#\s]*)$/i.exec(value);
    if (!shape) {
        if (/^https:\/\/[^/?#]*@/i.test(value))
            fail('a DNS-over-HTTPS URL must not carry a user name or password');
        if (value.includes('#'))
            fail('a DNS-over-HTTPS URL takes no #fragment; the certificate is always checked against its host');
        return fail(`a DNS-over-HTTPS server must be https://host[:port]/path with the path written out, such as https://dns.google/dns-query`);
    }
    const authority = shape[1] ?? '';
    const port = /:([^:\]]*)$/.exec(authority.replace(/^\[[^\]]*\]/, ''))?.[1];
    const hostPart = port === undefined ? authority : authority.slice(0, -port.length - 1);
    const host = hostPart.replace(/^\[|\]$/g, '');
    const expected = 'a DNS-over-HTTPS server must be https://host[:port]/path, with a host name or IP address and a port from 1 to 65535';
    if ((!isHostName(host) && !isIP(host)) || (port !== undefined && !validPort(port)))
        return fail(expected);
    try {
        return new URL(value).href;
    }
    catch {
        return fail(expected);
    }
}
function parseTls(value, fail) {
    const shape = /^tls:\/\/(\[[^\]]+\]|[^:/#[\]]+)(?::(\d+))?(?:#(.+))?$/i.exec(value);
    const expected = 'a DNS-over-TLS server must be tls://host[:port] or tls://address[:port]#name, such as tls://dns.google or tls://1.1.1.1#one.one.one.one';
    if (!shape)
        return fail(expected);
    const rawHost = (shape[1] ?? '').replace(/^\[|\]$/g, '');
    const port = shape[2] ?? String(DOT_PORT);
    const name = shape[3];
    const address = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAddress */ .or)(rawHost);
    if (!validPort(port))
        return fail(expected);
    if (name !== undefined && !isHostName(name))
        fail(`the name after # must be the host name on the server's certificate, such as one.one.one.one`);
    if (!address && !isHostName(rawHost))
        return fail(expected);
    const host = address ? address.toString() : rawHost.toLowerCase().replace(/\.$/, '');
    const shown = host.includes(':') ? `[${host}]` : host;
    return `tls://${shown}:${Number(port)}${name === undefined ? '' : `#${name.toLowerCase().replace(/\.$/, '')}`}`;
}
function validPort(port) {
    return /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65_535;
}
/** Reads back a server text that parseDnsServer made. */
function serverSpec(canonical) {
    if (canonical === 'runner')
        return { kind: 'runner' };
    if (canonical.startsWith('https://'))
        return { kind: 'https', url: canonical };
    const tls = /^tls:\/\/(\[[^\]]+\]|[^:#]+):(\d+)(?:#(.+))?$/.exec(canonical);
    if (tls) {
        const host = (tls[1] ?? '').replace(/^\[|\]$/g, '');
        return { kind: 'tls', host, port: Number(tls[2]), ...(tls[3] === undefined ? {} : { name: tls[3] }) };
    }
    return { kind: 'plain', server: canonical };
}
/**
 * The servers a run asks, each on its own: `runner`, or no server configured at all, stands for
 * the runner's own resolvers (from /etc/resolv.conf). A server named twice is asked once.
 */
function serversToAsk(configured, runnerServers) {
    if (configured.length === 0)
        return runnerServers();
    return [...new Set(configured.flatMap((server) => (server === 'runner' ? runnerServers() : [server])))];
}


/***/ }),

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TransportError)
/* harmony export */ });
/** Why a transport could not bring back an answer, with a short code for logs and tests. */
class TransportError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'TransportError';
    }
}


/***/ }),

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ asciiLower),
/* harmony export */   mc: () => (/* binding */ readWireNames),
/* harmony export */   uy: () => (/* binding */ isHostName)
/* harmony export */ });
// Names as the answer's bytes hold them, label by label. dns-packet joins a name's labels with "."
// without escaping and reads each label as UTF-8, so the two-label owner `callback-2\.vipps` `no`
// comes out as `callback-2.vipps.no`, and a Kelvin sign (U+212A) folds to `k` under toLowerCase():
// another name than the question's would pass as the question's. Read here, a label keeps only
// ASCII letters (folded to lower case), digits, `-` and `_` as they are; every other byte, a dot
// inside a label included, is written `\DDD` (RFC 1035 section 5.1), so such a name can never equal
// a host name and is never asked for.
const CNAME = 5;
/** Reads the names of a message that dns-packet has already decoded whole; throws on bytes that are not one. */
function readWireNames(message) {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    const questionCount = view.getUint16(4);
    const answerCount = view.getUint16(6);
    let offset = 12;
    const questions = [];
    for (let i = 0; i < questionCount; i++) {
        const name = readName(message, offset);
        questions.push(name.name);
        offset = name.next + 4;
    }
    const answers = [];
    for (let i = 0; i < answerCount; i++) {
        const owner = readName(message, offset);
        const type = view.getUint16(owner.next);
        const length = view.getUint16(owner.next + 8);
        const data = owner.next + 10;
        answers.push(type === CNAME ? { owner: owner.name, target: readName(message, data).name } : { owner: owner.name });
        offset = data + length;
    }
    return { questions, answers };
}
// More pointers than a message has bytes to point at is a loop.
const MAX_POINTERS = 128;
function readName(message, start) {
    const labels = [];
    let offset = start;
    let next;
    let pointers = 0;
    for (;;) {
        const length = byteAt(message, offset);
        if (length === 0) {
            offset += 1;
            break;
        }
        if ((length & 0xc0) === 0xc0) {
            next ??= offset + 2;
            if (++pointers > MAX_POINTERS)
                throw new Error('name compression loop');
            offset = ((length & 0x3f) << 8) | byteAt(message, offset + 1);
            continue;
        }
        if ((length & 0xc0) !== 0)
            throw new Error(`label type ${length >> 6} is not a DNS label`);
        if (offset + 1 + length > message.length)
            throw new Error('label past the end of the message');
        labels.push(presentLabel(message.subarray(offset + 1, offset + 1 + length)));
        offset += 1 + length;
    }
    return { name: labels.length === 0 ? '.' : labels.join('.'), next: next ?? offset };
}
function byteAt(message, offset) {
    const byte = message[offset];
    if (byte === undefined)
        throw new Error('name past the end of the message');
    return byte;
}
function presentLabel(bytes) {
    let label = '';
    for (const byte of bytes) {
        if (byte >= 0x41 && byte <= 0x5a)
            label += String.fromCharCode(byte + 0x20);
        else if ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x5f)
            label += String.fromCharCode(byte);
        else
            label += `\\${String(byte).padStart(3, '0')}`;
    }
    return label;
}
/** A name made only of letters, digits, `-` and `_` labels: one a query may be sent for. */
function isHostName(name) {
    return /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(name);
}
/** Folds ASCII A-Z only: toLowerCase() also folds other scripts' letters onto ASCII ones (U+212A to k). */
function asciiLower(text) {
    return text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0x20));
}


/***/ }),

/***/ 2357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   U0: () => (/* binding */ LockFileError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/** A problem the user can fix: the message says what is wrong and what to do. */
class UserError extends Error {
    name = 'UserError';
}
/** An input (action input or command-line option) with a value that cannot be used. */
class InputError extends UserError {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input "${input}" has the value ${JSON.stringify(value)}, but ${expected}.`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/** The lock file cannot be read. It is never overwritten in that state. */
class LockFileError extends UserError {
    name = 'LockFileError';
}
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
/**
 * `text` with every secret replaced by `***`, as given and URL-encoded (a server may echo a token
 * in either form, in an error body or a URL it quotes).
 */
function redact(text, secrets) {
    const forms = [...secrets].flatMap((secret) => (secret === '' ? [] : [secret, encodeURIComponent(secret)]));
    let clean = text;
    for (const form of forms.sort((a, b) => b.length - a.length))
        clean = clean.split(form).join('***');
    return clean;
}


/***/ }),

/***/ 6820:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ FORMATS)
/* harmony export */ });
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6172);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(512);


const PORT = /^([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/;
const matching = (pattern, expected) => (value) => pattern.test(value) ? undefined : expected;
const port = matching(PORT, 'it must be a port number from 1 to 65535');
/**
 * iptables' rules for a chain of our own: at most 28 characters, no leading `-` or `!`, and never
 * the name of a built-in chain or a target. The export flushes its chain (`-F`) before it fills it,
 * so `INPUT` would drop every rule of the host's INPUT chain, SSH and established traffic included.
 */
const BUILT_IN_CHAINS_AND_TARGETS = new Set(('INPUT OUTPUT FORWARD PREROUTING POSTROUTING ACCEPT DROP REJECT RETURN QUEUE NFQUEUE LOG NFLOG ULOG MARK CONNMARK ' +
    'SECMARK CONNSECMARK DNAT SNAT MASQUERADE REDIRECT NETMAP TPROXY TRACE CT NOTRACK TEE AUDIT CHECKSUM CLASSIFY ' +
    'CLUSTERIP DSCP ECN HL HMARK IDLETIMER LED RATEEST SET SYNPROXY TCPMSS TCPOPTSTRIP TOS TTL DNPT SNPT JUMP GOTO').split(' '));
const chain = (value) => {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_-]{0,27}$/.test(value)) {
        return 'it must be 1 to 28 letters, digits, - or _, not starting with -';
    }
    if (BUILT_IN_CHAINS_AND_TARGETS.has(value.toUpperCase())) {
        return `it must be a chain of its own: ${value} is a built-in chain or target, and the export flushes its chain`;
    }
    return undefined;
};
/** nftables set names get `_ipv4` and `_ipv6` appended; kernels before 4.18 take 31 characters. */
const nftName = matching(/^[A-Za-z_][A-Za-z0-9_]{0,25}$/, 'it must be 1 to 26 letters, digits or _, starting with a letter or _');
const TERRAFORM_RESERVED = new Set(['source', 'version', 'providers', 'count', 'for_each', 'lifecycle', 'depends_on', 'locals']);
const terraformVariable = (value) => !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(value)
    ? 'it must be 1 to 63 letters, digits or _, starting with a letter or _'
    : TERRAFORM_RESERVED.has(value.toLowerCase())
        ? `it must not be ${value}, a name Terraform reserves`
        : undefined;
/** A Kubernetes object name (an RFC 1123 label): what `name` and `namespace` take. */
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const kubernetesName = matching(DNS_LABEL, 'it must be a Kubernetes name: 1 to 63 lower-case letters, digits or -, starting and ending with a letter or digit');
/** A Kubernetes label, `[prefix/]name=value`, by the rules the API server applies. */
const podLabel = (value) => {
    const expected = 'it must be one Kubernetes label, key=value, such as app=web or app.kubernetes.io/name=shop';
    const [key = '', labelValue, extra] = value.split('=');
    if (labelValue === undefined || extra !== undefined)
        return expected;
    const segment = /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;
    const slash = key.lastIndexOf('/');
    const prefix = slash === -1 ? undefined : key.slice(0, slash);
    const name = key.slice(slash + 1);
    const prefixOk = prefix === undefined || (prefix.length <= 253 && prefix.split('.').every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label)));
    if (!prefixOk || !segment.test(name) || (labelValue !== '' && !segment.test(labelValue)))
        return expected;
    return undefined;
};
const cidr = (address) => `${address}/${(0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(address) ? 128 : 32}`;
const all = (input) => (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(input.environments.flatMap((e) => e.addresses));
const names = (input) => input.environments.map((e) => e.name).join(', ');
/**
 * The first lines of a file whose format has comments: what it is, where it comes from. Its data
 * is checked where it is read; it is put on one line here all the same, so no value can ever end
 * the comment and start a rule.
 */
const header = (input, mark) => `${mark} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(`Generated by vipps-ip-lock from ${input.lockFile} (${names(input)}). Do not edit: it is rewritten when the lock changes.`)}\n`;
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** A YAML double-quoted scalar: JSON's string syntax is a subset, and never reads as null, a number or a boolean. */
const yamlString = (value) => JSON.stringify(value);
const FORMATS = {
    /** One CIDR per line. */
    cidr: {
        options: {},
        render: (input) => `${header(input, '#')}${all(input).map(cidr).join('\n')}${all(input).length ? '\n' : ''}`,
    },
    /** Addresses by environment and in all, for scripts. */
    json: {
        options: {},
        render: (input) => json({
            source: input.lockFile,
            addresses: all(input).map(cidr),
            environments: Object.fromEntries(input.environments.map((e) => [e.name, e.addresses.map(cidr)])),
        }),
    },
    /** `allow` lines and a final `deny all`, for an `include` inside a location or server block. */
    nginx: {
        options: {},
        render: (input) => `${header(input, '#')}${all(input)
            .map((a) => `allow ${cidr(a)};\n`)
            .join('')}deny all;\n`,
    },
    /** Apache 2.4 `Require ip` lines, for an `Include` inside a <Location> or <RequireAny>. */
    apache: {
        options: {},
        // With no Require line at all Apache would grant access: no addresses must mean nobody.
        render: (input) => `${header(input, '#')}${all(input)
            .map((a) => `Require ip ${cidr(a)}\n`)
            .join('') || 'Require all denied\n'}`,
    },
    /** An ACL file: `acl vipps src -f /path/to/file`. */
    haproxy: {
        options: {},
        render: (input) => `${header(input, '#')}${all(input)
            .map((a) => `${cidr(a)}\n`)
            .join('')}`,
    },
    /** iptables-restore input: a chain of ACCEPT rules for the IPv4 addresses, to jump to. */
    iptables: {
        options: { chain, port },
        render: (input) => restore(input, all(input).filter((a) => !(0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(a))),
    },
    /** ip6tables-restore input: the same for the IPv6 addresses. */
    ip6tables: {
        options: { chain, port },
        render: (input) => restore(input, all(input).filter(_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)),
    },
    /** nftables named sets, for an `include` inside your own `table` block. */
    nftables: {
        options: { name: nftName },
        render: (input) => {
            const name = input.options.name ?? 'vipps_callbacks';
            const set = (suffix, type, addresses) => `set ${name}_${suffix} {\n\ttype ${type}\n\tflags interval\n${addresses.length ? `\telements = { ${addresses.map(cidr).join(', ')} }\n` : ''}}\n`;
            const addresses = all(input);
            return `${header(input, '#')}${set('ipv4', 'ipv4_addr', addresses.filter((a) => !(0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(a)))}${set('ipv6', 'ipv6_addr', addresses.filter(_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7))}`;
        },
    },
    /** A .tfvars.json: a map variable with a list per environment, and the union. */
    terraform: {
        options: { variable: terraformVariable },
        render: (input) => {
            const variable = input.options.variable ?? 'vipps_callback_cidrs';
            return json({
                [variable]: Object.fromEntries(input.environments.map((e) => [e.name, e.addresses.map(cidr)])),
                [`${variable}_all`]: all(input).map(cidr),
            });
        },
    },
    /** IpPermissions for `aws ec2 authorize-security-group-ingress --ip-permissions file://...`. */
    'aws-security-group': {
        options: { port },
        render: (input) => {
            const port = Number(input.options.port ?? 443);
            const description = (environment) => `Vipps MobilePay ${environment} (vipps-ip-lock)`;
            const ranges = input.environments.flatMap((e) => e.addresses.map((a) => ({ address: a, description: description(e.name) })));
            const unique = [...new Map(ranges.map((r) => [r.address, r])).values()];
            return json([
                {
                    IpProtocol: 'tcp',
                    FromPort: port,
                    ToPort: port,
                    IpRanges: unique.filter((r) => !(0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(r.address)).map((r) => ({ CidrIp: cidr(r.address), Description: r.description })),
                    Ipv6Ranges: unique.filter((r) => (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(r.address)).map((r) => ({ CidrIpv6: cidr(r.address), Description: r.description })),
                },
            ]);
        },
    },
    /** Source address prefixes for an Azure network security group rule. */
    'azure-nsg': {
        options: {},
        render: (input) => json({ sourceAddressPrefixes: all(input).map(cidr) }),
    },
    /** A NetworkPolicy that admits the addresses to the selected pods. */
    kubernetes: {
        options: { name: kubernetesName, namespace: kubernetesName, port, 'pod-label': podLabel },
        render: (input) => {
            const { name = 'vipps-callbacks', namespace, port, 'pod-label': label } = input.options;
            const [labelKey = '', labelValue = ''] = label ? label.split('=') : [];
            const lines = [
                header(input, '#').trimEnd(),
                'apiVersion: networking.k8s.io/v1',
                'kind: NetworkPolicy',
                'metadata:',
                // Every string quoted: `namespace: null` would be the default namespace, `name: 1e3` a number.
                `  name: ${yamlString(name)}`,
                ...(namespace ? [`  namespace: ${yamlString(namespace)}`] : []),
                'spec:',
                // Without pod-label the policy selects every pod of the namespace (see README).
                label ? `  podSelector:\n    matchLabels:\n      ${yamlString(labelKey)}: ${yamlString(labelValue)}` : '  podSelector: {}',
                '  policyTypes:',
                '    - Ingress',
                // An ingress rule with an empty `from` admits every source: with no addresses, no rule at all.
                ...(all(input).length
                    ? [
                        '  ingress:',
                        '    - from:',
                        ...all(input).map((a) => `        - ipBlock:\n            cidr: ${yamlString(cidr(a))}`),
                        ...(port ? ['      ports:', '        - protocol: TCP', `          port: ${port}`] : []),
                    ]
                    : ['  ingress: []']),
            ];
            return `${lines.join('\n')}\n`;
        },
    },
};
function restore(input, addresses) {
    const chain = input.options.chain ?? 'VIPPS-CALLBACKS';
    const port = input.options.port ? ` -p tcp --dport ${input.options.port}` : '';
    const rules = addresses.map((a) => `-A ${chain} -s ${cidr(a)}${port} -j ACCEPT\n`).join('');
    return `${header(input, '#')}*filter\n:${chain} - [0:0]\n-F ${chain}\n${rules}COMMIT\n`;
}


/***/ }),

/***/ 5201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SI: () => (/* binding */ nodeCrypto),
  YV: () => (/* binding */ nodeDns),
  SM: () => (/* binding */ nodeNet)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: ./lib/node-builtins.js

// Node's own modules that only some runs need, loaded when first needed rather than at start-up:
// node:net alone is about 2 ms ahead of the first query. process.getBuiltinModule does that from
// Node 22.3; the earlier Node 22 releases, which the command line supports, get them through
// require. Built-in modules resolve without a path, so the one require is anchored at the root.
let fallback;
function builtin(id) {
    if (typeof process.getBuiltinModule === 'function')
        return process.getBuiltinModule(id);
    fallback ??= (0,external_node_module_namespaceObject.createRequire)('/');
    return fallback(id);
}
const nodeNet = () => builtin('node:net');
const nodeDns = () => builtin('node:dns');
const nodeCrypto = () => builtin('node:crypto');


/***/ }),

/***/ 1522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ observeHosts),
/* harmony export */   D1: () => (/* binding */ hostStatus),
/* harmony export */   GE: () => (/* binding */ failedServers)
/* harmony export */ });
/* unused harmony export MAX_RECORDS_PER_ANSWER */
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6172);

/** More records than this in one answer is not a real Vipps MobilePay answer: it is refused whole. */
const MAX_RECORDS_PER_ANSWER = 32;
/**
 * The servers that gave no usable answer for this host and type (each with its reason). While one
 * exists, the servers that answered are not every server: an address they leave out may still be
 * the one that server would have returned, and an address only they return is not agreed by all.
 */
function failedServers(observation, type) {
    const answered = new Set(observation.answers.filter((answer) => answer.type === type).map((answer) => answer.server));
    const failed = new Map();
    for (const failure of observation.failures) {
        if (failure.type === type && !answered.has(failure.server) && !failed.has(failure.server))
            failed.set(failure.server, failure);
    }
    return [...failed.values()];
}
function hostStatus(observation, types) {
    const decided = types.filter((type) => observation.decided[type] !== undefined).length;
    if (decided === 0)
        return 'failed';
    if (decided < types.length)
        return 'partial';
    return observation.noSuchHost ? 'no-such-host' : 'resolved';
}
function observeHosts(lookups, types) {
    const observations = new Map();
    const answeredKinds = new Map();
    for (const { server, host, type, outcome } of lookups) {
        let observation = observations.get(host);
        if (!observation) {
            observation = { host, decided: {}, answers: [], noSuchHost: false, failures: [], rejected: [] };
            observations.set(host, observation);
            answeredKinds.set(host, new Set());
        }
        const kinds = answeredKinds.get(host);
        if (outcome.kind === 'failed') {
            observation.failures.push({ server, type, reason: outcome.reason });
            continue;
        }
        let accepted = [];
        if (outcome.kind === 'addresses') {
            const answer = checkAnswer(outcome.addresses, type);
            if (!answer.ok) {
                // A broken or poisoned answer counts as a failed lookup: it must not add an address,
                // and the addresses it lacks must not be taken as removed.
                observation.failures.push({ server, type, reason: answer.reason });
                observation.rejected.push(...answer.rejected);
                continue;
            }
            accepted = answer.addresses;
        }
        kinds.add(outcome.kind);
        observation.answers.push({ server, type, addresses: accepted });
        observation.decided[type] = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)([...(observation.decided[type] ?? []), ...accepted]);
    }
    for (const [host, observation] of observations) {
        const kinds = answeredKinds.get(host);
        const allDecided = types.every((type) => observation.decided[type] !== undefined);
        // "No such host" retires a host's addresses: only when every server said so, none failing.
        const complete = types.every((type) => failedServers(observation, type).length === 0);
        observation.noSuchHost = allDecided && complete && kinds.size === 1 && kinds.has('no-such-host');
    }
    return observations;
}
function checkAnswer(addresses, type) {
    if (addresses.length > MAX_RECORDS_PER_ANSWER) {
        return {
            ok: false,
            reason: `answer with ${addresses.length} records, over the limit of ${MAX_RECORDS_PER_ANSWER}: ignored as broken`,
            rejected: [],
        };
    }
    const rejected = [];
    const accepted = [];
    for (const text of addresses) {
        const check = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAddress */ .l_)(text);
        if (!check.ok)
            rejected.push({ address: check.address, reason: check.reason });
        else if ((0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(check.address) !== (type === 'AAAA')) {
            rejected.push({ address: check.address, reason: `not an ${type} address` });
        }
        else
            accepted.push(check.address);
    }
    if (rejected.length > 0) {
        const list = rejected.map((r) => `${r.address} (${r.reason})`).join(', ');
        return { ok: false, reason: `answer ignored: it holds addresses that are never locked: ${list}`, rejected };
    }
    return { ok: true, addresses: accepted };
}


/***/ }),

/***/ 8824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ DEFAULT_ENVIRONMENTS),
/* harmony export */   x: () => (/* binding */ PRESET_ENVIRONMENTS)
/* harmony export */ });
/**
 * The servers Vipps MobilePay publishes. Callbacks come from the production, disaster-recovery and
 * test servers; the API hostnames are offered for merchants that also restrict outbound traffic.
 * Vipps publishes hostnames only and changes the servers behind them about every three months.
 */
const PRESET_ENVIRONMENTS = {
    production: ['callback-1.vipps.no', 'callback-2.vipps.no', 'callback-3.vipps.no', 'callback-4.vipps.no'],
    'disaster-recovery': ['callback-dr-1.vipps.no', 'callback-dr-2.vipps.no', 'callback-dr-3.vipps.no', 'callback-dr-4.vipps.no'],
    test: ['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no'],
    'api-production': ['api.vipps.no'],
    'api-test': ['apitest.vipps.no'],
};
const DEFAULT_ENVIRONMENTS = ['production', 'disaster-recovery', 'test'];


/***/ }),

/***/ 512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
// Markdown built from data (host names from a lock, paths from inputs, reasons from DNS servers)
// must show that data, never act on it: no HTML, no links, no @mention that notifies someone, no
// #reference that cross-links an issue, no line break that starts a heading or ends a table or a
// code block early. Every function here is total: any string in, inert Markdown out.
/** Control characters and the line separators GitHub's renderer and the runner treat as line ends. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One line of data: every control character or line separator becomes a space. */
function oneLine(text) {
    return text.replace(LINE_BREAKING, ' ');
}
/** Longest run of backticks in `text`. */
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
/**
 * Inline code showing `text` verbatim. Inside a code span Markdown, HTML, mentions, references and
 * autolinks are all inert; the fence is one backtick longer than any run inside, and padded with a
 * space when the text starts or ends with a backtick or a space (CommonMark strips one of each).
 */
function codeSpan(text) {
    const content = oneLine(text);
    if (content === '')
        return '';
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block showing `text` verbatim, whatever lines it holds: the fence is longer than
 * any backtick run inside, so no line of the text can close it.
 */
function codeBlock(text, info = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${oneLine(info).replace(/`/g, '')}\n${text.replace(/\r/g, '')}\n${fence}`;
}
/**
 * Prose data shown as text: Markdown punctuation is backslash-escaped, `<` and `&` become entities
 * (no raw HTML), and a zero-width space after `@` and `#` keeps GitHub from turning `@team` into a
 * notification or `#12` into a cross-reference (GitHub finds those in the rendered text, where a
 * backslash escape is already gone). Line breaks become spaces.
 */
function markdownText(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]|~>$]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/([@#])/g, '$1&#8203;')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
}
/**
 * A table cell: GitHub splits a row at every `|` not escaped by a backslash, even inside a code
 * span, and reads backslashes in pairs, so a pipe after an even run of them gets one more.
 */
function tableCell(markdown) {
    return oneLine(markdown).replace(/(\\*)\|/g, (match, backslashes) => (backslashes.length % 2 === 0 ? `${backslashes}\\|` : match));
}
/**
 * Text inside raw HTML such as `<summary>`: entities for the characters HTML acts on, and the same
 * zero-width space after `@` and `#` as in markdownText (GitHub links mentions in HTML text too).
 */
function htmlText(text) {
    return oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1&#8203;');
}


/***/ }),

/***/ 5808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ getInput),
/* harmony export */   _: () => (/* binding */ isDebug)
/* harmony export */ });
// What the action reads from the runner before anything else: its inputs and whether debug logging
// is on. Apart from runner.ts so that the action's entry, which sends the queries first, loads
// nothing more (runner.ts loads node:async_hooks for the log's groups).
/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores, hyphens kept. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Whether the run has debug logging on (re-run with debug logging, or ACTIONS_STEP_DEBUG): the
 * runner then sets RUNNER_DEBUG=1, as @actions/core's isDebug reads it. Otherwise the runner would
 * hide debug lines anyway, and the run spends no time formatting them.
 */
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}


/***/ }),

/***/ 1630:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.toString = function (klass) {
  switch (klass) {
    case 1: return 'IN'
    case 2: return 'CS'
    case 3: return 'CH'
    case 4: return 'HS'
    case 255: return 'ANY'
  }
  return 'UNKNOWN_' + klass
}

exports.toClass = function (name) {
  switch (name.toUpperCase()) {
    case 'IN': return 1
    case 'CS': return 2
    case 'CH': return 3
    case 'HS': return 4
    case 'ANY': return 255
  }
  return 0
}


/***/ }),

/***/ 4894:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


const Buffer = (__nccwpck_require__(181).Buffer)
const types = __nccwpck_require__(1891)
const rcodes = __nccwpck_require__(2028)
const opcodes = __nccwpck_require__(4693)
const classes = __nccwpck_require__(1630)
const optioncodes = __nccwpck_require__(2075)
const ip = __nccwpck_require__(4550)

const QUERY_FLAG = 0
const RESPONSE_FLAG = 1 << 15
const FLUSH_MASK = 1 << 15
const NOT_FLUSH_MASK = ~FLUSH_MASK
const QU_MASK = 1 << 15
const NOT_QU_MASK = ~QU_MASK

const name = exports.name = {}

name.encode = function (str, buf, offset, { mail = false } = {}) {
  if (!buf) buf = Buffer.alloc(name.encodingLength(str))
  if (!offset) offset = 0
  const oldOffset = offset

  // strip leading and trailing .
  const n = str.replace(/^\.|\.$/gm, '')
  if (n.length) {
    let list = []
    if (mail) {
      let localPart = ''
      n.split('.').forEach(label => {
        if (label.endsWith('\\')) {
          localPart += (localPart.length ? '.' : '') + label.slice(0, -1)
        } else {
          if (list.length === 0 && localPart.length) {
            list.push(localPart + '.' + label)
          } else {
            list.push(label)
          }
        }
      })
    } else {
      list = n.split('.')
    }

    for (let i = 0; i < list.length; i++) {
      const len = buf.write(list[i], offset + 1)
      buf[offset] = len
      offset += len + 1
    }
  }

  buf[offset++] = 0

  name.encode.bytes = offset - oldOffset
  return buf
}

name.encode.bytes = 0

name.decode = function (buf, offset, { mail = false } = {}) {
  if (!offset) offset = 0

  const list = []
  let oldOffset = offset
  let totalLength = 0
  let consumedBytes = 0
  let jumped = false

  while (true) {
    if (offset >= buf.length) {
      throw new Error('Cannot decode name (buffer overflow)')
    }
    const len = buf[offset++]
    consumedBytes += jumped ? 0 : 1

    if (len === 0) {
      break
    } else if ((len & 0xc0) === 0) {
      if (offset + len > buf.length) {
        throw new Error('Cannot decode name (buffer overflow)')
      }
      totalLength += len + 1
      if (totalLength > 254) {
        throw new Error('Cannot decode name (name too long)')
      }
      let label = buf.toString('utf-8', offset, offset + len)
      if (mail) {
        label = label.replace(/\./g, '\\.')
      }
      list.push(label)
      offset += len
      consumedBytes += jumped ? 0 : len
    } else if ((len & 0xc0) === 0xc0) {
      if (offset + 1 > buf.length) {
        throw new Error('Cannot decode name (buffer overflow)')
      }
      const jumpOffset = buf.readUInt16BE(offset - 1) - 0xc000
      if (jumpOffset >= oldOffset) {
        // Allow only pointers to prior data. RFC 1035, section 4.1.4 states:
        // "[...] an entire domain name or a list of labels at the end of a domain name
        // is replaced with a pointer to a prior occurance (sic) of the same name."
        throw new Error('Cannot decode name (bad pointer)')
      }
      offset = jumpOffset
      oldOffset = jumpOffset
      consumedBytes += jumped ? 0 : 1
      jumped = true
    } else {
      throw new Error('Cannot decode name (bad label)')
    }
  }

  name.decode.bytes = consumedBytes
  return list.length === 0 ? '.' : list.join('.')
}

name.decode.bytes = 0

name.encodingLength = function (n) {
  if (n === '.' || n === '..') return 1
  return Buffer.byteLength(n.replace(/^\.|\.$/gm, '')) + 2
}

const string = {}

string.encode = function (s, buf, offset) {
  if (!buf) buf = Buffer.alloc(string.encodingLength(s))
  if (!offset) offset = 0

  const len = buf.write(s, offset + 1)
  buf[offset] = len
  string.encode.bytes = len + 1
  return buf
}

string.encode.bytes = 0

string.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf[offset]
  const s = buf.toString('utf-8', offset + 1, offset + 1 + len)
  string.decode.bytes = len + 1
  return s
}

string.decode.bytes = 0

string.encodingLength = function (s) {
  return Buffer.byteLength(s) + 1
}

const header = {}

header.encode = function (h, buf, offset) {
  if (!buf) buf = header.encodingLength(h)
  if (!offset) offset = 0

  const flags = (h.flags || 0) & 32767
  const type = h.type === 'response' ? RESPONSE_FLAG : QUERY_FLAG

  buf.writeUInt16BE(h.id || 0, offset)
  buf.writeUInt16BE(flags | type, offset + 2)
  buf.writeUInt16BE(h.questions.length, offset + 4)
  buf.writeUInt16BE(h.answers.length, offset + 6)
  buf.writeUInt16BE(h.authorities.length, offset + 8)
  buf.writeUInt16BE(h.additionals.length, offset + 10)

  return buf
}

header.encode.bytes = 12

header.decode = function (buf, offset) {
  if (!offset) offset = 0
  if (buf.length < 12) throw new Error('Header must be 12 bytes')
  const flags = buf.readUInt16BE(offset + 2)

  return {
    id: buf.readUInt16BE(offset),
    type: flags & RESPONSE_FLAG ? 'response' : 'query',
    flags: flags & 32767,
    flag_qr: ((flags >> 15) & 0x1) === 1,
    opcode: opcodes.toString((flags >> 11) & 0xf),
    flag_aa: ((flags >> 10) & 0x1) === 1,
    flag_tc: ((flags >> 9) & 0x1) === 1,
    flag_rd: ((flags >> 8) & 0x1) === 1,
    flag_ra: ((flags >> 7) & 0x1) === 1,
    flag_z: ((flags >> 6) & 0x1) === 1,
    flag_ad: ((flags >> 5) & 0x1) === 1,
    flag_cd: ((flags >> 4) & 0x1) === 1,
    rcode: rcodes.toString(flags & 0xf),
    questions: new Array(buf.readUInt16BE(offset + 4)),
    answers: new Array(buf.readUInt16BE(offset + 6)),
    authorities: new Array(buf.readUInt16BE(offset + 8)),
    additionals: new Array(buf.readUInt16BE(offset + 10))
  }
}

header.decode.bytes = 12

header.encodingLength = function () {
  return 12
}

const runknown = exports.unknown = {}

runknown.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(runknown.encodingLength(data))
  if (!offset) offset = 0

  buf.writeUInt16BE(data.length, offset)
  data.copy(buf, offset + 2)

  runknown.encode.bytes = data.length + 2
  return buf
}

runknown.encode.bytes = 0

runknown.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)
  const data = buf.slice(offset + 2, offset + 2 + len)
  runknown.decode.bytes = len + 2
  return data
}

runknown.decode.bytes = 0

runknown.encodingLength = function (data) {
  return data.length + 2
}

const rns = exports.ns = {}

rns.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rns.encodingLength(data))
  if (!offset) offset = 0

  name.encode(data, buf, offset + 2)
  buf.writeUInt16BE(name.encode.bytes, offset)
  rns.encode.bytes = name.encode.bytes + 2
  return buf
}

rns.encode.bytes = 0

rns.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)
  const dd = name.decode(buf, offset + 2)

  rns.decode.bytes = len + 2
  return dd
}

rns.decode.bytes = 0

rns.encodingLength = function (data) {
  return name.encodingLength(data) + 2
}

const rsoa = exports.soa = {}

rsoa.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rsoa.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2
  name.encode(data.mname, buf, offset)
  offset += name.encode.bytes
  name.encode(data.rname, buf, offset, { mail: true })
  offset += name.encode.bytes
  buf.writeUInt32BE(data.serial || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.refresh || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.retry || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.expire || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.minimum || 0, offset)
  offset += 4

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rsoa.encode.bytes = offset - oldOffset
  return buf
}

rsoa.encode.bytes = 0

rsoa.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset

  const data = {}
  offset += 2
  data.mname = name.decode(buf, offset)
  offset += name.decode.bytes
  data.rname = name.decode(buf, offset, { mail: true })
  offset += name.decode.bytes
  data.serial = buf.readUInt32BE(offset)
  offset += 4
  data.refresh = buf.readUInt32BE(offset)
  offset += 4
  data.retry = buf.readUInt32BE(offset)
  offset += 4
  data.expire = buf.readUInt32BE(offset)
  offset += 4
  data.minimum = buf.readUInt32BE(offset)
  offset += 4

  rsoa.decode.bytes = offset - oldOffset
  return data
}

rsoa.decode.bytes = 0

rsoa.encodingLength = function (data) {
  return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname)
}

const rtxt = exports.txt = {}

rtxt.encode = function (data, buf, offset) {
  if (!Array.isArray(data)) data = [data]
  for (let i = 0; i < data.length; i++) {
    if (typeof data[i] === 'string') {
      data[i] = Buffer.from(data[i])
    }
    if (!Buffer.isBuffer(data[i])) {
      throw new Error('Must be a Buffer')
    }
  }

  if (!buf) buf = Buffer.alloc(rtxt.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2

  data.forEach(function (d) {
    buf[offset++] = d.length
    d.copy(buf, offset, 0, d.length)
    offset += d.length
  })

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rtxt.encode.bytes = offset - oldOffset
  return buf
}

rtxt.encode.bytes = 0

rtxt.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset
  let remaining = buf.readUInt16BE(offset)
  offset += 2

  let data = []
  while (remaining > 0) {
    const len = buf[offset++]
    --remaining
    if (remaining < len) {
      throw new Error('Buffer overflow')
    }
    data.push(buf.slice(offset, offset + len))
    offset += len
    remaining -= len
  }

  rtxt.decode.bytes = offset - oldOffset
  return data
}

rtxt.decode.bytes = 0

rtxt.encodingLength = function (data) {
  if (!Array.isArray(data)) data = [data]
  let length = 2
  data.forEach(function (buf) {
    if (typeof buf === 'string') {
      length += Buffer.byteLength(buf) + 1
    } else {
      length += buf.length + 1
    }
  })
  return length
}

const rnull = exports["null"] = {}

rnull.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnull.encodingLength(data))
  if (!offset) offset = 0

  if (typeof data === 'string') data = Buffer.from(data)
  if (!data) data = Buffer.alloc(0)

  const oldOffset = offset
  offset += 2

  const len = data.length
  data.copy(buf, offset, 0, len)
  offset += len

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rnull.encode.bytes = offset - oldOffset
  return buf
}

rnull.encode.bytes = 0

rnull.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset
  const len = buf.readUInt16BE(offset)

  offset += 2

  const data = buf.slice(offset, offset + len)
  offset += len

  rnull.decode.bytes = offset - oldOffset
  return data
}

rnull.decode.bytes = 0

rnull.encodingLength = function (data) {
  if (!data) return 2
  return (Buffer.isBuffer(data) ? data.length : Buffer.byteLength(data)) + 2
}

const rhinfo = exports.hinfo = {}

rhinfo.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rhinfo.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2
  string.encode(data.cpu, buf, offset)
  offset += string.encode.bytes
  string.encode(data.os, buf, offset)
  offset += string.encode.bytes
  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rhinfo.encode.bytes = offset - oldOffset
  return buf
}

rhinfo.encode.bytes = 0

rhinfo.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset

  const data = {}
  offset += 2
  data.cpu = string.decode(buf, offset)
  offset += string.decode.bytes
  data.os = string.decode(buf, offset)
  offset += string.decode.bytes
  rhinfo.decode.bytes = offset - oldOffset
  return data
}

rhinfo.decode.bytes = 0

rhinfo.encodingLength = function (data) {
  return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2
}

const rptr = exports.ptr = {}
const rcname = exports.cname = rptr
const rdname = exports.dname = rptr

rptr.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rptr.encodingLength(data))
  if (!offset) offset = 0

  name.encode(data, buf, offset + 2)
  buf.writeUInt16BE(name.encode.bytes, offset)
  rptr.encode.bytes = name.encode.bytes + 2
  return buf
}

rptr.encode.bytes = 0

rptr.decode = function (buf, offset) {
  if (!offset) offset = 0

  const data = name.decode(buf, offset + 2)
  rptr.decode.bytes = name.decode.bytes + 2
  return data
}

rptr.decode.bytes = 0

rptr.encodingLength = function (data) {
  return name.encodingLength(data) + 2
}

const rsrv = exports.srv = {}

rsrv.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rsrv.encodingLength(data))
  if (!offset) offset = 0

  buf.writeUInt16BE(data.priority || 0, offset + 2)
  buf.writeUInt16BE(data.weight || 0, offset + 4)
  buf.writeUInt16BE(data.port || 0, offset + 6)
  name.encode(data.target, buf, offset + 8)

  const len = name.encode.bytes + 6
  buf.writeUInt16BE(len, offset)

  rsrv.encode.bytes = len + 2
  return buf
}

rsrv.encode.bytes = 0

rsrv.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)

  const data = {}
  data.priority = buf.readUInt16BE(offset + 2)
  data.weight = buf.readUInt16BE(offset + 4)
  data.port = buf.readUInt16BE(offset + 6)
  data.target = name.decode(buf, offset + 8)

  rsrv.decode.bytes = len + 2
  return data
}

rsrv.decode.bytes = 0

rsrv.encodingLength = function (data) {
  return 8 + name.encodingLength(data.target)
}

const rcaa = exports.caa = {}

rcaa.ISSUER_CRITICAL = 1 << 7

rcaa.encode = function (data, buf, offset) {
  const len = rcaa.encodingLength(data)

  if (!buf) buf = Buffer.alloc(rcaa.encodingLength(data))
  if (!offset) offset = 0

  if (data.issuerCritical) {
    data.flags = rcaa.ISSUER_CRITICAL
  }

  buf.writeUInt16BE(len - 2, offset)
  offset += 2
  buf.writeUInt8(data.flags || 0, offset)
  offset += 1
  string.encode(data.tag, buf, offset)
  offset += string.encode.bytes
  buf.write(data.value, offset)
  offset += Buffer.byteLength(data.value)

  rcaa.encode.bytes = len
  return buf
}

rcaa.encode.bytes = 0

rcaa.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)
  offset += 2

  const oldOffset = offset
  const data = {}
  data.flags = buf.readUInt8(offset)
  offset += 1
  data.tag = string.decode(buf, offset)
  offset += string.decode.bytes
  data.value = buf.toString('utf-8', offset, oldOffset + len)

  data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL)

  rcaa.decode.bytes = len + 2

  return data
}

rcaa.decode.bytes = 0

rcaa.encodingLength = function (data) {
  return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2
}

const rmx = exports.mx = {}

rmx.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rmx.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2
  buf.writeUInt16BE(data.preference || 0, offset)
  offset += 2
  name.encode(data.exchange, buf, offset)
  offset += name.encode.bytes

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rmx.encode.bytes = offset - oldOffset
  return buf
}

rmx.encode.bytes = 0

rmx.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset

  const data = {}
  offset += 2
  data.preference = buf.readUInt16BE(offset)
  offset += 2
  data.exchange = name.decode(buf, offset)
  offset += name.decode.bytes

  rmx.decode.bytes = offset - oldOffset
  return data
}

rmx.encodingLength = function (data) {
  return 4 + name.encodingLength(data.exchange)
}

const ra = exports.a = {}

ra.encode = function (host, buf, offset) {
  if (!buf) buf = Buffer.alloc(ra.encodingLength(host))
  if (!offset) offset = 0

  buf.writeUInt16BE(4, offset)
  offset += 2
  ip.v4.encode(host, buf, offset)
  ra.encode.bytes = 6
  return buf
}

ra.encode.bytes = 0

ra.decode = function (buf, offset) {
  if (!offset) offset = 0

  offset += 2
  const host = ip.v4.decode(buf, offset)
  ra.decode.bytes = 6
  return host
}

ra.decode.bytes = 0

ra.encodingLength = function () {
  return 6
}

const raaaa = exports.aaaa = {}

raaaa.encode = function (host, buf, offset) {
  if (!buf) buf = Buffer.alloc(raaaa.encodingLength(host))
  if (!offset) offset = 0

  buf.writeUInt16BE(16, offset)
  offset += 2
  ip.v6.encode(host, buf, offset)
  raaaa.encode.bytes = 18
  return buf
}

raaaa.encode.bytes = 0

raaaa.decode = function (buf, offset) {
  if (!offset) offset = 0

  offset += 2
  const host = ip.v6.decode(buf, offset)
  raaaa.decode.bytes = 18
  return host
}

raaaa.decode.bytes = 0

raaaa.encodingLength = function () {
  return 18
}

const roption = exports.option = {}

roption.encode = function (option, buf, offset) {
  if (!buf) buf = Buffer.alloc(roption.encodingLength(option))
  if (!offset) offset = 0
  const oldOffset = offset

  const code = optioncodes.toCode(option.code)
  buf.writeUInt16BE(code, offset)
  offset += 2
  if (option.data) {
    buf.writeUInt16BE(option.data.length, offset)
    offset += 2
    option.data.copy(buf, offset)
    offset += option.data.length
  } else {
    switch (code) {
      // case 3: NSID.  No encode makes sense.
      // case 5,6,7: Not implementable
      case 8: // ECS
        // note: do IP math before calling
        const spl = option.sourcePrefixLength || 0
        const fam = option.family || ip.familyOf(option.ip)
        const ipBuf = ip.encode(option.ip, Buffer.alloc)
        const ipLen = Math.ceil(spl / 8)
        buf.writeUInt16BE(ipLen + 4, offset)
        offset += 2
        buf.writeUInt16BE(fam, offset)
        offset += 2
        buf.writeUInt8(spl, offset++)
        buf.writeUInt8(option.scopePrefixLength || 0, offset++)

        ipBuf.copy(buf, offset, 0, ipLen)
        offset += ipLen
        break
      // case 9: EXPIRE (experimental)
      // case 10: COOKIE.  No encode makes sense.
      case 11: // KEEP-ALIVE
        if (option.timeout) {
          buf.writeUInt16BE(2, offset)
          offset += 2
          buf.writeUInt16BE(option.timeout, offset)
          offset += 2
        } else {
          buf.writeUInt16BE(0, offset)
          offset += 2
        }
        break
      case 12: // PADDING
        const len = option.length || 0
        buf.writeUInt16BE(len, offset)
        offset += 2
        buf.fill(0, offset, offset + len)
        offset += len
        break
      // case 13:  CHAIN.  Experimental.
      case 14: // KEY-TAG
        const tagsLen = option.tags.length * 2
        buf.writeUInt16BE(tagsLen, offset)
        offset += 2
        for (const tag of option.tags) {
          buf.writeUInt16BE(tag, offset)
          offset += 2
        }
        break
      default:
        throw new Error(`Unknown roption code: ${option.code}`)
    }
  }

  roption.encode.bytes = offset - oldOffset
  return buf
}

roption.encode.bytes = 0

roption.decode = function (buf, offset) {
  if (!offset) offset = 0
  const option = {}
  option.code = buf.readUInt16BE(offset)
  option.type = optioncodes.toString(option.code)
  offset += 2
  const len = buf.readUInt16BE(offset)
  offset += 2
  option.data = buf.slice(offset, offset + len)
  switch (option.code) {
    // case 3: NSID.  No decode makes sense.
    case 8: // ECS
      option.family = buf.readUInt16BE(offset)
      offset += 2
      option.sourcePrefixLength = buf.readUInt8(offset++)
      option.scopePrefixLength = buf.readUInt8(offset++)
      const padded = Buffer.alloc((option.family === 1) ? 4 : 16)
      buf.copy(padded, 0, offset, offset + len - 4)
      option.ip = ip.decode(padded)
      break
    // case 12: Padding.  No decode makes sense.
    case 11: // KEEP-ALIVE
      if (len > 0) {
        option.timeout = buf.readUInt16BE(offset)
        offset += 2
      }
      break
    case 14:
      option.tags = []
      for (let i = 0; i < len; i += 2) {
        option.tags.push(buf.readUInt16BE(offset))
        offset += 2
      }
    // don't worry about default.  caller will use data if desired
  }

  roption.decode.bytes = len + 4
  return option
}

roption.decode.bytes = 0

roption.encodingLength = function (option) {
  if (option.data) {
    return option.data.length + 4
  }
  const code = optioncodes.toCode(option.code)
  switch (code) {
    case 8: // ECS
      const spl = option.sourcePrefixLength || 0
      return Math.ceil(spl / 8) + 8
    case 11: // KEEP-ALIVE
      return (typeof option.timeout === 'number') ? 6 : 4
    case 12: // PADDING
      return option.length + 4
    case 14: // KEY-TAG
      return 4 + (option.tags.length * 2)
  }
  throw new Error(`Unknown roption code: ${option.code}`)
}

const ropt = exports.opt = {}

ropt.encode = function (options, buf, offset) {
  if (!buf) buf = Buffer.alloc(ropt.encodingLength(options))
  if (!offset) offset = 0
  const oldOffset = offset

  const rdlen = encodingLengthList(options, roption)
  buf.writeUInt16BE(rdlen, offset)
  offset = encodeList(options, roption, buf, offset + 2)

  ropt.encode.bytes = offset - oldOffset
  return buf
}

ropt.encode.bytes = 0

ropt.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const options = []
  let rdlen = buf.readUInt16BE(offset)
  offset += 2
  let o = 0
  while (rdlen > 0) {
    options[o++] = roption.decode(buf, offset)
    offset += roption.decode.bytes
    rdlen -= roption.decode.bytes
  }
  ropt.decode.bytes = offset - oldOffset
  return options
}

ropt.decode.bytes = 0

ropt.encodingLength = function (options) {
  return 2 + encodingLengthList(options || [], roption)
}

const rdnskey = exports.dnskey = {}

rdnskey.PROTOCOL_DNSSEC = 3
rdnskey.ZONE_KEY = 0x80
rdnskey.SECURE_ENTRYPOINT = 0x8000

rdnskey.encode = function (key, buf, offset) {
  if (!buf) buf = Buffer.alloc(rdnskey.encodingLength(key))
  if (!offset) offset = 0
  const oldOffset = offset

  const keydata = key.key
  if (!Buffer.isBuffer(keydata)) {
    throw new Error('Key must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt16BE(key.flags, offset)
  offset += 2
  buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset)
  offset += 1
  buf.writeUInt8(key.algorithm, offset)
  offset += 1
  keydata.copy(buf, offset, 0, keydata.length)
  offset += keydata.length

  rdnskey.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset)
  return buf
}

rdnskey.encode.bytes = 0

rdnskey.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var key = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  key.flags = buf.readUInt16BE(offset)
  offset += 2
  if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
    throw new Error('Protocol must be 3')
  }
  offset += 1
  key.algorithm = buf.readUInt8(offset)
  offset += 1
  key.key = buf.slice(offset, oldOffset + length + 2)
  offset += key.key.length
  rdnskey.decode.bytes = offset - oldOffset
  return key
}

rdnskey.decode.bytes = 0

rdnskey.encodingLength = function (key) {
  return 6 + Buffer.byteLength(key.key)
}

const rrrsig = exports.rrsig = {}

rrrsig.encode = function (sig, buf, offset) {
  if (!buf) buf = Buffer.alloc(rrrsig.encodingLength(sig))
  if (!offset) offset = 0
  const oldOffset = offset

  const signature = sig.signature
  if (!Buffer.isBuffer(signature)) {
    throw new Error('Signature must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt16BE(types.toType(sig.typeCovered), offset)
  offset += 2
  buf.writeUInt8(sig.algorithm, offset)
  offset += 1
  buf.writeUInt8(sig.labels, offset)
  offset += 1
  buf.writeUInt32BE(sig.originalTTL, offset)
  offset += 4
  buf.writeUInt32BE(sig.expiration, offset)
  offset += 4
  buf.writeUInt32BE(sig.inception, offset)
  offset += 4
  buf.writeUInt16BE(sig.keyTag, offset)
  offset += 2
  name.encode(sig.signersName, buf, offset)
  offset += name.encode.bytes
  signature.copy(buf, offset, 0, signature.length)
  offset += signature.length

  rrrsig.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset)
  return buf
}

rrrsig.encode.bytes = 0

rrrsig.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var sig = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  sig.typeCovered = types.toString(buf.readUInt16BE(offset))
  offset += 2
  sig.algorithm = buf.readUInt8(offset)
  offset += 1
  sig.labels = buf.readUInt8(offset)
  offset += 1
  sig.originalTTL = buf.readUInt32BE(offset)
  offset += 4
  sig.expiration = buf.readUInt32BE(offset)
  offset += 4
  sig.inception = buf.readUInt32BE(offset)
  offset += 4
  sig.keyTag = buf.readUInt16BE(offset)
  offset += 2
  sig.signersName = name.decode(buf, offset)
  offset += name.decode.bytes
  sig.signature = buf.slice(offset, oldOffset + length + 2)
  offset += sig.signature.length
  rrrsig.decode.bytes = offset - oldOffset
  return sig
}

rrrsig.decode.bytes = 0

rrrsig.encodingLength = function (sig) {
  return 20 +
    name.encodingLength(sig.signersName) +
    Buffer.byteLength(sig.signature)
}

const rrp = exports.rp = {}

rrp.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rrp.encodingLength(data))
  if (!offset) offset = 0
  const oldOffset = offset

  offset += 2 // Leave space for length
  name.encode(data.mbox || '.', buf, offset, { mail: true })
  offset += name.encode.bytes
  name.encode(data.txt || '.', buf, offset)
  offset += name.encode.bytes
  rrp.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset)
  return buf
}

rrp.encode.bytes = 0

rrp.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const data = {}
  offset += 2
  data.mbox = name.decode(buf, offset, { mail: true }) || '.'
  offset += name.decode.bytes
  data.txt = name.decode(buf, offset) || '.'
  offset += name.decode.bytes
  rrp.decode.bytes = offset - oldOffset
  return data
}

rrp.decode.bytes = 0

rrp.encodingLength = function (data) {
  return 2 + name.encodingLength(data.mbox || '.') + name.encodingLength(data.txt || '.')
}

const typebitmap = {}

typebitmap.encode = function (typelist, buf, offset) {
  if (!buf) buf = Buffer.alloc(typebitmap.encodingLength(typelist))
  if (!offset) offset = 0
  const oldOffset = offset

  var typesByWindow = []
  for (var i = 0; i < typelist.length; i++) {
    var typeid = types.toType(typelist[i])
    if (typesByWindow[typeid >> 8] === undefined) {
      typesByWindow[typeid >> 8] = []
    }
    typesByWindow[typeid >> 8][(typeid >> 3) & 0x1F] |= 1 << (7 - (typeid & 0x7))
  }

  for (i = 0; i < typesByWindow.length; i++) {
    if (typesByWindow[i] !== undefined) {
      var windowBuf = Buffer.from(typesByWindow[i])
      buf.writeUInt8(i, offset)
      offset += 1
      buf.writeUInt8(windowBuf.length, offset)
      offset += 1
      windowBuf.copy(buf, offset)
      offset += windowBuf.length
    }
  }

  typebitmap.encode.bytes = offset - oldOffset
  return buf
}

typebitmap.encode.bytes = 0

typebitmap.decode = function (buf, offset, length) {
  if (!offset) offset = 0
  const oldOffset = offset

  var typelist = []
  while (offset - oldOffset < length) {
    var window = buf.readUInt8(offset)
    offset += 1
    var windowLength = buf.readUInt8(offset)
    offset += 1
    for (var i = 0; i < windowLength; i++) {
      var b = buf.readUInt8(offset + i)
      for (var j = 0; j < 8; j++) {
        if (b & (1 << (7 - j))) {
          var typeid = types.toString((window << 8) | (i << 3) | j)
          typelist.push(typeid)
        }
      }
    }
    offset += windowLength
  }

  typebitmap.decode.bytes = offset - oldOffset
  return typelist
}

typebitmap.decode.bytes = 0

typebitmap.encodingLength = function (typelist) {
  var extents = []
  for (var i = 0; i < typelist.length; i++) {
    var typeid = types.toType(typelist[i])
    extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 0xFF)
  }

  var len = 0
  for (i = 0; i < extents.length; i++) {
    if (extents[i] !== undefined) {
      len += 2 + Math.ceil((extents[i] + 1) / 8)
    }
  }

  return len
}

const rnsec = exports.nsec = {}

rnsec.encode = function (record, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnsec.encodingLength(record))
  if (!offset) offset = 0
  const oldOffset = offset

  offset += 2 // Leave space for length
  name.encode(record.nextDomain, buf, offset)
  offset += name.encode.bytes
  typebitmap.encode(record.rrtypes, buf, offset)
  offset += typebitmap.encode.bytes

  rnsec.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset)
  return buf
}

rnsec.encode.bytes = 0

rnsec.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var record = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  record.nextDomain = name.decode(buf, offset)
  offset += name.decode.bytes
  record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset))
  offset += typebitmap.decode.bytes

  rnsec.decode.bytes = offset - oldOffset
  return record
}

rnsec.decode.bytes = 0

rnsec.encodingLength = function (record) {
  return 2 +
    name.encodingLength(record.nextDomain) +
    typebitmap.encodingLength(record.rrtypes)
}

const rnsec3 = exports.nsec3 = {}

rnsec3.encode = function (record, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnsec3.encodingLength(record))
  if (!offset) offset = 0
  const oldOffset = offset

  const salt = record.salt
  if (!Buffer.isBuffer(salt)) {
    throw new Error('salt must be a Buffer')
  }

  const nextDomain = record.nextDomain
  if (!Buffer.isBuffer(nextDomain)) {
    throw new Error('nextDomain must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt8(record.algorithm, offset)
  offset += 1
  buf.writeUInt8(record.flags, offset)
  offset += 1
  buf.writeUInt16BE(record.iterations, offset)
  offset += 2
  buf.writeUInt8(salt.length, offset)
  offset += 1
  salt.copy(buf, offset, 0, salt.length)
  offset += salt.length
  buf.writeUInt8(nextDomain.length, offset)
  offset += 1
  nextDomain.copy(buf, offset, 0, nextDomain.length)
  offset += nextDomain.length
  typebitmap.encode(record.rrtypes, buf, offset)
  offset += typebitmap.encode.bytes

  rnsec3.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset)
  return buf
}

rnsec3.encode.bytes = 0

rnsec3.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var record = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  record.algorithm = buf.readUInt8(offset)
  offset += 1
  record.flags = buf.readUInt8(offset)
  offset += 1
  record.iterations = buf.readUInt16BE(offset)
  offset += 2
  const saltLength = buf.readUInt8(offset)
  offset += 1
  record.salt = buf.slice(offset, offset + saltLength)
  offset += saltLength
  const hashLength = buf.readUInt8(offset)
  offset += 1
  record.nextDomain = buf.slice(offset, offset + hashLength)
  offset += hashLength
  record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset))
  offset += typebitmap.decode.bytes

  rnsec3.decode.bytes = offset - oldOffset
  return record
}

rnsec3.decode.bytes = 0

rnsec3.encodingLength = function (record) {
  return 8 +
    record.salt.length +
    record.nextDomain.length +
    typebitmap.encodingLength(record.rrtypes)
}

const rds = exports.ds = {}

rds.encode = function (digest, buf, offset) {
  if (!buf) buf = Buffer.alloc(rds.encodingLength(digest))
  if (!offset) offset = 0
  const oldOffset = offset

  const digestdata = digest.digest
  if (!Buffer.isBuffer(digestdata)) {
    throw new Error('Digest must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt16BE(digest.keyTag, offset)
  offset += 2
  buf.writeUInt8(digest.algorithm, offset)
  offset += 1
  buf.writeUInt8(digest.digestType, offset)
  offset += 1
  digestdata.copy(buf, offset, 0, digestdata.length)
  offset += digestdata.length

  rds.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset)
  return buf
}

rds.encode.bytes = 0

rds.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var digest = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  digest.keyTag = buf.readUInt16BE(offset)
  offset += 2
  digest.algorithm = buf.readUInt8(offset)
  offset += 1
  digest.digestType = buf.readUInt8(offset)
  offset += 1
  digest.digest = buf.slice(offset, oldOffset + length + 2)
  offset += digest.digest.length
  rds.decode.bytes = offset - oldOffset
  return digest
}

rds.decode.bytes = 0

rds.encodingLength = function (digest) {
  return 6 + Buffer.byteLength(digest.digest)
}

const rsshfp = exports.sshfp = {}

rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType (hashType) {
  switch (hashType) {
    case 1: return 20
    case 2: return 32
  }
}

rsshfp.encode = function encode (record, buf, offset) {
  if (!buf) buf = Buffer.alloc(rsshfp.encodingLength(record))
  if (!offset) offset = 0
  const oldOffset = offset

  offset += 2 // The function call starts with the offset pointer at the RDLENGTH field, not the RDATA one
  buf[offset] = record.algorithm
  offset += 1
  buf[offset] = record.hash
  offset += 1

  const fingerprintBuf = Buffer.from(record.fingerprint.toUpperCase(), 'hex')
  if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record.hash)) {
    throw new Error('Invalid fingerprint length')
  }
  fingerprintBuf.copy(buf, offset)
  offset += fingerprintBuf.byteLength

  rsshfp.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset)

  return buf
}

rsshfp.encode.bytes = 0

rsshfp.decode = function decode (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const record = {}
  offset += 2 // Account for the RDLENGTH field
  record.algorithm = buf[offset]
  offset += 1
  record.hash = buf[offset]
  offset += 1

  const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record.hash)
  record.fingerprint = buf.slice(offset, offset + fingerprintLength).toString('hex').toUpperCase()
  offset += fingerprintLength
  rsshfp.decode.bytes = offset - oldOffset
  return record
}

rsshfp.decode.bytes = 0

rsshfp.encodingLength = function (record) {
  return 4 + Buffer.from(record.fingerprint, 'hex').byteLength
}

const rnaptr = exports.naptr = {}

rnaptr.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnaptr.encodingLength(data))
  if (!offset) offset = 0
  const oldOffset = offset
  offset += 2
  buf.writeUInt16BE(data.order || 0, offset)
  offset += 2
  buf.writeUInt16BE(data.preference || 0, offset)
  offset += 2
  string.encode(data.flags, buf, offset)
  offset += string.encode.bytes
  string.encode(data.services, buf, offset)
  offset += string.encode.bytes
  string.encode(data.regexp, buf, offset)
  offset += string.encode.bytes
  name.encode(data.replacement, buf, offset)
  offset += name.encode.bytes
  rnaptr.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset)
  return buf
}

rnaptr.encode.bytes = 0

rnaptr.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset
  const data = {}
  offset += 2
  data.order = buf.readUInt16BE(offset)
  offset += 2
  data.preference = buf.readUInt16BE(offset)
  offset += 2
  data.flags = string.decode(buf, offset)
  offset += string.decode.bytes
  data.services = string.decode(buf, offset)
  offset += string.decode.bytes
  data.regexp = string.decode(buf, offset)
  offset += string.decode.bytes
  data.replacement = name.decode(buf, offset)
  offset += name.decode.bytes
  rnaptr.decode.bytes = offset - oldOffset
  return data
}

rnaptr.decode.bytes = 0

rnaptr.encodingLength = function (data) {
  return string.encodingLength(data.flags) +
    string.encodingLength(data.services) +
    string.encodingLength(data.regexp) +
    name.encodingLength(data.replacement) + 6
}

const rtlsa = exports.tlsa = {}

rtlsa.encode = function (cert, buf, offset) {
  if (!buf) buf = Buffer.alloc(rtlsa.encodingLength(cert))
  if (!offset) offset = 0
  const oldOffset = offset

  const certdata = cert.certificate
  if (!Buffer.isBuffer(certdata)) {
    throw new Error('Certificate must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt8(cert.usage, offset)
  offset += 1
  buf.writeUInt8(cert.selector, offset)
  offset += 1
  buf.writeUInt8(cert.matchingType, offset)
  offset += 1
  certdata.copy(buf, offset, 0, certdata.length)
  offset += certdata.length

  rtlsa.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset)
  return buf
}

rtlsa.encode.bytes = 0

rtlsa.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const cert = {}
  const length = buf.readUInt16BE(offset)
  offset += 2
  cert.usage = buf.readUInt8(offset)
  offset += 1
  cert.selector = buf.readUInt8(offset)
  offset += 1
  cert.matchingType = buf.readUInt8(offset)
  offset += 1
  cert.certificate = buf.slice(offset, oldOffset + length + 2)
  offset += cert.certificate.length
  rtlsa.decode.bytes = offset - oldOffset
  return cert
}

rtlsa.decode.bytes = 0

rtlsa.encodingLength = function (cert) {
  return 5 + Buffer.byteLength(cert.certificate)
}

const renc = exports.record = function (type) {
  switch (type.toUpperCase()) {
    case 'A': return ra
    case 'PTR': return rptr
    case 'CNAME': return rcname
    case 'DNAME': return rdname
    case 'TXT': return rtxt
    case 'NULL': return rnull
    case 'AAAA': return raaaa
    case 'SRV': return rsrv
    case 'HINFO': return rhinfo
    case 'CAA': return rcaa
    case 'NS': return rns
    case 'SOA': return rsoa
    case 'MX': return rmx
    case 'OPT': return ropt
    case 'DNSKEY': return rdnskey
    case 'RRSIG': return rrrsig
    case 'RP': return rrp
    case 'NSEC': return rnsec
    case 'NSEC3': return rnsec3
    case 'SSHFP': return rsshfp
    case 'DS': return rds
    case 'NAPTR': return rnaptr
    case 'TLSA': return rtlsa
  }
  return runknown
}

const answer = exports.answer = {}

answer.encode = function (a, buf, offset) {
  if (!buf) buf = Buffer.alloc(answer.encodingLength(a))
  if (!offset) offset = 0

  const oldOffset = offset

  name.encode(a.name, buf, offset)
  offset += name.encode.bytes

  buf.writeUInt16BE(types.toType(a.type), offset)

  if (a.type.toUpperCase() === 'OPT') {
    if (a.name !== '.') {
      throw new Error('OPT name must be root.')
    }
    buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2)
    buf.writeUInt8(a.extendedRcode || 0, offset + 4)
    buf.writeUInt8(a.ednsVersion || 0, offset + 5)
    buf.writeUInt16BE(a.flags || 0, offset + 6)

    offset += 8
    ropt.encode(a.options || [], buf, offset)
    offset += ropt.encode.bytes
  } else {
    let klass = classes.toClass(a.class === undefined ? 'IN' : a.class)
    if (a.flush) klass |= FLUSH_MASK // the 1st bit of the class is the flush bit
    buf.writeUInt16BE(klass, offset + 2)
    buf.writeUInt32BE(a.ttl || 0, offset + 4)

    offset += 8
    const enc = renc(a.type)
    enc.encode(a.data, buf, offset)
    offset += enc.encode.bytes
  }

  answer.encode.bytes = offset - oldOffset
  return buf
}

answer.encode.bytes = 0

answer.decode = function (buf, offset) {
  if (!offset) offset = 0

  const a = {}
  const oldOffset = offset

  a.name = name.decode(buf, offset)
  offset += name.decode.bytes
  a.type = types.toString(buf.readUInt16BE(offset))
  if (a.type === 'OPT') {
    a.udpPayloadSize = buf.readUInt16BE(offset + 2)
    a.extendedRcode = buf.readUInt8(offset + 4)
    a.ednsVersion = buf.readUInt8(offset + 5)
    a.flags = buf.readUInt16BE(offset + 6)
    a.flag_do = ((a.flags >> 15) & 0x1) === 1
    a.options = ropt.decode(buf, offset + 8)
    offset += 8 + ropt.decode.bytes
  } else {
    const klass = buf.readUInt16BE(offset + 2)
    a.ttl = buf.readUInt32BE(offset + 4)

    a.class = classes.toString(klass & NOT_FLUSH_MASK)
    a.flush = !!(klass & FLUSH_MASK)

    const enc = renc(a.type)
    a.data = enc.decode(buf, offset + 8)
    offset += 8 + enc.decode.bytes
  }

  answer.decode.bytes = offset - oldOffset
  return a
}

answer.decode.bytes = 0

answer.encodingLength = function (a) {
  const data = (a.data !== null && a.data !== undefined) ? a.data : a.options
  return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data)
}

const question = exports.question = {}

question.encode = function (q, buf, offset) {
  if (!buf) buf = Buffer.alloc(question.encodingLength(q))
  if (!offset) offset = 0

  const oldOffset = offset

  name.encode(q.name, buf, offset)
  offset += name.encode.bytes

  buf.writeUInt16BE(types.toType(q.type), offset)
  offset += 2

  buf.writeUInt16BE(classes.toClass(q.class === undefined ? 'IN' : q.class), offset)
  offset += 2

  question.encode.bytes = offset - oldOffset
  return q
}

question.encode.bytes = 0

question.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset
  const q = {}

  q.name = name.decode(buf, offset)
  offset += name.decode.bytes

  q.type = types.toString(buf.readUInt16BE(offset))
  offset += 2

  q.class = classes.toString(buf.readUInt16BE(offset))
  offset += 2

  const qu = !!(q.class & QU_MASK)
  if (qu) q.class &= NOT_QU_MASK

  question.decode.bytes = offset - oldOffset
  return q
}

question.decode.bytes = 0

question.encodingLength = function (q) {
  return name.encodingLength(q.name) + 4
}

exports.AUTHORITATIVE_ANSWER = 1 << 10
exports.TRUNCATED_RESPONSE = 1 << 9
exports.RECURSION_DESIRED = 1 << 8
exports.RECURSION_AVAILABLE = 1 << 7
exports.AUTHENTIC_DATA = 1 << 5
exports.CHECKING_DISABLED = 1 << 4
exports.DNSSEC_OK = 1 << 15

exports.encode = function (result, buf, offset) {
  const allocing = !buf

  if (allocing) buf = Buffer.alloc(exports.encodingLength(result))
  if (!offset) offset = 0

  const oldOffset = offset

  if (!result.questions) result.questions = []
  if (!result.answers) result.answers = []
  if (!result.authorities) result.authorities = []
  if (!result.additionals) result.additionals = []

  header.encode(result, buf, offset)
  offset += header.encode.bytes

  offset = encodeList(result.questions, question, buf, offset)
  offset = encodeList(result.answers, answer, buf, offset)
  offset = encodeList(result.authorities, answer, buf, offset)
  offset = encodeList(result.additionals, answer, buf, offset)

  exports.encode.bytes = offset - oldOffset

  // just a quick sanity check
  if (allocing && exports.encode.bytes !== buf.length) {
    return buf.slice(0, exports.encode.bytes)
  }

  return buf
}

exports.encode.bytes = 0

exports.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset
  const result = header.decode(buf, offset)
  offset += header.decode.bytes

  offset = decodeList(result.questions, question, buf, offset)
  offset = decodeList(result.answers, answer, buf, offset)
  offset = decodeList(result.authorities, answer, buf, offset)
  offset = decodeList(result.additionals, answer, buf, offset)

  exports.decode.bytes = offset - oldOffset

  return result
}

exports.decode.bytes = 0

exports.encodingLength = function (result) {
  return header.encodingLength(result) +
    encodingLengthList(result.questions || [], question) +
    encodingLengthList(result.answers || [], answer) +
    encodingLengthList(result.authorities || [], answer) +
    encodingLengthList(result.additionals || [], answer)
}

exports.streamEncode = function (result) {
  const buf = exports.encode(result)
  const sbuf = Buffer.alloc(2)
  sbuf.writeUInt16BE(buf.byteLength)
  const combine = Buffer.concat([sbuf, buf])
  exports.streamEncode.bytes = combine.byteLength
  return combine
}

exports.streamEncode.bytes = 0

exports.streamDecode = function (sbuf) {
  const len = sbuf.readUInt16BE(0)
  if (sbuf.byteLength < len + 2) {
    // not enough data
    return null
  }
  const result = exports.decode(sbuf.slice(2))
  exports.streamDecode.bytes = exports.decode.bytes
  return result
}

exports.streamDecode.bytes = 0

function encodingLengthList (list, enc) {
  let len = 0
  for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i])
  return len
}

function encodeList (list, enc, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    enc.encode(list[i], buf, offset)
    offset += enc.encode.bytes
  }
  return offset
}

function decodeList (list, enc, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    list[i] = enc.decode(buf, offset)
    offset += enc.decode.bytes
  }
  return offset
}


/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/*
 * Traditional DNS header OPCODEs (4-bits) defined by IANA in
 * https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-5
 */

exports.toString = function (opcode) {
  switch (opcode) {
    case 0: return 'QUERY'
    case 1: return 'IQUERY'
    case 2: return 'STATUS'
    case 3: return 'OPCODE_3'
    case 4: return 'NOTIFY'
    case 5: return 'UPDATE'
    case 6: return 'OPCODE_6'
    case 7: return 'OPCODE_7'
    case 8: return 'OPCODE_8'
    case 9: return 'OPCODE_9'
    case 10: return 'OPCODE_10'
    case 11: return 'OPCODE_11'
    case 12: return 'OPCODE_12'
    case 13: return 'OPCODE_13'
    case 14: return 'OPCODE_14'
    case 15: return 'OPCODE_15'
  }
  return 'OPCODE_' + opcode
}

exports.toOpcode = function (code) {
  switch (code.toUpperCase()) {
    case 'QUERY': return 0
    case 'IQUERY': return 1
    case 'STATUS': return 2
    case 'OPCODE_3': return 3
    case 'NOTIFY': return 4
    case 'UPDATE': return 5
    case 'OPCODE_6': return 6
    case 'OPCODE_7': return 7
    case 'OPCODE_8': return 8
    case 'OPCODE_9': return 9
    case 'OPCODE_10': return 10
    case 'OPCODE_11': return 11
    case 'OPCODE_12': return 12
    case 'OPCODE_13': return 13
    case 'OPCODE_14': return 14
    case 'OPCODE_15': return 15
  }
  return 0
}


/***/ }),

/***/ 2075:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.toString = function (type) {
  switch (type) {
    // list at
    // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
    case 1: return 'LLQ'
    case 2: return 'UL'
    case 3: return 'NSID'
    case 5: return 'DAU'
    case 6: return 'DHU'
    case 7: return 'N3U'
    case 8: return 'CLIENT_SUBNET'
    case 9: return 'EXPIRE'
    case 10: return 'COOKIE'
    case 11: return 'TCP_KEEPALIVE'
    case 12: return 'PADDING'
    case 13: return 'CHAIN'
    case 14: return 'KEY_TAG'
    case 26946: return 'DEVICEID'
  }
  if (type < 0) {
    return null
  }
  return `OPTION_${type}`
}

exports.toCode = function (name) {
  if (typeof name === 'number') {
    return name
  }
  if (!name) {
    return -1
  }
  switch (name.toUpperCase()) {
    case 'OPTION_0': return 0
    case 'LLQ': return 1
    case 'UL': return 2
    case 'NSID': return 3
    case 'OPTION_4': return 4
    case 'DAU': return 5
    case 'DHU': return 6
    case 'N3U': return 7
    case 'CLIENT_SUBNET': return 8
    case 'EXPIRE': return 9
    case 'COOKIE': return 10
    case 'TCP_KEEPALIVE': return 11
    case 'PADDING': return 12
    case 'CHAIN': return 13
    case 'KEY_TAG': return 14
    case 'DEVICEID': return 26946
    case 'OPTION_65535': return 65535
  }
  const m = name.match(/_(\d+)$/)
  if (m) {
    return parseInt(m[1], 10)
  }
  return -1
}


/***/ }),

/***/ 2028:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/*
 * Traditional DNS header RCODEs (4-bits) defined by IANA in
 * https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml
 */

exports.toString = function (rcode) {
  switch (rcode) {
    case 0: return 'NOERROR'
    case 1: return 'FORMERR'
    case 2: return 'SERVFAIL'
    case 3: return 'NXDOMAIN'
    case 4: return 'NOTIMP'
    case 5: return 'REFUSED'
    case 6: return 'YXDOMAIN'
    case 7: return 'YXRRSET'
    case 8: return 'NXRRSET'
    case 9: return 'NOTAUTH'
    case 10: return 'NOTZONE'
    case 11: return 'RCODE_11'
    case 12: return 'RCODE_12'
    case 13: return 'RCODE_13'
    case 14: return 'RCODE_14'
    case 15: return 'RCODE_15'
  }
  return 'RCODE_' + rcode
}

exports.toRcode = function (code) {
  switch (code.toUpperCase()) {
    case 'NOERROR': return 0
    case 'FORMERR': return 1
    case 'SERVFAIL': return 2
    case 'NXDOMAIN': return 3
    case 'NOTIMP': return 4
    case 'REFUSED': return 5
    case 'YXDOMAIN': return 6
    case 'YXRRSET': return 7
    case 'NXRRSET': return 8
    case 'NOTAUTH': return 9
    case 'NOTZONE': return 10
    case 'RCODE_11': return 11
    case 'RCODE_12': return 12
    case 'RCODE_13': return 13
    case 'RCODE_14': return 14
    case 'RCODE_15': return 15
  }
  return 0
}


/***/ }),

/***/ 1891:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.toString = function (type) {
  switch (type) {
    case 1: return 'A'
    case 10: return 'NULL'
    case 28: return 'AAAA'
    case 18: return 'AFSDB'
    case 42: return 'APL'
    case 257: return 'CAA'
    case 60: return 'CDNSKEY'
    case 59: return 'CDS'
    case 37: return 'CERT'
    case 5: return 'CNAME'
    case 49: return 'DHCID'
    case 32769: return 'DLV'
    case 39: return 'DNAME'
    case 48: return 'DNSKEY'
    case 43: return 'DS'
    case 55: return 'HIP'
    case 13: return 'HINFO'
    case 45: return 'IPSECKEY'
    case 25: return 'KEY'
    case 36: return 'KX'
    case 29: return 'LOC'
    case 15: return 'MX'
    case 35: return 'NAPTR'
    case 2: return 'NS'
    case 47: return 'NSEC'
    case 50: return 'NSEC3'
    case 51: return 'NSEC3PARAM'
    case 12: return 'PTR'
    case 46: return 'RRSIG'
    case 17: return 'RP'
    case 24: return 'SIG'
    case 6: return 'SOA'
    case 99: return 'SPF'
    case 33: return 'SRV'
    case 44: return 'SSHFP'
    case 32768: return 'TA'
    case 249: return 'TKEY'
    case 52: return 'TLSA'
    case 250: return 'TSIG'
    case 16: return 'TXT'
    case 252: return 'AXFR'
    case 251: return 'IXFR'
    case 41: return 'OPT'
    case 255: return 'ANY'
  }
  return 'UNKNOWN_' + type
}

exports.toType = function (name) {
  switch (name.toUpperCase()) {
    case 'A': return 1
    case 'NULL': return 10
    case 'AAAA': return 28
    case 'AFSDB': return 18
    case 'APL': return 42
    case 'CAA': return 257
    case 'CDNSKEY': return 60
    case 'CDS': return 59
    case 'CERT': return 37
    case 'CNAME': return 5
    case 'DHCID': return 49
    case 'DLV': return 32769
    case 'DNAME': return 39
    case 'DNSKEY': return 48
    case 'DS': return 43
    case 'HIP': return 55
    case 'HINFO': return 13
    case 'IPSECKEY': return 45
    case 'KEY': return 25
    case 'KX': return 36
    case 'LOC': return 29
    case 'MX': return 15
    case 'NAPTR': return 35
    case 'NS': return 2
    case 'NSEC': return 47
    case 'NSEC3': return 50
    case 'NSEC3PARAM': return 51
    case 'PTR': return 12
    case 'RRSIG': return 46
    case 'RP': return 17
    case 'SIG': return 24
    case 'SOA': return 6
    case 'SPF': return 99
    case 'SRV': return 33
    case 'SSHFP': return 44
    case 'TA': return 32768
    case 'TKEY': return 249
    case 'TLSA': return 52
    case 'TSIG': return 250
    case 'TXT': return 16
    case 'AXFR': return 252
    case 'IXFR': return 251
    case 'OPT': return 41
    case 'ANY': return 255
    case '*': return 255
  }
  if (name.toUpperCase().startsWith('UNKNOWN_')) return parseInt(name.slice(8))
  return 0
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 4550:
/***/ ((module) => {

// GENERATED FILE. DO NOT EDIT.
var ipCodec = (function(exports) {
  "use strict";
  
  Object.defineProperty(exports, "__esModule", {
    value: true
  });
  exports.decode = decode;
  exports.encode = encode;
  exports.familyOf = familyOf;
  exports.name = void 0;
  exports.sizeOf = sizeOf;
  exports.v6 = exports.v4 = void 0;
  const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
  const v4Size = 4;
  const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
  const v6Size = 16;
  const v4 = {
    name: 'v4',
    size: v4Size,
    isFormat: ip => v4Regex.test(ip),
  
    encode(ip, buff, offset) {
      offset = ~~offset;
      buff = buff || new Uint8Array(offset + v4Size);
      const max = ip.length;
      let n = 0;
  
      for (let i = 0; i < max;) {
        const c = ip.charCodeAt(i++);
  
        if (c === 46) {
          // "."
          buff[offset++] = n;
          n = 0;
        } else {
          n = n * 10 + (c - 48);
        }
      }
  
      buff[offset] = n;
      return buff;
    },
  
    decode(buff, offset) {
      offset = ~~offset;
      return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
    }
  
  };
  exports.v4 = v4;
  const v6 = {
    name: 'v6',
    size: v6Size,
    isFormat: ip => ip.length > 0 && v6Regex.test(ip),
  
    encode(ip, buff, offset) {
      offset = ~~offset;
      let end = offset + v6Size;
      let fill = -1;
      let hexN = 0;
      let decN = 0;
      let prevColon = true;
      let useDec = false;
      buff = buff || new Uint8Array(offset + v6Size); // Note: This algorithm needs to check if the offset
      // could exceed the buffer boundaries as it supports
      // non-standard compliant encodings that may go beyond
      // the boundary limits. if (offset < end) checks should
      // not be necessary...
  
      for (let i = 0; i < ip.length; i++) {
        let c = ip.charCodeAt(i);
  
        if (c === 58) {
          // :
          if (prevColon) {
            if (fill !== -1) {
              // Not Standard! (standard doesn't allow multiple ::)
              // We need to treat
              if (offset < end) buff[offset] = 0;
              if (offset < end - 1) buff[offset + 1] = 0;
              offset += 2;
            } else if (offset < end) {
              // :: in the middle
              fill = offset;
            }
          } else {
            // : ends the previous number
            if (useDec === true) {
              // Non-standard! (ipv4 should be at end only)
              // A ipv4 address should not be found anywhere else but at
              // the end. This codec also support putting characters
              // after the ipv4 address..
              if (offset < end) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end) buff[offset] = hexN >> 8;
              if (offset < end - 1) buff[offset + 1] = hexN & 0xff;
              offset += 2;
            }
  
            hexN = 0;
            decN = 0;
          }
  
          prevColon = true;
          useDec = false;
        } else if (c === 46) {
          // . indicates IPV4 notation
          if (offset < end) buff[offset] = decN;
          offset++;
          decN = 0;
          hexN = 0;
          prevColon = false;
          useDec = true;
        } else {
          prevColon = false;
  
          if (c >= 97) {
            c -= 87; // a-f ... 97~102 -87 => 10~15
          } else if (c >= 65) {
            c -= 55; // A-F ... 65~70 -55 => 10~15
          } else {
            c -= 48; // 0-9 ... starting from charCode 48
  
            decN = decN * 10 + c;
          } // We don't know yet if its a dec or hex number
  
  
          hexN = (hexN << 4) + c;
        }
      }
  
      if (prevColon === false) {
        // Commiting last number
        if (useDec === true) {
          if (offset < end) buff[offset] = decN;
          offset++;
        } else {
          if (offset < end) buff[offset] = hexN >> 8;
          if (offset < end - 1) buff[offset + 1] = hexN & 0xff;
          offset += 2;
        }
      } else if (fill === 0) {
        // Not Standard! (standard doesn't allow multiple ::)
        // This means that a : was found at the start AND end which means the
        // end needs to be treated as 0 entry...
        if (offset < end) buff[offset] = 0;
        if (offset < end - 1) buff[offset + 1] = 0;
        offset += 2;
      } else if (fill !== -1) {
        // Non-standard! (standard doens't allow multiple ::)
        // Here we find that there has been a :: somewhere in the middle
        // and the end. To treat the end with priority we need to move all
        // written data two bytes to the right.
        offset += 2;
  
        for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
          buff[i] = buff[i - 2];
        }
  
        buff[fill] = 0;
        buff[fill + 1] = 0;
        fill = offset;
      }
  
      if (fill !== offset && fill !== -1) {
        // Move the written numbers to the end while filling the everything
        // "fill" to the bytes with zeros.
        if (offset > end - 2) {
          // Non Standard support, when the cursor exceeds bounds.
          offset = end - 2;
        }
  
        while (end > fill) {
          buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
        }
      } else {
        // Fill the rest with zeros
        while (offset < end) {
          buff[offset++] = 0;
        }
      }
  
      return buff;
    },
  
    decode(buff, offset) {
      offset = ~~offset;
      let result = '';
  
      for (let i = 0; i < v6Size; i += 2) {
        if (i !== 0) {
          result += ':';
        }
  
        result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
      }
  
      return result.replace(/(^|:)0(:0)*:0(:|$)/, '$1::$3').replace(/:{3,4}/, '::');
    }
  
  };
  exports.v6 = v6;
  const name = 'ip';
  exports.name = name;
  
  function sizeOf(ip) {
    if (v4.isFormat(ip)) return v4.size;
    if (v6.isFormat(ip)) return v6.size;
    throw Error(`Invalid ip address: ${ip}`);
  }
  
  function familyOf(string) {
    return sizeOf(string) === v4.size ? 1 : 2;
  }
  
  function encode(ip, buff, offset) {
    offset = ~~offset;
    const size = sizeOf(ip);
  
    if (typeof buff === 'function') {
      buff = buff(offset + size);
    }
  
    if (size === v4.size) {
      return v4.encode(ip, buff, offset);
    }
  
    return v6.encode(ip, buff, offset);
  }
  
  function decode(buff, offset, length) {
    offset = ~~offset;
    length = length || buff.length - offset;
  
    if (length === v4.size) {
      return v4.decode(buff, offset, length);
    }
  
    if (length === v6.size) {
      return v6.decode(buff, offset, length);
    }
  
    throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
  }
  return "default" in exports ? exports.default : exports;
})({});
if (typeof define === 'function' && define.amd) define([], function() { return ipCodec; });
else if (true) module.exports = ipCodec;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

// EXTERNAL MODULE: ./lib/dns/resolve-hosts.js + 16 modules
var resolve_hosts = __nccwpck_require__(1331);
// EXTERNAL MODULE: ./lib/runner-inputs.js
var runner_inputs = __nccwpck_require__(5808);
// EXTERNAL MODULE: ./lib/dns/server-spec.js
var server_spec = __nccwpck_require__(9457);
// EXTERNAL MODULE: ./lib/dns/wire-names.js
var wire_names = __nccwpck_require__(206);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(2357);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./lib/paths.js

// Paths from inputs (the lock file, every export) name files the action reads, commits through the
// API and the command line writes on a server. One rule for all of them, checked before anything
// is read or written: a relative path inside the repository, in characters every file system and
// every format that quotes it can hold, never inside `.git`.
/** Why a path cannot be used; undefined when it can. */
function pathProblem(value) {
    if (value === '')
        return 'it must name a file, such as ips.lock.json';
    // Control characters would add lines to the files that quote the path (a header comment, a
    // marker) and to the log; the others are refused by Windows, where repositories are checked out too.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
        return 'it must not hold control characters such as a line break';
    // Bidirectional controls make a name read differently from what it is (`vipps\u202Efnoc.txt`).
    if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(value))
        return 'it must not hold bidirectional text controls';
    if (/[<>:"|?*]/.test(value))
        return 'it must not hold any of < > : " | ? *';
    const slashed = value.replaceAll('\\', '/');
    if (slashed.startsWith('/'))
        return 'it must be a path inside the repository, such as firewall/ips.lock.json, not an absolute path';
    const normalized = external_node_path_default().posix.normalize(slashed);
    if (normalized === '..' || normalized.startsWith('../'))
        return 'it must stay inside the repository: it leads out with ..';
    if (normalized === '.' || slashed.endsWith('/') || normalized.endsWith('/.'))
        return 'it must name a file, not a folder';
    const parts = normalized.split('/');
    // Windows drops trailing dots and spaces, and may know `.git` by its short name GIT~1.
    if (parts.some((part) => /^(\.git|git~\d+)[. ]*$/i.test(part)))
        return 'it must not be inside .git, where it would corrupt the repository';
    if (parts.some((part) => Buffer.byteLength(part) > 255))
        return 'each part of it must be at most 255 bytes long';
    if (Buffer.byteLength(normalized) > 1024)
        return 'it must be at most 1024 bytes long';
    return undefined;
}
/** The path in its one form: `/` separators, no `.` or doubled separators. Call after pathProblem. */
function normalizePath(value) {
    return external_node_path_default().posix.normalize(value.replaceAll('\\', '/'));
}
/**
 * Why two paths the run writes cannot both be used, or undefined: the same file (letter case
 * ignored, as macOS and Windows do), or one is a folder the other would need to be a file.
 */
function pathCollision(a, b) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x === y)
        return a === b ? `${a} is named twice` : `${a} and ${b} are the same file where letter case is ignored`;
    if (y.startsWith(`${x}/`))
        return `${a} would have to be a folder for ${b}`;
    if (x.startsWith(`${y}/`))
        return `${b} would have to be a folder for ${a}`;
    return undefined;
}

// EXTERNAL MODULE: ./lib/exports/formats.js
var formats = __nccwpck_require__(6820);
;// CONCATENATED MODULE: ./lib/exports/spec.js



/**
 * Reads the `exports` input: one `format: path [environments=a,b] [key=value ...]` per line.
 * Every mistake names the line and what was expected. Paths follow the lock file's rules and may
 * not collide with the lock or with each other, so a run never writes one file twice.
 */
function parseExports(value, environments, lockFile) {
    const specs = [];
    for (const line of value
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))) {
        const match = /^([^\s:]+)\s*:\s*(\S+)((?:\s+\S+)*)$/.exec(line);
        if (!match)
            throw new errors/* InputError */.dz('exports', line, 'each line must be "format: path", such as "nginx: firewall/vipps.conf"');
        const [, format = '', file = '', rest = ''] = match;
        // Own keys only: `constructor` is not a format.
        if (!Object.hasOwn(formats/* FORMATS */.h, format))
            throw new errors/* InputError */.dz('exports', line, `the format must be one of: ${Object.keys(formats/* FORMATS */.h).join(', ')}`);
        const problem = pathProblem(file);
        if (problem)
            throw new errors/* InputError */.dz('exports', line, `the path ${problem.replace(/^it /, '')}`);
        const normalized = normalizePath(file);
        for (const other of [lockFile, ...specs.map((s) => s.path)]) {
            const collision = pathCollision(other, normalized);
            if (collision) {
                const what = other === lockFile ? `${lockFile} is the lock file` : `${other} is already written by another line`;
                throw new errors/* InputError */.dz('exports', line, `each export needs a path of its own: ${collision}, and ${what}`);
            }
        }
        specs.push(parseOptions(line, { format: format, path: normalized, options: {} }, rest, environments));
    }
    return specs;
}
function parseOptions(line, spec, rest, environments) {
    const allowed = formats/* FORMATS */.h[spec.format].options;
    const takes = () => ['environments', ...Object.keys(allowed)].map((k) => `${k}=...`).join(', ');
    const seen = new Set();
    for (const option of rest.trim().split(/\s+/).filter(Boolean)) {
        const [key = '', optionValue] = option.split(/=(.*)/s);
        if (seen.has(key))
            throw new errors/* InputError */.dz('exports', line, `${key}= is given twice; give it once`);
        seen.add(key);
        if (key === 'environments' && optionValue) {
            spec.environments = [
                ...new Set(optionValue
                    .split(',')
                    .map((e) => e.trim())
                    .filter(Boolean)),
            ];
            const unknown = spec.environments.filter((e) => !environments.includes(e));
            if (unknown.length || spec.environments.length === 0) {
                throw new errors/* InputError */.dz('exports', line, `environments must be among those configured (${environments.join(', ')}), not ${unknown.join(', ') || 'none'}`);
            }
        }
        else if (Object.hasOwn(allowed, key) && optionValue) {
            const problem = allowed[key](optionValue);
            if (problem)
                throw new errors/* InputError */.dz('exports', line, `${key}=${optionValue} cannot be used: ${problem}`);
            spec.options[key] = optionValue;
        }
        else {
            throw new errors/* InputError */.dz('exports', line, `"${option}" is not an option of ${spec.format}: it takes ${takes()}`);
        }
    }
    return spec;
}

// EXTERNAL MODULE: ./lib/presets.js
var presets = __nccwpck_require__(8824);
;// CONCATENATED MODULE: ./lib/settings.js






const MODES = ['check', 'pull-request', 'issue', 'report'];
const DEFAULTS = {
    mode: 'check',
    'lock-file': 'ips.lock.json',
    environments: presets/* DEFAULT_ENVIRONMENTS */.p.join(', '),
    'record-types': 'A, AAAA',
    'removal-grace': '7d',
    'on-lookup-failure': 'fail',
    'add-when': 'any',
    'dns-timeout': '2000',
    'dns-attempts': '2',
    branch: 'vipps-ip-lock/update',
    draft: 'false',
    'dry-run': 'false',
};
function readSettings(read) {
    const input = (name) => {
        const value = read(name).trim();
        return value === '' && Object.hasOwn(DEFAULTS, name) ? DEFAULTS[name] : value;
    };
    const lockFile = parseLockFile(input('lock-file'));
    const groups = parseGroups(input('environments'), input('hosts'));
    return {
        mode: parseMode(input('mode')),
        lockFile,
        groups,
        // The same server named twice (a short name and its URL) is asked once.
        dnsServers: [...new Set(splitList(input('dns-servers')).map((server) => (0,server_spec/* parseDnsServer */.a4)(server)))],
        addWhen: parseChoice('add-when', input('add-when'), ['any', 'all']),
        recordTypes: parseRecordTypes(input('record-types')),
        removalGraceMs: parseDuration('removal-grace', input('removal-grace')),
        onLookupFailure: parseChoice('on-lookup-failure', input('on-lookup-failure'), ['fail', 'warn']),
        dnsTimeoutMs: parseInteger('dns-timeout', input('dns-timeout'), 50, 60_000),
        dnsAttempts: parseInteger('dns-attempts', input('dns-attempts'), 1, 10),
        exports: parseExports(input('exports'), groups.map((g) => g.name), lockFile),
        dryRun: parseBoolean('dry-run', input('dry-run')),
        github: {
            token: read('github-token').trim(),
            branch: parseBranch('branch', input('branch')),
            base: input('base') === '' ? '' : parseBranch('base', input('base')),
            labels: parseLabels(input('labels')),
            reviewers: parseLogins('reviewers', input('reviewers')),
            assignees: parseLogins('assignees', input('assignees')),
            draft: parseBoolean('draft', input('draft')),
        },
    };
}
/** Splits on commas and newlines, trims, drops empty items. */
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function parseMode(value) {
    return parseChoice('mode', value, MODES);
}
function parseChoice(name, value, choices) {
    if (choices.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, value, `it must be one of: ${choices.join(', ')}`);
}
function parseBoolean(name, value) {
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new errors/* InputError */.dz(name, value, 'it must be true or false');
}
/**
 * Digits only: `Number()` would also take `1e3`, `0x10`, `1_000` and white space, which no one
 * means in a timeout.
 */
function parseInteger(name, value, min, max) {
    const number = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
    if (number >= min && number <= max)
        return number;
    throw new errors/* InputError */.dz(name, value, `it must be a whole number from ${min} to ${max}, in digits only`);
}
const DURATION_UNITS = new Map([
    ['m', 60_000],
    ['h', 3_600_000],
    ['d', 86_400_000],
]);
/** The longest removal grace: a year. Longer is a typo, and past the dates a lock can hold. */
const MAX_DURATION_MS = 365 * 86_400_000;
/** `0`, or a whole number with a unit: `30m`, `48h`, `7d`; at most 365d. */
function parseDuration(name, value) {
    const expected = 'it must be 0 or a whole number with a unit m, h or d, such as 30m, 48h or 7d, of at most 365d';
    if (value === '0')
        return 0;
    const match = /^(\d{1,15})([mhd])$/.exec(value);
    const ms = match ? Number(match[1]) * DURATION_UNITS.get(match[2]) : Number.NaN;
    if (!(ms >= 0 && ms <= MAX_DURATION_MS))
        throw new errors/* InputError */.dz(name, value, expected);
    return ms;
}
function parseLockFile(value) {
    const problem = pathProblem(value);
    if (problem)
        throw new errors/* InputError */.dz('lock-file', value, problem);
    return normalizePath(value);
}
/** Group names become lock keys, file names in exports and Markdown: short, plain, lower case. */
const GROUP_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A DNS host name in lower case, without a final dot. */
function parseHostName(name, value) {
    // Only ASCII is folded: toLowerCase() turns a Kelvin sign (U+212A) into k, another name into this one.
    const host = (0,wire_names/* asciiLower */.F)(value).replace(/\.$/, '');
    const labels = host.split('.');
    if (host.length <= 253 && labels.length >= 2 && labels.every((label) => LABEL.test(label)))
        return host;
    throw new errors/* InputError */.dz(name, value, 'it must be a host name such as callback-1.vipps.no');
}
function parseGroups(environments, hosts) {
    const groups = [];
    // An empty input means the default, so `none` is how a workflow asks for custom hosts only.
    for (const name of environments === 'none' ? [] : splitList(environments)) {
        // Own keys only: `constructor` or `toString` must not find Object's methods.
        const preset = Object.hasOwn(presets/* PRESET_ENVIRONMENTS */.x, name) ? presets/* PRESET_ENVIRONMENTS */.x[name] : undefined;
        if (!preset) {
            throw new errors/* InputError */.dz('environments', name, `it must be one of: ${Object.keys(presets/* PRESET_ENVIRONMENTS */.x).join(', ')}, or none`);
        }
        if (!groups.some((group) => group.name === name))
            groups.push({ name, hosts: [...preset] });
    }
    for (const line of hosts
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))) {
        const match = /^([^:]+):(.*)$/.exec(line);
        const name = match?.[1]?.trim() ?? '';
        if (!match || !GROUP_NAME.test(name)) {
            throw new errors/* InputError */.dz('hosts', line, 'each line must be "group: host1, host2" with a group name of up to 63 lower-case letters, digits, - or _');
        }
        if (groups.some((group) => group.name === name)) {
            throw new errors/* InputError */.dz('hosts', line, `the group "${name}" is already defined; give each group one line and a name of its own`);
        }
        const members = splitList(match[2] ?? '').map((host) => parseHostName('hosts', host));
        if (members.length === 0)
            throw new errors/* InputError */.dz('hosts', line, 'it must list at least one host after the colon');
        groups.push({ name, hosts: [...new Set(members)] });
    }
    if (groups.length === 0) {
        throw new errors/* InputError */.dz('environments', environments, 'at least one environment or a "hosts" group is needed');
    }
    return groups;
}
function parseRecordTypes(value) {
    const types = new Set();
    for (const item of splitList(value)) {
        const type = item.toUpperCase();
        if (type !== 'A' && type !== 'AAAA')
            throw new errors/* InputError */.dz('record-types', item, 'it must be A, AAAA or both');
        types.add(type);
    }
    if (types.size === 0)
        throw new errors/* InputError */.dz('record-types', value, 'it must be A, AAAA or both');
    return ['A', 'AAAA'].filter((t) => types.has(t));
}
function parseBranch(name, value) {
    // The rules of git check-ref-format that a branch name from a workflow file can break, in the
    // characters a branch name needs: it is quoted in summaries, bodies and URLs.
    if (/^[A-Za-z0-9._/+=-]{1,200}$/.test(value) && !/(^[/.-]|\/\.|\.\.|\/\/|[/.]$|\.lock$|\.lock\/)/.test(value))
        return value;
    throw new errors/* InputError */.dz(name, value, 'it must be a git branch name of letters, digits and . _ / + = -, such as vipps-ip-lock/update');
}
/** GitHub user names: letters, digits and single inner hyphens, 39 at most. */
function parseLogins(name, value) {
    const logins = splitList(value);
    for (const login of logins) {
        if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/.test(login))
            throw new errors/* InputError */.dz(name, login, 'it must be a GitHub user name, such as octocat');
    }
    return logins;
}
/** Labels as GitHub takes them: 1 to 50 characters, no control characters. */
function parseLabels(value) {
    const labels = splitList(value);
    for (const label of labels) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
        if (label.length > 50 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(label)) {
            throw new errors/* InputError */.dz('labels', label, 'each label must be 1 to 50 characters, without control characters');
        }
    }
    return labels;
}

;// CONCATENATED MODULE: ./lib/dns-first.js



/**
 * Reads and checks every input, then sends the queries. The rest of the action (the modes, the
 * report, the log's groups: more than half its code) then loads during the round trip instead of
 * before it.
 */
function askDnsFirst(read) {
    let settings;
    try {
        settings = readSettings(read);
    }
    catch (refused) {
        return { refused };
    }
    const exchanges = [];
    const startedAt = process.hrtime.bigint();
    // One line per query only with debug logging on: formatting them costs time after every answer.
    const question = (0,resolve_hosts/* askDns */.$p)(settings, (0,runner_inputs/* isDebug */._)() ? { onExchange: (record) => exchanges.push(record) } : {});
    return { settings, question, exchanges, startedAt };
}

;// CONCATENATED MODULE: ./lib/index.js



// The queries leave first: the rest of the action loads during the round trip (dns-first.ts). Node
// binds and connects the UDP sockets only once this module yields, so the rest is loaded once they
// are sent.
const early = askDnsFirst(runner_inputs/* getInput */.V);
void ('question' in early ? early.question.sent : Promise.resolve())
    .then(() => __nccwpck_require__.e(/* import() */ 776).then(__nccwpck_require__.bind(__nccwpck_require__, 776)))
    .then(async ({ run, phasesRunning }) => {
    await run(early);
    // run() settles every error itself, as a failed step. On Linux, writes to stdout and stderr
    // are synchronous whether they go to a pipe, a file or a terminal, so once run() is done every
    // line, output and the summary are written, and the process ends at once: left to end by
    // itself, Node would first tear down a heap it no longer needs, a few milliseconds of every
    // run. It ends as usual elsewhere (a pipe on Windows or macOS is asynchronous), and when a
    // phase of the log is still running (a run that failed early, while DNS or GitHub answered):
    // its group is printed when it ends.
    if (process.platform === 'linux' && process.stdout.writableLength === 0 && !phasesRunning())
        process.exit();
})
    // Only a dist/ folder missing a file could get here: said as a failed step, not a stack.
    .catch(async (error) => {
    if ('question' in early)
        early.question.cancel();
    (await __nccwpck_require__.e(/* import() */ 924).then(__nccwpck_require__.bind(__nccwpck_require__, 1924))).setFailed(`vipps-ip-lock could not start: ${(0,errors/* messageOf */.bD)(error)}`);
});

})();

module.exports = __webpack_exports__;
/******/ })()
;