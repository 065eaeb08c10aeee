"use strict";
exports.id = 906;
exports.ids = [906,31];
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
/** True for GitHub's answer to a request the token has no scope for: a REST 403, or GraphQL FORBIDDEN errors. */
function isMissingPermission(error) {
    if (isRequestError(error))
        return error.status === 403 && /not accessible by integration/i.test(error.message);
    const errors = error?.errors;
    return Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.type === 'FORBIDDEN');
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

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGitHubMode: () => (/* binding */ runGitHubMode)
});

// EXTERNAL MODULE: ./lib/engine.js + 1 modules
var engine = __webpack_require__(2137);
// EXTERNAL MODULE: ./lib/exports/render.js
var render = __webpack_require__(314);
// EXTERNAL MODULE: ./lib/lock/parse.js + 3 modules
var parse = __webpack_require__(4650);
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
/**
 * The hidden marker that identifies our pull request or issue for a given lock file. The file name
 * is percent-encoded, so that no space, `key=` or `-->` in it can pass for a field or end the comment.
 */
function marker(kind, lockFile) {
    return `<!-- vipps-ip-lock:${kind} file=${encodeURIComponent(lockFile)}`;
}
/** The marker as earlier versions wrote it, with the file name raw: still read, then rewritten. */
function legacyMarker(kind, lockFile) {
    return `<!-- vipps-ip-lock:${kind} file=${lockFile}`;
}
function markerLine(kind, lockFile, fields) {
    return `${marker(kind, lockFile)} ${Object.entries(fields)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')} -->`;
}
/**
 * Reads `key=value` from the marker in a body: only from the fields after the file name, each a
 * lower-case key and a value without spaces, up to the comment's end. Anything else reads as no marker.
 */
function markerField(body, kind, lockFile, key) {
    for (const prefix of new Set([marker(kind, lockFile), legacyMarker(kind, lockFile)])) {
        const line = body.split('\n').find((l) => l.startsWith(`${prefix} `));
        if (line === undefined)
            continue;
        const rest = line.slice(prefix.length);
        if (!/^( [a-z]+=[^\s=]+)+ -->$/.test(rest))
            continue;
        const fields = new Map(rest
            .slice(1, -4)
            .trim()
            .split(' ')
            .map((field) => field.split('=')));
        return fields.get(key);
    }
    return undefined;
}
function changeTitle(result, lockFile) {
    return `Update ${lockFile}: ${(0,rows/* headline */.Pl)(result, lockFile).replace(/^DNS has changed: /, '')}`;
}
const REVIEW = '**Before merging**, allow the added addresses in your firewall: Vipps MobilePay may send callbacks from them already. Close removed addresses once this is merged. Departing addresses left DNS and stay allowed until the time shown, for callbacks still on their way.';
const list = (paths) => paths.map(report_escape/* codeSpan */.SS).join(', ');
/**
 * `digest` fingerprints every file the proposal writes, so an unchanged proposal is left alone. GitHub shows the files: no diff here.
 * `notes` come first: what a reviewer must know before anything else.
 */
function pullRequestBody(result, lockFile, baseSha, digest, staleExports = [], notes = []) {
    const head = markerLine('pull-request', lockFile, { base: baseSha, digest });
    const advice = [...notes, REVIEW, ...(staleExports.length ? [`This pull request also updates ${list(staleExports)} to match the new lock.`] : [])];
    return fit(head, () => (0,markdown/* renderMarkdown */.G)(result, { lockFile, advice, lock: 'none' }));
}
/**
 * Issue mode commits nothing: the body shows what to change, the lock's diff, the whole new lock
 * (to commit by hand; the next run reads its proposal back from it) and each stale firewall file's diff.
 */
