"use strict";
exports.id = 481;
exports.ids = [481];
exports.modules = {

/***/ 1481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLocal: () => (/* binding */ runLocal)
});

// EXTERNAL MODULE: ./lib/engine.js + 1 modules
var engine = __webpack_require__(2137);
// EXTERNAL MODULE: ./lib/exports/render.js
var render = __webpack_require__(314);
// EXTERNAL MODULE: ./lib/lock/serialize.js
var serialize = __webpack_require__(4172);
;// CONCATENATED MODULE: ./lib/lock/canonical.js

// On a pull request the lock must be byte for byte what the action writes for it. Keys the action
// does not write (the contract lets later versions add some) and any other hand-made form would
// otherwise reach the base branch unreviewed by the gate: JSON.parse and the gate see one lock,
// another reader of the merged file may see another.
const KNOWN_TOP = new Set(['$schema', 'environments', 'version']);
const KNOWN_ENVIRONMENT = new Set(['addresses', 'departing', 'hosts']);
/** One finding when the pull request's lock text is not the canonical serialization of what it parses to. */
function canonicalFindings(lock, text, lockFile) {
    if (lock === undefined || text === undefined)
        return [];
    const canonical = (0,serialize/* serializeLock */.g)(lock);
    if (text === canonical)
        return [];
    return [`${lockFile} is not in the canonical form the action writes: ${difference(text, canonical)}; run an update (or the CLI's update) to rewrite it`];
}
function difference(text, canonical) {
    const unknown = unknownKeys(JSON.parse(text));
    if (unknown.length > 0)
        return `unknown key ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`;
    const got = text.split('\n');
    const want = canonical.split('\n');
    let line = 0;
    while (line < got.length && got[line] === want[line])
        line++;
    return `line ${line + 1} is ${JSON.stringify(got[line] ?? '(end of file)')}, the action writes ${JSON.stringify(want[line] ?? '(end of file)')}`;
}
function unknownKeys(data) {
    const record = data;
    const keys = Object.keys(record)
        .filter((key) => !KNOWN_TOP.has(key))
        .map((key) => JSON.stringify(key));
    for (const [name, environment] of Object.entries(record.environments ?? {})) {
        for (const key of Object.keys(environment))
            if (!KNOWN_ENVIRONMENT.has(key))
                keys.push(`${JSON.stringify(key)} in environment "${name}"`);
    }
    return keys;
}

// EXTERNAL MODULE: ./lib/lock/parse.js + 3 modules
var parse = __webpack_require__(4650);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(512);
// EXTERNAL MODULE: ./lib/report/markdown.js + 1 modules
var markdown = __webpack_require__(7340);
// EXTERNAL MODULE: ./lib/report/rows.js
var rows = __webpack_require__(2510);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(2357);
;// CONCATENATED MODULE: ./lib/text-file.js



