"use strict";
exports.id = 325;
exports.ids = [325];
exports.modules = {

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTlsTransport: () => (/* binding */ createTlsTransport)
/* harmony export */ });
/* harmony import */ var _node_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5201);
/* harmony import */ var _connection_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5681);
/* harmony import */ var _pending_exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(466);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(157);




/**
 * DNS over TLS (RFC 7858): one TLS connection per server, every query of the run pipelined on it
 * with a two-byte length in front, answers taken in whatever order they come. Each query gets a
 * wire ID unique on the connection (random IDs of 128 queries at once collide one run in ten) and
 * its answer gets the query's own ID back. A connection that ends fails the queries it carried;
 * the next query opens a new one. The certificate is verified against `name`, or else the host.
 */
function createTlsTransport(target, trust, tls) {
    const expected = target.name ?? target.host;
    let current;
    const connections = new Set();
    let closed = false;
    function fail(connection, error) {
        if (current === connection)
            current = undefined;
        connections.delete(connection);
        for (const { pending } of [...connection.waiting.values()])
            pending.reject(error);
        connection.socket.destroy();
    }
    function connect() {
        if (current && !current.socket.destroyed && current.socket.writable)
            return current;
        const socket = tls.connect({
            host: target.host,
            port: target.port,
            // SNI takes a name, never an address; the certificate is checked against `expected` either way.
            ...((0,_node_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeNet */ .SM)().isIP(expected) ? {} : { servername: expected }),
            checkServerIdentity: (_host, certificate) => tls.checkServerIdentity(expected, certificate),
            // Written out: NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off only where it is left unset.
            rejectUnauthorized: true,
            ...(trust.ca === undefined ? {} : { ca: trust.ca }),
        });
        socket.setNoDelay(true);
        // Queries keep the process alive through their timers; an idle connection must not.
        socket.unref();
        const connection = { socket, waiting: new Map(), received: Buffer.alloc(0) };
        socket.on('data', (chunk) => readAnswers(connection, chunk));
        socket.on('error', (error) => fail(connection, (0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionFailure */ .Dx)(error)));
        socket.on('end', () => fail(connection, new _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .w('ECONNRESET', 'the server closed the TLS connection before the answer')));
        socket.on('close', () => fail(connection, new _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .w('ECONNRESET', 'the TLS connection closed before the answer')));
        connections.add(connection);
        current = connection;
        return connection;
    }
    return {
        server: `tls://${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}${target.name ? `#${target.name}` : ''}`,
        exchange(query, options) {
            if (closed)
                return Promise.reject((0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelled */ .KW)());
            if (query.byteLength < 2 || query.byteLength > 65_535)
                return Promise.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .w('EBADQUERY', 'not a DNS message'));
            const connection = connect();
            const wireId = freeId(connection.waiting);
            const pending = (0,_pending_exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .pendingExchange */ .x)(options, () => {
                if (connection.waiting.get(wireId)?.pending === pending)
                    connection.waiting.delete(wireId);
            });
            if (pending.settled)
                return pending.answer;
            const queryId = query[0] * 256 + query[1];
            connection.waiting.set(wireId, { pending, queryId });
            const frame = Buffer.alloc(2 + query.byteLength);
            frame.writeUInt16BE(query.byteLength, 0);
            frame.set(query, 2);
            frame.writeUInt16BE(wireId, 2);
            connection.socket.write(frame);
            return pending.answer;
        },
        close() {
            closed = true;
            for (const connection of [...connections])
                fail(connection, (0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelled */ .KW)());
        },
    };
}
/** Splits the stream into length-prefixed messages and hands each to the query whose ID it carries. */
function readAnswers(connection, chunk) {
    let buffer = connection.received.length === 0 ? chunk : Buffer.concat([connection.received, chunk]);
    while (buffer.length >= 2) {
        const length = buffer.readUInt16BE(0);
        if (buffer.length < 2 + length)
            break;
        const message = Buffer.from(buffer.subarray(2, 2 + length));
        buffer = buffer.subarray(2 + length);
        // Shorter than an ID, or an ID no query waits for (one that timed out): nobody's answer.
        if (message.length < 2)
            continue;
        const entry = connection.waiting.get(message.readUInt16BE(0));
        if (!entry)
            continue;
        message.writeUInt16BE(entry.queryId, 0);
        entry.pending.resolve(message);
    }
    connection.received = buffer;
}
function freeId(waiting) {
    // node:crypto is loaded here, on first use, not at start-up: it takes milliseconds that a run
    // over plain DNS would otherwise spend before its first query leaves.
    const { randomInt } = (0,_node_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeCrypto */ .SI)();
    for (;;) {
        const id = randomInt(0, 65_536);
        if (!waiting.has(id))
            return id;
    }
}


/***/ })

};
;