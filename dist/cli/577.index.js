"use strict";
exports.id = 577;
exports.ids = [577];
exports.modules = {

/***/ 577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tcpExchange: () => (/* binding */ tcpExchange)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exchange_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(536);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(157);



/**
 * One query over a fresh TCP connection, each message framed by its 2-byte length (RFC 1035
 * section 4.2.2). A message with another ID is skipped; the connection closes with the answer.
 */
function tcpExchange(server, query, options, closing) {
    const id = (0,_exchange_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .messageId */ .Je)(query);
    return (0,_exchange_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .withDeadline */ .NE)(options, (settle) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: server.host, port: server.port });
        let received = Buffer.alloc(0);
        socket.on('connect', () => {
            const length = Buffer.alloc(2);
            length.writeUInt16BE(query.length);
            socket.end(Buffer.concat([length, query]));
        });
        socket.on('data', (chunk) => {
            received = Buffer.concat([received, chunk]);
            while (received.length >= 2) {
                const size = received.readUInt16BE(0);
                if (received.length < 2 + size)
                    return;
                const message = received.subarray(2, 2 + size);
                received = received.subarray(2 + size);
                if ((0,_exchange_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .messageId */ .Je)(message) === id)
                    return settle.resolve(message);
            }
        });
        socket.on('error', (error) => settle.reject((0,_exchange_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailure */ .rd)(error, 'TCP exchange failed')));
        socket.on('close', () => settle.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ECONNRESET', 'TCP connection closed before the answer')));
        return () => socket.destroy();
    }, closing);
}


/***/ })

};
;