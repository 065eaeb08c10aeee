"use strict";
exports.id = 613;
exports.ids = [613];
exports.modules = {

/***/ 613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCompared: () => (/* binding */ renderCompared),
/* harmony export */   renderResolved: () => (/* binding */ renderResolved)
/* harmony export */ });
/* harmony import */ var _modes_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4083);
/* harmony import */ var _report_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2510);


const SIGNS = { added: '+', removed: '-', departing: '~', moved: '=' };
/** resolve, for a terminal: each environment's addresses, then each host's, or why it has none. */
function renderResolved(result) {
    const lines = [];
    const width = Math.max(...result.hosts.map((h) => h.host.length));
    for (const [name, environment] of Object.entries(result.next.environments)) {
        lines.push(`${name}: ${environment.addresses.join(' ') || 'no addresses'}`);
        for (const host of result.hosts.filter((h) => h.groups.includes(name))) {
            lines.push(`  ${host.host.padEnd(width)}  ${hostLine(host)}`);
        }
    }
    // A group none of whose hosts resolved has no environment in the result: its hosts still show.
    for (const host of result.hosts.filter((h) => !h.groups.some((g) => g in result.next.environments))) {
        lines.push(`${host.groups.join(', ')}: no addresses`, `  ${host.host.padEnd(width)}  ${hostLine(host)}`);
    }
    lines.push(...withheldLines(result));
    return `${lines.join('\n')}\n`;
}
/** Addresses add-when all kept out of the lock, with who returned them and who did not. */
function withheldLines(result) {
    return result.withheld.map((w) => `  ! ${w.host} ${w.type}: ${w.address} not added, returned by ${w.from.join(', ')} but not by ${w.notFrom.join(', ')} (--add-when all)`);
}
function hostLine(host) {
    const addresses = Object.values(host.observation.decided).flat();
    switch (host.status) {
        case 'no-such-host':
            return 'no such host (NXDOMAIN)';
        case 'failed':
            return `not resolved: ${failures(host)}`;
        case 'partial':
            return `${addresses.join(' ') || 'no addresses'} (not resolved: ${failures(host)})`;
        default:
            return addresses.join(' ') || 'no addresses';
    }
}
function failures(host) {
    return [...new Set(host.observation.failures.map((f) => `${f.type} via ${f.server}: ${f.reason}`))].join('; ');
}
/** check and update, for a terminal: what changed against the lock, and every lookup problem. */
function renderCompared(outcome, lockFile) {
    const { result, exports } = outcome;
    const first = (0,_report_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHeadline */ .D4)(result, lockFile, exports.stale);
    const lines = [first];
    if (result.previous) {
        for (const row of (0,_report_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .addressRows */ .qh)(result)) {
            lines.push(`  ${SIGNS[row.change]} ${row.environment.padEnd(18)} ${row.address.padEnd(40)} ${row.hosts.join(', ')}${row.note ? `  (${row.note})` : ''}`);
        }
    }
    else {
        for (const [name, environment] of Object.entries(result.next.environments)) {
            lines.push(`  ${name.padEnd(18)} ${environment.addresses.join(' ') || 'none'}`);
        }
    }
    // Each host some server did not answer for, once, with its reasons and what the lock did.
    for (const problem of (0,_report_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .dnsProblems */ .Ck)(result))
        lines.push(`  ! ${problem.host}: ${problem.reasons.join('; ')} (${problem.effect})`);
    for (const host of (0,_modes_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownHosts */ .iC)(result))
        lines.push(`  ! ${host.host} does not exist: no such host (NXDOMAIN) at every DNS server`);
    lines.push(...withheldLines(result));
    return `${lines.join('\n')}\n`;
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


/***/ })

};
;