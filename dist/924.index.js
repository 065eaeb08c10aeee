"use strict";
exports.id = 924;
exports.ids = [924];
exports.modules = {

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