"use strict";
exports.id = 957;
exports.ids = [957];
exports.modules = {

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
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(512);
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
    return stale.length ? [`Firewall files brought in step with the lock: ${stale.map(report_escape/* codeSpan */.SS).join(', ')}.`] : [];
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
            : `Update ${(0,report_escape/* codeSpan */.SS)(lockFile)} to the lock below and your firewall to its addresses. This issue closes itself once the lock on the default branch matches DNS.`,
    ];
    const head = markerLine('issue', lockFile, { digest });
    return withDiff(head, (0,markdown/* renderMarkdown */.G)(result, { lockFile, advice, includeLock: true }), result, lockFile);
}
function withDiff(head, report, result, lockFile) {
    const diff = `<details><summary>Changes to ${(0,report_escape/* htmlText */.js)(lockFile)}</summary>\n\n${(0,report_escape/* codeBlock */.DV)(lineDiff(result.previousText ?? '', result.nextText), 'diff')}\n\n</details>\n`;
    const body = `${head}\n${report}\n${diff}`;
    if (body.length <= MAX_BODY)
        return body;
    const short = `${head}\n${report}\n_The diff of ${(0,report_escape/* markdownText */.p7)(lockFile)} is too long to show here: see the commit._\n`;
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


/***/ })

};
;