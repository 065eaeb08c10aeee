"use strict";
exports.id = 31;
exports.ids = [31];
exports.modules = {

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ lockFromObservations)
});

// EXTERNAL MODULE: ./lib/addresses.js
var lib_addresses = __webpack_require__(6172);
// EXTERNAL MODULE: ./lib/own.js
var own = __webpack_require__(9872);
;// CONCATENATED MODULE: ./lib/diff.js


function diffLocks(previous, next, removalGraceMs) {
    const names = [...new Set([...Object.keys(previous?.environments ?? {}), ...Object.keys(next.environments)])].sort();
    const environments = [];
    for (const name of names) {
        const before = (0,own/* own */.Z)(previous?.environments, name);
        const after = (0,own/* own */.Z)(next.environments, name);
        const hostNames = [...new Set([...Object.keys(before?.hosts ?? {}), ...Object.keys(after?.hosts ?? {})])].sort();
        const hosts = [];
        for (const host of hostNames) {
            const a = (0,own/* own */.Z)(before?.hosts, host);
            const b = (0,own/* own */.Z)(after?.hosts, host);
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
            added: minus(after?.addresses ?? [], before?.addresses ?? []),
            removed: minus(before?.addresses ?? [], after?.addresses ?? []),
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
function minus(a, b) {
    const other = new Set(b);
    return (0,lib_addresses/* sortAddresses */.fq)(a.filter((x) => !other.has(x)));
}
function addMs(iso, ms) {
    return new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./lib/lock/types.js
var types = __webpack_require__(271);
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
    const environments = {};
    for (const group of input.groups) {
        const environment = mergeEnvironment(group, input);
        if (environment)
            environments[group.name] = environment;
    }
    const schema = input.previous?.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: types/* LOCK_VERSION */.T, environments };
}
function mergeEnvironment(group, input) {
    const previous = (0,own/* own */.Z)(input.previous?.environments, group.name);
    const live = new Map();
    // Addresses some DNS answer returned this run, as opposed to ones kept because a lookup failed.
    const answered = new Set();
    for (const host of group.hosts) {
        const addresses = liveAddresses((0,own/* own */.Z)(previous?.hosts, host), input.observations.get(host), input.types);
        if (!addresses)
            continue;
        live.set(host, addresses.all);
        for (const address of addresses.answered)
            answered.add(address);
    }
    if (!previous && live.size === 0)
        return undefined;
    const liveInEnvironment = new Set([...live.values()].flat());
    const previouslyDeparting = previous?.departing ?? {};
    const nowIso = isoSeconds(input.now);
    const inGrace = (since) => input.now.getTime() - Date.parse(since) < input.removalGraceMs;
    const departing = {};
    const hosts = {};
    for (const [host, addresses] of live) {
        const kept = new Set(addresses);
        for (const address of (0,own/* own */.Z)(previous?.hosts, host) ?? []) {
            // An address that only moved to another host of the environment needs no grace: the
            // firewall keeps allowing it.
            if (kept.has(address) || liveInEnvironment.has(address))
                continue;
            const since = (0,own/* own */.Z)(previouslyDeparting, address) ?? nowIso;
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
    const environments = {};
    for (const name of Object.keys(lock.environments).sort()) {
        environments[name] = normalizeEnvironment(lock.environments[name]);
    }
    const schema = lock.$schema === undefined ? {} : { $schema: lock.$schema };
    return `${JSON.stringify({ ...schema, environments, version: lock.version }, null, 2)}\n`;
}
function normalizeEnvironment(environment) {
    const hosts = {};
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
    const previousText = previous && serializeLock(previous);
    return {
        previous,
        previousText,
        next,
        nextText,
        lockChanged: previousText !== nextText,
        diff: diffLocks(previous, next, settings.removalGraceMs),
        hosts,
        failedHosts: hosts.filter((h) => h.status === 'failed'),
    };
}


/***/ }),

/***/ 3202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ parseLockIfPresent)
});

// UNUSED EXPORTS: parseLock

// EXTERNAL MODULE: ./lib/addresses.js
var addresses = __webpack_require__(6172);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(2357);
// EXTERNAL MODULE: ./lib/lock/types.js
var types = __webpack_require__(271);
;// CONCATENATED MODULE: ./lib/lock/validator.generated.js
// Generated by scripts/generate-lock-validator.mjs from schema/ips.lock.schema.json. Do not edit.
// @ts-nocheck

