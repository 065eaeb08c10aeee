"use strict";
exports.id = 776;
exports.ids = [776,924];
exports.modules = {

/***/ 271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ emptyRecord),
/* harmony export */   TL: () => (/* binding */ LOCK_VERSION),
/* harmony export */   ZV: () => (/* binding */ own)
/* harmony export */ });
const LOCK_VERSION = 1;
/**
 * `record[key]` when the record itself holds the key. Environment and host names come from the
 * lock and the inputs: a name such as `constructor` must never read Object.prototype's member.
 */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** An empty record with no prototype: any key, `__proto__` included, is an ordinary key. */
function emptyRecord() {
    return Object.create(null);
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  phasesRunning: () => (/* reexport */ runner.phasesRunning),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(2357);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(512);
// EXTERNAL MODULE: ./lib/observation.js
var lib_observation = __webpack_require__(1522);
// EXTERNAL MODULE: ./lib/report/rows.js
var rows = __webpack_require__(2510);
;// CONCATENATED MODULE: ./lib/report/log.js


// The action's log, in plain lines: the DNS group's one line per host, its title, one debug line per
// query, and the few lines that close a run. The job summary holds the full report; the log
// says what happened and where to read more.
/** `DNS: 10 hosts, 2 servers; 9 answered, 1 kept its locked addresses`: the DNS group's title. */
function dnsTitle(observed, types, servers) {
    const statuses = observed.hosts.map((host) => {
        const observation = observed.observations.get(host);
        return observation ? (0,lib_observation/* hostStatus */.D1)(observation, types) : 'failed';
    });
    const answered = statuses.filter((s) => s === 'resolved' || s === 'no-such-host').length;
    const kept = statuses.length - answered;
    const serversText = servers > 0 ? (0,rows/* plural */.LS)(servers, 'server') : "the runner's resolvers";
    return `${(0,rows/* plural */.LS)(observed.hosts.length, 'host')} via ${serversText}; ${answered} answered${kept > 0 ? `, ${kept} kept locked addresses` : ''}`;
}
/** One line per host: each record type's addresses, or why it has none. */
function dnsLines(observed, types) {
    const width = Math.max(0, ...observed.hosts.map((h) => h.length));
    return observed.hosts.map((host) => {
        const observation = observed.observations.get(host);
        const parts = types.map((type) => {
            const addresses = observation?.decided[type];
            if (addresses !== undefined)
                return `${type} ${addresses.join(' ') || (observation?.noSuchHost ? 'no such host' : 'none')}`;
            const reasons = [...new Set((observation?.failures ?? []).filter((f) => f.type === type).map((f) => `${f.server}: ${f.reason}`))];
            return `${type} not resolved (${reasons.join('; ') || 'no answer'})`;
        });
        return `${host.padEnd(width)}  ${parts.join('  ')}`;
    });
}
/** One query for the debug log: server, question, attempt, rcode, records and time. */
function exchangeLine(record) {
    const answer = record.rcode ? `${record.rcode}${record.records?.length ? ` [${record.records.join(', ')}]` : ' (no records)'}` : 'no answer';
    return `DNS ${record.server} ${record.name} ${record.type} (attempt ${record.attempt}, id ${record.id}): ${answer} in ${record.elapsedMs} ms: ${record.result}`;
}
/** What a GitHub mode did, in one line per pull request or issue, from the run's outputs. */
function writeLines(outputs, dryRun) {
    const lines = [];
    for (const [kind, name] of [
        ['pull-request', 'Pull request'],
        ['issue', 'Issue'],
    ]) {
        const operation = outputs[`${kind}-operation`];
        if (operation === undefined)
            continue;
        const url = outputs[`${kind}-url`];
        if (operation !== 'none')
            lines.push(`${name} ${operation}: ${url}`);
        else if (url)
            lines.push(`${name} ${url} is up to date.`);
    }
    if (dryRun)
        lines.push('Dry run: nothing was written. The job summary says what would have been.');
    return lines;
}

// EXTERNAL MODULE: ./lib/runner.js
var runner = __webpack_require__(1924);
;// CONCATENATED MODULE: ./lib/main.js




// For the entry (index.ts): whether the log still has a phase to print.

const UPDATE_HINT = 'Update it by merging the pull request of a scheduled vipps-ip-lock run (mode: pull-request), by running `npx vipps-ip-lock update` with the same settings, or by committing the new lock shown in the job summary.';
/**
 * The action: the one place that reads inputs and the environment, and sets outputs, the summary
 * and failure. `early` is the settings the entry read and the queries it sent, or the input it
 * refused, before this code loaded (index.ts).
 */
async function run(early) {
    const dns = 'question' in early ? early.question : undefined;
    // Registered before anything can fail: no message printed from here on can carry it.
    const token = runner.getInput('github-token');
    runner.setSecret(token);
    try {
        if ('refused' in early)
            throw early.refused;
        const { settings, question, exchanges, startedAt } = early;
        // The queries left before this code loaded (index.ts). Everything else (reading the lock or
        // GitHub, loading the code of the mode, the first line of the log) happens during the round
        // trip. The DNS phase's group, with each query under debug logging, is printed when the answers are in.
        const observed = runner.phase('DNS', async () => {
            const answers = await question.observed;
            for (const record of exchanges)
                runner.debug(exchangeLine(record));
            for (const line of dnsLines(answers, settings.recordTypes))
                runner.info(line);
            return answers;
        }, (answers) => dnsTitle(answers, settings.recordTypes, settings.dnsServers.length === 0 ? 0 : question.servers.length), startedAt);
        // Awaited by the mode; a run that fails before that must not see it as an unhandled rejection.
        observed.catch(() => { });
        runner.info(`vipps-ip-lock ${settings.mode}${settings.dryRun ? ' (dry run)' : ''}: ${settings.groups.map((g) => g.name).join(', ')}`);
        const [outcome, { setOutputs }, { renderCompared }] = await Promise.all([
            runMode(settings, observed, question.servers),
            __webpack_require__.e(/* import() */ 556).then(__webpack_require__.bind(__webpack_require__, 556)),
            __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 613)),
        ]);
        for (const warning of outcome.warnings)
            runner.warning(warning);
        setOutputs(outcome.outputs);
        // The report goes to the job summary once; the log gets a few plain lines and points there.
        runner.appendSummary(outcome.summary);
        for (const line of logLines(renderCompared(outcome, settings.lockFile)))
            runner.info(line);
        for (const line of writeLines(outcome.outputs, settings.dryRun))
            runner.info(line);
        // Outside a runner nothing shows a job summary: the report goes to the log instead.
        runner.info(process.env.GITHUB_STEP_SUMMARY ? 'The full report is in the job summary.' : outcome.summary);
        if (outcome.failure)
            runner.setFailed(outcome.failure);
    }
    catch (error) {
        const message = (0,errors/* redact */.E$)(await explain(error, token), [token]);
        // The job summary says why too: it is where a reviewer of the pull request looks first.
        runner.appendSummary(`### vipps-ip-lock ${(0,report_escape/* markdownText */.p7)(runner.getInput('mode') || 'check')} failed\n\n${(0,report_escape/* markdownText */.p7)(message)}\n`);
        runner.setFailed(message);
    }
    finally {
        // A run that failed early does not wait for answers it will not use.
        dns?.cancel();
    }
}
/** Lines of the text report shown in the log; past this many, the job summary has the rest. */
const LOG_LINES = 12;
function logLines(report) {
    const lines = report.trimEnd().split('\n');
    if (lines.length <= LOG_LINES)
        return lines;
    return [...lines.slice(0, LOG_LINES - 1), `  ... and ${lines.length - LOG_LINES + 1} more lines in the job summary`];
}
async function explain(error, token) {
    if (typeof error !== 'object' || error === null || !('status' in error || 'errors' in error))
        return (0,errors/* messageOf */.bD)(error);
    const mode = runner.getInput('mode') || 'check';
    const { explainGitHubError } = await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.bind(__webpack_require__, 1031));
    return explainGitHubError(error, mode, [token]) ?? (0,errors/* messageOf */.bD)(error);
}
// The code of each mode is loaded on demand, while DNS answers; check and report runs never load
// the GitHub client.
async function runMode(settings, observed, servers) {
    const now = new Date();
    if (settings.mode === 'check' || settings.mode === 'report') {
        const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
        const gate = settings.mode === 'check' ? (await pullRequestGate(settings, root, now))?.sources : undefined;
        const { runLocal } = await Promise.all(/* import() */[__webpack_require__.e(650), __webpack_require__.e(673), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 1481));
        const outcome = await runLocal(settings, { root, observed, servers, now, updateHint: UPDATE_HINT, gate });
        if (outcome.failure && settings.mode === 'check') {
            const failure = outcome.failure;
            outcome.failure = await runner.phase('GitHub: the open update pull request', () => withPullRequestLink(settings, failure));
        }
        return outcome;
    }
    const repository = await connect(settings);
    const context = { repository, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', observed, now, log: runner };
    return (await Promise.all(/* import() */[__webpack_require__.e(650), __webpack_require__.e(673), __webpack_require__.e(906)]).then(__webpack_require__.bind(__webpack_require__, 8906))).runGitHubMode(settings, context);
}
/**
 * In a pull_request, pull_request_target or merge_group run, starts reading the base's lock and
 * exports (through the checkout's history or the GitHub API) while DNS answers; check then holds
 * the pull request against them. Undefined in any other run.
 */
async function pullRequestGate(settings, root, now) {
    const { gatedEvent } = await __webpack_require__.e(/* import() */ 329).then(__webpack_require__.bind(__webpack_require__, 8329));
    const event = await gatedEvent(process.env);
    if (!event)
        return undefined;
    const { readGateSources } = await Promise.all(/* import() */[__webpack_require__.e(650), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 4439));
    const connectIfPossible = async () => (settings.github.token && process.env.GITHUB_REPOSITORY ? connect(settings) : undefined);
    const sources = runner.phase('The base branch', () => readGateSources(event, { settings, root, now, connect: connectIfPossible }));
    // Awaited by the mode; until then a refusal must not count as an unhandled rejection.
    sources.catch(() => { });
    return { sources };
}
async function connect(settings) {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is not set: mode ${settings.mode} runs inside a GitHub Actions workflow.`);
    if (!settings.github.token)
        throw new errors/* InputError */.dz('github-token', '', `mode ${settings.mode} needs a token: leave github-token at its default, the workflow's own token`);
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 2463));
    const { GitHubRepository } = await __webpack_require__.e(/* import() */ 622).then(__webpack_require__.bind(__webpack_require__, 4622));
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
        const { isMissingPermission } = await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.bind(__webpack_require__, 1031));
        if (isMissingPermission(error)) {
            runner.info("The open update pull request is not linked: add `pull-requests: read` to the workflow's `permissions:` to link the open update pull request.");
        }
        else
            runner.debug(`Could not look for the update pull request: ${(0,errors/* messageOf */.bD)(error)}`);
        return failure;
    }
}


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ dnsProblems),
/* harmony export */   D4: () => (/* binding */ checkHeadline),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   qh: () => (/* binding */ addressRows)
/* harmony export */ });
/* unused harmony export when */
/* harmony import */ var _lock_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(271);

