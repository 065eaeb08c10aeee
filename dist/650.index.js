"use strict";
exports.id = 650;
exports.ids = [650];
exports.modules = {

/***/ 4650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ parseLock),
  X: () => (/* binding */ parseLockIfPresent)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(2357);
;// CONCATENATED MODULE: ./lib/lock/duplicate-keys.js
// A JSON text whose object repeats a key is ambiguous: JSON.parse keeps the last, other readers the
// first or refuse it. A lock is a security control; what a reviewer reads must be what the action
// acts on, so a repeated key makes the lock malformed in every mode.
/** Each repeated key of a JSON text that JSON.parse accepted, as `path key "name"`, in order of appearance. */
function duplicateKeys(text) {
    const found = [];
    // One frame per open object or array: the keys seen in an object and the path to it.
    const stack = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            const end = stringEnd(text, i);
            const literal = text.slice(i, end);
            const frame = stack[stack.length - 1];
            let j = end;
            while (j < text.length && /\s/.test(text[j]))
                j++;
            if (frame?.keys && text[j] === ':') {
                const key = JSON.parse(literal);
                if (frame.keys.has(key))
                    found.push(`${frame.path || '(top level)'} key ${JSON.stringify(key)}`);
                frame.keys.add(key);
                frame.key = key;
            }
            i = end;
            continue;
        }
        if (c === '{' || c === '[') {
            const parent = stack[stack.length - 1];
            const step = parent === undefined ? '' : parent.keys ? `/${parent.key ?? ''}` : `/${parent.index}`;
            stack.push({ keys: c === '{' ? new Set() : undefined, path: `${parent?.path ?? ''}${step}`, index: 0 });
        }
        else if (c === '}' || c === ']')
            stack.pop();
        else if (c === ',') {
            const frame = stack[stack.length - 1];
            if (frame && !frame.keys)
                frame.index++;
        }
        i++;
    }
    return found;
}
/** The index just past the string literal that opens at `start`. */
function stringEnd(text, start) {
    let i = start + 1;
    while (i < text.length && text[i] !== '"')
        i += text[i] === '\\' ? 2 : 1;
    return i + 1;
}

// EXTERNAL MODULE: ./lib/lock/types.js
var types = __webpack_require__(271);
// EXTERNAL MODULE: ./lib/addresses.js
var addresses = __webpack_require__(6172);
;// CONCATENATED MODULE: ./lib/lock/validate.js


// The lock decides who may reach a merchant's payment endpoints, and anyone who can push or open a
// pull request can write it: it is read as untrusted input. The JSON Schema checks its shape; these
// rules check what a schema cannot say.
/** How far ahead of this machine's clock a departing time may be: runners' clocks drift a little. */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Checks one environment and returns it in canonical form, or the problems that make it
 * malformed. Every address must be a public unicast address (the rule DNS answers are held to);
 * `addresses` must be exactly the union of the hosts' addresses; host names must be host names;
 * a departing time must be a real UTC instant no later than now (plus clock skew), for an
 * address the environment holds. Forms that are valid but not canonical (upper-case hex, an
 * unsorted list) are accepted and rewritten, so they read as a change.
 */
