"use strict";
exports.id = 485;
exports.ids = [485,31];
exports.modules = {

/***/ 1031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainGitHubError: () => (/* binding */ explainGitHubError),
/* harmony export */   isMissingPermission: () => (/* binding */ isMissingPermission)
/* harmony export */ });
/* unused harmony exports PERMISSIONS, permissionsText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2357);

/** The `permissions:` each mode needs with the workflow token, and nothing more. README's table says the same. */
const PERMISSIONS = {
    check: { required: { contents: 'read' }, optional: { 'pull-requests': { access: 'read', for: 'to link the open update pull request' } } },
    report: { required: { contents: 'read' } },
    'pull-request': {
        required: { contents: 'write', 'pull-requests': 'write' },
        optional: { issues: { access: 'write', for: 'to open an issue when GitHub does not let Actions open pull requests' } },
    },
    issue: { required: { contents: 'read', issues: 'write' } },
};
/** `contents: write, pull-requests: write`, as a workflow spells it. */
function permissionsText(mode) {
    return Object.entries(PERMISSIONS[mode].required)
        .map(([scope, access]) => `${scope}: ${access}`)
        .join(', ');
}
/** The level of `scope` mode `mode` asks for: what to tell a user to add. */
function levelFor(mode, scope, fallback) {
    return PERMISSIONS[mode].required[scope] ?? PERMISSIONS[mode].optional?.[scope]?.access ?? fallback;
}
const WHAT = { contents: 'the files', 'pull-requests': 'the pull requests', issues: 'the issues' };
function isRequestError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
/**
 * The scope a REST request needs, read from its path. Issue endpoints used in pull-request mode
 * address the pull request itself (comments, labels), which `pull-requests: write` allows.
 */
function scopeOfRequest(url, mode) {
    const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
    if (/\/repos\/[^/]+\/[^/]+\/(git|contents|commits|branches|compare)(\/|$)/.test(path))
        return 'contents';
    if (/\/repos\/[^/]+\/[^/]+\/pulls(\/|$)/.test(path))
        return 'pull-requests';
    if (/\/repos\/[^/]+\/[^/]+\/issues(\/|$)/.test(path))
        return mode === 'pull-request' ? 'pull-requests' : 'issues';
    return undefined;
}
/** The scope a GraphQL field of `Repository` needs, from the error's path (aliases included). */
function scopeOfField(path) {
    const field = path?.[1];
    if (typeof field !== 'string')
        return undefined;
    if (field === 'pullRequests' || field === 'pullRequest')
        return 'pull-requests';
    if (field === 'issues' || field === 'issue')
        return 'issues';
    return 'contents';
}
function addThe(mode, scopes, fallback) {
    const add = [...new Set(scopes)].map((scope) => `\`${scope}: ${levelFor(mode, scope, fallback)}\``).join(' and ');
    return `Add ${add} to the workflow's \`permissions:\` (mode ${mode} needs \`${permissionsText(mode)}\`; a GitHub App or fine-grained token needs the same access to this repository).`;
}
/** True for GitHub's answer to a request the token has no scope for. */
function isMissingPermission(error) {
    return isRequestError(error) && error.status === 403 && /not accessible by integration/i.test(error.message);
}
/**
 * Turns a refusal from the GitHub API into a message that says what to do: the scope to add, named
 * from the request GitHub refused. GitHub answers 403 "Resource not accessible by integration" when
 * the token lacks a scope, a FORBIDDEN error beside a null field in GraphQL, and 404 for a
 * repository the token cannot see. The request URL is kept. `secrets` (the token) are scrubbed
 * from the result, whatever the server echoed in its message.
 */
function explainGitHubError(error, mode, secrets = []) {
    const explained = explain(error, mode);
    return explained === undefined ? undefined : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(explained, secrets);
}
function explain(error, mode) {
    // GraphQL answers a refusal with 200 and a list of errors rather than a status.
    const graphqlErrors = error?.errors;
    if (!isRequestError(error) && Array.isArray(graphqlErrors)) {
        const forbidden = graphqlErrors.filter((e) => e.type === 'FORBIDDEN');
        const messages = [...new Set(graphqlErrors.map((e) => e.message))].join('; ');
        const scopes = forbidden.map((e) => scopeOfField(e.path)).filter((s) => s !== undefined);
        if (scopes.length > 0) {
            const what = [...new Set(scopes.map((s) => WHAT[s]))].join(' and ');
            return `GitHub did not let the token read ${what} (${messages}). ${addThe(mode, scopes, 'read')}`;
        }
        const refused = forbidden.length > 0 || graphqlErrors.some((e) => e.type === 'NOT_FOUND');
        return `GitHub's GraphQL API refused the read: ${messages}.${refused ? ` The token may lack a permission: mode ${mode} needs \`permissions: ${permissionsText(mode)}\` in the workflow.` : ''}`;
    }
    if (!isRequestError(error))
        return undefined;
    const method = error.request?.method ?? '';
    const where = `${method} ${error.request?.url ?? ''}`.trim();
    const answer = `GitHub answered ${error.status} to ${where}: ${error.message.split(' - ')[0]}.`;
    if (error.status === 410 && scopeOfRequest(error.request?.url ?? '', 'issue') === 'issues') {
        return `${answer} Issues are turned off in this repository: turn them on (Settings → General → Features → Issues) for vipps-ip-lock to open one.`;
    }
    if (error.status === 401)
        return `${answer} The token in github-token is not valid: leave it at its default, the workflow's own token.`;
    const scope = scopeOfRequest(error.request?.url ?? '', mode);
    if (isMissingPermission(error) && scope)
        return `${answer} ${addThe(mode, [scope], method === 'GET' ? 'read' : 'write')}`;
    if (error.status === 403 || error.status === 404) {
        return `${answer} The token may lack a permission: mode ${mode} needs \`permissions: ${permissionsText(mode)}\` in the workflow (a fine-grained or App token needs the same access to this repository).`;
    }
    return `${answer} Run the workflow again; if it persists, check https://www.githubstatus.com.`;
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGitHubMode: () => (/* binding */ runGitHubMode)
});

