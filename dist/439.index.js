"use strict";
exports.id = 439;
exports.ids = [439];
exports.modules = {

/***/ 4439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readGateSources: () => (/* binding */ readGateSources)
/* harmony export */ });
/* unused harmony export gitRevision */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2357);
/* harmony import */ var _lock_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4650);





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Reads the lock and the exports at the event's base (and head, for pull_request_target): from
 * the checkout's git history when it holds the commit, otherwise through the GitHub API in one
 * request. When neither works the gate fails closed, saying which permission to grant: a pull
 * request that cannot be compared is never passed.
 */
async function readGateSources(event, options) {
    const { settings } = options;
    const paths = [settings.lockFile, ...settings.exports.map((e) => e.path)];
    const revisions = event.head ? [event.base, event.head] : [event.base];
    const local = await Promise.all(revisions.map((revision) => filesFromGit(options.root, revision, paths)));
    const remote = local.some((files) => files === undefined) ? await filesFromApi(event, revisions, paths, options) : [];
    const read = revisions.map((_, i) => local[i] ?? remote[i]);
    const [base, head] = (await Promise.all(revisions.map(async (revision, i) => {
        let files = read[i];
        // A commit the repository no longer has (the base was force-pushed): its branch's tip, reviewed as well.
        if (!files?.exists && revision.fallback)
            files = (await filesFromApi(event, [{ ...revision, revision: revision.fallback }], paths, options))[0];
        if (!files?.exists)
            throw unavailable(event, revision, settings, 'the commit does not exist in the repository');
        return files.files;
    })));
    const notes = [];
    let lock;
    try {
        lock = (0,_lock_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLockIfPresent */ .X)(base.get(settings.lockFile), `${event.base.label}:${settings.lockFile}`, options.now);
    }
    catch (error) {
        // A pull request that repairs a broken base lock must be able to pass: it is compared as if
        // the base held nothing, so every address it has must be one DNS returns now.
        notes.push(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)} The pull request is compared as if the base held no address.`);
    }
    const exports = new Map(settings.exports.map((e) => [e.path, base.get(e.path)]));
    return { base: { label: event.base.label, lock, exports }, ...(head ? { head } : {}), notes };
}
/** The files at a commit the checkout already has; undefined when it has not (a shallow clone) or git is absent. */
async function filesFromGit(root, revision, paths) {
    if (!revision.sha)
        return undefined;
    const git = (args) => run('git', gitArgs(root, args), { maxBuffer: MAX_FILE_BYTES, encoding: 'buffer', env: gitEnvironment(root) });
    const files = new Map();
    try {
        await git(['cat-file', '-e', `${revision.sha}^{commit}`]);
        for (const file of paths) {
            // The tree says whether the file exists; only then is its content read, so a blob the
            // checkout lacks (a partial clone) is read through the API instead, never taken as missing.
            const listed = (await git(['ls-tree', '--full-tree', '--name-only', '-z', revision.sha, '--', file])).stdout.toString('utf8');
            if (!listed.split('\0').includes(file)) {
                files.set(file, undefined);
                continue;
            }
            const bytes = (await git(['cat-file', 'blob', `${revision.sha}:${file}`])).stdout;
            files.set(file, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        }
    }
    catch {
        // Not in this checkout, or not readable here (too large, not text, a missing object): the API decides.
        return undefined;
    }
    return { exists: true, files };
}
/** Replacement refs could stand another object in for a commit: they are ignored. */
function gitArgs(root, args) {
    return ['--no-replace-objects', '-C', root, ...args];
}
/**
 * Only the repository whose top folder is `root` (git must not find one in a folder above it, where
 * the paths would mean something else), and no lazy fetch of a missing object from a promisor
 * remote: the base is read as it is here, or through the API.
 */
function gitEnvironment(root) {
    return { ...process.env, GIT_CEILING_DIRECTORIES: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)), GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };
}
/** A lock or an export larger than this is not one vipps-ip-lock wrote. */
const MAX_FILE_BYTES = 1 << 20;
async function filesFromApi(event, revisions, paths, options) {
    const { settings } = options;
    const repository = await options.connect();
    if (!repository) {
        throw unavailable(event, event.base, settings, event.name === 'check --base' ? 'git cannot read the commit' : 'no github-token or GITHUB_REPOSITORY to read it with');
    }
    try {
        return await repository.filesAt(revisions.map((r) => r.revision), paths);
    }
    catch (error) {
        throw unavailable(event, event.base, settings, describeRefusal(error));
    }
}
function describeRefusal(error) {
    const graphqlErrors = error?.errors;
    if (Array.isArray(graphqlErrors))
        return `GitHub refused the read: ${graphqlErrors.map((e) => e.message).join('; ')}`;
    const status = error?.status;
    return typeof status === 'number' ? `GitHub answered ${status}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error).split(' - ')[0]}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error);
}
/**
 * The commit `rev` (a branch, a tag, `origin/main`, a SHA) names in the git repository at `root`,
 * for `vipps-ip-lock check --base`; the comparison then reads the checkout's history only.
 */
async function gitRevision(root, rev) {
    try {
        const args = gitArgs(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        const { stdout } = await run('git', args, { encoding: 'utf8', env: gitEnvironment(root) });
        const sha = stdout.trim();
        return { revision: sha, sha, label: `${rev} (${sha.slice(0, 7)})` };
    }
    catch {
        throw new UserError(`--base ${JSON.stringify(rev)} names no commit in a git repository whose top folder is ${root}: run check there, with a branch, tag or commit such as origin/main.`);
    }
}
function unavailable(event, revision, settings, reason) {
    if (event.name === 'check --base') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`check --base compares ${settings.lockFile} and the exports with ${revision.label}, but they could not be read from git: ${reason}.`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`This is a ${event.name} run, so check compares ${settings.lockFile} and the exports with ${revision.label}, but they could not be read: ${reason}. ` +
        'The check fails rather than pass a pull request it cannot compare. Give the job `permissions: contents: read` ' +
        "(a pull request from a fork gets a read-only token, which is enough), or check out with `fetch-depth: 0` so the base commit is in the checkout's history.");
}


/***/ })

};
;