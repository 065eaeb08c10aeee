"use strict";
exports.id = 463;
exports.ids = [463];
exports.modules = {

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** Retries at most this many times on a rate limit; past that the run fails and says why. */
const RATE_LIMIT_RETRIES = 2;
/**
 * An Octokit for the workflow's token that retries server errors and 429 (plugin-retry) and
 * waits out primary and secondary rate limits (plugin-throttling). Other 4xx answers are final:
 * retrying a 403 or a 422 only repeats the refusal. Writes are spaced as GitHub advises, which
 * keeps a run clear of secondary rate limits.
 */
function createOctokit(token, baseUrl, log, throttle = {}) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                log.warning(`GitHub API rate limit reached on ${options.method} ${options.url}; retrying after ${retryAfter} s.`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                log.warning(`GitHub API secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter} s.`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
            // Tests of the mode logic replace the limiter groups that space writes 1 s and notifying
            // writes 3 s apart; everything else runs as in production.
            ...throttle,
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
;