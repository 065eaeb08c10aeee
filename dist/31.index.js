"use strict";
exports.id = 31;
exports.ids = [31];
exports.modules = {

/***/ 1031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainGitHubError: () => (/* binding */ explainGitHubError)
/* harmony export */ });
/* unused harmony export PERMISSIONS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2357);

/** The `permissions:` each mode needs with the workflow token, and nothing more. */
const PERMISSIONS = {
    check: 'contents: read (and pull-requests: read to link the update pull request)',
    report: 'contents: read',
    'pull-request': 'contents: write, pull-requests: write',
    issue: 'contents: read, issues: write',
};
function isRequestError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
/**
 * Turns a refusal from the GitHub API into a message that says what to do. GitHub answers 403
 * "Resource not accessible by integration" when the token lacks a permission, and 404 for a
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
        const messages = graphqlErrors.map((e) => e.message).join('; ');
        const refused = graphqlErrors.some((e) => e.type === 'FORBIDDEN' || e.type === 'NOT_FOUND');
        return `GitHub's GraphQL API refused the read: ${messages}.${refused ? ` The token may lack a permission: mode ${mode} needs \`permissions: ${PERMISSIONS[mode]}\` in the workflow.` : ''}`;
    }
    if (!isRequestError(error))
        return undefined;
    const where = `${error.request?.method ?? ''} ${error.request?.url ?? ''}`.trim();
    const answer = `GitHub answered ${error.status} to ${where}: ${error.message.split(' - ')[0]}.`;
    if (error.status === 401)
        return `${answer} The token in github-token is not valid: leave it at its default, the workflow's own token.`;
    if (error.status === 403 || error.status === 404) {
        return `${answer} The token may lack a permission: mode ${mode} needs \`permissions: ${PERMISSIONS[mode]}\` in the workflow (a fine-grained or App token needs the same access to this repository).`;
    }
    return `${answer} Run the workflow again; if it persists, check https://www.githubstatus.com.`;
}


/***/ })

};
;