/** Address -> the hosts giving it, for one environment of a lock: built once, read per address. */
function holdersIndex(lock, environment) {
    const index = new Map();
    for (const [host, addresses] of Object.entries((0,_lock_types_js__WEBPACK_IMPORTED_MODULE_0__/* .own */ .ZV)(lock?.environments, environment)?.hosts ?? {})) {
        for (const address of addresses)
            index.set(address, [...(index.get(address) ?? []), host]);
    }
    return (address) => index.get(address) ?? [];
}
/** Per environment, one row per address that changed, whichever hosts it changed on: added, departing, removed, moved. */
function addressRows(result) {
    const rows = [];
    const status = new Map(result.hosts.map((h) => [h.host, h.status]));
    const retired = (hosts) => hosts.length > 0 && hosts.every((host) => status.get(host) === 'no-such-host');
    for (const environment of result.diff.environments) {
        const name = environment.environment;
        const departing = new Map(environment.departing.map((d) => [d.address, d]));
        const presence = new Map(environment.hosts.map((h) => [h.host, h.presence]));
        const now = holdersIndex(result.next, name);
        const before = holdersIndex(result.previous, name);
        const added = new Set(environment.added);
        for (const address of environment.added) {
            const hosts = now(address);
            const leftAgain = departing.get(address);
            const note = leftAgain
                ? `seen briefly, left DNS again; allowed until ${when(leftAgain.until)}`
                : hosts.length > 0 && hosts.every((h) => presence.get(h) === 'new')
                    ? 'new host'
                    : '';
            rows.push({ environment: name, change: 'added', address, hosts, note });
        }
        for (const [address, d] of departing) {
            if (added.has(address))
                continue;
            const hosts = now(address);
            const shown = hosts.length > 0 ? hosts : before(address);
            const why = retired(shown) ? 'host no longer exists in DNS' : 'left DNS';
            rows.push({ environment: name, change: 'departing', address, hosts: shown, note: `${why}; allowed until ${when(d.until)}` });
        }
        for (const address of environment.removed) {
            const hosts = before(address);
            const note = retired(hosts)
                ? 'host no longer exists in DNS'
                : hosts.length > 0 && hosts.every((h) => presence.get(h) === 'dropped')
                    ? 'host no longer configured'
                    : '';
            rows.push({ environment: name, change: 'removed', address, hosts, note });
        }
        // Addresses that only changed hosts: the firewall needs nothing, the reviewer sees why the lock changed.
        const listed = new Set(rows.filter((r) => r.environment === name).map((r) => r.address));
        const moved = new Set(environment.hosts.flatMap((h) => [...h.added, ...h.removed]).filter((a) => !listed.has(a)));
        for (const address of moved) {
            const was = before(address);
            rows.push({ environment: name, change: 'moved', address, hosts: now(address), note: `already allowed; was on ${was.join(', ') || 'no host'}` });
        }
    }
    return rows;
}
function dnsProblems(result) {
    return result.hosts
        .filter((h) => h.observation.failures.length > 0)
        .map((h) => {
        // One reason per server and cause, with the record types it hit: `A, AAAA via 1.1.1.1: SERVFAIL`.
        const byCause = new Map();
        for (const f of h.observation.failures) {
            const cause = `${f.server}\0${f.reason}`;
            const types = byCause.get(cause) ?? [];
            if (!types.includes(f.type))
                types.push(f.type);
            byCause.set(cause, types);
        }
        const reasons = [...byCause].map(([cause, types]) => {
            const [server, reason] = cause.split('\0');
            return `${types.join(', ')} via ${server}: ${reason}`;
        });
        const failedTypes = [...new Set(h.observation.failures.map((f) => f.type))].filter((t) => h.observation.decided[t] === undefined);
        const held = result.heldBack.filter((b) => b.host === h.host);
        const heldEffects = [
            ...held.flatMap((b) => (b.additions.length > 0 ? [`${b.type} ${b.additions.join(' ')} not added (add-when all: not every server answered)`] : [])),
            ...held.flatMap((b) => (b.kept.length > 0 ? [`${b.type} ${b.kept.join(' ')} kept (not every server answered)`] : [])),
        ];
        const effects = [...(failedTypes.length > 0 ? [`locked ${failedTypes.join(', ')} addresses kept`] : []), ...heldEffects];
        const effect = h.status === 'failed' ? 'locked addresses kept' : effects.join('; ') || 'answered by another server';
        return { host: h.host, reasons, effect };
    });
}
/** `2026-12-01T12:00:00Z` as `2026-12-01 12:00 UTC`. */
function when(iso) {
    return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/, '$1 $2 UTC');
}
function plural(count, word) {
    if (count === 1)
        return `1 ${word}`;
    return `${count} ${word}${/(s|sh|ch|x)$/.test(word) ? 'es' : 's'}`;
}
/**
 * The headline of a check: never "up to date" while a firewall file made from the lock is stale, or
 * while a host did not answer (the lock then matches what DNS said, which is not everything).
 */
