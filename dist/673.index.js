"use strict";
exports.id = 673;
exports.ids = [673];
exports.modules = {

/***/ 6728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ heldBack),
/* harmony export */   fw: () => (/* binding */ agreedAddresses),
/* harmony export */   rW: () => (/* binding */ disputedAddresses)
/* harmony export */ });
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6172);
/* harmony import */ var _observation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1522);


/**
 * The addresses of one record type that every configured server returned. Under `add-when: all`
 * only these may enter the lock: one forged or broken path cannot add an address on its own, and
 * a server that failed has agreed to nothing (an attacker who forges one path and blocks the
 * other must not get the forged address in), so while one failed nothing is agreed.
 */
function agreedAddresses(observation, type) {
    if ((0,_observation_js__WEBPACK_IMPORTED_MODULE_1__/* .failedServers */ .GE)(observation, type).length > 0)
        return new Set();
    const answers = observation.answers.filter((answer) => answer.type === type);
    const [first, ...rest] = answers;
    return new Set((first?.addresses ?? []).filter((address) => rest.every((answer) => answer.addresses.includes(address))));
}
/** Every address of a host that the servers that answered do not all agree on. */
function disputedAddresses(observation) {
    const disputed = [];
    for (const type of ['A', 'AAAA']) {
        const answers = observation.answers.filter((answer) => answer.type === type);
        for (const address of (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(new Set(answers.flatMap((answer) => answer.addresses)))) {
            const from = answers.filter((answer) => answer.addresses.includes(address)).map((answer) => answer.server);
            if (from.length === answers.length)
                continue;
            const notFrom = answers.filter((answer) => !answer.addresses.includes(address)).map((answer) => answer.server);
            disputed.push({ host: observation.host, type, address, from, notFrom });
        }
    }
    return disputed;
}
/**
 * For one host and type some server failed for while another answered: what the lock did not do
 * because of it. `before` is what the lock held for the host, `after` what it holds now.
 */
function heldBack(observation, type, before, after) {
    const failed = (0,_observation_js__WEBPACK_IMPORTED_MODULE_1__/* .failedServers */ .GE)(observation, type);
    const decided = observation.decided[type];
    if (failed.length === 0 || decided === undefined)
        return undefined;
    const answers = observation.answers.filter((answer) => answer.type === type);
    const ofType = (address) => (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(address) === (type === 'AAAA');
    const agreedByAnswering = decided.filter((address) => answers.every((answer) => answer.addresses.includes(address)));
    return {
        host: observation.host,
        type,
        failed,
        answered: answers.map((answer) => answer.server),
        additions: agreedByAnswering.filter((address) => !after.has(address)),
        kept: (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)([...before].filter((address) => ofType(address) && !decided.includes(address) && after.has(address))),
    };
}


/***/ }),

/***/ 2137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ lockFromObservations)
});

// EXTERNAL MODULE: ./lib/agreement.js
var agreement = __webpack_require__(6728);
// EXTERNAL MODULE: ./lib/addresses.js
var addresses = __webpack_require__(6172);
// EXTERNAL MODULE: ./lib/lock/types.js
var lock_types = __webpack_require__(271);
;// CONCATENATED MODULE: ./lib/diff.js


