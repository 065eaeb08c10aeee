"use strict";
exports.id = 338;
exports.ids = [338];
exports.modules = {

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ lockFromObservations)
});

// EXTERNAL MODULE: ./lib/addresses.js
var lib_addresses = __webpack_require__(6172);
// EXTERNAL MODULE: ./lib/lock/types.js
var types = __webpack_require__(271);
;// CONCATENATED MODULE: ./lib/diff.js


function diffLocks(previous, next, removalGraceMs) {
    const names = [...new Set([...Object.keys(previous?.environments ?? {}), ...Object.keys(next.environments)])].sort();
    const environments = [];
    for (const name of names) {
        const before = (0,types/* own */.ZV)(previous?.environments, name);
        const after = (0,types/* own */.ZV)(next.environments, name);
        const hostNames = [...new Set([...Object.keys(before?.hosts ?? {}), ...Object.keys(after?.hosts ?? {})])].sort();
        const hosts = [];
        for (const host of hostNames) {
            const a = (0,types/* own */.ZV)(before?.hosts, host);
            const b = (0,types/* own */.ZV)(after?.hosts, host);
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
            .sort((a, b) => (0,lib_addresses/* compareAddresses */.Qb)(a.address, b.address));
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
        added: (0,lib_addresses/* sortAddresses */.fq)(environments.flatMap((e) => e.added)),
        removed: (0,lib_addresses/* sortAddresses */.fq)(environments.flatMap((e) => e.removed)),
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
    return (0,lib_addresses/* sortAddresses */.fq)(a.filter((x) => !other.has(x)));
}
function addMs(iso, ms) {
    return new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./lib/lock/merge.js


/**
 * The next lock: the previous one brought up to date with what DNS said, under the rules users
 * rely on. Addresses are added as soon as any server returns them. A record type that no server
 * answered keeps its locked addresses. An address that every answering server agrees has left the
 * environment stays allowed, marked departing, until the removal grace has passed since it was
 * first missed; if it comes back meanwhile the mark simply runs out, so a flapping answer changes
 * nothing. Hosts and environments no longer configured are dropped.
 */
function mergeLock(input) {
    const environments = (0,types/* emptyRecord */.FR)();
    for (const group of input.groups) {
        const environment = mergeEnvironment(group, input);
        if (environment)
            environments[group.name] = environment;
    }
    const schema = input.previous?.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: types/* LOCK_VERSION */.TL, environments };
}
function mergeEnvironment(group, input) {
    const previous = (0,types/* own */.ZV)(input.previous?.environments, group.name);
    const live = new Map();
    // Addresses some DNS answer returned this run, as opposed to ones kept because a lookup failed.
    const answered = new Set();
    for (const host of group.hosts) {
        const addresses = liveAddresses((0,types/* own */.ZV)(previous?.hosts, host), input.observations.get(host), input.types);
        if (!addresses)
            continue;
        live.set(host, addresses.all);
        for (const address of addresses.answered)
            answered.add(address);
    }
    if (!previous && live.size === 0)
        return undefined;
    const liveInEnvironment = new Set([...live.values()].flat());
    const previouslyDeparting = previous?.departing ?? (0,types/* emptyRecord */.FR)();
    const nowIso = isoSeconds(input.now);
    const inGrace = (since) => input.now.getTime() - Date.parse(since) < input.removalGraceMs;
    const departing = (0,types/* emptyRecord */.FR)();
    const hosts = (0,types/* emptyRecord */.FR)();
    for (const [host, addresses] of live) {
        const kept = new Set(addresses);
        for (const address of (0,types/* own */.ZV)(previous?.hosts, host) ?? []) {
            // An address that only moved to another host of the environment needs no grace: the
            // firewall keeps allowing it.
            if (kept.has(address) || liveInEnvironment.has(address))
                continue;
            const since = (0,types/* own */.ZV)(previouslyDeparting, address) ?? nowIso;
            if (inGrace(since)) {
                kept.add(address);
                departing[address] = since;
            }
        }
        hosts[host] = (0,lib_addresses/* sortAddresses */.fq)(kept);
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
    const environment = { addresses: (0,lib_addresses/* sortAddresses */.fq)(locked), hosts };
    if (Object.keys(departing).length > 0)
        environment.departing = departing;
    return environment;
}
/** A host's addresses now: what DNS decided per record type, and the locked ones where it did not. */
function liveAddresses(locked, observation, types) {
    const all = [];
    const answered = [];
    for (const type of types) {
        const decided = observation?.decided[type];
        if (decided) {
            all.push(...decided);
            answered.push(...decided);
        }
        else {
            all.push(...(locked ?? []).filter((a) => (0,lib_addresses/* isIPv6 */.w7)(a) === (type === 'AAAA')));
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

;// CONCATENATED MODULE: ./lib/lock/serialize.js


/**
 * The lock's one text form: keys sorted, addresses in numeric order with IPv4 first, 2-space
 * indent, final newline. The same DNS data always gives the same bytes, so a lock only shows in a
 * diff when something really changed.
 */
function serializeLock(lock) {
    const environments = (0,types/* emptyRecord */.FR)();
    for (const name of Object.keys(lock.environments).sort()) {
        environments[name] = normalizeEnvironment(lock.environments[name]);
    }
    const schema = lock.$schema === undefined ? {} : { $schema: lock.$schema };
    return `${JSON.stringify({ ...schema, environments, version: lock.version }, null, 2)}\n`;
}
function normalizeEnvironment(environment) {
    const hosts = (0,types/* emptyRecord */.FR)();
    for (const host of Object.keys(environment.hosts).sort()) {
        hosts[host] = (0,lib_addresses/* sortAddresses */.fq)(environment.hosts[host] ?? []);
    }
    const normalized = { addresses: (0,lib_addresses/* sortAddresses */.fq)(Object.values(hosts).flat()), hosts };
    const departing = Object.entries(environment.departing ?? {});
    if (departing.length > 0) {
        const byAddress = new Map(departing);
        // Written between addresses and hosts: the order keys are sorted in.
        return {
            addresses: normalized.addresses,
            departing: Object.fromEntries((0,lib_addresses/* sortAddresses */.fq)(byAddress.keys()).map((a) => [a, byAddress.get(a)])),
            hosts,
        };
    }
    return normalized;
}

// EXTERNAL MODULE: ./lib/observation.js
var lib_observation = __webpack_require__(1522);
;// CONCATENATED MODULE: ./lib/engine.js




/** The next lock and what changed, from what DNS said: plain data in, plain data out. */
function lockFromObservations(request) {
    const { settings, observed, previous, pending } = request;
    const next = mergeLock({
        previous: pending ?? previous,
        groups: settings.groups,
        observations: observed.observations,
        types: settings.recordTypes,
        now: request.now,
        removalGraceMs: settings.removalGraceMs,
    });
    const nextText = serializeLock(next);
    const hosts = observed.hosts.map((host) => {
        const observation = observed.observations.get(host) ?? { host, decided: {}, noSuchHost: false, failures: [], rejected: [] };
        return {
            host,
            groups: settings.groups.filter((g) => g.hosts.includes(host)).map((g) => g.name),
            status: (0,lib_observation/* hostStatus */.D1)(observation, settings.recordTypes),
            observation,
        };
    });
    const previousText = previous && (request.previousText ?? serializeLock(previous));
    return {
        previous,
        previousText,
        next,
        nextText,
        lockChanged: previousText !== nextText,
        diff: diffLocks(previous, next, settings.removalGraceMs),
        hosts,
        failedHosts: hosts.filter((h) => h.status === 'failed' || h.status === 'partial'),
    };
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ checkExports),
  v: () => (/* binding */ describeStale)
});

// EXTERNAL MODULE: ./lib/lock/types.js
var types = __webpack_require__(271);
// EXTERNAL MODULE: ./lib/exports/formats.js
var formats = __webpack_require__(6820);
;// CONCATENATED MODULE: ./lib/exports/render.js


/** The text of every export, by path, from a lock. The same lock always gives the same bytes. */
function renderExports(lock, specs, lockFile) {
    const files = new Map();
    for (const spec of specs) {
        const chosen = spec.environments ?? Object.keys(lock.environments);
        const environments = chosen.map((name) => ({ name, addresses: (0,types/* own */.ZV)(lock.environments, name)?.addresses ?? [] }));
        files.set(spec.path, formats/* FORMATS */.h[spec.format].render({ lockFile, environments, options: spec.options }));
    }
    return files;
}
/** Exports whose text on disk (or in the repository) differs from what the lock gives. */
function staleExports(expected, current) {
    return [...expected].filter(([file, text]) => current.get(file) !== text).map(([file]) => file);
}

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(512);
;// CONCATENATED MODULE: ./lib/modes/exports.js


/** Renders the exports from `lock` and compares them with the files `read` returns. */
async function checkExports(settings, lock, read) {
    const expected = renderExports(lock, settings.exports, settings.lockFile);
    const current = new Map(await Promise.all([...expected.keys()].map(async (file) => [file, await read(file)])));
    return { expected, stale: staleExports(expected, current) };
}
function describeStale(check, lockFile) {
    if (check.stale.length === 0)
        return undefined;
    return `${check.stale.map(report_escape/* codeSpan */.SS).join(', ')} ${check.stale.length === 1 ? 'is' : 'are'} not what ${(0,report_escape/* codeSpan */.SS)(lockFile)} gives`;
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ lookupFailures),
/* harmony export */   Mh: () => (/* binding */ lockOutputs)
/* harmony export */ });
/* unused harmony export unknownHosts */
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
 * Warnings for hosts with a record type no server resolved and for hosts that do not exist, and
 * the failure they cause when the settings ask for it. A type that failed is a failure even when
 * the other type answered: an IPv4-only host whose A lookup fails while AAAA says "no records"
 * has told nothing.
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
    if (warnings.length === 0 || settings.onLookupFailure === 'warn')
        return { warnings };
    const parts = [];
    if (result.failedHosts.length > 0) {
        const named = unresolved.map(({ host, types }) => (types.length < settings.recordTypes.length ? `${host} (${types.join(', ')})` : host));
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(result.failedHosts.length, 'host')} could not be resolved: ${named.join(', ')}. Their locked addresses were kept.`);
    }
    if (unknown.length > 0) {
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(unknown.length, 'host')} ${unknown.length === 1 ? 'does' : 'do'} not exist in DNS: ${unknown.map((h) => h.host).join(', ')}.`);
    }
    return { warnings, failure: `${parts.join(' ')} With on-lookup-failure set to warn, this only warns.` };
}
function unresolvedTypes(observation, types) {
    return types.filter((type) => observation.decided[type] === undefined);
}


