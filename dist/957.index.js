"use strict";
exports.id = 957;
exports.ids = [957];
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
        failedHosts: hosts.filter((h) => h.status === 'failed'),
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
    return `${check.stale.map((f) => `\`${f}\``).join(', ')} ${check.stale.length === 1 ? 'is' : 'are'} not what ${lockFile} gives`;
}


/***/ }),

/***/ 7957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGitHubMode: () => (/* binding */ runGitHubMode)
});

// EXTERNAL MODULE: ./lib/engine.js + 3 modules
var engine = __webpack_require__(6225);
// EXTERNAL MODULE: ./lib/lock/parse.js + 2 modules
var parse = __webpack_require__(3859);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/report/line-diff.js
/**
 * A unified-style line diff (every line, `+`/`-`/` ` prefixed) by longest common subsequence.
 * Lock files are a few hundred lines at most, so the quadratic table is small.
 */
function lineDiff(before, after) {
    const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
    const b = after.replace(/\n$/, '').split('\n');
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            const row = lcs[i];
            row[j] = a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
        }
    }
    const lines = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            lines.push(`  ${a[i++]}`);
            j++;
        }
        else if (j < b.length && (i >= a.length || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
            lines.push(`+ ${b[j++]}`);
        }
        else {
            lines.push(`- ${a[i++]}`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(9626);
// EXTERNAL MODULE: ./lib/report/rows.js
var rows = __webpack_require__(2510);
;// CONCATENATED MODULE: ./lib/report/bodies.js




/** GitHub refuses a pull request or issue body over 65536 characters; keep well below. */
const MAX_BODY = 60_000;
/** A short fingerprint of the lock a body proposes, so an unchanged proposal is not rewritten. */
function fingerprint(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/** The hidden marker that identifies our pull request or issue for a given lock file. */
function marker(kind, lockFile) {
    return `<!-- vipps-ip-lock:${kind} file=${lockFile}`;
}
function markerLine(kind, lockFile, fields) {
    return `${marker(kind, lockFile)} ${Object.entries(fields)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')} -->`;
}
/** Reads `key=value` from the marker in a body. */
function markerField(body, kind, lockFile, key) {
    const line = body.split('\n').find((l) => l.startsWith(`${marker(kind, lockFile)} `));
    return line && new RegExp(`\\b${key}=(\\S+)`).exec(line)?.[1];
}
function changeTitle(result, lockFile) {
    return `Update ${lockFile}: ${(0,rows/* headline */.Pl)(result, lockFile).replace(/^DNS has changed: /, '')}`;
}
const REVIEW = [
    '**Before merging**, let your firewall allow the added addresses: Vipps MobilePay may send callbacks from them already. Removed addresses can be closed once this is merged. Departing addresses left DNS and stay in the lock until their grace ends, so callbacks still in flight from an old server arrive.',
];
function exportsNote(stale) {
    return stale.length ? [`Firewall files brought in step with the lock: ${stale.map((f) => `\`${f}\``).join(', ')}.`] : [];
}
/** `digest` fingerprints every file the proposal writes, so an unchanged proposal is left alone. */
function pullRequestBody(result, lockFile, baseSha, digest, staleExports = []) {
    const head = markerLine('pull-request', lockFile, { base: baseSha, digest });
    return withDiff(head, (0,markdown/* renderMarkdown */.G)(result, { lockFile, advice: [...REVIEW, ...exportsNote(staleExports)] }), result, lockFile);
}
function issueBody(result, lockFile, digest, staleExports = [], compareUrl) {
    const advice = [
        ...exportsNote(staleExports),
        compareUrl
            ? `A branch with the updated lock is ready: [open a pull request from it](${compareUrl}).`
            : `Update \`${lockFile}\` to the lock below and your firewall to its addresses. This issue closes itself once the lock on the default branch matches DNS.`,
    ];
    const head = markerLine('issue', lockFile, { digest });
    return withDiff(head, (0,markdown/* renderMarkdown */.G)(result, { lockFile, advice, includeLock: true }), result, lockFile);
}
function withDiff(head, report, result, lockFile) {
    const diff = `<details><summary>Changes to ${lockFile}</summary>\n\n\`\`\`diff\n${lineDiff(result.previousText ?? '', result.nextText)}\n\`\`\`\n\n</details>\n`;
    const body = `${head}\n${report}\n${diff}`;
    if (body.length <= MAX_BODY)
        return body;
    const short = `${head}\n${report}\n_The diff of ${lockFile} is too long to show here: see the commit._\n`;
    return short.length <= MAX_BODY ? short : `${head}\n${short.slice(head.length + 1, MAX_BODY - head.length - 40)}\n\n_(cut: too long to show)_\n`;
}

