"use strict";
exports.id = 556;
exports.ids = [556];
exports.modules = {

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setOutputs: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1924);




// Step outputs, apart from the rest of the runner protocol because node:crypto, which makes their
// delimiters, takes milliseconds to load: the action loads this module while DNS answers.
/**
 * Sets step outputs through the file GITHUB_OUTPUT names, in the blocks @actions/core's setOutput
 * writes, all in one append.
 */
function setOutputs(outputs) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        for (const [name, value] of Object.entries(outputs))
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.issue)('set-output', value, { name });
        return;
    }
    const blocks = Object.entries(outputs).map(([name, raw]) => {
        // A URL GitHub answered with never carries the token, even if GitHub echoed it.
        const value = (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__.scrub)(raw);
        // A random delimiter, refused when it occurs in the value: no value can end its own output early.
        const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        if (name.includes(delimiter) || value.includes(delimiter))
            throw new Error(`Output ${name} contains its own delimiter.`);
        return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, blocks.join(''), 'utf8');
}


/***/ })

};
;