/** A file's text (the lock, a firewall export) under `root`, or undefined when it does not exist. */
async function readTextFile(root, file, links = 'inside') {
    const located = await locate(root, file, links);
    if (!located.existing)
        return undefined;
    try {
        return await (0,promises_.readFile)(located.target, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file} cannot be read: ${reason(error)}.`);
    }
}
/**
 * Writes files one at a time, in the order given, each through a temporary file in its own folder
 * and a rename, so a reader never sees half a file. Every path is checked before the first write,
 * so a path that cannot be written leaves every file as it was.
 */
async function writeTextFiles(root, files, links = 'inside') {
    const planned = [];
    const byTarget = new Map();
    for (const [file, text] of files) {
        const located = await locate(root, file, links);
        if (located.blocked)
            throw new Error(located.blocked);
        const other = byTarget.get(located.target);
        if (other !== undefined)
            throw new UserError(`${other} and ${file} are the same file (through a link): give each its own file.`);
        byTarget.set(located.target, file);
        planned.push([file, located, text]);
    }
    for (const [file, located, text] of planned)
        await writeOne(file, located, text);
}
/** writeTextFiles for one file. */
async function writeTextFile(root, file, text, links = 'inside') {
    await writeTextFiles(root, new Map([[file, text]]), links);
}
async function writeOne(file, located, text) {
    const { target, existing } = located;
    const folder = path.dirname(target);
    // A short random name in the target's own folder: it always fits the file system's name limit,
    // and the rename stays on one file system.
    const temporary = path.join(folder, `.vipps-ip-lock-${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex')}.tmp`);
    try {
        await mkdir(folder, { recursive: true });
        const handle = await open(temporary, 'wx', existing ? existing.mode : 0o666);
        try {
            if (existing) {
                // open() applies the umask; the file keeps exactly the mode it had.
                await handle.chmod(existing.mode);
                if (process.getuid?.() === 0)
                    await handle.chown(existing.uid, existing.gid);
            }
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(temporary, target);
    }
    catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw new Error(`${file} could not be written: ${reason(error)}.`);
    }
}
/** Follows `file` under `root` to the real file, refusing what must not be read or written. */
async function locate(root, file, links) {
    const realRoot = await (0,promises_.realpath)(root);
    const parts = file.split('/');
    const name = parts.pop();
    let folder = realRoot;
    for (const [index, part] of parts.entries()) {
        const shown = parts.slice(0, index + 1).join('/');
        const next = external_node_path_default().join(folder, part);
        const stat = await lstatOrUndefined(next, shown);
        if (!stat)
            return { target: external_node_path_default().join(next, ...parts.slice(index + 1), name) };
        if (stat.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(next).catch(() => undefined);
            if (real === undefined)
                throw new errors/* UserError */.yo(`${shown} is a link to a folder that does not exist: ${file} cannot be used.`);
            if (!isInside(realRoot, real))
                throw new errors/* UserError */.yo(`${shown} is a link to ${real}, outside ${realRoot}: ${file} is not written through it.`);
            folder = real;
        }
        else if (stat.isDirectory())
            folder = next;
        else
            return { target: next, blocked: `${file} could not be written: ${shown} is a file, not a folder.` };
        if (inGit(external_node_path_default().relative(realRoot, folder)))
            throw new errors/* UserError */.yo(`${file} leads into .git (through ${shown}): it is never read or written.`);
    }
    return locateFile(realRoot, external_node_path_default().join(folder, name), file, links);
}
async function locateFile(realRoot, start, file, links) {
    let current = start;
    for (let hops = 0; hops < 40; hops++) {
        const stat = await lstatOrUndefined(current, file);
        if (stat?.isSymbolicLink()) {
            current = external_node_path_default().resolve(external_node_path_default().dirname(current), await (0,promises_.readlink)(current));
            continue;
        }
        if (stat && !stat.isFile())
            throw new errors/* UserError */.yo(`${file} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}: it must be a file.`);
        // The folder of a link's target, with its own links resolved, so the checks see the real place.
        const folder = await (0,promises_.realpath)(external_node_path_default().dirname(current)).catch(() => undefined);
        if (folder === undefined)
            throw new errors/* UserError */.yo(`${file} is a link into ${external_node_path_default().dirname(current)}, which does not exist.`);
        const target = external_node_path_default().join(folder, external_node_path_default().basename(current));
        const inside = isInside(realRoot, target);
        if (!inside && links === 'inside')
            throw new errors/* UserError */.yo(`${file} is a link to ${target}, outside ${realRoot}: it is not read or written.`);
        if (inGit(inside ? external_node_path_default().relative(realRoot, target) : target))
            throw new errors/* UserError */.yo(`${file} is a link into a .git folder (${target}): it is never read or written.`);
        return { target, ...(stat ? { existing: { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } } : {}) };
    }
    throw new errors/* UserError */.yo(`${file} is a loop of links.`);
}
async function lstatOrUndefined(file, shown) {
    try {
        return await (0,promises_.lstat)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* UserError */.yo(`${shown} cannot be read: ${reason(error)}.`);
    }
}
function isInside(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative));
}
function inGit(relative) {
    return relative.split((external_node_path_default()).sep).some((part) => /^(\.git|git~\d+)[. ]*$/i.test(part));
}
const REASONS = new Map([
    ['EACCES', 'permission denied'],
    ['EPERM', 'operation not permitted'],
    ['EISDIR', 'it is a folder'],
    ['ENOTDIR', 'a part of its path is a file, not a folder'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'no space left on the device'],
    ['ELOOP', 'too many links'],
    ['ENAMETOOLONG', 'the name is too long'],
]);
function reason(error) {
    const code = error.code ?? '';
    return REASONS.get(code) ?? (error instanceof Error ? error.message : String(error));
}