function issueBody(result, lockFile, digest, staleFiles = [], compareUrl, notes = []) {
    const advice = [
        ...notes,
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

;// CONCATENATED MODULE: ./lib/modes/authorship.js
/** The workflow's own token: what a run assumes when GitHub does not let the token read `viewer`. */
const WORKFLOW_TOKEN_IDENTITY = 'github-actions[bot]';
function identityOf(viewer) {
    const login = viewer ?? WORKFLOW_TOKEN_IDENTITY;
    return { login, bot: login.endsWith('[bot]') };
}
/** The trailer of every commit vipps-ip-lock makes, so its own commits are told from other automation's. */
const COMMIT_TRAILER = 'Resolved by vipps-ip-lock from Vipps MobilePay DNS.';
// GraphQL names a bot `github-actions` where REST and `viewer` say `github-actions[bot]`.
const bare = (login) => login.replace(/\[bot\]$/, '').toLowerCase();
/** The actor is the token's identity: same login, and a bot only when the identity is one. */
function isIdentity(actor, identity) {
    if (!actor)
        return false;
    return bare(actor.login) === bare(identity.login) && (actor.type === 'Bot') === identity.bot;
}
/** A pull request or an issue the token itself opened. */
function openedByIdentity(node, identity) {
    return node.viewerDidAuthor || isIdentity(node.author, identity);
}
/** Nobody but the token's identity edited the body after it was written: what it says is what the action wrote. */
function bodyUntouched(node, identity) {
    return node.editor === undefined || isIdentity(node.editor, identity);
}
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A commit vipps-ip-lock made with this token: authored by the identity, carrying the action's
 * trailer, and, for a bot, made and signed by GitHub itself (anyone can write any author into a
 * commit they push; only GitHub signs a commit the API made). A bot's commit email is
 * `<id>+<login>@users.noreply.<host>`.
 */
function commitByIdentity(commit, identity) {
    if (!commit.message.includes(COMMIT_TRAILER))
        return false;
    const email = new RegExp(`^(\\d+\\+)?${literal(identity.login)}@users\\.noreply\\.`, 'i');
    if (identity.bot)
        return commit.signedByGitHub && email.test(commit.author.email);
    return commit.author.login?.toLowerCase() === identity.login.toLowerCase() || email.test(commit.author.email);
}
/** `alice`, `github-actions[bot]`: how the summary names whoever wrote something. */
function named(actor) {
    if (!actor)
        return 'a deleted account';
    return actor.type === 'Bot' && !actor.login.endsWith('[bot]') ? `@${actor.login}[bot]` : `@${actor.login}`;
}

// EXTERNAL MODULE: ./lib/modes/exports.js
var modes_exports = __webpack_require__(2844);
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

;// CONCATENATED MODULE: ./lib/modes/proposal-notes.js


const DROPPED = '**Addresses neither the base lock nor DNS holds were left out.**';
/**
 * Said when the open proposal held addresses that neither the base lock nor this run's DNS
 * answers hold. Its branch or issue can be written by anything with the same token identity, so
 * such an address is never carried on: the proposal is rebuilt from the base lock and DNS. The
 * body gives only their number (what someone else wrote is not repeated into it); the run's log
 * names them.
 */
function droppedNote(dropped, base) {
    if (dropped.length === 0)
        return { body: [], log: [] };
    // issue mode reads the default branch when no base is set.
    const lock = base ? (0,report_escape/* codeSpan */.SS)(base) : 'the default branch';
    const count = dropped.length === 1 ? 'an address' : `${dropped.length} addresses`;
    const listed = dropped.map((d) => `${d.address} (${d.environment})`).join(', ');
    return {
        body: [
            `${DROPPED} The open proposal held ${count} that DNS does not return now and the lock on ${lock} does not hold: it was rebuilt from ${lock} and DNS.`,
        ],
        log: [
            `The open proposal held ${listed}, which DNS does not return now and the lock on ${base || 'the default branch'} does not hold: it was rebuilt from ${base || 'the default branch'} and DNS.`,
        ],
    };
}
/**
 * The dropped-addresses note of a body the action wrote, kept while what it proposes is unchanged,
 * so the next run does not rewrite the body only to take the note out again.
 */
function keptDroppedNote(body) {
    const line = body.split('\n').find((l) => l.startsWith(DROPPED));
    return line ? [line] : [];
}
/**
 * Under on-lookup-failure: fail a run whose lookups failed writes nothing: the run fails, and
 * the branch, the pull request and the issue stay as the last complete run left them.
 */
function heldByLookupFailure(settings, result, untouched) {
    if (!(0,outcome/* lookupFailures */.EV)(result, settings).failure)
        return undefined;
    return `**Nothing was written**: a lookup failed and on-lookup-failure is fail, so ${untouched}.`;
}

;// CONCATENATED MODULE: ./lib/modes/issue.js









/**
 * issue mode: one issue, the action's own (opened by the token, found again by a hidden marker),
 * open while the lock on the base branch differs from DNS. Like a pull request, the issue's
 * proposal evolves from what it last proposed, so a flapping address changes nothing; its body is
 * rewritten whenever it is not what the action would write, a comment tells watchers when the
 * drift itself changes, and it is closed when the lock matches DNS again.
 */
async function runIssue(settings, context) {
    const { repository: github } = context;
    // GitHub is read once, for the open issues, the lock and the exports, while DNS answers.
    const [observed, state] = await Promise.all([
        context.observed,
        inPhase(context.log, 'GitHub read', () => github.issueState({ base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) }), (read) => `${read.issues.length} open ${read.issues.length === 1 ? 'issue' : 'issues'} read`),
    ]);
    const identity = identityOf(state.viewer);
    const ours = ownIssues(state.issues, identity, settings.lockFile);
    const lockSource = `${settings.github.base || 'the default branch'}:${settings.lockFile}`;
    const previousText = state.files.get(settings.lockFile);
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, lockSource, context.now);
    const pending = ours[0] && proposedLock(ours[0], identity, settings, context.now);
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, previousText, pending, now: context.now, observed });
    const exports = await (0,modes_exports/* checkExports */.Sh)(settings, result.next, async (file) => state.files.get(file));
    return upsertIssue(settings, context, identity, result, exports, ours);
}
/** Used by pull-request mode when GitHub refuses the workflow token a pull request. */
async function openIssueFallback(settings, context, identity, result, exports, compareUrl) {
    const ours = ownIssues(await context.repository.openIssues(), identity, settings.lockFile);
    return upsertIssue(settings, context, identity, result, exports, ours, compareUrl);
}
/**
 * The open issues that are the action's own, oldest first: opened by the token's identity, with
 * the marker for this lock file. An issue anyone else opens, marker or not, is theirs.
 */