function diffLocks(previous, next, removalGraceMs) {
    const names = [...new Set([...Object.keys(previous?.environments ?? {}), ...Object.keys(next.environments)])].sort();
    const environments = [];
    for (const name of names) {
        const before = (0,lock_types/* own */.ZV)(previous?.environments, name);
        const after = (0,lock_types/* own */.ZV)(next.environments, name);
        const hostNames = [...new Set([...Object.keys(before?.hosts ?? {}), ...Object.keys(after?.hosts ?? {})])].sort();
        const hosts = [];
        for (const host of hostNames) {
            const a = (0,lock_types/* own */.ZV)(before?.hosts, host);
            const b = (0,lock_types/* own */.ZV)(after?.hosts, host);
            const change = { host, added: minus(b ?? [], a ?? []), removed: minus(a ?? [], b ?? []) };
            if (!a)
                change.presence = 'new';
            if (!b)
                change.presence = 'dropped';
            if (change.added.length || change.removed.length || change.presence)
                hosts.push(change);
        }
        const previouslyDeparting = before?.departing ?? {};
        const departing = Object.entries(after?.departing ?? {})
            .filter(([address]) => !Object.hasOwn(previouslyDeparting, address))
            .map(([address, since]) => ({ address, since, until: addMs(since, removalGraceMs) }))
            .sort((a, b) => (0,addresses/* compareAddresses */.Qb)(a.address, b.address));
        const change = {
            environment: name,
            added: minus(held(after), held(before)),
            removed: minus(held(before), held(after)),
            hosts,
            departing,
        };
        if (!before)
            change.presence = 'new';
        if (!after)
            change.presence = 'dropped';
        if (change.added.length || change.removed.length || hosts.length || departing.length || change.presence) {
            environments.push(change);
        }
    }
    return {
        environments,
        added: (0,addresses/* sortAddresses */.fq)(environments.flatMap((e) => e.added)),
        removed: (0,addresses/* sortAddresses */.fq)(environments.flatMap((e) => e.removed)),
        drift: previous === undefined || environments.some((e) => e.presence || e.hosts.length > 0),
    };
}
/**
 * What a firewall allows for an environment: the addresses its hosts hold. Read from the hosts
 * rather than the `addresses` list, so no address can be reported added or removed unless a host
 * gained or lost it, and the outputs agree with `changed`.
 */
function held(environment) {
    return environment ? Object.values(environment.hosts).flat() : [];
}
function minus(a, b) {
    const other = new Set(b);
    return (0,addresses/* sortAddresses */.fq)(a.filter((x) => !other.has(x)));
}
function addMs(iso, ms) {
    return new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./lib/lock/merge.js
var merge = __webpack_require__(9026);
// EXTERNAL MODULE: ./lib/lock/serialize.js
var serialize = __webpack_require__(4172);
// EXTERNAL MODULE: ./lib/observation.js
var lib_observation = __webpack_require__(1522);
;// CONCATENATED MODULE: ./lib/engine.js






/** The next lock and what changed, from what DNS said: plain data in, plain data out. */
function lockFromObservations(request) {
    const { settings, observed, previous, pending } = request;
    const next = (0,merge/* mergeLock */.w)({
        previous: request.mergeInto ?? previous,
        departingFrom: pending,
        groups: settings.groups,
        observations: observed.observations,
        types: settings.recordTypes,
        now: request.now,
        removalGraceMs: settings.removalGraceMs,
        addWhen: settings.addWhen,
    });
    const nextText = (0,serialize/* serializeLock */.g)(next);
    const hosts = observed.hosts.map((host) => {
        const observation = observed.observations.get(host) ?? { host, decided: {}, answers: [], noSuchHost: false, failures: [], rejected: [] };
        return {
            host,
            groups: settings.groups.filter((g) => g.hosts.includes(host)).map((g) => g.name),
            status: (0,lib_observation/* hostStatus */.D1)(observation, settings.recordTypes),
            observation,
        };
    });
    const previousText = previous && (request.previousText ?? (0,serialize/* serializeLock */.g)(previous));
    const held = heldBackBy(hosts, request.mergeInto ?? previous, next, settings.recordTypes);
    return {
        previous,
        previousText,
        next,
        nextText,
        lockChanged: previousText !== nextText,
        diff: diffLocks(previous, next, settings.removalGraceMs),
        hosts,
        failedHosts: hosts.filter((h) => h.status === 'failed' || h.status === 'partial'),
        withheld: withheldAddresses(hosts, next),
        dropped: droppedAddresses(pending, previous, next, settings.groups.map((g) => g.name)),
        heldBack: held,
        blockedHosts: [...new Set(held.filter((h) => h.additions.length > 0 || h.kept.length > 0).map((h) => h.host))],
    };
}
/** What the proposal held that the next lock does not and the base never did: never proposed again. */
function droppedAddresses(pending, base, next, configured) {
    return configured.flatMap((environment) => {
        const proposed = (0,lock_types/* own */.ZV)(pending?.environments, environment);
        if (!proposed)
            return [];
        const held = new Set([...((0,lock_types/* own */.ZV)(base?.environments, environment)?.addresses ?? []), ...((0,lock_types/* own */.ZV)(next.environments, environment)?.addresses ?? [])]);
        return proposed.addresses.filter((address) => !held.has(address)).map((address) => ({ environment, address }));
    });
}
/** What servers that failed, while others answered, kept the lock from doing, host by host and type by type. */
function heldBackBy(hosts, before, next, types) {
    const locked = (lock, report) => new Set(report.groups.flatMap((group) => (0,lock_types/* own */.ZV)((0,lock_types/* own */.ZV)(lock?.environments, group)?.hosts, report.host) ?? []));
    return hosts.flatMap((report) => {
        const was = locked(before, report);
        const now = locked(next, report);
        return types.flatMap((type) => (0,agreement/* heldBack */.Zg)(report.observation, type, was, now) ?? []);
    });
}
/** The disputed addresses that the next lock does not hold for their host: what add-when all kept out. */
function withheldAddresses(hosts, next) {
    return hosts.flatMap((report) => (0,agreement/* disputedAddresses */.rW)(report.observation).filter((disputed) => !report.groups.some((group) => next.environments[group]?.hosts[report.host]?.includes(disputed.address))));
}


/***/ }),