// EXTERNAL MODULE: ./lib/modes/exports.js
var modes_exports = __webpack_require__(2844);
// EXTERNAL MODULE: ./lib/addresses.js
var lib_addresses = __webpack_require__(6172);
// EXTERNAL MODULE: ./lib/agreement.js
var agreement = __webpack_require__(6728);
// EXTERNAL MODULE: ./lib/lock/types.js
var types = __webpack_require__(271);
;// CONCATENATED MODULE: ./lib/modes/gate.js



/**
 * The pull request's lock held to the base: what it adds that DNS does not return now is taken
 * out, and a departing mark it moved later or dropped is put back as the base had it. That is the
 * lock check then compares with DNS, so the outputs and the summary show what the firewall may
 * allow, and `findings` says, one sentence each naming the file and the address, what was taken.
 */
function confineToBase(head, base, observed, lockFile, addWhen = 'any') {
    const returned = returnedByDns(observed, 'any');
    // What a pull request may add is what a run may add: under add-when all, what every server answered with (none failing).
    const addable = addWhen === 'all' ? returnedByDns(observed, 'all') : returned;
    const refusal = addWhen === 'all'
        ? 'which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)'
        : 'which DNS does not return for it now';
    const findings = [];
    const environments = (0,types/* emptyRecord */.FR)();
    for (const [name, environment] of Object.entries(head.environments)) {
        const before = (0,types/* own */.ZV)(base.lock?.environments, name);
        const hosts = (0,types/* emptyRecord */.FR)();
        for (const [host, addresses] of Object.entries(environment.hosts)) {
            hosts[host] = addresses.filter((address) => {
                if ((0,types/* own */.ZV)(before?.hosts, host)?.includes(address) || addable.get(host)?.has(address))
                    return true;
                findings.push(`${lockFile} adds ${address} to ${host} (${name}), ${refusal}`);
                return false;
            });
        }
        const held = new Set(Object.values(hosts).flat());
        const heldBefore = new Set(Object.values(before?.hosts ?? {}).flat());
        const returnedHere = new Set(Object.keys(hosts).flatMap((host) => [...(returned.get(host) ?? [])]));
        const departing = (0,types/* emptyRecord */.FR)();
        for (const address of (0,lib_addresses/* sortAddresses */.fq)(held)) {
            const since = (0,types/* own */.ZV)(before?.departing, address);
            const mark = (0,types/* own */.ZV)(environment.departing, address);
            // An update marks an address departing when it leaves DNS: a new mark can only shorten how
            // long the address stays. Moving a mark later, or dropping it, restarts the removal grace.
            if (since !== undefined && heldBefore.has(address) && !returnedHere.has(address)) {
                if (mark === undefined) {
                    findings.push(`${lockFile} drops the departing mark of ${address} (${name}, since ${since}), which would keep it allowed longer`);
                }
                else if (Date.parse(mark) > Date.parse(since)) {
                    findings.push(`${lockFile} moves the departing time of ${address} (${name}) from ${since} to ${mark}, which would keep it allowed longer`);
                }
                departing[address] = mark !== undefined && Date.parse(mark) <= Date.parse(since) ? mark : since;
            }
            else if (mark !== undefined)
                departing[address] = mark;
        }
        environments[name] = { addresses: (0,lib_addresses/* sortAddresses */.fq)(held), hosts, ...(Object.keys(departing).length > 0 ? { departing } : {}) };
    }
    return { lock: { ...head, environments }, findings };
}
/** Lines an export gains over the base that the confined lock and DNS do not give. */
function exportFindings(base, headExports, expectedExports) {
    const findings = [];
    for (const [file, expected] of expectedExports) {
        const text = headExports.get(file);
        if (text === undefined)
            continue;
        const before = new Set((base.exports.get(file) ?? '').split('\n'));
        const given = new Set(expected.split('\n'));
        for (const line of text.split('\n')) {
            if (line.trim() === '' || before.has(line) || given.has(line))
                continue;
            findings.push(`${file} adds the line ${JSON.stringify(line)}, which the lock and DNS do not give`);
        }
    }
    return findings;
}
/** For each host, every address some DNS server returned in this run (`any`), or every server, none failing (`all`). */
function returnedByDns(observed, by) {
    const returned = new Map();
    for (const [host, observation] of observed.observations) {
        const types = Object.keys(observation.decided);
        returned.set(host, new Set(by === 'all' ? types.flatMap((type) => [...(0,agreement/* agreedAddresses */.fw)(observation, type)]) : Object.values(observation.decided).flat()));
    }
    return returned;
}