/***/ }),

/***/ 9626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(512);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2510);


const ICONS = { added: '➕ added', removed: '➖ removed', departing: '⏳ departing' };
/** The report a reviewer reads in the job summary, a pull request or an issue. */
function renderMarkdown(result, options) {
    const lines = [`### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)((0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(result, options.lockFile))}`, ''];
    for (const paragraph of options.advice ?? [])
        lines.push(paragraph, '');
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .changeRows */ .QP)(result);
    if (result.previous && rows.length > 0) {
        lines.push('| Environment | Host | Change | Address | Note |', '|---|---|---|---|---|');
        for (const row of rows) {
            lines.push(tableRow([(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(row.environment), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(row.host), ICONS[row.change], (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(row.address), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(row.note)]));
        }
        lines.push('');
    }
    if (!result.previous) {
        lines.push('| Environment | Addresses |', '|---|---|');
        for (const [name, environment] of Object.entries(result.next.environments)) {
            lines.push(tableRow([(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(name), environment.addresses.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS).join(' ') || 'none']));
        }
        lines.push('');
    }
    lines.push(...lookupProblems(result));
    if (options.includeLock && result.lockChanged) {
        lines.push(`<details><summary>New ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlText */ .js)(options.lockFile)}</summary>`, '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(result.nextText.trimEnd(), 'json'), '', '</details>', '');
    }
    lines.push(footer(result));
    return `${lines.join('\n')}\n`;
}
function lookupProblems(result) {
    const lines = [];
    const failing = result.hosts.filter((h) => h.observation.failures.length > 0 && h.status !== 'resolved' && h.status !== 'no-such-host');
    const rejected = result.hosts.filter((h) => h.observation.rejected.length > 0);
    if (failing.length > 0) {
        lines.push(`**${(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(failing.length, 'host')} could not be resolved**; their locked addresses are kept:`, '');
        lines.push('| Host | Record | DNS server | Reason |', '|---|---|---|---|');
        for (const host of failing) {
            for (const failure of host.observation.failures) {
                lines.push(tableRow([(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(host.host), failure.type, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(failure.server), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(failure.reason)]));
            }
        }
        lines.push('');
    }
    if (rejected.length > 0) {
        lines.push('**Answers ignored** (addresses that are never locked: a broken or poisoned answer):', '');
        for (const host of rejected) {
            const list = host.observation.rejected.map((r) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.address)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(r.reason)})`).join(', ');
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(host.host)}: ${list}`);
        }
        lines.push('');
    }
    return lines;
}
function footer(result) {
    const environments = Object.keys(result.next.environments);
    const hosts = result.hosts.length;
    const ok = result.hosts.filter((h) => h.status === 'resolved' || h.status === 'no-such-host').length;
    return `<sub>${(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hosts, 'host')} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(environments.join(', ')) || 'no environment'}; ${ok} resolved.</sub>`;
}
/** A table row of cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR).join(' | ')} |`;
}


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   QP: () => (/* binding */ changeRows)
/* harmony export */ });
/* harmony import */ var _lock_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(271);