// EXTERNAL MODULE: ./lib/engine.js + 4 modules
var engine = __webpack_require__(5156);
// EXTERNAL MODULE: ./lib/lock/parse.js + 2 modules
var parse = __webpack_require__(3859);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(512);
// EXTERNAL MODULE: ./lib/report/markdown.js + 1 modules
var markdown = __webpack_require__(7340);
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
const REVIEW = '**Before merging**, allow the added addresses in your firewall: Vipps MobilePay may send callbacks from them already. Close removed addresses once this is merged. Departing addresses left DNS and stay allowed until the time shown, for callbacks still on their way.';
const list = (paths) => paths.map(report_escape/* codeSpan */.SS).join(', ');
/** `digest` fingerprints every file the proposal writes, so an unchanged proposal is left alone. GitHub shows the files: no diff here. */
function pullRequestBody(result, lockFile, baseSha, digest, staleExports = []) {
    const head = markerLine('pull-request', lockFile, { base: baseSha, digest });
    const advice = [REVIEW, ...(staleExports.length ? [`This pull request also updates ${list(staleExports)} to match the new lock.`] : [])];
    return fit(head, () => (0,markdown/* renderMarkdown */.G)(result, { lockFile, advice, lock: 'none' }));
}
/**
 * Issue mode commits nothing: the body shows what to change, the lock's diff, the whole new lock
 * (to commit by hand; the next run reads its proposal back from it) and each stale firewall file's diff.
 */
function issueBody(result, lockFile, digest, staleFiles = [], compareUrl) {
    const advice = [
        compareUrl
            ? `GitHub does not let GitHub Actions open pull requests in this repository, so this issue tracks the change: [open the pull request](${compareUrl}) from the branch that holds it.`
            : `Allow the added addresses in your firewall and update ${(0,report_escape/* codeSpan */.SS)(lockFile)} as shown below. This issue closes itself once the lock on the default branch matches DNS.`,
        ...(staleFiles.length
            ? [
                `${list(staleFiles.map((f) => f.path))} ${staleFiles.length === 1 ? 'does' : 'do'} not match the lock: ${staleFiles.length === 1 ? 'its change is' : 'their changes are'} below.`,
            ]
            : []),
    ];
    const head = markerLine('issue', lockFile, { digest });
    return fit(head, (full) => (0,markdown/* renderMarkdown */.G)(result, { lockFile, advice, lock: full ? 'diff-and-file' : 'none', staleFiles: full ? staleFiles : [] }));
}
/** The body under GitHub's limit: the file changes are left out first, then the report is cut. */
function fit(head, render) {
    const body = `${head}\n${render(true)}`;
    if (body.length <= MAX_BODY)
        return body;
    const short = `${head}\n${render(false)}\n_The file changes are too long to show here._\n`;
    return short.length <= MAX_BODY ? short : `${short.slice(0, MAX_BODY - 40)}\n\n_(cut: too long to show)_\n`;
}

// EXTERNAL MODULE: ./lib/modes/exports.js + 1 modules
var modes_exports = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/modes/outcome.js
var outcome = __webpack_require__(4083);
;// CONCATENATED MODULE: ./lib/modes/github-context.js