// EXTERNAL MODULE: ./lib/lock/merge.js
var merge = __webpack_require__(9026);
;// CONCATENATED MODULE: ./lib/modes/gate-removals.js



// The other half of the pull request gate: a pull request may not take out what the action's own
// update would keep. That update merges DNS into the base lock under the same rules a run uses (a
// failed lookup keeps an address, only every server answering without it removes it, a departing
// address stays through its removal grace), so a lock or an export that drops one of those
// addresses would cut the firewall off from a callback server that may still call.
/**
 * What the action's own update would keep now from the base lock: what the pull request may not go
 * below. An address kept only through a grace that starts now (every server answered without it,
 * and the base holds no departing mark for it) is left out: an open proposal's earlier mark may
 * already end that grace (merge.ts), so the action's own removal may drop it. A mark the base
 * holds cannot be shortened that way, so an address departing on the base stays for its grace.
 */
function keptFromBase(base, settings, observed, now) {
    if (base === undefined)
        return undefined;
    const merged = (0,merge/* mergeLock */.w)({
        previous: base,
        groups: settings.groups,
        observations: observed.observations,
        types: settings.recordTypes,
        now,
        removalGraceMs: settings.removalGraceMs,
        addWhen: settings.addWhen,
    });
    const environments = (0,types/* emptyRecord */.FR)();
    for (const [name, environment] of Object.entries(merged.environments)) {
        const baseMarks = (0,types/* own */.ZV)(base.environments, name)?.departing;
        const fresh = (address) => (0,types/* own */.ZV)(environment.departing, address) !== undefined && (0,types/* own */.ZV)(baseMarks, address) === undefined;
        const hosts = (0,types/* emptyRecord */.FR)();
        for (const [host, addresses] of Object.entries(environment.hosts))
            hosts[host] = addresses.filter((address) => !fresh(address));
        const departing = Object.fromEntries(Object.entries(environment.departing ?? {}).filter(([address]) => !fresh(address)));
        environments[name] = {
            addresses: environment.addresses.filter((address) => !fresh(address)),
            hosts,
            ...(Object.keys(departing).length > 0 ? { departing } : {}),
        };
    }
    return { ...merged, environments };
}
/** One sentence per address the update keeps in an environment that the pull request's lock drops from it. */
function removalFindings(head, kept, observed, lockFile) {
    const findings = [];
    for (const [name, environment] of Object.entries(kept?.environments ?? {})) {
        const held = new Set((0,types/* own */.ZV)(head?.environments, name)?.addresses ?? []);
        for (const address of (0,lib_addresses/* sortAddresses */.fq)(environment.addresses)) {
            if (held.has(address))
                continue;
            const hosts = Object.keys(environment.hosts).filter((host) => (0,types/* own */.ZV)(environment.hosts, host)?.includes(address));
            findings.push(`${lockFile} removes ${address} (${hosts.join(', ')}, ${name}), ${why(address, hosts, observed, (0,types/* own */.ZV)(environment.departing, address))}`);
        }
    }
    return findings;
}
/** Lines of an export on the base that the kept lock still gives and the pull request takes out. */
function exportRemovalFindings(baseExports, headExports, keptExports) {
    const findings = [];
    for (const [file, keptText] of keptExports) {
        const before = baseExports.get(file);
        if (before === undefined)
            continue;
        const now = new Set((headExports.get(file) ?? '').split('\n'));
        const kept = new Set(keptText.split('\n'));
        for (const line of new Set(before.split('\n'))) {
            if (line.trim() === '' || now.has(line) || !kept.has(line))
                continue;
            findings.push(`${file} removes the line ${JSON.stringify(line)}, which the action's own update keeps`);
        }
    }
    return findings;
}
function why(address, hosts, observed, departingSince) {
    const returned = hosts.some((host) => Object.values(observed.observations.get(host)?.decided ?? {}).some((list) => list?.includes(address)));
    if (returned)
        return 'which DNS still returns (an address leaves only when every server answers without it)';
    if (departingSince !== undefined)
        return `which stays allowed through its removal grace (departing since ${departingSince})`;
    return 'whose lookup failed (a failed lookup never removes an address)';
}

// EXTERNAL MODULE: ./lib/modes/outcome.js
var modes_outcome = __webpack_require__(4083);
// EXTERNAL MODULE: ./lib/dns/resolve-hosts.js + 16 modules
var resolve_hosts = __webpack_require__(1331);
;// CONCATENATED MODULE: ./lib/modes/rehearsal.js