function validateEnvironment(raw, now) {
    const problems = [];
    const canonical = (text, where) => {
        const check = (0,addresses/* checkAddress */.l_)(text);
        if (check.ok)
            return check.address;
        problems.push(`${where} lists ${JSON.stringify(text)}: ${check.reason}`);
        return undefined;
    };
    const hosts = (0,types/* emptyRecord */.FR)();
    for (const [written, list] of Object.entries(raw.hosts)) {
        // ASCII letters only are folded: toLowerCase() would also turn the Kelvin sign into a `k`.
        const host = written.replace(/[A-Z]/g, (letter) => letter.toLowerCase()).replace(/\.$/, '');
        if (!isHostName(host)) {
            problems.push(`${JSON.stringify(written)} is not a host name (dot-separated labels of letters, digits and inner hyphens, 63 at most each, 253 in all)`);
            continue;
        }
        if (Object.hasOwn(hosts, host)) {
            problems.push(`host ${JSON.stringify(written)} appears twice`);
            continue;
        }
        hosts[host] = (0,addresses/* sortAddresses */.fq)(list.flatMap((text) => canonical(text, `host ${host}`) ?? []));
    }
    const held = new Set(Object.values(hosts).flat());
    const listed = new Set(raw.addresses.flatMap((text) => canonical(text, '"addresses"') ?? []));
    for (const address of (0,addresses/* sortAddresses */.fq)(listed)) {
        if (!held.has(address))
            problems.push(`"addresses" lists ${address}, which no host holds`);
    }
    for (const address of (0,addresses/* sortAddresses */.fq)(held)) {
        if (!listed.has(address))
            problems.push(`${address} of ${hostsHolding(hosts, address)} is missing from "addresses"`);
    }
    const environment = { addresses: (0,addresses/* sortAddresses */.fq)(held), hosts };
    if (raw.departing) {
        const departing = (0,types/* emptyRecord */.FR)();
        for (const [text, since] of Object.entries(raw.departing)) {
            const address = canonical(text, '"departing"');
            const timeProblem = instantProblem(since, now);
            if (timeProblem)
                problems.push(`the departing time of ${address ?? JSON.stringify(text)}, ${JSON.stringify(since)}, ${timeProblem}`);
            if (address === undefined)
                continue;
            if (!held.has(address))
                problems.push(`"departing" marks ${address}, which no host holds`);
            departing[address] = since;
        }
        environment.departing = departing;
    }
    return { environment, problems };
}
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** A host name in lower case without a final dot: LDH labels of 1-63 characters, 253 in all, two labels at least. */
function isHostName(name) {
    const labels = name.split('.');
    return name.length <= 253 && labels.length >= 2 && labels.every((label) => LABEL.test(label));
}
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Why `text` is not a UTC instant in whole seconds no later than `now` (plus skew); undefined when it is one. */
function instantProblem(text, now) {
    const time = Date.parse(text);
    // Date.parse rolls some impossible dates over (2026-02-30 becomes March 2nd): the instant must
    // print back as the very text it was read from.
    if (!ISO_SECONDS.test(text) || Number.isNaN(time) || new Date(time).toISOString() !== text.replace(/Z$/, '.000Z')) {
        return 'is not a real UTC time such as 2026-11-24T08:00:00Z';
    }
    if (time > now.getTime() + CLOCK_SKEW_MS)
        return `is in the future (now is ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')})`;
    return undefined;
}
function hostsHolding(hosts, address) {
    return Object.keys(hosts)
        .filter((host) => hosts[host]?.includes(address))
        .join(', ');
}

;// CONCATENATED MODULE: ./lib/lock/validator.generated.js
// Generated by scripts/generate-lock-validator.mjs from schema/ips.lock.schema.json. Do not edit.
// @ts-nocheck

const validate = validate10;
/* harmony default export */ const validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/vipps-ip-lock/vipps-ip-lock/blob/main/schema/ips.lock.schema.json", "title": "vipps-ip-lock lock file", "description": "The addresses of the Vipps MobilePay servers, as resolved by vipps-ip-lock.", "type": "object", "required": ["version", "environments"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Format version of the lock file." }, "environments": { "type": "object", "description": "One entry per environment (production, disaster-recovery, test, or a custom group). vipps-ip-lock reads the lock as untrusted input and refuses one that breaks a rule a schema cannot state: every address a public unicast address, `addresses` exactly the union of the hosts' addresses, host names valid, departing times real and not in the future.", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "additionalProperties": { "type": "object", "required": ["addresses", "hosts"], "properties": { "addresses": { "description": "Every address of the environment's hosts (exactly their union), IPv4 first, in numeric order. Public unicast addresses only.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "hosts": { "description": "Each host name (dot-separated labels of letters, digits and inner hyphens) with its addresses.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" }, "uniqueItems": true } }, "departing": { "description": "Addresses of this environment that left DNS and stay allowed during the removal grace, with when they left (a UTC time no later than now).", "type": "object", "additionalProperties": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" } } } } } } };
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