/***/ 314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ renderExports),
/* harmony export */   j: () => (/* binding */ staleExports)
/* harmony export */ });
/* harmony import */ var _lock_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(271);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6820);


/** The text of every export, by path, from a lock. The same lock always gives the same bytes. */
function renderExports(lock, specs, lockFile) {
    const files = new Map();
    for (const spec of specs) {
        const chosen = spec.environments ?? Object.keys(lock.environments);
        const environments = chosen.map((name) => ({ name, addresses: (0,_lock_types_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(lock.environments, name)?.addresses ?? [] }));
        files.set(spec.path, _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h[spec.format].render({ lockFile, environments, options: spec.options }));
    }
    return files;
}
/** Exports whose text on disk (or in the repository) differs from what the lock gives. */
function staleExports(expected, current) {
    return [...expected].filter(([file, text]) => current.get(file) !== text).map(([file]) => file);
}


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ mergeLock)
/* harmony export */ });
/* unused harmony export isoSeconds */
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6172);
/* harmony import */ var _agreement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6728);
/* harmony import */ var _observation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1522);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(271);




/**
 * The next lock: the previous one brought up to date with what DNS said, under the rules users
 * rely on. Addresses are added as soon as any server returns them, or with `addWhen: 'all'` when
 * every configured server does (none failing). A record type that any server failed for keeps its
 * locked addresses: only every server answering without an address removes it. An address that
 * has so left the environment stays allowed, marked departing, until the removal grace has passed
 * since it was first missed; if it comes back meanwhile the mark simply runs out, so a flapping answer changes
 * nothing. Hosts and environments no longer configured are dropped.
 */