/**
 * DNS as the lock says it was, the usual answer of an hourly run: every server answering for every
 * host with the addresses the lock holds for it (departing ones left out). It is asked and read as
 * a run asks and reads DNS (resolveHosts), with resolvers that answer from the lock, so it has the
 * real observation's shape and order by construction.
 *
 * check and report compare the lock with it while the real answers are on their way (runLocal).
 * When DNS then says exactly this, that outcome is the run's: the same inputs through the same code
 * give the same outcome. Otherwise it is dropped, having had V8 compile the comparison, the report
 * and the outputs (about 60 KB of code) while the CPU waited instead of after the last answer.
 */
function observedAsLocked(lock, settings, servers) {
    const held = (host, type) => {
        const addresses = new Set();
        for (const environment of Object.values(lock?.environments ?? {})) {
            for (const address of Object.hasOwn(environment.hosts, host) ? (environment.hosts[host] ?? []) : []) {
                const departing = environment.departing && Object.hasOwn(environment.departing, address);
                if (!departing && (0,lib_addresses/* isIPv6 */.w7)(address) === (type === 'AAAA'))
                    addresses.add(address);
            }
        }
        return addresses.size > 0 ? { kind: 'addresses', addresses: [...addresses] } : { kind: 'no-records' };
    };
    const fromLock = servers.map((server) => ({ server, lookup: async (host, type) => held(host, type), cancel() { } }));
    return (0,resolve_hosts/* resolveHosts */.Gn)(settings, fromLock);
}
/** Whether two observations say exactly the same: every host, server, type, address and failure, in order. */
function sameObservation(a, b) {
    const text = (observed) => JSON.stringify([observed.hosts, [...observed.observations]]);
    return text(a) === text(b);
}

;// CONCATENATED MODULE: ./lib/modes/local.js













/**
 * check and report modes: compare live DNS with the lock in the workspace. check fails when they
 * differ or the lock is missing, and on a pull request when it adds what DNS does not return;
 * report never fails on drift. Neither writes anything.
 */
