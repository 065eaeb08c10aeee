"use strict";
exports.id = 341;
exports.ids = [341];
exports.modules = {

/***/ 341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createHttpsTransport: () => (/* binding */ createHttpsTransport)
/* harmony export */ });
/* harmony import */ var _connection_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(681);
/* harmony import */ var _pending_exchange_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(466);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(157);



const DNS_MESSAGE = 'application/dns-message';
/** A DNS message never exceeds 65,535 bytes; a longer body is not an answer. */
const MAX_ANSWER_BYTES = 65_535;
// HTTP/2 error codes (RFC 9113, section 7).
const NO_ERROR = 0;
const REFUSED_STREAM = 7;
const CANCEL = 8;
/** How often one query is sent again after the server refused its stream unprocessed. */
const MAX_REFUSALS = 3;
/** The fixed DNS header: anything shorter is not a DNS message. */
const HEADER_BYTES = 12;
/**
 * DNS over HTTPS (RFC 8484): each query is a POST of the wire-format message, with its own ID, on
 * one HTTP/2 connection per server that carries every query of the run at once. The certificate is
 * verified against the URL's host. A new connection is opened only when the previous one has
 * ended (closed, failed, or told to go away). Node's HTTP/2 is passed in, loaded when a run first
 * needs it, so that a run over plain DNS never loads it.
 */
function createHttpsTransport(url, trust, connectHttp2) {
    const target = new URL(url);
    const path = `${target.pathname}${target.search}`;
    let session;
    const waiting = new Map();
    let closed = false;
    function failSession(ended, error) {
        if (session === ended)
            session = undefined;
        for (const [pending, on] of waiting)
            if (on === ended)
                pending.reject(error);
    }
    function connect() {
        if (session && !session.closed && !session.destroyed)
            return session;
        // A DNS server has nothing to push; refusing pushes keeps the connection to answers only.
        // rejectUnauthorized is written out: NODE_TLS_REJECT_UNAUTHORIZED=0 in a job's environment
        // turns verification off only where it is left unset.
        const opened = connectHttp2(target.origin, {
            settings: { enablePush: false },
            rejectUnauthorized: true,
            ...(trust.ca === undefined ? {} : { ca: trust.ca }),
        });
        // Queries keep the process alive through their timers; an idle connection must not.
        opened.unref();
        opened.on('error', (error) => failSession(opened, (0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error)));
        opened.on('goaway', (code) => {
            // Streams the server already took may still finish; new queries need a new connection.
            if (session === opened)
                session = undefined;
            if (code !== NO_ERROR)
                failSession(opened, new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('EGOAWAY', `the server ended the HTTP/2 connection (GOAWAY, error ${code})`));
        });
        opened.on('close', () => failSession(opened, new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ECONNRESET', 'connection closed before the answer')));
        session = opened;
        return opened;
    }
    return {
        server: target.href,
        exchange(query, options) {
            if (closed)
                return Promise.reject((0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelled */ .KW)());
            let stream;
            const pending = (0,_pending_exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .pendingExchange */ .x)(options, () => {
                waiting.delete(pending);
                // A stream read to its end closes by itself; one abandoned early is cancelled.
                if (stream && !stream.closed && !stream.readableEnded)
                    stream.close(CANCEL);
            });
            if (pending.settled)
                return pending.answer;
            let refusals = 0;
            const send = () => {
                let opened;
                try {
                    opened = connect();
                    stream = opened.request({
                        ':method': 'POST',
                        ':path': path,
                        'content-type': DNS_MESSAGE,
                        accept: DNS_MESSAGE,
                        'content-length': query.byteLength,
                    });
                }
                catch (error) {
                    pending.reject((0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error));
                    return;
                }
                waiting.set(pending, opened);
                // Queries sent before the server's SETTINGS arrive may exceed its limit of streams at once;
                // it refuses those unprocessed (RFC 9113, 8.7), so they are sent again, now within the limit.
                readAnswer(stream, pending, () => {
                    if (++refusals > MAX_REFUSALS)
                        return false;
                    send();
                    return true;
                });
                stream.end(query);
            };
            send();
            return pending.answer;
        },
        close() {
            closed = true;
            for (const pending of [...waiting.keys()])
                pending.reject((0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelled */ .KW)());
            session?.destroy();
            session = undefined;
        },
    };
}
/** Reads one answer off its stream: status 200, type application/dns-message, a DNS-sized body. */
function readAnswer(stream, pending, resendRefused) {
    const chunks = [];
    // A stream the server refused without processing it is sent again, once, instead of failing.
    let refusal;
    const refused = () => {
        if (stream.rstCode !== REFUSED_STREAM || pending.settled)
            return false;
        refusal ??= resendRefused();
        return refusal;
    };
    let length = 0;
    let declared;
    stream.on('response', (headers) => {
        if (headers['content-length'] !== undefined)
            declared = Number(headers['content-length']);
        const status = Number(headers[':status']);
        const type = String(headers['content-type'] ?? '')
            .split(';')[0]
            ?.trim()
            .toLowerCase();
        if (status !== 200)
            pending.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('EHTTPSTATUS', `HTTP status ${status}, not 200`));
        else if (type !== DNS_MESSAGE) {
            pending.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ECONTENTTYPE', `HTTP answer of type ${JSON.stringify(type ?? '')}, not ${DNS_MESSAGE}`));
        }
    });
    stream.on('data', (chunk) => {
        length += chunk.length;
        if (length > MAX_ANSWER_BYTES)
            pending.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('EBADRESP', `HTTP answer longer than ${MAX_ANSWER_BYTES} bytes`));
        else
            chunks.push(chunk);
    });
    stream.on('end', () => {
        if (refused())
            return;
        const answer = Buffer.concat(chunks);
        // Node ends the stream also when its connection is cut; only a stream the server ended itself
        // (no reset code) with the length it announced carries a whole answer.
        if (stream.destroyed || (stream.rstCode ?? 0) !== 0 || (declared !== undefined && declared !== answer.length)) {
            pending.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ESTREAMCLOSED', `the connection closed in the middle of the answer (${answer.length} bytes received)`));
        }
        else if (answer.length < HEADER_BYTES)
            pending.reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('EBADRESP', `HTTP answer of ${answer.length} bytes is not a DNS message`));
        else
            pending.resolve(answer);
    });
    stream.on('error', (error) => {
        if (!refused())
            pending.reject(streamFailure(error));
    });
    stream.on('close', () => {
        if (refused())
            return;
        const code = stream.rstCode;
        pending.reject(code !== undefined && code !== NO_ERROR
            ? new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ESTREAMRESET', `the server reset the HTTP/2 stream (error ${code})`)
            : new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ESTREAMCLOSED', 'the HTTP/2 stream closed before the whole answer'));
    });
}
function streamFailure(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    // A stream waiting for its connection is cancelled with the connection's own failure as cause.
    if (code === 'ERR_HTTP2_STREAM_CANCEL' && error instanceof Error && error.cause)
        return (0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error.cause);
    if (code === 'ERR_HTTP2_STREAM_ERROR') {
        const name = /error code (\w+)/.exec(error.message)?.[1] ?? 'unknown error';
        return new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('ESTREAMRESET', `the server reset the HTTP/2 stream (${name})`);
    }
    if (code === 'ERR_HTTP2_GOAWAY_SESSION')
        return new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('EGOAWAY', 'the server ended the HTTP/2 connection (GOAWAY) before the answer');
    return (0,_connection_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .connectionFailure */ .Dx)(error);
}


/***/ })

};
;