function mergeLock(input) {
    const environments = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyRecord */ .FR)();
    for (const group of input.groups) {
        const environment = mergeEnvironment(group, input);
        if (environment)
            environments[group.name] = environment;
    }
    const schema = input.previous?.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCK_VERSION */ .TL, environments };
}
function mergeEnvironment(group, input) {
    const previous = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(input.previous?.environments, group.name);
    const live = new Map();
    // Addresses some DNS answer returned this run, as opposed to ones kept because a lookup failed.
    const answered = new Set();
    // Under add-when all, an address the firewall does not allow yet needs every server to return it;
    // one it allows already stays for as long as any server returns it, so removal is unchanged.
    const allowed = new Set(previous?.addresses ?? []);
    const admit = input.addWhen === 'all'
        ? (observation, type, decided) => {
            const agreed = (0,_agreement_js__WEBPACK_IMPORTED_MODULE_1__/* .agreedAddresses */ .fw)(observation, type);
            return decided.filter((address) => agreed.has(address) || allowed.has(address));
        }
        : undefined;
    for (const host of group.hosts) {
        const addresses = liveAddresses((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(previous?.hosts, host), input.observations.get(host), input.types, admit);
        if (!addresses)
            continue;
        live.set(host, addresses.all);
        for (const address of addresses.answered)
            answered.add(address);
    }
    if (!previous && live.size === 0)
        return undefined;
    const liveInEnvironment = new Set([...live.values()].flat());
    const nowIso = isoSeconds(input.now);
    const previouslyDeparting = departingMarks(previous, (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(input.departingFrom?.environments, group.name), input.now);
    const inGrace = (since) => input.now.getTime() - Date.parse(since) < input.removalGraceMs;
    const departing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyRecord */ .FR)();
    const hosts = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyRecord */ .FR)();
    for (const [host, addresses] of live) {
        const kept = new Set(addresses);
        for (const address of (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(previous?.hosts, host) ?? []) {
            // An address that only moved to another host of the environment needs no grace: the
            // firewall keeps allowing it.
            if (kept.has(address) || liveInEnvironment.has(address))
                continue;
            const since = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .own */ .ZV)(previouslyDeparting, address) ?? nowIso;
            if (inGrace(since)) {
                kept.add(address);
                departing[address] = since;
            }
        }
        hosts[host] = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(kept);
    }
    const locked = new Set(Object.values(hosts).flat());
    for (const [address, since] of Object.entries(previouslyDeparting)) {
        if (Object.hasOwn(departing, address) || !locked.has(address))
            continue;
        // Past the grace, an address DNS returns again loses its mark. One that is still locked only
        // because its lookup failed keeps the mark as it was: a failed lookup changes nothing.
        if (inGrace(since) || !answered.has(address))
            departing[address] = since;
    }
    const environment = { addresses: (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(locked), hosts };
    if (Object.keys(departing).length > 0)
        environment.departing = departing;
    return environment;
}
/**
 * The departing marks the merge starts from: the base's own, and, for an address the base holds
 * without a mark, the proposal's mark when it is not in the future. A mark only ever lets an
 * address go sooner than a fresh one would, so it cannot keep anything allowed; the removal it
 * leads to is still only proposed.
 */
function departingMarks(base, proposal, now) {
    const marks = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyRecord */ .FR)();
    const held = new Set(base?.addresses ?? []);
    for (const [address, since] of Object.entries(proposal?.departing ?? {})) {
        if (held.has(address) && Date.parse(since) <= now.getTime())
            marks[address] = since;
    }
    for (const [address, since] of Object.entries(base?.departing ?? {}))
        marks[address] = since;
    return marks;
}
/** A host's addresses now: what DNS decided per record type, and the locked ones where it did not. */
function liveAddresses(locked, observation, types, admit) {
    const all = [];
    const answered = [];
    for (const type of types) {
        const union = observation?.decided[type];
        const decided = union && observation && admit ? admit(observation, type, union) : union;
        const lockedOfType = (locked ?? []).filter((a) => (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isIPv6 */ .w7)(a) === (type === 'AAAA'));
        if (decided) {
            all.push(...decided);
            answered.push(...decided);
            // A server that failed may be the honest one: what the others leave out is not gone.
            if (observation && (0,_observation_js__WEBPACK_IMPORTED_MODULE_2__/* .failedServers */ .GE)(observation, type).length > 0)
                all.push(...lockedOfType.filter((a) => !decided.includes(a)));
        }
        else {
            all.push(...lockedOfType);
        }
    }
    // A host never locked and not resolved now stays out: a failed lookup is not a change.
    const anyDecided = types.some((type) => observation?.decided[type] !== undefined);
    if (!anyDecided && locked === undefined)
        return undefined;
    return { all, answered };
}
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ }),

/***/ 4172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ serializeLock)
/* harmony export */ });
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6172);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(271);


/**
 * The lock's one text form: keys sorted, addresses in numeric order with IPv4 first, 2-space
 * indent, final newline. The same DNS data always gives the same bytes, so a lock only shows in a
 * diff when something really changed.
 */