function ownIssues(issues, identity, lockFile) {
    return issues.filter((issue) => markerField(issue.body, 'issue', lockFile, 'digest') !== undefined && openedByIdentity(issue, identity));
}
/**
 * The lock the issue proposes, kept in its body as a hidden comment (base64, so no text in it can
 * close the comment): the next run evolves the proposal from it, as a pull request's branch does.
 */
const PROPOSAL = (lockFile) => `<!-- vipps-ip-lock:proposed file=${lockFile} lock=`;
/** GitHub refuses a body over 65536 characters: a proposal that would not fit is left out (the next run starts from the base). */
const BODY_LIMIT = 65_536;
function withProposal(body, lockFile, lockText) {
    const line = `${PROPOSAL(lockFile)}${Buffer.from(lockText).toString('base64')} -->`;
    const cut = body.indexOf('\n');
    const withLine = `${body.slice(0, cut + 1)}${line}\n${body.slice(cut + 1)}`;
    return withLine.length <= BODY_LIMIT ? withLine : body;
}
/**
 * The lock the open issue proposed, read back from its body: only when nobody but the action
 * edited that body, and the lock and the exports it gives are what the body's digest fingerprints.
 */
function proposedLock(issue, identity, settings, now) {
    if (!bodyUntouched(issue, identity))
        return undefined;
    const prefix = PROPOSAL(settings.lockFile);
    const line = issue.body.split('\n').find((l) => l.startsWith(prefix) && l.endsWith(' -->'));
    if (!line)
        return undefined;
    const text = Buffer.from(line.slice(prefix.length, -' -->'.length), 'base64').toString('utf8');
    try {
        const lock = (0,parse/* parseLock */.P)(text, `issue #${issue.number}`, now);
        const digest = fingerprint([text, ...(0,render/* renderExports */.M)(lock, settings.exports, settings.lockFile)].flat().join('\0'));
        return digest === markerField(issue.body, 'issue', settings.lockFile, 'digest') ? lock : undefined;
    }
    catch {
        return undefined;
    }
}
async function upsertIssue(settings, context, identity, result, exports, ours, compareUrl) {
    const { repository: github } = context;
    let operation = 'none';
    let issue = ours[0];
    const writes = new Writes(settings.dryRun, context.log);
    const [open, ...duplicates] = ours;
    const dropped = droppedNote(result.dropped, settings.github.base);
    for (const line of dropped.log)
        context.log.warning(line);
    const held = heldByLookupFailure(settings, result, open ? `issue #${open.number} was not changed` : 'no issue was opened');
    if (held)
        return githubOutcome(settings, { result, exports, kind: 'issue', target: open, operation, advice: [...dropped.body, held] });
    if (result.lockChanged || exports.stale.length > 0) {
        const title = changeTitle(result, settings.lockFile);
        const digest = fingerprint([result.nextText, ...exports.expected].flat().join('\0'));
        // The note stays while the proposal is unchanged, so the body is not rewritten only to drop it.
        const notes = dropped.body.length > 0
            ? dropped.body
            : open && markerField(open.body, 'issue', settings.lockFile, 'digest') === digest
                ? keptDroppedNote(open.body)
                : [];
        const body = withProposal(issueBody(result, settings.lockFile, digest, (0,modes_exports/* staleFiles */.n5)(exports), compareUrl, notes), settings.lockFile, result.nextText);
        if (!open) {
            operation = 'created';
            await writes.run('open an issue', async () => {
                const created = await github.createIssue({ title, body, labels: settings.github.labels, assignees: settings.github.assignees });
                issue = await keepOldest(settings, context, identity, created);
                if (issue !== created)
                    operation = 'none';
            });
        }
        else {
            if (open.title !== title || open.body !== body) {
                await writes.run(`update issue #${open.number}`, async () => {
                    await github.updateIssue(open.number, title, body);
                    const comment = !bodyUntouched(open, identity)
                        ? `The description was edited by ${named(open.editor)}; vipps-ip-lock wrote it again from DNS and \`${settings.lockFile}\`.`
                        : markerField(open.body, 'issue', settings.lockFile, 'digest') !== digest
                            ? `DNS changed again: ${(0,rows/* headline */.Pl)(result, settings.lockFile).replace(/^DNS has changed: /, '')}. The description above is up to date.`
                            : undefined;
                    // One comment when the drift itself changes, so watchers hear of it; none for a reworded body.
                    if (comment)
                        await github.comment(open.number, comment);
                });
                operation = 'updated';
            }
            for (const duplicate of duplicates)
                await closeDuplicate(settings, context, writes, duplicate.number, open.number);
        }
    }
    else if (open) {
        for (const each of ours) {
            await writes.run(`close issue #${each.number}`, () => github.closeIssue(each.number, `\`${settings.lockFile}\` matches DNS again. Closed by vipps-ip-lock.`));
        }
        operation = 'closed';
    }
    return githubOutcome(settings, {
        result,
        exports,
        kind: 'issue',
        target: issue,
        operation,
        advice: [...dropped.body, ...writes.advice(operation, issue?.url)],
    });
}
/**
 * Overlapping runs may each open an issue: after opening one, look again, and when an older issue
 * of the action's is open, close the new one as its duplicate. Every run that loses closes only
 * its own, so the oldest stays open, whichever run finishes first.
 */