const validate = validate10;
/* harmony default export */ const validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/vipps-ip-lock/vipps-ip-lock/blob/main/schema/ips.lock.schema.json", "title": "vipps-ip-lock lock file", "description": "The addresses of the Vipps MobilePay servers, as resolved by vipps-ip-lock.", "type": "object", "required": ["version", "environments"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Format version of the lock file." }, "environments": { "type": "object", "description": "One entry per environment (production, disaster-recovery, test, or a custom group).", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "additionalProperties": { "type": "object", "required": ["addresses", "hosts"], "properties": { "addresses": { "description": "Every address of the environment's hosts, IPv4 first, in numeric order.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "hosts": { "description": "Each host name with its addresses.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" }, "uniqueItems": true } }, "departing": { "description": "Addresses that left DNS and stay allowed during the removal grace, with when they left.", "type": "object", "additionalProperties": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" } } } } } } };
const pattern0 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/vipps-ip-lock/vipps-ip-lock/blob/main/schema/ips.lock.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.environments === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property '" + "environments" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.$schema !== undefined) {
        if (typeof data.$schema !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        if (1 !== data.version) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.environments !== undefined) {
        let data2 = data.environments;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key0 in data2) {
                const _errs6 = errors;
                if (typeof key0 === "string") {
                    if (!pattern0.test(key0)) {
                        const err4 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", propertyName: key0 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                var valid1 = _errs6 === errors;
                if (!valid1) {
                    const err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.addresses === undefined) {
                        const err6 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "addresses" }, message: "must have required property '" + "addresses" + "'" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data3.hosts === undefined) {
                        const err7 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property '" + "hosts" + "'" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (data3.addresses !== undefined) {
                        let data4 = data3.addresses;
                        if (Array.isArray(data4)) {
                            const len0 = data4.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                if (typeof data4[i0] !== "string") {
                                    const err8 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/addresses/" + i0, schemaPath: "#/properties/environments/additionalProperties/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err8];
                                    }
                                    else {
                                        vErrors.push(err8);
                                    }
                                    errors++;
                                }
                            }
                            let i1 = data4.length;
                            let j0;
                            if (i1 > 1) {
                                const indices0 = {};
                                for (; i1--;) {
                                    let item0 = data4[i1];
                                    if (typeof item0 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices0[item0] == "number") {
                                        j0 = indices0[item0];
                                        const err9 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/addresses", schemaPath: "#/properties/environments/additionalProperties/properties/addresses/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                        if (vErrors === null) {
                                            vErrors = [err9];
                                        }
                                        else {
                                            vErrors.push(err9);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices0[item0] = i1;
                                }
                            }
                        }
                        else {
                            const err10 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/addresses", schemaPath: "#/properties/environments/additionalProperties/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data3.hosts !== undefined) {
                        let data6 = data3.hosts;
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            for (const key2 in data6) {
                                let data7 = data6[key2];
                                if (Array.isArray(data7)) {
                                    const len1 = data7.length;
                                    for (let i2 = 0; i2 < len1; i2++) {
                                        if (typeof data7[i2] !== "string") {
                                            const err11 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/environments/additionalProperties/properties/hosts/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err11];
                                            }
                                            else {
                                                vErrors.push(err11);
                                            }
                                            errors++;
                                        }
                                    }
                                    let i3 = data7.length;
                                    let j1;
                                    if (i3 > 1) {
                                        const indices1 = {};
                                        for (; i3--;) {
                                            let item1 = data7[i3];
                                            if (typeof item1 !== "string") {
                                                continue;
                                            }
                                            if (typeof indices1[item1] == "number") {
                                                j1 = indices1[item1];
                                                const err12 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/hosts/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                                                if (vErrors === null) {
                                                    vErrors = [err12];
                                                }
                                                else {
                                                    vErrors.push(err12);
                                                }
                                                errors++;
                                                break;
                                            }
                                            indices1[item1] = i3;
                                        }
                                    }
                                }
                                else {
                                    const err13 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/hosts/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts", schemaPath: "#/properties/environments/additionalProperties/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data3.departing !== undefined) {
                        let data9 = data3.departing;
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            for (const key3 in data9) {
                                let data10 = data9[key3];
                                if (typeof data10 === "string") {
                                    if (!pattern1.test(data10)) {
                                        const err15 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/departing/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/departing/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err15];
                                        }
                                        else {
                                            vErrors.push(err15);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err16 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/departing/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/departing/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/departing", schemaPath: "#/properties/environments/additionalProperties/properties/departing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
}
else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err20];
    }
    else {
        vErrors.push(err20);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./lib/lock/parse.js



// The schema in ./schema.ts, compiled by ajv at build time (scripts/generate-lock-validator.mjs).

/**
 * Reads a lock file's text. Anything that is not a valid lock raises a LockFileError that names
 * the file and the problem; callers then stop without writing, so a malformed lock is never
 * overwritten.
 */
function parseLock(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* LockFileError */.U0(`${source} is not valid JSON (${error.message}). ${FIX}`);
    }
    const version = typeof data === 'object' && data !== null ? data.version : undefined;
    if (typeof version === 'number' && version > types/* LOCK_VERSION */.T) {
        throw new errors/* LockFileError */.U0(`${source} has lock format version ${version}, written by a newer vipps-ip-lock; this one reads version ${types/* LOCK_VERSION */.T}. Upgrade vipps-ip-lock.`);
    }
    if (!validate(data)) {
        throw new errors/* LockFileError */.U0(`${source} is not a valid lock file: ${describe(validate.errors ?? [])}. ${FIX}`);
    }
    const environments = {};
    for (const [name, environment] of Object.entries(data.environments)) {
        environments[name] = canonicalEnvironment(environment, name, source);
    }
    const schema = data.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: types/* LOCK_VERSION */.T, environments };
}
/** parseLock for a lock file that may not exist yet. */
function parseLockIfPresent(text, source) {
    return text === undefined ? undefined : parseLock(text, source);
}
const FIX = 'Fix or delete it; vipps-ip-lock leaves it untouched until it can be read.';
function describe(errors) {
    return errors
        .slice(0, 5)
        .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
        .join('; ');
}
/** Checks every address and writes it in canonical form, so a hand-edited `2001:DB8::1` still matches DNS. */
function canonicalEnvironment(environment, name, source) {
    const canonical = (address) => {
        const parsed = (0,addresses/* parseAddress */.or)(address);
        if (parsed)
            return parsed.toString();
        throw new errors/* LockFileError */.U0(`${source}: environment "${name}" lists "${address}", which is not an IP address. ${FIX}`);
    };
    const hosts = {};
    for (const [host, addresses] of Object.entries(environment.hosts))
        hosts[host] = addresses.map(canonical);
    const result = { addresses: environment.addresses.map(canonical), hosts };
    if (environment.departing) {
        result.departing = Object.fromEntries(Object.entries(environment.departing).map(([a, since]) => [canonical(a), since]));
    }
    return result;
}


/***/ }),