/** `fn` as a phase of the log, when the log groups phases. */
function inPhase(log, name, fn, describe) {
    return log.phase ? log.phase(name, fn, describe) : fn();
}
/** Runs writes, or in a dry run only notes what they would have been. */
class Writes {
    dryRun;
    log;
    planned = [];
    constructor(dryRun, log) {
        this.dryRun = dryRun;
        this.log = log;
    }
    /** Each write is a phase of the log: its requests show under it, with its time. */
    async run(description, action) {
        this.planned.push(description);
        if (this.dryRun)
            return;
        const name = `${description[0]?.toUpperCase() ?? ''}${description.slice(1)}`;
        await (this.log ? inPhase(this.log, name, action) : action());
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
        inPhase(context.log, 'GitHub read', () => github.issueState(marker('issue', settings.lockFile), {
            base: settings.github.base,
            lockFile: settings.lockFile,
            files: settings.exports.map((e) => e.path),
        }), (read) => (read.open ? `issue #${read.open.number} open` : 'no open issue')),
    ]);
    const { open } = state;
    const lockSource = `${settings.github.base || 'the default branch'}:${settings.lockFile}`;
    const previousText = state.files.get(settings.lockFile);
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, lockSource, context.now);
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, previousText, now: context.now, observed });
    const exports = await (0,modes_exports/* checkExports */.Sh)(settings, result.next, async (file) => state.files.get(file));
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
    const writes = new Writes(settings.dryRun, context.log);
    if (result.lockChanged || exports.stale.length > 0) {
        const title = changeTitle(result, settings.lockFile);
        const digest = fingerprint([result.nextText, ...exports.expected].flat().join('\0'));
        const body = issueBody(result, settings.lockFile, digest, (0,modes_exports/* staleFiles */.n5)(exports), compareUrl);
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
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(1031);
;// CONCATENATED MODULE: ./lib/modes/pull-request-refused.js




/** GitHub's answer (403, sometimes 422) when the workflow token may not open pull requests here. */
const NOT_PERMITTED = /not permitted to create or approve pull requests/i;
/** The fix, first in every message about the refusal: the setting, or a token that is allowed. */
const PULL_REQUESTS_REFUSED = 'GitHub does not let GitHub Actions open pull requests in this repository. Turn on "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions; when it is greyed out, the organisation\'s settings lock it), or pass as github-token a GitHub App installation token or a fine-grained personal access token with Contents and Pull requests write access to this repository.';
/**
 * GitHub refused the workflow token a pull request. The branch is pushed already: the run fails
 * with the fix first, then the compare URL that opens the pull request by hand, then the branch,
 * and opens (or updates) the issue where the token may, which says the same.
 */
async function pullRequestRefused(settings, context, run) {
    const { owner, repo } = context.repository.name;
    const { branch } = settings.github;
    const compareUrl = `${context.serverUrl}/${owner}/${repo}/compare/${encodeURIComponent(run.base)}...${encodeURIComponent(branch)}?expand=1`;
    const byHand = `The change is on branch \`${branch}\`: open the pull request by hand at ${compareUrl}`;
    const pullRequestOutputs = { 'pull-request-number': '', 'pull-request-url': '', 'pull-request-operation': 'none' };
    try {
        const fallback = await openIssueFallback(settings, context, run.result, run.exports, compareUrl);
        const issue = fallback.outputs['issue-url'] ? `Issue #${fallback.outputs['issue-number']} (${fallback.outputs['issue-url']}) tracks it meanwhile.` : '';
        const advice = [`**${PULL_REQUESTS_REFUSED}**`, `${byHand}.`, ...(issue ? [issue] : [])];
        const outcome = githubOutcome(settings, { ...run, kind: 'issue', target: undefined, operation: 'none', advice });
        return {
            ...fallback,
            summary: outcome.summary,
            outputs: { ...fallback.outputs, ...pullRequestOutputs },
            failure: [PULL_REQUESTS_REFUSED, `${byHand}.`, issue].filter(Boolean).join(' '),
        };
    }
    catch (error) {
        // The fallback is refused too: say so plainly, and still lead with the real fix.
        const why = (0,github_errors.isMissingPermission)(error)
            ? "the token may not open issues: add `issues: write` to the workflow's `permissions:` to get one meanwhile"
            : ((0,github_errors.explainGitHubError)(error, 'issue') ?? (0,errors/* messageOf */.bD)(error));
        const noIssue = `No issue was opened instead: ${why}`;
        const outcome = githubOutcome(settings, {
            ...run,
            kind: 'issue',
            target: undefined,
            operation: 'none',
            advice: [`**${PULL_REQUESTS_REFUSED}**`, `${byHand}.`, `${noIssue}.`],
        });
        return {
            ...outcome,
            outputs: { ...outcome.outputs, ...pullRequestOutputs },
            failure: `${PULL_REQUESTS_REFUSED} ${byHand}. ${noIssue.replace(/\.$/, '')}.`,
        };
    }
}

;// CONCATENATED MODULE: ./lib/modes/pull-request.js







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
    const state = await inPhase(context.log, 'GitHub read', () => github.state({ branch, base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) }), (read) => `${read.base ? `${read.base.name} at ${read.base.oid.slice(0, 7)}` : 'no base branch'}, ${read.open ? `pull request #${read.open.number} open` : 'no open pull request'}`);
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
    const exports = await (0,modes_exports/* checkExports */.Sh)(settings, result.next, async (file) => state.files.get(file));
    const changed = result.lockChanged || exports.stale.length > 0;
    let operation = 'none';
    let pull = open;
    const writes = new Writes(settings.dryRun, context.log);
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
                return pullRequestRefused(settings, context, { result, exports, base: target.base });
            }
        }
    }
    const staleNote = (0,modes_exports/* describeStale */.vF)(exports, settings.lockFile);
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


/***/ })

};
;