async function keepOldest(settings, context, identity, created) {
    const oldest = ownIssues(await context.repository.openIssues(), identity, settings.lockFile).find((i) => i.number < created.number);
    if (!oldest)
        return created;
    context.log.info(`Issue #${oldest.number} was opened meanwhile by another run; closing #${created.number} as its duplicate.`);
    await context.repository.closeIssue(created.number, `Duplicate of #${oldest.number}, opened by another run at the same time. Closed by vipps-ip-lock.`);
    return oldest;
}
async function closeDuplicate(settings, context, writes, number, kept) {
    await writes.run(`close issue #${number}`, () => context.repository.closeIssue(number, `Duplicate of #${kept}: vipps-ip-lock keeps one issue for \`${settings.lockFile}\`. Closed by vipps-ip-lock.`));
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
    // Each branch encoded but its slashes, as GitHub's own compare links write them; parentheses
    // too, which would end the Markdown link in the issue body.
    const ref = (name) => encodeURIComponent(name).replace(/%2F/g, '/').replace(/\(/g, '%28').replace(/\)/g, '%29');
    const compareUrl = `${context.serverUrl}/${owner}/${repo}/compare/${ref(run.base)}...${ref(branch)}?expand=1`;
    const byHand = `The change is on branch \`${branch}\`: open the pull request by hand at ${compareUrl}`;
    const pullRequestOutputs = { 'pull-request-number': '', 'pull-request-url': '', 'pull-request-operation': 'none' };
    try {
        const fallback = await inPhase(context.log, 'An issue instead of the pull request', () => openIssueFallback(settings, context, run.identity, run.result, run.exports, compareUrl));
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

;// CONCATENATED MODULE: ./lib/modes/update-branch.js






const update_branch_short = (oid) => oid.slice(0, 7);
const madeBy = (commit) => commit.author.login ?? (commit.author.email || 'an unknown author');
/** The action's own commit, made directly on top of `parent`. */
function ownCommitOn(commit, parent, identity) {
    return commitByIdentity(commit, identity) && commit.parents.length === 1 && commit.parents[0] === parent;
}
/**
 * Whether the action may move `branch` (whose head is `head`) without losing anyone's work: it
 * holds nothing but the action's own commits on top of the base's history. The plain case (its
 * head is the action's commit on the base's head) needs no read; any other asks GitHub which
 * commits the branch holds beyond the base.
 */
async function branchOwnership(github, identity, base, branch, head) {
    if (!head || ownCommitOn(head, base.oid, identity))
        return { owned: true };
    const comparison = await github.compare(base.name, branch);
    if (!comparison)
        return { owned: false, reason: `it shares no history with ${base.name}` };
    if (comparison.aheadBy > comparison.commits.length)
        return { owned: false, reason: `it holds ${(0,rows/* plural */.LS)(comparison.aheadBy, 'commit')} that ${base.name} does not` };
    const foreign = comparison.commits.filter((c) => !commitByIdentity(c, identity) || c.parents.length !== 1);
    if (foreign.length === 0)
        return { owned: true };
    const listed = foreign.slice(0, 3).map((c) => `${update_branch_short(c.oid)} by ${madeBy(c)}`);
    return {
        owned: false,
        reason: `it holds ${(0,rows/* plural */.LS)(foreign.length, 'commit')} that vipps-ip-lock did not make (${listed.join(', ')}${foreign.length > 3 ? ', ...' : ''})`,
    };
}
/**
 * The lock on the open pull request's branch, when the branch holds exactly what the action wrote:
 * the pull request's description is the action's own (nobody else edited it); the branch's head is
 * the action's commit on the base commit that description names; the lock there is valid; every
 * export there is what that lock gives; and together they are the files the description's digest
 * fingerprints. Anything else is someone else's change, and none of it is carried on.
 */
function verifyBranchContent(input) {
    const { settings, identity, pull, head, files } = input;
    const { branch } = settings.github;
    const lockFile = settings.lockFile;
    if (!bodyUntouched(pull, identity))
        return { problem: `the description of pull request #${pull.number} was edited by ${named(pull.editor)}`, foreign: true };
    if (!head)
        return { problem: `branch ${branch} no longer exists`, foreign: false };
    const base = markerField(pull.body, 'pull-request', lockFile, 'base');
    if (!commitByIdentity(head, identity))
        return { problem: `the head of ${branch}, ${update_branch_short(head.oid)}, was made by ${madeBy(head)}`, foreign: true };
    if (!ownCommitOn(head, base, identity))
        return {
            problem: `${branch} holds commits on top of the one vipps-ip-lock made (its head ${update_branch_short(head.oid)} is not on ${base ? update_branch_short(base) : 'the base'})`,
            foreign: true,
        };
    const lockText = files.get(lockFile);
    if (lockText === 'unreadable')
        return { problem: `${lockFile} on ${branch} is binary or too large to be a lock`, foreign: true };
    if (lockText === undefined)
        return { problem: `${lockFile} was deleted from ${branch}`, foreign: true };
    let lock;
    try {
        lock = (0,parse/* parseLock */.P)(lockText, `${branch}:${lockFile}`, input.now);
    }
    catch (error) {
        return { problem: (0,errors/* messageOf */.bD)(error), foreign: true };
    }
    const proposed = new Map([[lockFile, lockText]]);
    for (const [file, text] of (0,render/* renderExports */.M)(lock, settings.exports, lockFile)) {
        const there = files.get(file);
        // A firewall file configured since the last run is missing, not tampered with.
        if (there === undefined)
            return { problem: `${file} is not on ${branch} yet`, foreign: false };
        if (there !== text)
            return { problem: `${file} on ${branch} is not what its lock gives`, foreign: true };
        proposed.set(file, there);
    }
    const digest = fingerprint([...proposed].flat().join('\0'));
    if (digest !== markerField(pull.body, 'pull-request', lockFile, 'digest'))
        return { problem: `the files on ${branch} are not the ones pull request #${pull.number} proposed`, foreign: true };
    // A commit on the base's head is built on as it is, so it must change nothing else. One on an
    // older base is rebuilt on the new one from these files alone, whatever else it changed.
    if (head.parents[0] === input.base.oid) {
        const ours = [...proposed].filter(([file, text]) => input.base.files.get(file) !== text).length;
        if (head.changedFiles !== ours)
            return {
                problem: `the head of ${branch} changes ${head.changedFiles ?? 'an unknown number of'} files where vipps-ip-lock changed ${ours}`,
                foreign: true,
            };
    }
    return { lock };
}

;// CONCATENATED MODULE: ./lib/modes/pull-request.js










/** Said in the pull request, for as long as the commit that replaced someone else's changes is the one proposed. */
const REPLACED_NOTE = (branch, base) => `**Changes not made by vipps-ip-lock were replaced.** Someone else changed \`${branch}\` or this description; none of it is proposed here. The branch was rebuilt from \`${base}\` and DNS.`;
/**
 * pull-request mode: reads the lock from the base branch through the API (no checkout needed),
 * and keeps one branch and one pull request in step with DNS: created on drift, updated in place
 * when DNS moves again or the base moves, closed when the base lock matches DNS once more. It
 * builds only on what it wrote itself, and moves no branch that holds anyone else's work.
 */
async function runPullRequest(settings, context) {
    const { repository: github } = context;
    const { branch } = settings.github;
    // One read: the open pull requests from the branch, the base branch, the branch's head commit,
    // and the lock and every export on both branches. Nothing more is read before a write, unless
    // the branch is not plainly the action's own.
    const state = await inPhase(context.log, 'GitHub read', () => github.state({ branch, base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) }), (read) => `${read.base ? `${read.base.name} at ${read.base.oid.slice(0, 7)}` : 'no base branch'}, ${read.pulls.length ? `open from ${branch}: ${read.pulls.map((p) => `pull request #${p.number}`).join(', ')}` : 'no open pull request'}${read.branchHead ? `, ${branch} at ${read.branchHead.oid.slice(0, 7)}` : ''}`);
    const { owner, repo } = github.name;
    const base = state.base;
    if (!base)
        throw new errors/* UserError */.yo(`The base branch "${settings.github.base}" does not exist in ${owner}/${repo}. Set "base" to an existing branch.`);
    if (branch === base.name)
        throw new errors/* UserError */.yo(`Input "branch" is "${branch}", the base branch itself: pick a branch of its own, such as vipps-ip-lock/update.`);
    const identity = identityOf(state.viewer);
    const previousText = state.files.get(settings.lockFile);
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, `${base.name}:${settings.lockFile}`, context.now);
    // A fork's branch of the same name is another branch; of this repository's, only the pull
    // request the token opened into the configured base is the action's.
    const fromBranch = state.pulls.filter((p) => !p.fromFork);
    const open = fromBranch.find((p) => p.base === base.name && openedByIdentity(p, identity));
    const others = fromBranch.filter((p) => p !== open);
    const content = open
        ? verifyBranchContent({
            settings,
            identity,
            pull: open,
            head: state.branchHead,
            files: state.branchFiles,
            base: { oid: base.oid, files: state.files },
            now: context.now,
        })
        : undefined;
    const replaced = content && 'problem' in content ? content : undefined;
    if (replaced?.foreign)
        context.log.warning(`Changes not made by vipps-ip-lock were replaced: ${replaced.problem}. Nothing from ${branch} is proposed; the branch is rebuilt from ${base.name} and DNS.`);
    const pending = content && 'lock' in content ? content.lock : undefined;
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, previousText, pending, now: context.now, observed: await context.observed });
    const exports = await (0,modes_exports/* checkExports */.Sh)(settings, result.next, async (file) => state.files.get(file));
    const changed = result.lockChanged || exports.stale.length > 0;
    let ownership;
    const owns = async () => {
        ownership ??= await branchOwnership(github, identity, base, branch, state.branchHead);
        return ownership;
    };
    let operation = 'none';
    let pull = open;
    const writes = new Writes(settings.dryRun, context.log);
    const dropped = droppedNote(result.dropped, base.name);
    for (const line of dropped.log)
        context.log.warning(line);
    const outcome = (failure, held) => {
        const staleNote = (0,modes_exports/* describeStale */.vF)(exports, settings.lockFile);
        const advice = [
            ...(replaced?.foreign ? [REPLACED_NOTE(branch, base.name).replace('this description', "the pull request's description")] : []),
            ...dropped.body,
            ...(held ? [held] : writes.advice(operation, pull?.url)),
            ...(staleNote ? [`Firewall files: ${staleNote}; the pull request updates them.`] : []),
        ];
        const done = githubOutcome(settings, { result, exports, kind: 'pull-request', target: pull, operation, advice });
        return failure ? { ...done, failure, summary: `${done.summary}\n**Not done**: ${failure}\n` } : done;
    };
    const held = heldByLookupFailure(settings, result, `${branch}${open ? ` and pull request #${open.number} were` : ' was'} not changed`);
    if (held)
        return outcome(undefined, held);
    if (!changed) {
        if (open) {
            // Deleting the branch would close any other pull request built on it, or lose someone's commits.
            const owned = (await owns()).owned && others.length === 0;
            await writes.run(`close pull request #${open.number}`, async () => {
                await github.closePullRequest(open.number, `DNS matches \`${settings.lockFile}\` on \`${open.base}\` again: nothing to update. Closed by vipps-ip-lock.`);
                if (owned)
                    await github.deleteBranch(branch);
            });
            operation = 'closed';
        }
        return outcome();
    }
    if (others.length > 0)
        return outcome(builtOnByOthers(branch, base.name, others, identity));
    if (!open && state.branchHead) {
        const owned = await owns();
        if (!owned.owned)
            return outcome(`Branch ${branch} is not vipps-ip-lock's to move: ${owned.reason}. It was left as it is. Set "branch" to a branch of its own (the default is vipps-ip-lock/update), or delete ${branch} if nothing on it is needed.`);
    }
    const title = changeTitle(result, settings.lockFile);
    const target = { base: base.name, sha: base.oid };
    const files = new Map([[settings.lockFile, result.nextText], ...exports.expected]);
    const digest = fingerprint([...files].flat().join('\0'));
    const current = open !== undefined &&
        pending !== undefined &&
        state.branchFiles.get(settings.lockFile) === result.nextText &&
        markerField(open.body, 'pull-request', settings.lockFile, 'base') === target.sha &&
        markerField(open.body, 'pull-request', settings.lockFile, 'digest') === digest;
    const note = [
        ...(replaced?.foreign || (current && open.body.includes(REPLACED_NOTE(branch, base.name))) ? [REPLACED_NOTE(branch, base.name)] : []),
        // Kept while the commit that left them out is the one proposed, so the body is not rewritten only to drop it.
        ...(dropped.body.length > 0 ? dropped.body : current ? keptDroppedNote(open.body) : []),
    ];
    const body = pullRequestBody(result, settings.lockFile, target.sha, digest, exports.stale, note);
    if (!current) {
        await writes.run(`commit ${[...files.keys()].join(', ')} to ${branch} on top of ${target.base}`, async () => {
            const commit = await github.commitFiles(base, files, `${title}\n\n${COMMIT_TRAILER}`);
            // Another run may create the branch between the read and this write: its commit is the action's own too.
            const mayMove = async () => (await branchOwnership(github, identity, base, branch, await github.branchHead(branch))).owned;
            await github.moveBranch(branch, commit, state.branchHead !== undefined, mayMove);
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
                pull = await createOrAdopt(context, settings, identity, { base: target.base, title, body });
                await github.label(pull.number, settings.github.labels, settings.github.assignees);
                await github.requestReviewers(pull.number, settings.github.reviewers);
            });
            operation = 'created';
        }
        catch (error) {
            if (!NOT_PERMITTED.test(String(error.message)))
                throw error;
            return pullRequestRefused(settings, context, { result, exports, base: target.base, identity });
        }
    }
    return outcome();
}
/** Why the branch is left alone: other pull requests are built on it, and the action edits none of them. */
function builtOnByOthers(branch, base, others, identity) {
    const listed = others.map((p) => `#${p.number} into ${p.base}${openedByIdentity(p, identity) ? '' : `, opened by ${named(p.author)}`}`);
    return `Branch ${branch} is the head of ${others.length === 1 ? 'pull request' : 'pull requests'} ${listed.join('; ')}, which vipps-ip-lock did not open into ${base}. It neither edits ${others.length === 1 ? 'that pull request' : 'them'} nor moves the branch under ${others.length === 1 ? 'it' : 'them'}. Close ${others.length === 1 ? 'it' : 'them'}, or set "branch" to a branch of its own.`;
}
/** Creates the pull request; when a concurrent run of this action created it first, takes that one over. */
async function createOrAdopt(context, settings, identity, input) {
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
        if (!isIdentity(existing.user, identity))
            throw new errors/* UserError */.yo(`Pull request #${existing.number} from ${settings.github.branch} into ${input.base} was opened meanwhile by @${existing.user?.login ?? 'someone else'}, not by vipps-ip-lock: it is left as it is.`);
        context.log.info(`Pull request #${existing.number} was opened meanwhile by another run; updating it.`);
        await github.updatePullRequest(existing.number, input.title, input.body);
        return existing;
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