// The schema in schema/ips.lock.schema.json, compiled by ajv at build time (scripts/generate-lock-validator.mjs).

/**
 * Reads a lock file's text as untrusted input. Anything that is not a valid lock (bad JSON, the
 * wrong shape, or values no honest run writes: see validate.ts) raises a LockFileError that names
 * the file and every problem; callers then stop without writing, so a malformed lock is never
 * overwritten and never acted on. `now` bounds departing times.
 */
function parseLock(text, source, now = new Date()) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* LockFileError */.U0(`${source} is not valid JSON (${syntaxReason(text, error)}). ${FIX}`);
    }
    const repeated = duplicateKeys(text);
    if (repeated.length > 0) {
        throw new errors/* LockFileError */.U0(`${source} is malformed: it repeats a JSON key, which readers take differently (one keeps the first, another the last): ${repeated.slice(0, MAX_PROBLEMS).join('; ')}. ${FIX}`);
    }
    const version = typeof data === 'object' && data !== null ? data.version : undefined;
    if (typeof version === 'number' && version > types/* LOCK_VERSION */.TL) {
        throw new errors/* LockFileError */.U0(`${source} has lock format version ${version}, written by a newer vipps-ip-lock; this one reads version ${types/* LOCK_VERSION */.TL}. Upgrade vipps-ip-lock.`);
    }
    if (!validate(data)) {
        throw new errors/* LockFileError */.U0(`${source} is not a valid lock file: ${describe(validate.errors ?? [])}. ${FIX}`);
    }
    const lock = data;
    const environments = (0,types/* emptyRecord */.FR)();
    const problems = [];
    for (const [name, raw] of Object.entries(lock.environments)) {
        const checked = validateEnvironment(raw, now);
        environments[name] = checked.environment;
        problems.push(...checked.problems.map((problem) => `environment "${name}": ${problem}`));
    }
    if (problems.length > 0) {
        const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : '';
        throw new errors/* LockFileError */.U0(`${source} is malformed: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${more}. ${FIX}`);
    }
    const schema = lock.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: types/* LOCK_VERSION */.TL, environments };
}
/** parseLock for a lock file that may not exist yet. */
function parseLockIfPresent(text, source, now) {
    return text === undefined ? undefined : parseLock(text, source, now);
}
const MAX_PROBLEMS = 5;
/**
 * Where JSON.parse stopped, never what it found there: its message quotes the file's first bytes,
 * and the file may be a link to something secret.
 */
function syntaxReason(text, error) {
    const message = error instanceof Error ? error.message : '';
    if (text.trim() === '')
        return 'the file is empty';
    if (/Unexpected end of JSON input/.test(message))
        return 'the file ends before the JSON does';
    const position = /at position (\d+)/.exec(message);
    if (!position)
        return 'syntax error';
    const before = text.slice(0, Number(position[1])).split('\n');
    return `syntax error at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
const FIX = 'Fix or delete it; vipps-ip-lock leaves it untouched and acts on nothing in it until it can be read.';
function describe(errors) {
    return (errors
        // A bad key is reported twice: once for its pattern (naming the key), once as "property name must be valid".
        .filter((e) => e.keyword !== 'propertyNames')
        .slice(0, MAX_PROBLEMS)
        .map((e) => `${e.instancePath || '(top level)'}${e.propertyName === undefined ? '' : ` key ${JSON.stringify(e.propertyName)}`} ${e.message ?? 'is invalid'}`)
        .join('; '));
}


/***/ })

};
;