function serializeLock(lock) {
    const environments = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyRecord */ .FR)();
    for (const name of Object.keys(lock.environments).sort()) {
        environments[name] = normalizeEnvironment(lock.environments[name]);
    }
    const schema = lock.$schema === undefined ? {} : { $schema: lock.$schema };
    return `${JSON.stringify({ ...schema, environments, version: lock.version }, null, 2)}\n`;
}
function normalizeEnvironment(environment) {
    const hosts = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyRecord */ .FR)();
    for (const host of Object.keys(environment.hosts).sort()) {
        hosts[host] = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(environment.hosts[host] ?? []);
    }
    const normalized = { addresses: (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(Object.values(hosts).flat()), hosts };
    const departing = Object.entries(environment.departing ?? {});
    if (departing.length > 0) {
        const byAddress = new Map(departing);
        // Written between addresses and hosts: the order keys are sorted in.
        return {
            addresses: normalized.addresses,
            departing: Object.fromEntries((0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(byAddress.keys()).map((a) => [a, byAddress.get(a)])),
            hosts,
        };
    }
    return normalized;
}


/***/ }),

/***/ 2844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ checkExports),
/* harmony export */   n5: () => (/* binding */ staleFiles),
/* harmony export */   vF: () => (/* binding */ describeStale)
/* harmony export */ });
/* harmony import */ var _exports_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(314);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(512);


/** Renders the exports from `lock` and compares them with the files `read` returns. */
async function checkExports(settings, lock, read) {
    const expected = (0,_exports_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderExports */ .M)(lock, settings.exports, settings.lockFile);
    // Read at once, but a file that cannot be read is reported in the order the exports are given,
    // not by which read failed first: the same inputs give the same message.
    const reads = await Promise.allSettled([...expected.keys()].map(async (file) => [file, await read(file)]));
    const current = new Map();
    for (const result of reads) {
        if (result.status === 'rejected')
            throw result.reason;
        current.set(...result.value);
    }
    return { expected, stale: (0,_exports_render_js__WEBPACK_IMPORTED_MODULE_0__/* .staleExports */ .j)(expected, current), current };
}
/** The stale exports with what they hold and what the lock gives, for a report to show. */
function staleFiles(check) {
    return check.stale.map((path) => ({ path, current: check.current.get(path), expected: check.expected.get(path) ?? '' }));
}
function describeStale(check, lockFile) {
    if (check.stale.length === 0)
        return undefined;
    return `${check.stale.map(_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS).join(', ')} ${check.stale.length === 1 ? 'is' : 'are'} not what ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(lockFile)} gives`;
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ lookupFailures),
/* harmony export */   Mh: () => (/* binding */ lockOutputs),
/* harmony export */   iC: () => (/* binding */ unknownHosts)
/* harmony export */ });
/* unused harmony export heldBackWarning */
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6172);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8824);
/* harmony import */ var _report_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2510);



/** The outputs every mode sets. */
function lockOutputs(result, exports) {
    const addresses = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAddresses */ .fq)(Object.values(result.next.environments).flatMap((e) => e.addresses));
    return {
        changed: String(result.lockChanged || exports.stale.length > 0),
        'stale-exports': JSON.stringify(exports.stale),
        added: JSON.stringify(result.diff.added),
        removed: JSON.stringify(result.diff.removed),
        addresses: JSON.stringify(addresses),
        departing: JSON.stringify(result.diff.environments.flatMap((e) => e.departing.map((d) => d.address))),
    };
}
const PRESET_HOSTS = new Set(Object.values(_presets_js__WEBPACK_IMPORTED_MODULE_1__/* .PRESET_ENVIRONMENTS */ .x).flat());
/**
 * Configured hosts that every DNS server says do not exist, and that never had an address in the
 * lock: a mistyped custom host (`callbak-1.vipps.no`) rather than a server Vipps MobilePay retired.
 * A preset host that does not exist is Vipps MobilePay's to decide, and is locked with no addresses.
 */