function checkHeadline(result, lockFile, staleFiles) {
    if (result.previous && !result.lockChanged && staleFiles.length > 0) {
        const verb = staleFiles.length === 1 ? 'is' : 'are';
        return `${lockFile} matches DNS, but ${plural(staleFiles.length, 'firewall file')} ${verb} not what it gives: ${staleFiles.join(', ')}`;
    }
    if (result.previous && !result.lockChanged && result.failedHosts.length > 0) {
        return `${lockFile} matches the answers DNS gave, but ${plural(result.failedHosts.length, 'host')} did not answer`;
    }
    return headline(result, lockFile);
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


/***/ }),

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* reexport safe */ _runner_inputs_js__WEBPACK_IMPORTED_MODULE_4__.V),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   isDebug: () => (/* reexport safe */ _runner_inputs_js__WEBPACK_IMPORTED_MODULE_4__._),
/* harmony export */   issue: () => (/* binding */ issue),
/* harmony export */   neutralise: () => (/* binding */ neutralise),
/* harmony export */   phase: () => (/* binding */ phase),
/* harmony export */   phasesRunning: () => (/* binding */ phasesRunning),
/* harmony export */   scrub: () => (/* binding */ scrub),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2357);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5808);






// The part of the GitHub Actions runner protocol this action uses: inputs from INPUT_* variables,
// the job summary through the file GITHUB_STEP_SUMMARY names, and workflow commands (::warning::
// and friends) on stdout; outputs are in runner-output.ts. It behaves as @actions/core does for
// these calls (test/runner.test.ts runs both side by side); @actions/core itself pulls in an HTTP
// client for OIDC tokens that would double this action's start-up time.
/** Values never printed: the runner masks them, and this module replaces them before it writes. */
const secrets = new Set();
/** `text` without any registered secret. The runner masks them too; the action does not rely on that. */
function scrub(text) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(text, secrets);
}
/** Appends markdown to the job summary, when the runner provides one. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, scrub(markdown), 'utf8');
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
    out(neutralise(scrub(message)));
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
    return `::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::${token}::`;
}
// White space as .NET's TrimStart sees it, control characters included to be safe.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const COMMAND_LIKE = /(?:^|[\r\n])[\s\u0000-\u001f\u0085\u180e]*::|##\[/;
/** A line shown only with debug logging on; written only then. */
function debug(message) {
    if ((0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .isDebug */ ._)())
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
    out(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`);
}
/** The lines of the phase running in this async context: printed together, as one group, when it ends. */
const phaseLines = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Writes a line of the log, or keeps it with the lines of the phase it belongs to. */
function out(line) {
    const lines = phaseLines.getStore();
    if (lines)
        lines.push(line);
    else
        process.stdout.write(`${line}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/**
 * Runs one phase of the run (DNS, the GitHub read, one write) and prints everything it logged as
 * one collapsed group, titled with what it found (`describe`) and how long it took. Phases overlap
 * (GitHub is read while DNS answers): each keeps its own lines until it ends, so every group holds
 * its phase's lines and no other's. A phase inside another adds its lines to the outer group,
 * under its title, since groups do not nest in the log.
 */
let openPhases = 0;
/** Whether a phase is still running: its group is printed only when it ends. */
function phasesRunning() {
    return openPhases > 0;
}
async function phase(name, fn, describe, startedAt) {
    openPhases++;
    const outer = phaseLines.getStore();
    const lines = [];
    // process.hrtime, not performance.now(): the global `performance` loads perf_hooks, about a
    // millisecond ahead of the first query.
    // A phase begun before the log could hold it (the queries, sent first) is timed from its start.
    const start = startedAt ?? process.hrtime.bigint();
    let title = name;
    try {
        const value = await phaseLines.run(lines, fn);
        try {
            if (describe)
                title = `${name}: ${describe(value)}`;
        }
        catch {
            // A title that cannot be written is no reason to fail the run: the phase keeps its name.
        }
        return value;
    }
    catch (error) {
        title = `${name}: failed`;
        throw error;
    }
    finally {
        openPhases--;
        const timed = `${scrub(title)} (${Math.round(Number(process.hrtime.bigint() - start) / 1e6)} ms)`;
        if (outer)
            outer.push(neutralise(timed), ...lines);
        else {
            write('group', timed);
            for (const line of lines)
                process.stdout.write(`${line}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
            write('endgroup', '');
        }
    }
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ })

};
;