// EXTERNAL MODULE: ./lib/modes/exports.js + 1 modules
var modes_exports = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/modes/outcome.js
var outcome = __webpack_require__(4083);
;// CONCATENATED MODULE: ./lib/modes/github-context.js


/** Runs writes, or in a dry run only notes what they would have been. */
class Writes {
    dryRun;
    planned = [];
    constructor(dryRun) {
        this.dryRun = dryRun;
    }
    async run(description, action) {
        this.planned.push(description);
        if (!this.dryRun)
            await action();
    }
    /** A sentence for the summary: what was done to the pull request or issue at `url`. */
    advice(operation, url) {
        if (this.dryRun)
            return [this.planned.length ? `**Dry run**: would ${this.planned.join(', then ')}. Nothing was written.` : '**Dry run**: nothing to write.'];
        if (operation === 'created')
            return [`Opened ${url}.`];
        if (operation === 'updated')
            return [`Updated ${url}.`];
        if (operation === 'closed')
            return [`Closed ${url}: DNS matches the lock again.`];
        return url ? [`${url} is up to date.`] : [];
    }
}
/** The outcome of a pull-request or issue run: the lock outputs plus `<kind>-number`, `-url` and `-operation`. */
function githubOutcome(settings, run) {
    const failures = (0,outcome/* lookupFailures */.EV)(run.result, settings);
    const shown = settings.dryRun ? undefined : run.target;
    return {
        result: run.result,
        exports: run.exports,
        outputs: {
            ...(0,outcome/* lockOutputs */.Mh)(run.result, run.exports),
            [`${run.kind}-number`]: shown ? String(shown.number) : '',
            [`${run.kind}-url`]: shown ? shown.url : '',
            [`${run.kind}-operation`]: settings.dryRun ? 'none' : run.operation,
        },
        summary: (0,markdown/* renderMarkdown */.G)(run.result, { lockFile: settings.lockFile, advice: run.advice }),
        warnings: failures.warnings,
        ...(failures.failure ? { failure: failures.failure } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/modes/issue.js






/**
 * issue mode: one issue, found again by a hidden marker, open while the lock on the base branch
 * differs from DNS. It is created on drift, updated with a comment only when the drift itself
 * changes, and closed when the lock matches DNS again.
 */
async function runIssue(settings, context) {
    const { repository: github } = context;
    // GitHub is read once, for the open issue, the lock and the exports, while DNS answers.
    const [observed, state] = await Promise.all([
        context.observed,
        github.issueState(marker('issue', settings.lockFile), {
            base: settings.github.base,
            lockFile: settings.lockFile,
            files: settings.exports.map((e) => e.path),
        }),
    ]);
    const { open } = state;
    const lockSource = `${settings.github.base || 'the default branch'}:${settings.lockFile}`;
    const previousText = state.files.get(settings.lockFile);
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, lockSource, context.now);
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, previousText, now: context.now, observed });
    const exports = await (0,modes_exports/* checkExports */.S)(settings, result.next, async (file) => state.files.get(file));
    return upsertIssue(settings, context, result, exports, open);
}
/** Used by pull-request mode when GitHub refuses the workflow token a pull request. */
async function openIssueFallback(settings, context, result, exports, compareUrl) {
    const open = await context.repository.findIssue(marker('issue', settings.lockFile));
    return upsertIssue(settings, context, result, exports, open, compareUrl);
}
async function upsertIssue(settings, context, result, exports, open, compareUrl) {
    const { repository: github } = context;
    let operation = 'none';
    let issue = open;
    const writes = new Writes(settings.dryRun);
    if (result.lockChanged || exports.stale.length > 0) {
        const title = changeTitle(result, settings.lockFile);
        const digest = fingerprint([result.nextText, ...exports.expected].flat().join('\0'));
        const body = issueBody(result, settings.lockFile, digest, exports.stale, compareUrl);
        if (!open) {
            await writes.run('open an issue', async () => {
                issue = await github.createIssue({ title, body, labels: settings.github.labels, assignees: settings.github.assignees });
            });
            operation = 'created';
        }
        else if (markerField(open.body, 'issue', settings.lockFile, 'digest') !== digest) {
            // The drift itself changed: one comment so watchers hear of it, and the body shows the whole picture.
            await writes.run(`update issue #${open.number}`, async () => {
                await github.updateIssue(open.number, title, body);
                await github.comment(open.number, `DNS changed again: ${(0,rows/* headline */.Pl)(result, settings.lockFile).replace(/^DNS has changed: /, '')}. The description above is up to date.`);
            });
            operation = 'updated';
        }
    }
    else if (open) {
        await writes.run(`close issue #${open.number}`, () => github.closeIssue(open.number, `\`${settings.lockFile}\` matches DNS again. Closed by vipps-ip-lock.`));
        operation = 'closed';
    }
    return githubOutcome(settings, { result, exports, kind: 'issue', target: issue, operation, advice: writes.advice(operation, issue?.url) });
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(2357);
;// CONCATENATED MODULE: ./lib/modes/pull-request.js







const NOT_PERMITTED = /not permitted to create or approve pull requests/i;
const PULL_REQUESTS_REFUSED = 'GitHub refused to let the workflow token open the pull request. Turn on "Allow GitHub Actions to create and approve pull requests" in the repository settings (Settings > Actions > General > Workflow permissions; an organization can lock it off), or pass a GitHub App or personal access token as github-token.';
/**
 * pull-request mode: reads the lock from the base branch through the API (no checkout needed),
 * and keeps one branch and one pull request in step with DNS: created on drift, updated in place
 * when DNS moves again or the base moves, closed when the base lock matches DNS once more.
 */
async function runPullRequest(settings, context) {
    const { repository: github } = context;
    const { branch } = settings.github;
    // One read: the open pull request, the base branch, the lock there and on the update branch,
    // and every export. Nothing more is read before a write.
    const state = await github.state({ branch, base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) });
    const { open } = state;
    const { owner, repo } = github.name;
    const base = state.base;
    if (!base)
        throw new errors/* UserError */.yo(`The base branch "${settings.github.base}" does not exist in ${owner}/${repo}. Set "base" to an existing branch.`);
    if (branch === base.name)
        throw new errors/* UserError */.yo(`Input "branch" is "${branch}", the base branch itself: pick a branch of its own, such as vipps-ip-lock/update.`);
    const previousText = state.files.get(settings.lockFile);
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, `${base.name}:${settings.lockFile}`, context.now);
    const pending = open ? pendingLock(context, `${settings.github.branch}:${settings.lockFile}`, state.pending) : undefined;
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, previousText, pending, now: context.now, observed: await context.observed });
    const exports = await (0,modes_exports/* checkExports */.S)(settings, result.next, async (file) => state.files.get(file));
    const changed = result.lockChanged || exports.stale.length > 0;
    let operation = 'none';
    let pull = open;
    const writes = new Writes(settings.dryRun);
    if (!changed) {
        if (open) {
            await writes.run(`close pull request #${open.number}`, async () => {
                await github.closePullRequest(open.number, `DNS matches \`${settings.lockFile}\` on \`${open.base}\` again: nothing to update. Closed by vipps-ip-lock.`);
                await github.deleteBranch(branch);
            });
            operation = 'closed';
        }
    }
    else {
        const title = changeTitle(result, settings.lockFile);
        const target = { base: base.name, sha: base.oid };
        const files = new Map([[settings.lockFile, result.nextText], ...exports.expected]);
        const digest = fingerprint([...files].flat().join('\0'));
        const body = pullRequestBody(result, settings.lockFile, target.sha, digest, exports.stale);
        const current = open &&
            // Someone may have pushed to the branch: a broken or edited lock there is replaced, not merged.
            state.pending === result.nextText &&
            markerField(open.body, 'pull-request', settings.lockFile, 'base') === target.sha &&
            markerField(open.body, 'pull-request', settings.lockFile, 'digest') === digest;
        if (!current) {
            await writes.run(`commit ${[...files.keys()].join(', ')} to ${branch} on top of ${target.base}`, async () => {
                const commit = await github.commitFiles(base, files, `${title}\n\nResolved by vipps-ip-lock from Vipps MobilePay DNS.`);
                await github.moveBranch(branch, commit, open !== undefined);
            });
        }
        if (open) {
            if (!current || open.title !== title || open.body !== body) {
                await writes.run(`update pull request #${open.number}`, () => github.updatePullRequest(open.number, title, body));
                operation = 'updated';
            }
        }
        else {
            try {
                await writes.run(`open a pull request from ${branch} into ${target.base}`, async () => {
                    pull = await createOrAdopt(context, settings, { base: target.base, title, body });
                    await github.label(pull.number, settings.github.labels, settings.github.assignees);
                    await github.requestReviewers(pull.number, settings.github.reviewers);
                });
                operation = 'created';
            }
            catch (error) {
                if (!NOT_PERMITTED.test(String(error.message)))
                    throw error;
                return refused(settings, context, result, exports, target.base);
            }
        }
    }
    const staleNote = (0,modes_exports/* describeStale */.v)(exports, settings.lockFile);
    const advice = [...writes.advice(operation, pull?.url), ...(staleNote ? [`Firewall files: ${staleNote}; the pull request updates them.`] : [])];
    return githubOutcome(settings, { result, exports, kind: 'pull-request', target: pull, operation, advice });
}
/** Creates the pull request; when a concurrent run created it first, takes that one over. */
async function createOrAdopt(context, settings, input) {
    const { repository: github } = context;
    try {
        return await github.createPullRequest({ branch: settings.github.branch, draft: settings.github.draft, ...input });
    }
    catch (error) {
        if (error.status !== 422)
            throw error;
        const existing = await github.openPullRequest(settings.github.branch, input.base);
        if (!existing)
            throw error;
        context.log.info(`Pull request #${existing.number} was opened meanwhile by another run; updating it.`);
        await github.updatePullRequest(existing.number, input.title, input.body);
        return existing;
    }
}
/** GitHub does not let the workflow token open pull requests here: say how to fix it, and open an issue meanwhile. */
async function refused(settings, context, result, exports, base) {
    const { owner, repo } = context.repository.name;
    const compareUrl = `${context.serverUrl}/${owner}/${repo}/compare/${encodeURIComponent(base)}...${encodeURIComponent(settings.github.branch)}?expand=1`;
    const fallback = await openIssueFallback(settings, context, result, exports, compareUrl);
    return {
        ...fallback,
        outputs: { ...fallback.outputs, 'pull-request-number': '', 'pull-request-url': '', 'pull-request-operation': 'none' },
        failure: `${PULL_REQUESTS_REFUSED} The updated lock is on branch ${settings.github.branch}; issue #${fallback.outputs['issue-number']} links to it.`,
    };
}
/** The lock on the open pull request's branch; ignored (with a warning) when someone broke it there. */
function pendingLock(context, source, text) {
    try {
        return (0,parse/* parseLockIfPresent */.X)(text, source, context.now);
    }
    catch (error) {
        context.log.warning(`The lock on the update pull request's branch cannot be read (${error.message}); starting again from the base branch.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/modes/github.js


/**
 * The modes that work through the GitHub API, behind one import: pull-request mode opens an
 * issue when it may not open pull requests, so both share their code, and one chunk holds it.
 */
function runGitHubMode(settings, context) {
    return settings.mode === 'pull-request' ? runPullRequest(settings, context) : runIssue(settings, context);
}


/***/ }),

/***/ 4083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ lookupFailures),
/* harmony export */   M: () => (/* binding */ lockOutputs)
/* harmony export */ });
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6172);
/* harmony import */ var _report_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2510);


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
/** Warnings for hosts no server resolved, and the failure they cause when the settings ask for it. */
function lookupFailures(result, settings) {
    const warnings = result.failedHosts.map((host) => {
        const reasons = [...new Set(host.observation.failures.map((f) => `${f.type} via ${f.server}: ${f.reason}`))];
        return `${host.host} could not be resolved (${reasons.join('; ')}); its locked addresses are kept. Check that the DNS servers are reachable from the runner.`;
    });
    if (warnings.length === 0 || settings.onLookupFailure === 'warn')
        return { warnings };
    return {
        warnings,
        failure: `${(0,_report_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.failedHosts.length, 'host')} could not be resolved: ${result.failedHosts.map((h) => h.host).join(', ')}. Their locked addresses were kept. With on-lookup-failure set to warn, this only warns.`,
    };
}


/***/ }),

/***/ 9626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2510);

const ICONS = { added: '➕ added', removed: '➖ removed', departing: '⏳ departing' };
/** The report a reviewer reads in the job summary, a pull request or an issue. */
function renderMarkdown(result, options) {
    const lines = [`### ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(result, options.lockFile)}`, ''];
    for (const paragraph of options.advice ?? [])
        lines.push(paragraph, '');
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .changeRows */ .QP)(result);
    if (result.previous && rows.length > 0) {
        lines.push('| Environment | Host | Change | Address | Note |', '|---|---|---|---|---|');
        for (const row of rows) {
            lines.push(`| ${row.environment} | ${code(row.host)} | ${ICONS[row.change]} | ${code(row.address)} | ${row.note} |`);
        }
        lines.push('');
    }
    if (!result.previous) {
        lines.push('| Environment | Addresses |', '|---|---|');
        for (const [name, environment] of Object.entries(result.next.environments)) {
            lines.push(`| ${name} | ${environment.addresses.map(code).join(' ') || 'none'} |`);
        }
        lines.push('');
    }
    lines.push(...lookupProblems(result));
    if (options.includeLock && result.lockChanged) {
        lines.push(`<details><summary>New ${options.lockFile}</summary>`, '', '```json', result.nextText.trimEnd(), '```', '', '</details>', '');
    }
    lines.push(footer(result));
    return `${lines.join('\n')}\n`;
}
function lookupProblems(result) {
    const lines = [];
    const failing = result.hosts.filter((h) => h.observation.failures.length > 0 && h.status !== 'resolved' && h.status !== 'no-such-host');
    const rejected = result.hosts.filter((h) => h.observation.rejected.length > 0);
    if (failing.length > 0) {
        lines.push(`**${(0,_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(failing.length, 'host')} could not be resolved**; their locked addresses are kept:`, '');
        lines.push('| Host | Record | DNS server | Reason |', '|---|---|---|---|');
        for (const host of failing) {
            for (const failure of host.observation.failures) {
                lines.push(`| ${code(host.host)} | ${failure.type} | ${code(failure.server)} | ${failure.reason} |`);
            }
        }
        lines.push('');
    }
    if (rejected.length > 0) {
        lines.push('**Answers ignored** (addresses that are never locked: a broken or poisoned answer):', '');
        for (const host of rejected) {
            const list = host.observation.rejected.map((r) => `${code(r.address)} (${r.reason})`).join(', ');
            lines.push(`- ${code(host.host)}: ${list}`);
        }
        lines.push('');
    }
    return lines;
}
function footer(result) {
    const environments = Object.keys(result.next.environments);
    const hosts = result.hosts.length;
    const ok = result.hosts.filter((h) => h.status === 'resolved' || h.status === 'no-such-host').length;
    return `<sub>${(0,_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(hosts, 'host')} in ${environments.join(', ') || 'no environment'}; ${ok} resolved.</sub>`;
}
function code(text) {
    return text === '' ? '' : `\`${text}\``;
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