function changeRows(result) {
    const rows = [];
    for (const environment of result.diff.environments) {
        const departing = new Map(environment.departing.map((d) => [d.address, d]));
        for (const host of environment.hosts) {
            const hostNote = host.presence === 'new' ? 'new host' : host.presence === 'dropped' ? 'host no longer configured' : '';
            for (const address of host.added) {
                const leftAgain = departing.get(address);
                const note = leftAgain
                    ? `seen briefly, left DNS again; stays allowed until ${leftAgain.until}`
                    : environment.added.includes(address)
                        ? hostNote
                        : 'moved here, already allowed';
                rows.push({ environment: environment.environment, host: host.host, change: 'added', address, note });
            }
            for (const address of host.removed) {
                const retired = result.hosts.find((h) => h.host === host.host)?.status === 'no-such-host';
                const note = !environment.removed.includes(address) ? 'still allowed through another host' : retired ? 'host no longer exists in DNS' : hostNote;
                rows.push({ environment: environment.environment, host: host.host, change: 'removed', address, note });
            }
        }
        for (const [address, d] of departing) {
            if (environment.added.includes(address))
                continue;
            const hostsWith = Object.entries((0,_lock_types_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(result.next.environments, environment.environment)?.hosts ?? {})
                .filter(([, addresses]) => addresses.includes(address))
                .map(([host]) => host);
            const retired = hostsWith.every((host) => result.hosts.find((h) => h.host === host)?.status === 'no-such-host');
            rows.push({
                environment: environment.environment,
                host: hostsWith.join(', '),
                change: 'departing',
                address,
                note: `${retired ? 'host no longer exists in DNS' : 'left DNS'}; stays allowed until ${d.until}`,
            });
        }
    }
    return rows;
}
function plural(count, word) {
    if (count === 1)
        return `1 ${word}`;
    return `${count} ${word}${/(s|sh|ch|x)$/.test(word) ? 'es' : 's'}`;
}
/** One sentence that says what happened. */
function headline(result, lockFile) {
    const { diff } = result;
    if (!result.previous) {
        const count = new Set(Object.values(result.next.environments).flatMap((e) => e.addresses)).size;
        return `${lockFile} does not exist yet: DNS gives ${plural(count, 'address')}`;
    }
    if (!result.lockChanged)
        return `${lockFile} is up to date with DNS`;
    if (diff.environments.length === 0)
        return `${lockFile} holds what DNS gives, but not in its canonical form`;
    const parts = [];
    if (diff.added.length)
        parts.push(`${plural(diff.added.length, 'address')} added`);
    if (diff.removed.length)
        parts.push(`${plural(diff.removed.length, 'address')} removed`);
    const departing = diff.environments.flatMap((e) => e.departing).length;
    if (departing)
        parts.push(`${plural(departing, 'address')} left DNS and ${departing === 1 ? 'stays' : 'stay'} allowed for now`);
    if (parts.length === 0)
        parts.push('hosts changed addresses, the allowed set is the same');
    return `DNS has changed: ${parts.join(', ')}`;
}


/***/ })

};
;