function unknownHosts(result) {
    const everLocked = (host) => Object.values(result.previous?.environments ?? {}).some((e) => (e.hosts[host] ?? []).length > 0);
    return result.hosts.filter((h) => h.status === 'no-such-host' && !PRESET_HOSTS.has(h.host) && !everLocked(h.host));
}
/**
 * Warnings for hosts with a record type no server resolved, for hosts that do not exist and for
 * addresses add-when all left out, and the failure the first two cause when the settings ask for
 * it. A type that failed is a failure even when the other type answered: an IPv4-only host whose A
 * lookup fails while AAAA says "no records" has told nothing.
 */
function lookupFailures(result, settings) {
    const unresolved = result.failedHosts.map((host) => ({ host: host.host, types: unresolvedTypes(host.observation, settings.recordTypes) }));
    const warnings = result.failedHosts.map((host, i) => {
        const types = unresolved[i]?.types ?? [];
        const reasons = [...new Set(host.observation.failures.filter((f) => types.includes(f.type)).map((f) => `${f.type} via ${f.server}: ${f.reason}`))];
        const what = types.length < settings.recordTypes.length ? `${host.host} ${types.join(' and ')} could not be resolved` : `${host.host} could not be resolved`;
        return `${what} (${reasons.join('; ')}); its locked addresses are kept. Check that the DNS servers are reachable from the runner and answer for this host.`;
    });
    const unknown = unknownHosts(result);
    for (const host of unknown) {
        warnings.push(`${host.host} does not exist: every DNS server answered that there is no such host (NXDOMAIN), so no address is locked for it. Check its spelling in hosts.`);
    }
    for (const host of new Set(result.heldBack.map((held) => held.host))) {
        warnings.push(heldBackWarning(result.heldBack.filter((held) => held.host === host)));
    }
    for (const withheld of result.withheld) {
        warnings.push(`${withheld.host}: ${withheld.address} (${withheld.type}) was returned by ${withheld.from.join(', ')} but not by ${withheld.notFrom.join(', ')}; with add-when: all it is not added. If it is real, every server will return it once their caches catch up; if it stays, check the servers that return it.`);
    }
    // A host whose every type failed is already a failed host; one a partly failed server held back is too.
    const blocked = result.blockedHosts.filter((host) => !result.failedHosts.some((h) => h.host === host));
    if ((result.failedHosts.length === 0 && unknown.length === 0 && blocked.length === 0) || settings.onLookupFailure === 'warn')
        return { warnings };
    const parts = [];
    if (result.failedHosts.length > 0) {
        const named = unresolved.map(({ host, types }) => (types.length < settings.recordTypes.length ? `${host} (${types.join(', ')})` : host));
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(result.failedHosts.length, 'host')} could not be resolved: ${named.join(', ')}. Their locked addresses were kept.`);
    }
    if (blocked.length > 0) {
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(blocked.length, 'host')} had a DNS server fail while others answered, which held back a change: ${blocked.join(', ')}. Nothing was added or removed for ${blocked.length === 1 ? 'it' : 'them'} that not every server agreed on.`);
    }
    if (unknown.length > 0) {
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(unknown.length, 'host')} ${unknown.length === 1 ? 'does' : 'do'} not exist in DNS: ${unknown.map((h) => h.host).join(', ')}.`);
    }
    return { warnings, failure: `${parts.join(' ')} With on-lookup-failure set to warn, this only warns.` };
}
/** One sentence per host naming the servers that failed, why, who answered, and what that held back. */
function heldBackWarning(held) {
    const failed = [...new Set(held.flatMap((h) => h.failed.map((f) => `${h.type} via ${f.server} (${f.reason})`)))].join(', ');
    const answered = [...new Set(held.flatMap((h) => h.answered))].join(', ');
    const effects = [];
    for (const h of held) {
        if (h.additions.length > 0) {
            effects.push(`${h.type} ${h.additions.join(', ')} not added: with add-when: all an address needs every server, and one that failed agreed to nothing`);
        }
        if (h.kept.length > 0) {
            effects.push(`${h.type} ${h.kept.join(', ')} kept in the lock though ${h.answered.join(', ')} left ${h.kept.length === 1 ? 'it' : 'them'} out: only every server answering without an address removes it`);
        }
    }
    const effect = effects.length > 0 ? effects.join('; ') : 'nothing held back, the lock follows the servers that answered';
    return `${held[0]?.host}: ${failed} gave no usable answer while ${answered} answered; ${effect}. Check that every DNS server is reachable from the runner and answers for this host.`;
}
function unresolvedTypes(observation, types) {
    return types.filter((type) => observation.decided[type] === undefined);
}


/***/ }),

/***/ 7340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(512);
;// CONCATENATED MODULE: ./lib/report/line-diff.js
/**
 * A unified diff (`@@ -a,b +c,d @@` hunks, `-` lines before `+` lines, `context` unchanged lines
 * around each change), as reviewers know it from `git diff`. Empty when the texts are equal.
 *
 * Lines are matched by longest common subsequence after the common head and tail are set aside:
 * a lock or a firewall file changes in a few lines, so the table stays small.
 */
function unifiedDiff(before, after, context = 2) {
    const a = lines(before);
    const b = lines(after);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const ops = [];
    for (let k = 0; k < head; k++)
        ops.push({ kind: ' ', text: a[k] });
    ops.push(...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
    for (let k = a.length - tail; k < a.length; k++)
        ops.push({ kind: ' ', text: a[k] });
    return hunks(ops, context).join('\n');
}
function lines(text) {
    return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
/** The edit script between two blocks with nothing in common at either end; each change run lists `-` before `+`. */
function middle(a, b) {
    const width = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
    }
    const ops = [];
    let removed = [];
    let added = [];
    const flush = () => {
        ops.push(...removed, ...added);
        removed = [];
        added = [];
    };
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            flush();
            ops.push({ kind: ' ', text: a[i] });
            i++;
            j++;
        }
        else if (i < a.length && (j >= b.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
            removed.push({ kind: '-', text: a[i++] });
        }
        else {
            added.push({ kind: '+', text: b[j++] });
        }
    }
    flush();
    return ops;
}
function hunks(ops, context) {
    const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    const out = [];
    let k = 0;
    while (k < changed.length) {
        const start = Math.max(0, changed[k] - context);
        let end = changed[k];
        // Changes closer than twice the context share one hunk.
        while (k + 1 < changed.length && changed[k + 1] - end <= 2 * context + 1)
            end = changed[++k];
        end = Math.min(ops.length - 1, end + context);
        k++;
        const before = ops.slice(0, start);
        const slice = ops.slice(start, end + 1);
        const aStart = before.filter((op) => op.kind !== '+').length;
        const bStart = before.filter((op) => op.kind !== '-').length;
        const aCount = slice.filter((op) => op.kind !== '+').length;
        const bCount = slice.filter((op) => op.kind !== '-').length;
        out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`, ...slice.map((op) => `${op.kind}${op.text}`));
    }
    return out;
}
/** `start,count` as unified diffs number them: 1-based, and the line before an empty range. */
function range(start, count) {
    return `${count === 0 ? start : start + 1},${count}`;
}

