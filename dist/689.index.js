"use strict";
exports.id = 689;
exports.ids = [689];
exports.modules = {

/***/ 8689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLocal: () => (/* binding */ runLocal)
});

// EXTERNAL MODULE: ./lib/engine.js + 3 modules
var engine = __webpack_require__(6225);
// EXTERNAL MODULE: ./lib/lock/parse.js + 1 modules
var parse = __webpack_require__(3202);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(9626);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./lib/text-file.js


/** A file's text (the lock, a firewall export) under `root`, or undefined when it does not exist. */
async function readTextFile(root, file) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Writes through a temporary file and a rename, so a reader never sees half a file. */
async function writeTextFile(root, file, text) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target);
}

// EXTERNAL MODULE: ./lib/modes/exports.js + 1 modules
var modes_exports = __webpack_require__(8067);
// EXTERNAL MODULE: ./lib/modes/outcome.js
var modes_outcome = __webpack_require__(4083);
;// CONCATENATED MODULE: ./lib/modes/local.js






/**
 * check and report modes: compare live DNS with the lock in the workspace. check fails when they
 * differ or the lock is missing; report never fails on drift. Neither writes anything.
 */
async function runLocal(settings, context) {
    const previousText = await readTextFile(context.root, settings.lockFile);
    // A malformed lock fails the run here, while DNS answers, and is never overwritten.
    const previous = (0,parse/* parseLockIfPresent */.X)(previousText, settings.lockFile);
    const result = (0,engine/* lockFromObservations */.H)({ settings, previous, now: context.now, observed: await context.observed });
    const exports = await (0,modes_exports/* checkExports */.S)(settings, result.next, (file) => readTextFile(context.root, file));
    const failures = (0,modes_outcome/* lookupFailures */.EV)(result, settings);
    const check = settings.mode === 'check';
    // The lock is missing, or DNS added or removed an address or moved one between hosts. Report
    // mode says so as plainly as check mode; it only does not fail.
    const drift = result.previous === undefined || result.diff.drift;
    const stale = check && drift;
    const staleExports = (0,modes_exports/* describeStale */.v)(exports, settings.lockFile);
    const advice = [];
    if (result.previous === undefined)
        advice.push(`**${settings.lockFile} does not exist yet.** ${context.updateHint}`);
    else if (drift)
        advice.push(`**${settings.lockFile} is stale.** ${context.updateHint}`);
    else if (result.lockChanged) {
        advice.push('The firewall needs no change yet. The next update of the lock records when these addresses left DNS, which starts their removal grace.');
    }
    if (staleExports)
        advice.push(`**Stale firewall files**: ${staleExports}. ${context.updateHint}`);
    const outcome = {
        result,
        exports,
        outputs: (0,modes_outcome/* lockOutputs */.Mh)(result, exports),
        summary: (0,markdown/* renderMarkdown */.G)(result, { lockFile: settings.lockFile, advice, includeLock: drift }),
        warnings: failures.warnings,
    };
    if (stale) {
        const what = result.previous === undefined ? `${settings.lockFile} does not exist` : `${settings.lockFile} does not match DNS: ${describeDrift(result)}`;
        outcome.failure = `${what}. ${context.updateHint}`;
    }
    else if (check && staleExports)
        outcome.failure = `${staleExports}. ${context.updateHint}`;
    else if (failures.failure)
        outcome.failure = failures.failure;
    return outcome;
}
function describeDrift(result) {
    const parts = result.diff.environments.map((e) => {
        const bits = [];
        if (e.added.length)
            bits.push(`added ${e.added.join(', ')}`);
        if (e.removed.length)
            bits.push(`removed ${e.removed.join(', ')}`);
        if (!bits.length)
            bits.push('hosts changed');
        return `${e.environment}: ${bits.join('; ')}`;
    });
    return parts.join(' | ') || 'the lock differs';
}


/***/ })

};
;