async function runLocal(settings, context) {
    let answered = false;
    const settled = () => {
        answered = true;
    };
    context.observed.then(settled, settled);
    const sources = context.gate && (await context.gate);
    const head = sources?.head;
    const texts = new Map();
    const reads = new Map();
    // Each file is read once: the rehearsal's reads serve the comparison, which then reads nothing.
    const read = (file) => {
        let reading = reads.get(file);
        if (!reading) {
            reading = (async () => (head ? head.get(file) : await readTextFile(context.root, file, context.links)))();
            reads.set(file, reading);
        }
        return reading.then((text) => {
            texts.set(file, text);
            return text;
        });
    };
    const previousText = await read(settings.lockFile);
    // A malformed lock fails the run here, while DNS answers, and is never overwritten.
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, head ? `${settings.lockFile} in the pull request` : settings.lockFile, context.now);
    const compare = (observed) => compareWithDns(settings, context, { sources, previous, previousText, texts, read }, observed);
    // See rehearsal.ts. A rehearsal that fails is dropped: it must not fail the run.
    const rehearsal = answered
        ? undefined
        : await Promise.resolve()
            .then(async () => {
            const expected = await observedAsLocked(previous, settings, context.servers ?? []);
            return { expected, outcome: await compare(expected) };
        })
            .catch(() => undefined);
    const observed = await context.observed;
    if (rehearsal && context.servers && sameObservation(rehearsal.expected, observed))
        return rehearsal.outcome;
    return compare(observed);
}
/** The outcome of check or report for what DNS says, given the lock (and, on a pull request, the base). */
async function compareWithDns(settings, context, lockRead, observed) {
    const { sources, previous, previousText, texts, read } = lockRead;
    // On a pull request, DNS is merged into the lock held to the base: what the pull request adds
    // beyond the base and DNS shows as removed, and fails the check.
    const confined = sources && previous ? confineToBase(previous, sources.base, observed, settings.lockFile, settings.addWhen) : undefined;
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, previousText, mergeInto: confined?.lock, now: context.now, observed });
    const exports = await (0,modes_exports/* checkExports */.Sh)(settings, result.next, read);
    const failures = (0,modes_outcome/* lookupFailures */.EV)(result, settings);
    const check = settings.mode === 'check';
    // The lock is missing, or DNS added or removed an address or moved one between hosts. Report
    // mode says so as plainly as check mode; it only does not fail.
    const drift = result.previous === undefined || result.diff.drift;
    const stale = check && drift;
    const staleExports = (0,modes_exports/* describeStale */.vF)(exports, settings.lockFile);
    const advice = [];
    const lockFile = (0,report_escape/* markdownText */.p7)(settings.lockFile);
    const findings = sources
        ? [
            ...(confined?.findings ?? []),
            ...exportFindings(sources.base, texts, exports.expected),
            ...removals(sources, previous, texts, settings, observed, context.now),
            ...canonicalFindings(previous, previousText, settings.lockFile),
        ]
        : [];
    if (sources)
        advice.push(...gateAdvice(sources, findings));
    if (result.previous === undefined)
        advice.push(`**${lockFile} does not exist yet.** ${context.updateHint}`);
    else if (drift)
        advice.push(`**${lockFile} is stale.** ${context.updateHint}`);
    else if (result.diff.environments.length > 0) {
        advice.push('The firewall needs no change yet. The next update of the lock records when these addresses left DNS, which starts their removal grace.');
    }
    else if (result.lockChanged) {
        advice.push(`${lockFile} holds the same addresses as DNS, but not in the lock's canonical form (order, case or spacing): the next update rewrites it.`);
    }
    if (staleExports)
        advice.push(`**Stale firewall files**: ${staleExports}. ${context.updateHint}`);
    const outcome = {
        result,
        exports,
        outputs: (0,modes_outcome/* lockOutputs */.Mh)(result, exports),
        summary: (0,markdown/* renderMarkdown */.G)(result, {
            lockFile: settings.lockFile,
            title: (0,rows/* checkHeadline */.D4)(result, settings.lockFile, exports.stale),
            advice,
            lock: drift ? 'diff-and-file' : 'none',
            staleFiles: (0,modes_exports/* staleFiles */.n5)(exports),
        }),
        warnings: failures.warnings,
    };
    const problems = [];
    if (findings.length > 0) {
        problems.push(`The pull request fails the gate (compared with ${sources?.base.label}): ${findings.join('; ')}.`);
    }
    if (stale) {
        const what = result.previous === undefined ? `${settings.lockFile} does not exist` : `${settings.lockFile} does not match DNS: ${describeDrift(result)}`;
        problems.push(`${what}. ${context.updateHint}`);
    }
    else if (check && staleExports)
        problems.push(`${staleExports}. ${context.updateHint}`);
    else if (failures.failure)
        problems.push(failures.failure);
    if (problems.length > 0)
        outcome.failure = problems.join(' ');
    return outcome;
}
/** What the pull request takes out of the lock and the exports that the action's own update would keep. */
function removals(sources, head, texts, settings, observed, now) {
    const kept = keptFromBase(sources.base.lock, settings, observed, now);
    if (kept === undefined)
        return [];
    return [
        ...removalFindings(head, kept, observed, settings.lockFile),
        ...exportRemovalFindings(sources.base.exports, texts, (0,render/* renderExports */.M)(kept, settings.exports, settings.lockFile)),
    ];
}
function gateAdvice(sources, findings) {
    const label = (0,report_escape/* markdownText */.p7)(sources.base.label);
    const advice = sources.notes.map(report_escape/* markdownText */.p7);
    if (findings.length === 0)
        advice.push(`**Pull request gate**: compared with ${label}, this pull request adds nothing that DNS does not return, removes nothing the action's own update keeps, and its lock is in the canonical form the action writes.`);
    else {
        advice.push(`**Pull request gate: failed.** Compared with ${label}, this pull request allows what DNS does not return now, takes out what the action's own update keeps, or commits a lock not in the form the action writes; only addresses DNS returns may enter the lock and the firewall files, only ones every server agrees are gone may leave:\n\n${findings.map((f) => `- ${(0,report_escape/* markdownText */.p7)(f)}`).join('\n')}`);
    }
    return advice;
}
function describeDrift(result) {
    const parts = result.diff.environments.map((e) => {
        const bits = [];
        if (e.added.length)
            bits.push(`added ${e.added.join(', ')}`);
        if (e.removed.length)
            bits.push(`removed ${e.removed.join(', ')}`);
        if (!bits.length)
            bits.push('hosts changed');
        return `${e.environment}: ${bits.join('; ')}`;
    });
    return parts.join(' | ') || 'the lock differs';
}


/***/ })

};
;