// EXTERNAL MODULE: ./lib/report/rows.js
var report_rows = __webpack_require__(2510);
;// CONCATENATED MODULE: ./lib/report/markdown.js



const CHANGES = {
    added: '➕ added',
    departing: '⏳ departing',
    removed: '➖ removed',
    moved: '⇄ other hosts',
};
/**
 * The report a reviewer reads in the job summary, a pull request or an issue. The first screen
 * holds the headline, what to do, and one row per address to allow or close; the file changes
 * follow, collapsed.
 */
function renderMarkdown(result, options) {
    const lines = [`### ${(0,report_escape/* markdownText */.p7)(options.title ?? (0,report_rows/* headline */.Pl)(result, options.lockFile))}`, ''];
    for (const paragraph of options.advice ?? [])
        lines.push(paragraph, '');
    const rows = (0,report_rows/* addressRows */.qh)(result);
    if (result.previous && rows.length > 0) {
        lines.push('| Environment | Change | Address | Hosts | Note |', '|---|---|---|---|---|');
        for (const row of rows) {
            lines.push(tableRow([(0,report_escape/* markdownText */.p7)(row.environment), CHANGES[row.change], (0,report_escape/* codeSpan */.SS)(row.address), row.hosts.map(report_escape/* codeSpan */.SS).join(', '), (0,report_escape/* markdownText */.p7)(row.note)]));
        }
        lines.push('');
    }
    if (!result.previous) {
        lines.push('| Environment | Addresses |', '|---|---|');
        for (const [name, environment] of Object.entries(result.next.environments)) {
            lines.push(tableRow([(0,report_escape/* markdownText */.p7)(name), environment.addresses.map(report_escape/* codeSpan */.SS).join(' ') || 'none']));
        }
        lines.push('');
    }
    lines.push(...problems(result), ...withheld(result));
    const lock = options.lock ?? 'none';
    if (lock !== 'none' && result.lockChanged) {
        if (result.previousText !== undefined)
            lines.push(...collapsed(`Change to ${options.lockFile}`, unifiedDiff(result.previousText, result.nextText), 'diff'));
        if (lock === 'diff-and-file' || result.previousText === undefined)
            lines.push(...collapsed(`New ${options.lockFile}`, result.nextText, 'json'));
    }
    for (const file of options.staleFiles ?? []) {
        lines.push(...(file.current === undefined
            ? collapsed(`${file.path} (does not exist yet)`, file.expected, '')
            : collapsed(`Change to ${file.path}`, unifiedDiff(file.current, file.expected), 'diff')));
    }
    lines.push(footer(result));
    return `${lines.join('\n')}\n`;
}
/** Addresses add-when all kept out of the lock: who returned them and who did not. */
function withheld(result) {
    if (result.withheld.length === 0)
        return [];
    const lines = [`**${(0,report_rows/* plural */.LS)(result.withheld.length, 'address')} not added**: the DNS servers that answered disagree, and add-when is all:`, ''];
    lines.push('| Host | Record | Address | Returned by | Not by |', '|---|---|---|---|---|');
    for (const w of result.withheld) {
        lines.push(tableRow([(0,report_escape/* codeSpan */.SS)(w.host), w.type, (0,report_escape/* codeSpan */.SS)(w.address), w.from.map(report_escape/* codeSpan */.SS).join(' '), w.notFrom.map(report_escape/* codeSpan */.SS).join(' ')]));
    }
    lines.push('');
    return lines;
}
/** Each host some server could not answer for, once, with its reasons and what the lock did. */
function problems(result) {
    const list = (0,report_rows/* dnsProblems */.Ck)(result);
    if (list.length === 0)
        return [];
    const lines = ['**DNS did not answer for every host.** A host no server answered keeps its locked addresses:', ''];
    lines.push('| Host | What DNS said | Lock |', '|---|---|---|');
    for (const problem of list)
        lines.push(tableRow([(0,report_escape/* codeSpan */.SS)(problem.host), problem.reasons.map(report_escape/* markdownText */.p7).join('<br>'), problem.effect]));
    lines.push('');
    return lines;
}
function footer(result) {
    const environments = Object.keys(result.next.environments);
    const answered = result.hosts.filter((h) => h.status === 'resolved' || h.status === 'no-such-host').length;
    const kept = result.hosts.length - answered;
    const keptText = kept > 0 ? `, ${kept} kept locked addresses` : '';
    return `<sub>${(0,report_rows/* plural */.LS)(result.hosts.length, 'host')} in ${(0,report_escape/* markdownText */.p7)(environments.join(', ')) || 'no environment'}; ${answered} answered${keptText}.</sub>`;
}
/** A collapsed block holding `content` verbatim, under a summary that is data too. */
function collapsed(summary, content, language) {
    return [`<details><summary>${(0,report_escape/* htmlText */.js)(summary)}</summary>`, '', (0,report_escape/* codeBlock */.DV)(content.replace(/\n$/, ''), language), '', '</details>', ''];
}
/** A table row of cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.map(report_escape/* tableCell */.xR).join(' | ')} |`;
}


/***/ })

};
;