"use strict";
exports.id = 329;
exports.ids = [329];
exports.modules = {

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatedEvent: () => (/* binding */ gatedEvent)
/* harmony export */ });
/* unused harmony export GATED_EVENTS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2357);


// Which runs the check gate holds, and what it compares: read from the event GitHub wrote for
// the run (GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH), never from the repository.
/**
 * Runs about a pull request. The review events run on the pull request's merge commit, as
 * pull_request does: a workflow that also runs on them must not pass a check there that the gate
 * fails on pull_request.
 */
const GATED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'pull_request_review', 'pull_request_review_comment'];
const SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const BRANCH = /^[^\s~^:?*[\\]+$/;
/**
 * The gated event of this run, or undefined when the run is not one (a push, a schedule, a
 * workflow_dispatch: check works as it always did). A gated event whose payload cannot be read
 * is an error, never a reason to skip the gate.
 */
async function gatedEvent(env) {
    const name = GATED_EVENTS.find((event) => event === env.GITHUB_EVENT_NAME);
    if (!name)
        return undefined;
    // Without its payload a pull_request run still names its base branch in GITHUB_BASE_REF: the
    // gate then reads the branch's tip. A merge queue or pull_request_target run needs the payload.
    const fromEnvironment = name !== 'merge_group' && name !== 'pull_request_target' && BRANCH.test(env.GITHUB_BASE_REF ?? '');
    const payload = await readPayload(env.GITHUB_EVENT_PATH, name).catch((error) => {
        if (fromEnvironment)
            return {};
        throw error;
    });
    if (name === 'merge_group') {
        const group = object(payload.merge_group);
        const base = revision(group.base_sha, branchOf(group.base_ref), name);
        return { name, base };
    }
    const pull = object(payload.pull_request);
    const baseRef = object(pull.base).ref ?? env.GITHUB_BASE_REF;
    const base = revision(object(pull.base).sha, typeof baseRef === 'string' ? baseRef : undefined, name);
    if (name !== 'pull_request_target')
        return { name, base };
    const head = revision(object(pull.head).sha, undefined, name, `pull request #${String(pull.number ?? '?')}`);
    return { name, base, head };
}
async function readPayload(file, name) {
    const unreadable = `This is a ${name} run, so check compares the pull request with its base branch, but the event payload`;
    if (!file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${unreadable} is missing: GITHUB_EVENT_PATH is not set. The runner sets it; do not unset it.`);
    try {
        return object(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${unreadable} at ${file} cannot be read (${error.message}).`);
    }
}
function object(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function branchOf(ref) {
    return typeof ref === 'string' ? ref.replace(/^refs\/heads\//, '') : undefined;
}
function revision(sha, branch, event, what = 'the base branch') {
    const name = branch && BRANCH.test(branch) ? branch : undefined;
    if (typeof sha === 'string' && SHA.test(sha)) {
        return { revision: sha, sha, label: `${name ?? what} (${sha.slice(0, 7)})`, ...(name ? { fallback: `refs/heads/${name}` } : {}) };
    }
    if (name)
        return { revision: `refs/heads/${name}`, label: name };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The ${event} event payload names no commit for ${what}, so the pull request cannot be compared with it.`);
}


/***/ })

};
;