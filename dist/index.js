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
/**
 * Accepts only a public unicast address, in its canonical text form.
 *
 * ipaddr.js names every special-purpose range (private, loopback, link-local, multicast, reserved,
 * carrier-grade NAT, unique-local, IPv4-mapped, 6to4, ...); anything but `unicast` would open a
 * firewall to something that is not a Vipps MobilePay server, so it most likely comes from a broken
 * or poisoned answer.
 */
function checkAddress(text) {
    const parsed = parseAddress(text);
    if (!parsed)
        return { ok: false, address: text, reason: 'not a valid IPv4 or IPv6 address' };
    const range = parsed.range();
    if (range !== 'unicast')
        return { ok: false, address: text, reason: `${range} address, not public` };
    return { ok: true, address: parsed.toString() };
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
function addressBytes(address) {
    const parsed = parseAddress(address);
    if (!parsed)
        throw new Error(`"${address}" is not an IP address`);
    return parsed.toByteArray();
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

/***/ 1522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ observeHosts),
/* harmony export */   D1: () => (/* binding */ hostStatus)
/* harmony export */ });
/* unused harmony export MAX_RECORDS_PER_ANSWER */
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6172);

/** More records than this in one answer is not a real Vipps MobilePay answer: it is refused whole. */
const MAX_RECORDS_PER_ANSWER = 32;
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
            observation = { host, decided: {}, noSuchHost: false, failures: [], rejected: [] };
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
        observation.decided[type] = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)([...(observation.decided[type] ?? []), ...accepted]);
    }
    for (const [host, observation] of observations) {
        const kinds = answeredKinds.get(host);
        const allDecided = types.every((type) => observation.decided[type] !== undefined);
        observation.noSuchHost = allDecided && kinds.size === 1 && kinds.has('no-such-host');
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
/** Text inside raw HTML such as `<summary>`: entities for the characters HTML acts on. */
function htmlText(text) {
    return oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}


/***/ }),

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   group: () => (/* binding */ group),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   issue: () => (/* binding */ issue),
/* harmony export */   neutralise: () => (/* binding */ neutralise),
/* harmony export */   scrub: () => (/* binding */ scrub),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2357);