/***/ 271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ LOCK_VERSION)
/* harmony export */ });
const LOCK_VERSION = 1;


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ checkExports),
  v: () => (/* binding */ describeStale)
});

// EXTERNAL MODULE: ./lib/own.js
var own = __webpack_require__(9872);
// EXTERNAL MODULE: ./lib/exports/formats.js
var formats = __webpack_require__(6820);
;// CONCATENATED MODULE: ./lib/exports/render.js


/** The text of every export, by path, from a lock. The same lock always gives the same bytes. */
function renderExports(lock, specs, lockFile) {
    const files = new Map();
    for (const spec of specs) {
        const chosen = spec.environments ?? Object.keys(lock.environments);
        const environments = chosen.map((name) => ({ name, addresses: (0,own/* own */.Z)(lock.environments, name)?.addresses ?? [] }));
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
 * Warnings for hosts no server resolved and hosts that do not exist, and the failure they cause
 * when the settings ask for it.
 */
function lookupFailures(result, settings) {
    const warnings = result.failedHosts.map((host) => {
        const reasons = [...new Set(host.observation.failures.map((f) => `${f.type} via ${f.server}: ${f.reason}`))];
        return `${host.host} could not be resolved (${reasons.join('; ')}); its locked addresses are kept. Check that the DNS servers are reachable from the runner.`;
    });
    const unknown = unknownHosts(result);
    for (const host of unknown) {
        warnings.push(`${host.host} does not exist: every DNS server answered that there is no such host (NXDOMAIN), so no address is locked for it. Check its spelling in hosts.`);
    }
    if (warnings.length === 0 || settings.onLookupFailure === 'warn')
        return { warnings };
    const parts = [];
    if (result.failedHosts.length > 0) {
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(result.failedHosts.length, 'host')} could not be resolved: ${result.failedHosts.map((h) => h.host).join(', ')}. Their locked addresses were kept.`);
    }
    if (unknown.length > 0) {
        parts.push(`${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(unknown.length, 'host')} ${unknown.length === 1 ? 'does' : 'do'} not exist in DNS: ${unknown.map((h) => h.host).join(', ')}.`);
    }
    return { warnings, failure: `${parts.join(' ')} With on-lookup-failure set to warn, this only warns.` };
}


/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ own)
/* harmony export */ });
/**
 * `record[key]` when `record` holds `key` itself. Keys from data (group names, host names from a
 * lock) may be `constructor` or `toString`: a plain lookup would find Object's methods instead.
 */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
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
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9872);

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
            const hostsWith = Object.entries((0,_own_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .Z)(result.next.environments, environment.environment)?.hosts ?? {})
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