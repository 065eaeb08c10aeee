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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
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
    const { debug } = log;
    if (debug)
        octokit.hook.wrap('request', (request, options) => logged(request, options, debug.bind(log)));
    return octokit;
}
/**
 * One debug line per request, as the run saw it (after the plugins' retries): the route template
 * (no data from the request but a GraphQL operation's name), the status, the time and what is
 * left of the rate limit. Never the token, nor a request or response body.
 */
async function logged(request, options, debug) {
    const operation = typeof options.query === 'string' ? (/^\s*(?:query|mutation)\s+(\w+)/.exec(options.query)?.[1] ?? 'query') : '';
    const what = `GitHub ${options.method} ${options.url}${operation ? ` ${operation}` : ''}`;
    const started = performance.now();
    const took = () => `${Math.round(performance.now() - started)} ms`;
    try {
        const response = await request(options);
        debug(`${what}: ${response.status} in ${took()}${headroom(response.headers)}`);
        return response;
    }
    catch (error) {
        const failed = error;
        debug(`${what}: ${failed.status ?? 'no answer'} in ${took()}${headroom(failed.response?.headers)}`);
        throw error;
    }
}
function headroom(headers) {
    const remaining = headers?.['x-ratelimit-remaining'];
    const limit = headers?.['x-ratelimit-limit'];
    if (remaining === undefined)
        return '';
    return `; rate limit ${remaining}${limit === undefined ? '' : `/${limit}`} left${headers?.['x-ratelimit-resource'] ? ` (${headers['x-ratelimit-resource']})` : ''}`;
}


/***/ })

};
;