// The part of the GitHub Actions runner protocol this action uses: inputs from INPUT_* variables,
// the job summary through the file GITHUB_STEP_SUMMARY names, and workflow commands (::warning::
// and friends) on stdout; outputs are in runner-output.ts. It behaves as @actions/core does for
// these calls (test/runner.test.ts runs both side by side); @actions/core itself pulls in an HTTP
// client for OIDC tokens that would double this action's start-up time.
/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores, hyphens kept. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Values never printed: the runner masks them, and this module replaces them before it writes. */
const secrets = new Set();
/** `text` without any registered secret. The runner masks them too; the action does not rely on that. */
function scrub(text) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(text, secrets);
}
/** Appends markdown to the job summary, when the runner provides one. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, scrub(markdown), 'utf8');
}
/** Asks the runner to mask a value in every log line from now on, and scrubs it from what this module writes. */
function setSecret(value) {
    if (value === '')
        return;
    write('add-mask', value);
    secrets.add(value);
}
/** Prints text that may hold data; see neutralise. */
function info(message) {
    process.stdout.write(`${neutralise(scrub(message))}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/**
 * The runner reads every line of a step's output (lines end at \n or \r) for workflow commands:
 * `::name::` once leading white space is trimmed, and the older `##[name]` anywhere in the line.
 * Text that could hold one (a host name from a lock, a path from an input) is printed between
 * `::stop-commands::TOKEN` and `::TOKEN::`, as the runner documents, with a random token the text
 * cannot know; other text is printed as it is.
 */
function neutralise(text) {
    if (!COMMAND_LIKE.test(text))
        return text;
    // Web Crypto: node:crypto would add milliseconds to every start for a path rarely taken.
    const token = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex');
    return `::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}::${token}::`;
}
// White space as .NET's TrimStart sees it, control characters included to be safe.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const COMMAND_LIKE = /(?:^|[\r\n])[\s\u0000-\u001f\u0085\u180e]*::|##\[/;
function debug(message) {
    issue('debug', message);
}
function warning(message) {
    issue('warning', message);
}
function error(message) {
    issue('error', message);
}
/** Marks the step failed with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    issue('group', name);
    try {
        return await fn();
    }
    finally {
        issue('endgroup', '');
    }
}
/**
 * Writes a workflow command (`::name props::message`) to stdout, with every secret scrubbed and the
 * message and properties escaped as the runner decodes them: nothing in them can end the line.
 */
function issue(command, message, properties = {}) {
    const scrubbed = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, scrub(v)]));
    write(command, scrub(message), scrubbed);
}
function write(command, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

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

// EXTERNAL MODULE: ./lib/observation.js
var observation = __nccwpck_require__(1522);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __nccwpck_require__(610);
;// CONCATENATED MODULE: ./lib/dns/node-resolver.js

const REASONS = {
    ETIMEOUT: 'no answer (timed out)',
    ESERVFAIL: 'server failure (SERVFAIL)',
    EREFUSED: 'query refused (REFUSED)',
    ECONNREFUSED: 'connection refused',
    EBADRESP: 'malformed answer',
    EFORMERR: 'server reported a malformed query (FORMERR)',
    ENOTIMP: 'server does not implement the query (NOTIMP)',
    ECANCELLED: 'query cancelled',
    EBADNAME: 'not a valid host name',
};
/**
 * A resolver bound to a single DNS server, so that every server is asked independently and an
 * answer from one is never mistaken for the answer of all. c-ares follows CNAME chains in the
 * answer to the final addresses. Node's default resolver waits 26 s on a silent server; the timing
 * here is always explicit.
 */
function createServerResolver(server, timing) {
    const resolver = new external_node_dns_.promises.Resolver({ timeout: timing.timeoutMs, tries: timing.attempts });
    resolver.setServers([server]);
    // c-ares cancels only the queries in flight; a long host list has more waiting their turn.
    let cancelled = false;
    return {
        server,
        async lookup(host, type) {
            if (cancelled)
                return { kind: 'failed', code: 'ECANCELLED', reason: REASONS.ECANCELLED };
            try {
                const addresses = type === 'A' ? await resolver.resolve4(host) : await resolver.resolve6(host);
                return { kind: 'addresses', addresses };
            }
            catch (error) {
                return outcomeOfError(error);
            }
        },
        cancel() {
            cancelled = true;
            resolver.cancel();
        },
    };
}
function outcomeOfError(error) {
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'UNKNOWN';
    if (code === 'ENOTFOUND')
        return { kind: 'no-such-host' };
    if (code === 'ENODATA')
        return { kind: 'no-records' };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', code, reason: REASONS[code] ?? message };
}
/** The servers the runner itself uses, from /etc/resolv.conf. */
function systemServers() {
    return external_node_dns_.promises.getServers();
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

;// CONCATENATED MODULE: ./lib/dns/resolve-hosts.js



/** Queries in flight at once: enough to ask a full preset in one round trip, few enough for any resolver. */
const DNS_CONCURRENCY = 128;
/** One resolver per configured DNS server, or per resolver of the runner when none is given. */
function createResolvers(settings) {
    const servers = settings.dnsServers.length > 0 ? settings.dnsServers : systemServers();
    const timing = { timeoutMs: settings.dnsTimeoutMs, attempts: settings.dnsAttempts };
    return servers.map((server) => createServerResolver(server, timing));
}
/**
 * Sends every query now and returns at once: the caller does its other work during the round trip,
 * and cancels when it fails early, so that nothing waits for answers no one will use.
 */
function askDns(settings) {
    const resolvers = createResolvers(settings);
    const observed = resolveHosts(settings, resolvers);
    return {
        observed,
        cancel() {
            for (const resolver of resolvers)
                resolver.cancel();
        },
    };
}
/**
 * Asks every server about every configured host. The queries are sent before this returns, so a
 * caller can do its other work during the round trip. Never rejects: failures are outcomes.
 */
async function resolveHosts(settings, resolvers) {
    const hosts = [...new Set(settings.groups.flatMap((group) => group.hosts))];
    const lookups = await resolveAll(hosts, settings.recordTypes, resolvers, DNS_CONCURRENCY);
    return { hosts, observations: (0,observation/* observeHosts */.Aq)(lookups, settings.recordTypes) };
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(2357);
// EXTERNAL MODULE: ./lib/runner.js
var runner = __nccwpck_require__(1924);
// EXTERNAL MODULE: ./lib/addresses.js
var addresses = __nccwpck_require__(6172);
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
        dnsServers: splitList(input('dns-servers')).map(parseDnsServer),
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
            labels: splitList(input('labels')),
            reviewers: splitList(input('reviewers')),
            assignees: splitList(input('assignees')),
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
    const host = value.toLowerCase().replace(/\.$/, '');
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
/** `ip`, `ip:port` or `[ipv6]:port`, in the form Node's resolver takes. */
function parseDnsServer(value) {
    const expected = 'each DNS server must be an IP address, ip:port or [ipv6]:port, such as 1.1.1.1 or [2606:4700:4700::1111]:53';
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
    const v4WithPort = /^([\d.]+):(\d+)$/.exec(value);
    const [address, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [value, undefined];
    const parsed = (0,addresses/* parseAddress */.or)(address);
    if (!parsed || (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535))) {
        throw new errors/* InputError */.dz('dns-servers', value, expected);
    }
    const canonical = parsed.toString();
    if (port === undefined)
        return canonical;
    return canonical.includes(':') ? `[${canonical}]:${port}` : `${canonical}:${port}`;
}
function parseBranch(name, value) {
    // The rules of git check-ref-format that a branch name from a workflow file can break.
    if (/^[^\s~^:?*[\\]+$/.test(value) && !/(^[/.-]|\/\.|\.\.|@\{|[/.]$|\.lock$)/.test(value))
        return value;
    throw new errors/* InputError */.dz(name, value, 'it must be a valid git branch name, such as vipps-ip-lock/update');
}

;// CONCATENATED MODULE: ./lib/main.js




const UPDATE_HINT = 'Update it by merging the pull request of a scheduled vipps-ip-lock run (mode: pull-request), by running `vipps-ip-lock update`, or by committing the new lock shown in the job summary.';
/** The action: the one place that reads inputs and the environment, and sets outputs, the summary and failure. */
async function run() {
    let dns;
    // Registered before anything can fail: no message printed from here on can carry it.
    const token = runner.getInput('github-token');
    runner.setSecret(token);
    try {
        const settings = readSettings((name) => runner.getInput(name));
        // The queries leave first. Everything else (reading the lock or GitHub, loading the code of the
        // mode, the first line of the log) happens during the round trip instead of before it.
        dns = askDns(settings);
        const { observed } = dns;
        const title = `vipps-ip-lock ${settings.mode}: ${settings.groups.map((g) => g.name).join(', ')}`;
        const [outcome, { setOutputs }] = await Promise.all([runner.group(title, () => runMode(settings, observed)), __nccwpck_require__.e(/* import() */ 556).then(__nccwpck_require__.bind(__nccwpck_require__, 556))]);
        for (const warning of outcome.warnings)
            runner.warning(warning);
        setOutputs(outcome.outputs);
        runner.appendSummary(outcome.summary);
        runner.info(outcome.summary);
        if (outcome.failure)
            runner.setFailed(outcome.failure);
    }
    catch (error) {
        runner.setFailed((0,errors/* redact */.E$)(await explain(error, token), [token]));
    }
    finally {
        // A run that failed early does not wait for answers it will not use.
        dns?.cancel();
    }
}
async function explain(error, token) {
    if (typeof error !== 'object' || error === null || !('status' in error || 'errors' in error))
        return (0,errors/* messageOf */.bD)(error);
    const mode = runner.getInput('mode') || 'check';
    const { explainGitHubError } = await __nccwpck_require__.e(/* import() */ 412).then(__nccwpck_require__.bind(__nccwpck_require__, 1031));
    return explainGitHubError(error, mode, [token]) ?? (0,errors/* messageOf */.bD)(error);
}
// The code of each mode is loaded on demand, while DNS answers; check and report runs never load
// the GitHub client.
async function runMode(settings, observed) {
    const now = new Date();
    if (settings.mode === 'check' || settings.mode === 'report') {
        const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
        const { runLocal } = await Promise.all(/* import() */[__nccwpck_require__.e(31), __nccwpck_require__.e(689)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8689));
        const outcome = await runLocal(settings, { root, observed, now, updateHint: UPDATE_HINT });
        if (outcome.failure && settings.mode === 'check')
            outcome.failure = await withPullRequestLink(settings, outcome.failure);
        return outcome;
    }
    const repository = await connect(settings);
    const context = { repository, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', observed, now, log: runner };
    return (await Promise.all(/* import() */[__nccwpck_require__.e(31), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7957))).runGitHubMode(settings, context);
}
async function connect(settings) {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is not set: mode ${settings.mode} runs inside a GitHub Actions workflow.`);
    if (!settings.github.token)
        throw new errors/* InputError */.dz('github-token', '', `mode ${settings.mode} needs a token: leave github-token at its default, the workflow's own token`);
    const { createOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(463)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2463));
    const { GitHubRepository } = await __nccwpck_require__.e(/* import() */ 751).then(__nccwpck_require__.bind(__nccwpck_require__, 8751));
    // GitHub Enterprise Server sets GITHUB_API_URL to its own API.
    const octokit = createOctokit(settings.github.token, process.env.GITHUB_API_URL ?? 'https://api.github.com', runner);
    return new GitHubRepository(octokit, { owner, repo });
}
/** Points a failing check to the open update pull request, when there is one. */
async function withPullRequestLink(settings, failure) {
    if (!settings.github.token || !process.env.GITHUB_REPOSITORY)
        return failure;
    try {
        const repository = await connect(settings);
        const open = await repository.openPullRequest(settings.github.branch);
        return open ? `${failure} Pull request #${open.number} updates it: ${open.url}` : failure;
    }
    catch (error) {
        runner.debug(`Could not look for the update pull request: ${(0,errors/* messageOf */.bD)(error)}`);
        return failure;
    }
}

;// CONCATENATED MODULE: ./lib/index.js

// run() settles every error itself, as a failed step.
void run();

})();

module.exports = __webpack_exports__;
/******/ })()
;