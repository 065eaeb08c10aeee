#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ connectionFailure),
/* harmony export */   KW: () => (/* binding */ cancelled),
/* harmony export */   R2: () => (/* binding */ connectionReason),
/* harmony export */   iU: () => (/* binding */ timedOut)
/* harmony export */ });
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(157);

// OpenSSL's names for a chain that does not lead to a trusted authority, as Node reports them.
const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
]);
const CONNECTION = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    EPIPE: 'connection closed by the server',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ENOTFOUND: 'server name not found',
    EAI_AGAIN: 'server name could not be resolved',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    CERT_NOT_YET_VALID: 'TLS certificate is not valid yet',
    CERT_REVOKED: 'TLS certificate is revoked',
};
/**
 * Names why a TLS connection failed, in words a reader of the run can act on, keeping the code
 * that Node or OpenSSL gave so that it can be searched for.
 */
function connectionFailure(error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ECONNECTION';
    const message = error instanceof Error ? error.message : String(error);
    if (UNTRUSTED.has(code))
        return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w(code, `TLS certificate not trusted (${code})`);
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        const reason = typeof error === 'object' && error !== null && 'reason' in error ? String(error.reason) : message;
        return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w(code, `TLS certificate is not for this server: ${reason}`);
    }
    const known = connectionReason(code);
    return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w(code, known ? `${known} (${code})` : `connection failed: ${message}`);
}
/** A socket error code in words ("network unreachable"), or undefined for a code without them. */
function connectionReason(code) {
    return Object.hasOwn(CONNECTION, code) ? CONNECTION[code] : undefined;
}
function cancelled() {
    return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w('ECANCELLED', 'query cancelled');
}
function timedOut(timeoutMs) {
    return new _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .w('ETIMEOUT', `no answer within ${timeoutMs} ms`);
}


/***/ }),

/***/ 466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ pendingExchange)
});

;// CONCATENATED MODULE: ./lib/dns/abort-listeners.js
/**
 * Runs `listener` once when `signal` aborts (at once when it has), and returns how to stop
 * listening. Every query of a run waits on the same two signals (its resolver's and its
 * transport's): rather than one EventTarget listener per query, which Node adds and removes at
 * about 10 µs each, on the path of every query and every answer, each signal gets one listener
 * that calls the queries still waiting.
 */
function onAbort(signal, listener) {
    if (signal.aborted) {
        listener();
        return () => { };
    }
    let waiting = listeners.get(signal);
    if (!waiting) {
        const set = new Set();
        waiting = set;
        listeners.set(signal, set);
        signal.addEventListener('abort', () => {
            listeners.delete(signal);
            // Every waiter is called, even after one throws; the first error is then thrown, as an
            // EventTarget listener's is (Node reports it as uncaught).
            let failure;
            for (const waiter of [...set]) {
                try {
                    waiter();
                }
                catch (error) {
                    failure ??= { error };
                }
            }
            if (failure)
                throw failure.error;
        }, { once: true });
    }
    const registered = waiting;
    // A distinct entry per call: the same function registered twice is called twice, as it was asked.
    const entry = () => listener();
    registered.add(entry);
    return () => registered.delete(entry);
}
const listeners = new WeakMap();

// EXTERNAL MODULE: ./lib/dns/connection-failure.js
var connection_failure = __nccwpck_require__(681);
;// CONCATENATED MODULE: ./lib/dns/pending-exchange.js


/**
 * Starts waiting for one answer. `release` runs exactly once, when the exchange settles in any way,
 * so a transport frees what the query held (its stream, its ID on the connection) in one place.
 * `closing` is the transport's own signal: closing the transport cancels the exchange like an abort.
 */
function pendingExchange(options, release, closing) {
    let settle;
    const answer = new Promise((resolve, reject) => {
        settle = { resolve, reject };
    });
    let settled = false;
    let listening = [];
    const stopListening = () => {
        for (const stop of listening)
            stop();
        listening = [];
    };
    const finish = (how) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        stopListening();
        release();
        how();
    };
    const pending = {
        answer,
        get settled() {
            return settled;
        },
        resolve: (bytes) => finish(() => settle?.resolve(bytes)),
        reject: (error) => finish(() => settle?.reject(error)),
    };
    const abort = () => pending.reject((0,connection_failure/* cancelled */.KW)());
    const timer = setTimeout(() => pending.reject((0,connection_failure/* timedOut */.iU)(options.timeoutMs)), options.timeoutMs);
    for (const signal of [options.signal, closing])
        if (signal)
            listening.push(onAbort(signal, abort));
    // A signal that had aborted already rejected it at once, before the other's listener was kept.
    if (settled)
        stopListening();
    return pending;
}


/***/ }),

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TransportError)
/* harmony export */ });
/** Why a transport could not bring back an answer, with a short code for logs and tests. */
class TransportError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'TransportError';
    }
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SI: () => (/* binding */ nodeCrypto),
  YV: () => (/* binding */ nodeDns),
  SM: () => (/* binding */ nodeNet)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
;// CONCATENATED MODULE: ./lib/node-builtins.js

// Node's own modules that only some runs need, loaded when first needed rather than at start-up:
// node:net alone is about 2 ms ahead of the first query. process.getBuiltinModule does that from
// Node 22.3; the earlier Node 22 releases, which the command line supports, get them through
// require. Built-in modules resolve without a path, so the one require is anchored at the root.
let fallback;
function builtin(id) {
    if (typeof process.getBuiltinModule === 'function')
        return process.getBuiltinModule(id);
    fallback ??= (0,external_node_module_namespaceObject.createRequire)('/');
    return fallback(id);
}
const nodeNet = () => builtin('node:net');
const nodeDns = () => builtin('node:dns');
const nodeCrypto = () => builtin('node:crypto');


/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.toString = function (klass) {
  switch (klass) {
    case 1: return 'IN'
    case 2: return 'CS'
    case 3: return 'CH'
    case 4: return 'HS'
    case 255: return 'ANY'
  }
  return 'UNKNOWN_' + klass
}

exports.toClass = function (name) {
  switch (name.toUpperCase()) {
    case 'IN': return 1
    case 'CS': return 2
    case 'CH': return 3
    case 'HS': return 4
    case 'ANY': return 255
  }
  return 0
}


/***/ }),

/***/ 894:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


const Buffer = (__nccwpck_require__(181).Buffer)
const types = __nccwpck_require__(891)
const rcodes = __nccwpck_require__(28)
const opcodes = __nccwpck_require__(693)
const classes = __nccwpck_require__(630)
const optioncodes = __nccwpck_require__(75)
const ip = __nccwpck_require__(550)

const QUERY_FLAG = 0
const RESPONSE_FLAG = 1 << 15
const FLUSH_MASK = 1 << 15
const NOT_FLUSH_MASK = ~FLUSH_MASK
const QU_MASK = 1 << 15
const NOT_QU_MASK = ~QU_MASK

const name = exports.name = {}

name.encode = function (str, buf, offset, { mail = false } = {}) {
  if (!buf) buf = Buffer.alloc(name.encodingLength(str))
  if (!offset) offset = 0
  const oldOffset = offset

  // strip leading and trailing .
  const n = str.replace(/^\.|\.$/gm, '')
  if (n.length) {
    let list = []
    if (mail) {
      let localPart = ''
      n.split('.').forEach(label => {
        if (label.endsWith('\\')) {
          localPart += (localPart.length ? '.' : '') + label.slice(0, -1)
        } else {
          if (list.length === 0 && localPart.length) {
            list.push(localPart + '.' + label)
          } else {
            list.push(label)
          }
        }
      })
    } else {
      list = n.split('.')
    }

    for (let i = 0; i < list.length; i++) {
      const len = buf.write(list[i], offset + 1)
      buf[offset] = len
      offset += len + 1
    }
  }

  buf[offset++] = 0

  name.encode.bytes = offset - oldOffset
  return buf
}

name.encode.bytes = 0

name.decode = function (buf, offset, { mail = false } = {}) {
  if (!offset) offset = 0

  const list = []
  let oldOffset = offset
  let totalLength = 0
  let consumedBytes = 0
  let jumped = false

  while (true) {
    if (offset >= buf.length) {
      throw new Error('Cannot decode name (buffer overflow)')
    }
    const len = buf[offset++]
    consumedBytes += jumped ? 0 : 1

    if (len === 0) {
      break
    } else if ((len & 0xc0) === 0) {
      if (offset + len > buf.length) {
        throw new Error('Cannot decode name (buffer overflow)')
      }
      totalLength += len + 1
      if (totalLength > 254) {
        throw new Error('Cannot decode name (name too long)')
      }
      let label = buf.toString('utf-8', offset, offset + len)
      if (mail) {
        label = label.replace(/\./g, '\\.')
      }
      list.push(label)
      offset += len
      consumedBytes += jumped ? 0 : len
    } else if ((len & 0xc0) === 0xc0) {
      if (offset + 1 > buf.length) {
        throw new Error('Cannot decode name (buffer overflow)')
      }
      const jumpOffset = buf.readUInt16BE(offset - 1) - 0xc000
      if (jumpOffset >= oldOffset) {
        // Allow only pointers to prior data. RFC 1035, section 4.1.4 states:
        // "[...] an entire domain name or a list of labels at the end of a domain name
        // is replaced with a pointer to a prior occurance (sic) of the same name."
        throw new Error('Cannot decode name (bad pointer)')
      }
      offset = jumpOffset
      oldOffset = jumpOffset
      consumedBytes += jumped ? 0 : 1
      jumped = true
    } else {
      throw new Error('Cannot decode name (bad label)')
    }
  }

  name.decode.bytes = consumedBytes
  return list.length === 0 ? '.' : list.join('.')
}

name.decode.bytes = 0

name.encodingLength = function (n) {
  if (n === '.' || n === '..') return 1
  return Buffer.byteLength(n.replace(/^\.|\.$/gm, '')) + 2
}

const string = {}

string.encode = function (s, buf, offset) {
  if (!buf) buf = Buffer.alloc(string.encodingLength(s))
  if (!offset) offset = 0

  const len = buf.write(s, offset + 1)
  buf[offset] = len
  string.encode.bytes = len + 1
  return buf
}

string.encode.bytes = 0

string.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf[offset]
  const s = buf.toString('utf-8', offset + 1, offset + 1 + len)
  string.decode.bytes = len + 1
  return s
}

string.decode.bytes = 0

string.encodingLength = function (s) {
  return Buffer.byteLength(s) + 1
}

const header = {}

header.encode = function (h, buf, offset) {
  if (!buf) buf = header.encodingLength(h)
  if (!offset) offset = 0

  const flags = (h.flags || 0) & 32767
  const type = h.type === 'response' ? RESPONSE_FLAG : QUERY_FLAG

  buf.writeUInt16BE(h.id || 0, offset)
  buf.writeUInt16BE(flags | type, offset + 2)
  buf.writeUInt16BE(h.questions.length, offset + 4)
  buf.writeUInt16BE(h.answers.length, offset + 6)
  buf.writeUInt16BE(h.authorities.length, offset + 8)
  buf.writeUInt16BE(h.additionals.length, offset + 10)

  return buf
}

header.encode.bytes = 12

header.decode = function (buf, offset) {
  if (!offset) offset = 0
  if (buf.length < 12) throw new Error('Header must be 12 bytes')
  const flags = buf.readUInt16BE(offset + 2)

  return {
    id: buf.readUInt16BE(offset),
    type: flags & RESPONSE_FLAG ? 'response' : 'query',
    flags: flags & 32767,
    flag_qr: ((flags >> 15) & 0x1) === 1,
    opcode: opcodes.toString((flags >> 11) & 0xf),
    flag_aa: ((flags >> 10) & 0x1) === 1,
    flag_tc: ((flags >> 9) & 0x1) === 1,
    flag_rd: ((flags >> 8) & 0x1) === 1,
    flag_ra: ((flags >> 7) & 0x1) === 1,
    flag_z: ((flags >> 6) & 0x1) === 1,
    flag_ad: ((flags >> 5) & 0x1) === 1,
    flag_cd: ((flags >> 4) & 0x1) === 1,
    rcode: rcodes.toString(flags & 0xf),
    questions: new Array(buf.readUInt16BE(offset + 4)),
    answers: new Array(buf.readUInt16BE(offset + 6)),
    authorities: new Array(buf.readUInt16BE(offset + 8)),
    additionals: new Array(buf.readUInt16BE(offset + 10))
  }
}

header.decode.bytes = 12

header.encodingLength = function () {
  return 12
}

const runknown = exports.unknown = {}

runknown.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(runknown.encodingLength(data))
  if (!offset) offset = 0

  buf.writeUInt16BE(data.length, offset)
  data.copy(buf, offset + 2)

  runknown.encode.bytes = data.length + 2
  return buf
}

runknown.encode.bytes = 0

runknown.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)
  const data = buf.slice(offset + 2, offset + 2 + len)
  runknown.decode.bytes = len + 2
  return data
}

runknown.decode.bytes = 0

runknown.encodingLength = function (data) {
  return data.length + 2
}

const rns = exports.ns = {}

rns.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rns.encodingLength(data))
  if (!offset) offset = 0

  name.encode(data, buf, offset + 2)
  buf.writeUInt16BE(name.encode.bytes, offset)
  rns.encode.bytes = name.encode.bytes + 2
  return buf
}

rns.encode.bytes = 0

rns.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)
  const dd = name.decode(buf, offset + 2)

  rns.decode.bytes = len + 2
  return dd
}

rns.decode.bytes = 0

rns.encodingLength = function (data) {
  return name.encodingLength(data) + 2
}

const rsoa = exports.soa = {}

rsoa.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rsoa.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2
  name.encode(data.mname, buf, offset)
  offset += name.encode.bytes
  name.encode(data.rname, buf, offset, { mail: true })
  offset += name.encode.bytes
  buf.writeUInt32BE(data.serial || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.refresh || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.retry || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.expire || 0, offset)
  offset += 4
  buf.writeUInt32BE(data.minimum || 0, offset)
  offset += 4

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rsoa.encode.bytes = offset - oldOffset
  return buf
}

rsoa.encode.bytes = 0

rsoa.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset

  const data = {}
  offset += 2
  data.mname = name.decode(buf, offset)
  offset += name.decode.bytes
  data.rname = name.decode(buf, offset, { mail: true })
  offset += name.decode.bytes
  data.serial = buf.readUInt32BE(offset)
  offset += 4
  data.refresh = buf.readUInt32BE(offset)
  offset += 4
  data.retry = buf.readUInt32BE(offset)
  offset += 4
  data.expire = buf.readUInt32BE(offset)
  offset += 4
  data.minimum = buf.readUInt32BE(offset)
  offset += 4

  rsoa.decode.bytes = offset - oldOffset
  return data
}

rsoa.decode.bytes = 0

rsoa.encodingLength = function (data) {
  return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname)
}

const rtxt = exports.txt = {}

rtxt.encode = function (data, buf, offset) {
  if (!Array.isArray(data)) data = [data]
  for (let i = 0; i < data.length; i++) {
    if (typeof data[i] === 'string') {
      data[i] = Buffer.from(data[i])
    }
    if (!Buffer.isBuffer(data[i])) {
      throw new Error('Must be a Buffer')
    }
  }

  if (!buf) buf = Buffer.alloc(rtxt.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2

  data.forEach(function (d) {
    buf[offset++] = d.length
    d.copy(buf, offset, 0, d.length)
    offset += d.length
  })

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rtxt.encode.bytes = offset - oldOffset
  return buf
}

rtxt.encode.bytes = 0

rtxt.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset
  let remaining = buf.readUInt16BE(offset)
  offset += 2

  let data = []
  while (remaining > 0) {
    const len = buf[offset++]
    --remaining
    if (remaining < len) {
      throw new Error('Buffer overflow')
    }
    data.push(buf.slice(offset, offset + len))
    offset += len
    remaining -= len
  }

  rtxt.decode.bytes = offset - oldOffset
  return data
}

rtxt.decode.bytes = 0

rtxt.encodingLength = function (data) {
  if (!Array.isArray(data)) data = [data]
  let length = 2
  data.forEach(function (buf) {
    if (typeof buf === 'string') {
      length += Buffer.byteLength(buf) + 1
    } else {
      length += buf.length + 1
    }
  })
  return length
}

const rnull = exports["null"] = {}

rnull.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnull.encodingLength(data))
  if (!offset) offset = 0

  if (typeof data === 'string') data = Buffer.from(data)
  if (!data) data = Buffer.alloc(0)

  const oldOffset = offset
  offset += 2

  const len = data.length
  data.copy(buf, offset, 0, len)
  offset += len

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rnull.encode.bytes = offset - oldOffset
  return buf
}

rnull.encode.bytes = 0

rnull.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset
  const len = buf.readUInt16BE(offset)

  offset += 2

  const data = buf.slice(offset, offset + len)
  offset += len

  rnull.decode.bytes = offset - oldOffset
  return data
}

rnull.decode.bytes = 0

rnull.encodingLength = function (data) {
  if (!data) return 2
  return (Buffer.isBuffer(data) ? data.length : Buffer.byteLength(data)) + 2
}

const rhinfo = exports.hinfo = {}

rhinfo.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rhinfo.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2
  string.encode(data.cpu, buf, offset)
  offset += string.encode.bytes
  string.encode(data.os, buf, offset)
  offset += string.encode.bytes
  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rhinfo.encode.bytes = offset - oldOffset
  return buf
}

rhinfo.encode.bytes = 0

rhinfo.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset

  const data = {}
  offset += 2
  data.cpu = string.decode(buf, offset)
  offset += string.decode.bytes
  data.os = string.decode(buf, offset)
  offset += string.decode.bytes
  rhinfo.decode.bytes = offset - oldOffset
  return data
}

rhinfo.decode.bytes = 0

rhinfo.encodingLength = function (data) {
  return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2
}

const rptr = exports.ptr = {}
const rcname = exports.cname = rptr
const rdname = exports.dname = rptr

rptr.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rptr.encodingLength(data))
  if (!offset) offset = 0

  name.encode(data, buf, offset + 2)
  buf.writeUInt16BE(name.encode.bytes, offset)
  rptr.encode.bytes = name.encode.bytes + 2
  return buf
}

rptr.encode.bytes = 0

rptr.decode = function (buf, offset) {
  if (!offset) offset = 0

  const data = name.decode(buf, offset + 2)
  rptr.decode.bytes = name.decode.bytes + 2
  return data
}

rptr.decode.bytes = 0

rptr.encodingLength = function (data) {
  return name.encodingLength(data) + 2
}

const rsrv = exports.srv = {}

rsrv.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rsrv.encodingLength(data))
  if (!offset) offset = 0

  buf.writeUInt16BE(data.priority || 0, offset + 2)
  buf.writeUInt16BE(data.weight || 0, offset + 4)
  buf.writeUInt16BE(data.port || 0, offset + 6)
  name.encode(data.target, buf, offset + 8)

  const len = name.encode.bytes + 6
  buf.writeUInt16BE(len, offset)

  rsrv.encode.bytes = len + 2
  return buf
}

rsrv.encode.bytes = 0

rsrv.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)

  const data = {}
  data.priority = buf.readUInt16BE(offset + 2)
  data.weight = buf.readUInt16BE(offset + 4)
  data.port = buf.readUInt16BE(offset + 6)
  data.target = name.decode(buf, offset + 8)

  rsrv.decode.bytes = len + 2
  return data
}

rsrv.decode.bytes = 0

rsrv.encodingLength = function (data) {
  return 8 + name.encodingLength(data.target)
}

const rcaa = exports.caa = {}

rcaa.ISSUER_CRITICAL = 1 << 7

rcaa.encode = function (data, buf, offset) {
  const len = rcaa.encodingLength(data)

  if (!buf) buf = Buffer.alloc(rcaa.encodingLength(data))
  if (!offset) offset = 0

  if (data.issuerCritical) {
    data.flags = rcaa.ISSUER_CRITICAL
  }

  buf.writeUInt16BE(len - 2, offset)
  offset += 2
  buf.writeUInt8(data.flags || 0, offset)
  offset += 1
  string.encode(data.tag, buf, offset)
  offset += string.encode.bytes
  buf.write(data.value, offset)
  offset += Buffer.byteLength(data.value)

  rcaa.encode.bytes = len
  return buf
}

rcaa.encode.bytes = 0

rcaa.decode = function (buf, offset) {
  if (!offset) offset = 0

  const len = buf.readUInt16BE(offset)
  offset += 2

  const oldOffset = offset
  const data = {}
  data.flags = buf.readUInt8(offset)
  offset += 1
  data.tag = string.decode(buf, offset)
  offset += string.decode.bytes
  data.value = buf.toString('utf-8', offset, oldOffset + len)

  data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL)

  rcaa.decode.bytes = len + 2

  return data
}

rcaa.decode.bytes = 0

rcaa.encodingLength = function (data) {
  return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2
}

const rmx = exports.mx = {}

rmx.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rmx.encodingLength(data))
  if (!offset) offset = 0

  const oldOffset = offset
  offset += 2
  buf.writeUInt16BE(data.preference || 0, offset)
  offset += 2
  name.encode(data.exchange, buf, offset)
  offset += name.encode.bytes

  buf.writeUInt16BE(offset - oldOffset - 2, oldOffset)
  rmx.encode.bytes = offset - oldOffset
  return buf
}

rmx.encode.bytes = 0

rmx.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset

  const data = {}
  offset += 2
  data.preference = buf.readUInt16BE(offset)
  offset += 2
  data.exchange = name.decode(buf, offset)
  offset += name.decode.bytes

  rmx.decode.bytes = offset - oldOffset
  return data
}

rmx.encodingLength = function (data) {
  return 4 + name.encodingLength(data.exchange)
}

const ra = exports.a = {}

ra.encode = function (host, buf, offset) {
  if (!buf) buf = Buffer.alloc(ra.encodingLength(host))
  if (!offset) offset = 0

  buf.writeUInt16BE(4, offset)
  offset += 2
  ip.v4.encode(host, buf, offset)
  ra.encode.bytes = 6
  return buf
}

ra.encode.bytes = 0

ra.decode = function (buf, offset) {
  if (!offset) offset = 0

  offset += 2
  const host = ip.v4.decode(buf, offset)
  ra.decode.bytes = 6
  return host
}

ra.decode.bytes = 0

ra.encodingLength = function () {
  return 6
}

const raaaa = exports.aaaa = {}

raaaa.encode = function (host, buf, offset) {
  if (!buf) buf = Buffer.alloc(raaaa.encodingLength(host))
  if (!offset) offset = 0

  buf.writeUInt16BE(16, offset)
  offset += 2
  ip.v6.encode(host, buf, offset)
  raaaa.encode.bytes = 18
  return buf
}

raaaa.encode.bytes = 0

raaaa.decode = function (buf, offset) {
  if (!offset) offset = 0

  offset += 2
  const host = ip.v6.decode(buf, offset)
  raaaa.decode.bytes = 18
  return host
}

raaaa.decode.bytes = 0

raaaa.encodingLength = function () {
  return 18
}

const roption = exports.option = {}

roption.encode = function (option, buf, offset) {
  if (!buf) buf = Buffer.alloc(roption.encodingLength(option))
  if (!offset) offset = 0
  const oldOffset = offset

  const code = optioncodes.toCode(option.code)
  buf.writeUInt16BE(code, offset)
  offset += 2
  if (option.data) {
    buf.writeUInt16BE(option.data.length, offset)
    offset += 2
    option.data.copy(buf, offset)
    offset += option.data.length
  } else {
    switch (code) {
      // case 3: NSID.  No encode makes sense.
      // case 5,6,7: Not implementable
      case 8: // ECS
        // note: do IP math before calling
        const spl = option.sourcePrefixLength || 0
        const fam = option.family || ip.familyOf(option.ip)
        const ipBuf = ip.encode(option.ip, Buffer.alloc)
        const ipLen = Math.ceil(spl / 8)
        buf.writeUInt16BE(ipLen + 4, offset)
        offset += 2
        buf.writeUInt16BE(fam, offset)
        offset += 2
        buf.writeUInt8(spl, offset++)
        buf.writeUInt8(option.scopePrefixLength || 0, offset++)

        ipBuf.copy(buf, offset, 0, ipLen)
        offset += ipLen
        break
      // case 9: EXPIRE (experimental)
      // case 10: COOKIE.  No encode makes sense.
      case 11: // KEEP-ALIVE
        if (option.timeout) {
          buf.writeUInt16BE(2, offset)
          offset += 2
          buf.writeUInt16BE(option.timeout, offset)
          offset += 2
        } else {
          buf.writeUInt16BE(0, offset)
          offset += 2
        }
        break
      case 12: // PADDING
        const len = option.length || 0
        buf.writeUInt16BE(len, offset)
        offset += 2
        buf.fill(0, offset, offset + len)
        offset += len
        break
      // case 13:  CHAIN.  Experimental.
      case 14: // KEY-TAG
        const tagsLen = option.tags.length * 2
        buf.writeUInt16BE(tagsLen, offset)
        offset += 2
        for (const tag of option.tags) {
          buf.writeUInt16BE(tag, offset)
          offset += 2
        }
        break
      default:
        throw new Error(`Unknown roption code: ${option.code}`)
    }
  }

  roption.encode.bytes = offset - oldOffset
  return buf
}

roption.encode.bytes = 0

roption.decode = function (buf, offset) {
  if (!offset) offset = 0
  const option = {}
  option.code = buf.readUInt16BE(offset)
  option.type = optioncodes.toString(option.code)
  offset += 2
  const len = buf.readUInt16BE(offset)
  offset += 2
  option.data = buf.slice(offset, offset + len)
  switch (option.code) {
    // case 3: NSID.  No decode makes sense.
    case 8: // ECS
      option.family = buf.readUInt16BE(offset)
      offset += 2
      option.sourcePrefixLength = buf.readUInt8(offset++)
      option.scopePrefixLength = buf.readUInt8(offset++)
      const padded = Buffer.alloc((option.family === 1) ? 4 : 16)
      buf.copy(padded, 0, offset, offset + len - 4)
      option.ip = ip.decode(padded)
      break
    // case 12: Padding.  No decode makes sense.
    case 11: // KEEP-ALIVE
      if (len > 0) {
        option.timeout = buf.readUInt16BE(offset)
        offset += 2
      }
      break
    case 14:
      option.tags = []
      for (let i = 0; i < len; i += 2) {
        option.tags.push(buf.readUInt16BE(offset))
        offset += 2
      }
    // don't worry about default.  caller will use data if desired
  }

  roption.decode.bytes = len + 4
  return option
}

roption.decode.bytes = 0

roption.encodingLength = function (option) {
  if (option.data) {
    return option.data.length + 4
  }
  const code = optioncodes.toCode(option.code)
  switch (code) {
    case 8: // ECS
      const spl = option.sourcePrefixLength || 0
      return Math.ceil(spl / 8) + 8
    case 11: // KEEP-ALIVE
      return (typeof option.timeout === 'number') ? 6 : 4
    case 12: // PADDING
      return option.length + 4
    case 14: // KEY-TAG
      return 4 + (option.tags.length * 2)
  }
  throw new Error(`Unknown roption code: ${option.code}`)
}

const ropt = exports.opt = {}

ropt.encode = function (options, buf, offset) {
  if (!buf) buf = Buffer.alloc(ropt.encodingLength(options))
  if (!offset) offset = 0
  const oldOffset = offset

  const rdlen = encodingLengthList(options, roption)
  buf.writeUInt16BE(rdlen, offset)
  offset = encodeList(options, roption, buf, offset + 2)

  ropt.encode.bytes = offset - oldOffset
  return buf
}

ropt.encode.bytes = 0

ropt.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const options = []
  let rdlen = buf.readUInt16BE(offset)
  offset += 2
  let o = 0
  while (rdlen > 0) {
    options[o++] = roption.decode(buf, offset)
    offset += roption.decode.bytes
    rdlen -= roption.decode.bytes
  }
  ropt.decode.bytes = offset - oldOffset
  return options
}

ropt.decode.bytes = 0

ropt.encodingLength = function (options) {
  return 2 + encodingLengthList(options || [], roption)
}

const rdnskey = exports.dnskey = {}

rdnskey.PROTOCOL_DNSSEC = 3
rdnskey.ZONE_KEY = 0x80
rdnskey.SECURE_ENTRYPOINT = 0x8000

rdnskey.encode = function (key, buf, offset) {
  if (!buf) buf = Buffer.alloc(rdnskey.encodingLength(key))
  if (!offset) offset = 0
  const oldOffset = offset

  const keydata = key.key
  if (!Buffer.isBuffer(keydata)) {
    throw new Error('Key must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt16BE(key.flags, offset)
  offset += 2
  buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset)
  offset += 1
  buf.writeUInt8(key.algorithm, offset)
  offset += 1
  keydata.copy(buf, offset, 0, keydata.length)
  offset += keydata.length

  rdnskey.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset)
  return buf
}

rdnskey.encode.bytes = 0

rdnskey.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var key = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  key.flags = buf.readUInt16BE(offset)
  offset += 2
  if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
    throw new Error('Protocol must be 3')
  }
  offset += 1
  key.algorithm = buf.readUInt8(offset)
  offset += 1
  key.key = buf.slice(offset, oldOffset + length + 2)
  offset += key.key.length
  rdnskey.decode.bytes = offset - oldOffset
  return key
}

rdnskey.decode.bytes = 0

rdnskey.encodingLength = function (key) {
  return 6 + Buffer.byteLength(key.key)
}

const rrrsig = exports.rrsig = {}

rrrsig.encode = function (sig, buf, offset) {
  if (!buf) buf = Buffer.alloc(rrrsig.encodingLength(sig))
  if (!offset) offset = 0
  const oldOffset = offset

  const signature = sig.signature
  if (!Buffer.isBuffer(signature)) {
    throw new Error('Signature must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt16BE(types.toType(sig.typeCovered), offset)
  offset += 2
  buf.writeUInt8(sig.algorithm, offset)
  offset += 1
  buf.writeUInt8(sig.labels, offset)
  offset += 1
  buf.writeUInt32BE(sig.originalTTL, offset)
  offset += 4
  buf.writeUInt32BE(sig.expiration, offset)
  offset += 4
  buf.writeUInt32BE(sig.inception, offset)
  offset += 4
  buf.writeUInt16BE(sig.keyTag, offset)
  offset += 2
  name.encode(sig.signersName, buf, offset)
  offset += name.encode.bytes
  signature.copy(buf, offset, 0, signature.length)
  offset += signature.length

  rrrsig.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset)
  return buf
}

rrrsig.encode.bytes = 0

rrrsig.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var sig = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  sig.typeCovered = types.toString(buf.readUInt16BE(offset))
  offset += 2
  sig.algorithm = buf.readUInt8(offset)
  offset += 1
  sig.labels = buf.readUInt8(offset)
  offset += 1
  sig.originalTTL = buf.readUInt32BE(offset)
  offset += 4
  sig.expiration = buf.readUInt32BE(offset)
  offset += 4
  sig.inception = buf.readUInt32BE(offset)
  offset += 4
  sig.keyTag = buf.readUInt16BE(offset)
  offset += 2
  sig.signersName = name.decode(buf, offset)
  offset += name.decode.bytes
  sig.signature = buf.slice(offset, oldOffset + length + 2)
  offset += sig.signature.length
  rrrsig.decode.bytes = offset - oldOffset
  return sig
}

rrrsig.decode.bytes = 0

rrrsig.encodingLength = function (sig) {
  return 20 +
    name.encodingLength(sig.signersName) +
    Buffer.byteLength(sig.signature)
}

const rrp = exports.rp = {}

rrp.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rrp.encodingLength(data))
  if (!offset) offset = 0
  const oldOffset = offset

  offset += 2 // Leave space for length
  name.encode(data.mbox || '.', buf, offset, { mail: true })
  offset += name.encode.bytes
  name.encode(data.txt || '.', buf, offset)
  offset += name.encode.bytes
  rrp.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset)
  return buf
}

rrp.encode.bytes = 0

rrp.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const data = {}
  offset += 2
  data.mbox = name.decode(buf, offset, { mail: true }) || '.'
  offset += name.decode.bytes
  data.txt = name.decode(buf, offset) || '.'
  offset += name.decode.bytes
  rrp.decode.bytes = offset - oldOffset
  return data
}

rrp.decode.bytes = 0

rrp.encodingLength = function (data) {
  return 2 + name.encodingLength(data.mbox || '.') + name.encodingLength(data.txt || '.')
}

const typebitmap = {}

typebitmap.encode = function (typelist, buf, offset) {
  if (!buf) buf = Buffer.alloc(typebitmap.encodingLength(typelist))
  if (!offset) offset = 0
  const oldOffset = offset

  var typesByWindow = []
  for (var i = 0; i < typelist.length; i++) {
    var typeid = types.toType(typelist[i])
    if (typesByWindow[typeid >> 8] === undefined) {
      typesByWindow[typeid >> 8] = []
    }
    typesByWindow[typeid >> 8][(typeid >> 3) & 0x1F] |= 1 << (7 - (typeid & 0x7))
  }

  for (i = 0; i < typesByWindow.length; i++) {
    if (typesByWindow[i] !== undefined) {
      var windowBuf = Buffer.from(typesByWindow[i])
      buf.writeUInt8(i, offset)
      offset += 1
      buf.writeUInt8(windowBuf.length, offset)
      offset += 1
      windowBuf.copy(buf, offset)
      offset += windowBuf.length
    }
  }

  typebitmap.encode.bytes = offset - oldOffset
  return buf
}

typebitmap.encode.bytes = 0

typebitmap.decode = function (buf, offset, length) {
  if (!offset) offset = 0
  const oldOffset = offset

  var typelist = []
  while (offset - oldOffset < length) {
    var window = buf.readUInt8(offset)
    offset += 1
    var windowLength = buf.readUInt8(offset)
    offset += 1
    for (var i = 0; i < windowLength; i++) {
      var b = buf.readUInt8(offset + i)
      for (var j = 0; j < 8; j++) {
        if (b & (1 << (7 - j))) {
          var typeid = types.toString((window << 8) | (i << 3) | j)
          typelist.push(typeid)
        }
      }
    }
    offset += windowLength
  }

  typebitmap.decode.bytes = offset - oldOffset
  return typelist
}

typebitmap.decode.bytes = 0

typebitmap.encodingLength = function (typelist) {
  var extents = []
  for (var i = 0; i < typelist.length; i++) {
    var typeid = types.toType(typelist[i])
    extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 0xFF)
  }

  var len = 0
  for (i = 0; i < extents.length; i++) {
    if (extents[i] !== undefined) {
      len += 2 + Math.ceil((extents[i] + 1) / 8)
    }
  }

  return len
}

const rnsec = exports.nsec = {}

rnsec.encode = function (record, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnsec.encodingLength(record))
  if (!offset) offset = 0
  const oldOffset = offset

  offset += 2 // Leave space for length
  name.encode(record.nextDomain, buf, offset)
  offset += name.encode.bytes
  typebitmap.encode(record.rrtypes, buf, offset)
  offset += typebitmap.encode.bytes

  rnsec.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset)
  return buf
}

rnsec.encode.bytes = 0

rnsec.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var record = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  record.nextDomain = name.decode(buf, offset)
  offset += name.decode.bytes
  record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset))
  offset += typebitmap.decode.bytes

  rnsec.decode.bytes = offset - oldOffset
  return record
}

rnsec.decode.bytes = 0

rnsec.encodingLength = function (record) {
  return 2 +
    name.encodingLength(record.nextDomain) +
    typebitmap.encodingLength(record.rrtypes)
}

const rnsec3 = exports.nsec3 = {}

rnsec3.encode = function (record, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnsec3.encodingLength(record))
  if (!offset) offset = 0
  const oldOffset = offset

  const salt = record.salt
  if (!Buffer.isBuffer(salt)) {
    throw new Error('salt must be a Buffer')
  }

  const nextDomain = record.nextDomain
  if (!Buffer.isBuffer(nextDomain)) {
    throw new Error('nextDomain must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt8(record.algorithm, offset)
  offset += 1
  buf.writeUInt8(record.flags, offset)
  offset += 1
  buf.writeUInt16BE(record.iterations, offset)
  offset += 2
  buf.writeUInt8(salt.length, offset)
  offset += 1
  salt.copy(buf, offset, 0, salt.length)
  offset += salt.length
  buf.writeUInt8(nextDomain.length, offset)
  offset += 1
  nextDomain.copy(buf, offset, 0, nextDomain.length)
  offset += nextDomain.length
  typebitmap.encode(record.rrtypes, buf, offset)
  offset += typebitmap.encode.bytes

  rnsec3.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset)
  return buf
}

rnsec3.encode.bytes = 0

rnsec3.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var record = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  record.algorithm = buf.readUInt8(offset)
  offset += 1
  record.flags = buf.readUInt8(offset)
  offset += 1
  record.iterations = buf.readUInt16BE(offset)
  offset += 2
  const saltLength = buf.readUInt8(offset)
  offset += 1
  record.salt = buf.slice(offset, offset + saltLength)
  offset += saltLength
  const hashLength = buf.readUInt8(offset)
  offset += 1
  record.nextDomain = buf.slice(offset, offset + hashLength)
  offset += hashLength
  record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset))
  offset += typebitmap.decode.bytes

  rnsec3.decode.bytes = offset - oldOffset
  return record
}

rnsec3.decode.bytes = 0

rnsec3.encodingLength = function (record) {
  return 8 +
    record.salt.length +
    record.nextDomain.length +
    typebitmap.encodingLength(record.rrtypes)
}

const rds = exports.ds = {}

rds.encode = function (digest, buf, offset) {
  if (!buf) buf = Buffer.alloc(rds.encodingLength(digest))
  if (!offset) offset = 0
  const oldOffset = offset

  const digestdata = digest.digest
  if (!Buffer.isBuffer(digestdata)) {
    throw new Error('Digest must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt16BE(digest.keyTag, offset)
  offset += 2
  buf.writeUInt8(digest.algorithm, offset)
  offset += 1
  buf.writeUInt8(digest.digestType, offset)
  offset += 1
  digestdata.copy(buf, offset, 0, digestdata.length)
  offset += digestdata.length

  rds.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset)
  return buf
}

rds.encode.bytes = 0

rds.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  var digest = {}
  var length = buf.readUInt16BE(offset)
  offset += 2
  digest.keyTag = buf.readUInt16BE(offset)
  offset += 2
  digest.algorithm = buf.readUInt8(offset)
  offset += 1
  digest.digestType = buf.readUInt8(offset)
  offset += 1
  digest.digest = buf.slice(offset, oldOffset + length + 2)
  offset += digest.digest.length
  rds.decode.bytes = offset - oldOffset
  return digest
}

rds.decode.bytes = 0

rds.encodingLength = function (digest) {
  return 6 + Buffer.byteLength(digest.digest)
}

const rsshfp = exports.sshfp = {}

rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType (hashType) {
  switch (hashType) {
    case 1: return 20
    case 2: return 32
  }
}

rsshfp.encode = function encode (record, buf, offset) {
  if (!buf) buf = Buffer.alloc(rsshfp.encodingLength(record))
  if (!offset) offset = 0
  const oldOffset = offset

  offset += 2 // The function call starts with the offset pointer at the RDLENGTH field, not the RDATA one
  buf[offset] = record.algorithm
  offset += 1
  buf[offset] = record.hash
  offset += 1

  const fingerprintBuf = Buffer.from(record.fingerprint.toUpperCase(), 'hex')
  if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record.hash)) {
    throw new Error('Invalid fingerprint length')
  }
  fingerprintBuf.copy(buf, offset)
  offset += fingerprintBuf.byteLength

  rsshfp.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset)

  return buf
}

rsshfp.encode.bytes = 0

rsshfp.decode = function decode (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const record = {}
  offset += 2 // Account for the RDLENGTH field
  record.algorithm = buf[offset]
  offset += 1
  record.hash = buf[offset]
  offset += 1

  const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record.hash)
  record.fingerprint = buf.slice(offset, offset + fingerprintLength).toString('hex').toUpperCase()
  offset += fingerprintLength
  rsshfp.decode.bytes = offset - oldOffset
  return record
}

rsshfp.decode.bytes = 0

rsshfp.encodingLength = function (record) {
  return 4 + Buffer.from(record.fingerprint, 'hex').byteLength
}

const rnaptr = exports.naptr = {}

rnaptr.encode = function (data, buf, offset) {
  if (!buf) buf = Buffer.alloc(rnaptr.encodingLength(data))
  if (!offset) offset = 0
  const oldOffset = offset
  offset += 2
  buf.writeUInt16BE(data.order || 0, offset)
  offset += 2
  buf.writeUInt16BE(data.preference || 0, offset)
  offset += 2
  string.encode(data.flags, buf, offset)
  offset += string.encode.bytes
  string.encode(data.services, buf, offset)
  offset += string.encode.bytes
  string.encode(data.regexp, buf, offset)
  offset += string.encode.bytes
  name.encode(data.replacement, buf, offset)
  offset += name.encode.bytes
  rnaptr.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset)
  return buf
}

rnaptr.encode.bytes = 0

rnaptr.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset
  const data = {}
  offset += 2
  data.order = buf.readUInt16BE(offset)
  offset += 2
  data.preference = buf.readUInt16BE(offset)
  offset += 2
  data.flags = string.decode(buf, offset)
  offset += string.decode.bytes
  data.services = string.decode(buf, offset)
  offset += string.decode.bytes
  data.regexp = string.decode(buf, offset)
  offset += string.decode.bytes
  data.replacement = name.decode(buf, offset)
  offset += name.decode.bytes
  rnaptr.decode.bytes = offset - oldOffset
  return data
}

rnaptr.decode.bytes = 0

rnaptr.encodingLength = function (data) {
  return string.encodingLength(data.flags) +
    string.encodingLength(data.services) +
    string.encodingLength(data.regexp) +
    name.encodingLength(data.replacement) + 6
}

const rtlsa = exports.tlsa = {}

rtlsa.encode = function (cert, buf, offset) {
  if (!buf) buf = Buffer.alloc(rtlsa.encodingLength(cert))
  if (!offset) offset = 0
  const oldOffset = offset

  const certdata = cert.certificate
  if (!Buffer.isBuffer(certdata)) {
    throw new Error('Certificate must be a Buffer')
  }

  offset += 2 // Leave space for length
  buf.writeUInt8(cert.usage, offset)
  offset += 1
  buf.writeUInt8(cert.selector, offset)
  offset += 1
  buf.writeUInt8(cert.matchingType, offset)
  offset += 1
  certdata.copy(buf, offset, 0, certdata.length)
  offset += certdata.length

  rtlsa.encode.bytes = offset - oldOffset
  buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset)
  return buf
}

rtlsa.encode.bytes = 0

rtlsa.decode = function (buf, offset) {
  if (!offset) offset = 0
  const oldOffset = offset

  const cert = {}
  const length = buf.readUInt16BE(offset)
  offset += 2
  cert.usage = buf.readUInt8(offset)
  offset += 1
  cert.selector = buf.readUInt8(offset)
  offset += 1
  cert.matchingType = buf.readUInt8(offset)
  offset += 1
  cert.certificate = buf.slice(offset, oldOffset + length + 2)
  offset += cert.certificate.length
  rtlsa.decode.bytes = offset - oldOffset
  return cert
}

rtlsa.decode.bytes = 0

rtlsa.encodingLength = function (cert) {
  return 5 + Buffer.byteLength(cert.certificate)
}

const renc = exports.record = function (type) {
  switch (type.toUpperCase()) {
    case 'A': return ra
    case 'PTR': return rptr
    case 'CNAME': return rcname
    case 'DNAME': return rdname
    case 'TXT': return rtxt
    case 'NULL': return rnull
    case 'AAAA': return raaaa
    case 'SRV': return rsrv
    case 'HINFO': return rhinfo
    case 'CAA': return rcaa
    case 'NS': return rns
    case 'SOA': return rsoa
    case 'MX': return rmx
    case 'OPT': return ropt
    case 'DNSKEY': return rdnskey
    case 'RRSIG': return rrrsig
    case 'RP': return rrp
    case 'NSEC': return rnsec
    case 'NSEC3': return rnsec3
    case 'SSHFP': return rsshfp
    case 'DS': return rds
    case 'NAPTR': return rnaptr
    case 'TLSA': return rtlsa
  }
  return runknown
}

const answer = exports.answer = {}

answer.encode = function (a, buf, offset) {
  if (!buf) buf = Buffer.alloc(answer.encodingLength(a))
  if (!offset) offset = 0

  const oldOffset = offset

  name.encode(a.name, buf, offset)
  offset += name.encode.bytes

  buf.writeUInt16BE(types.toType(a.type), offset)

  if (a.type.toUpperCase() === 'OPT') {
    if (a.name !== '.') {
      throw new Error('OPT name must be root.')
    }
    buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2)
    buf.writeUInt8(a.extendedRcode || 0, offset + 4)
    buf.writeUInt8(a.ednsVersion || 0, offset + 5)
    buf.writeUInt16BE(a.flags || 0, offset + 6)

    offset += 8
    ropt.encode(a.options || [], buf, offset)
    offset += ropt.encode.bytes
  } else {
    let klass = classes.toClass(a.class === undefined ? 'IN' : a.class)
    if (a.flush) klass |= FLUSH_MASK // the 1st bit of the class is the flush bit
    buf.writeUInt16BE(klass, offset + 2)
    buf.writeUInt32BE(a.ttl || 0, offset + 4)

    offset += 8
    const enc = renc(a.type)
    enc.encode(a.data, buf, offset)
    offset += enc.encode.bytes
  }

  answer.encode.bytes = offset - oldOffset
  return buf
}

answer.encode.bytes = 0

answer.decode = function (buf, offset) {
  if (!offset) offset = 0

  const a = {}
  const oldOffset = offset

  a.name = name.decode(buf, offset)
  offset += name.decode.bytes
  a.type = types.toString(buf.readUInt16BE(offset))
  if (a.type === 'OPT') {
    a.udpPayloadSize = buf.readUInt16BE(offset + 2)
    a.extendedRcode = buf.readUInt8(offset + 4)
    a.ednsVersion = buf.readUInt8(offset + 5)
    a.flags = buf.readUInt16BE(offset + 6)
    a.flag_do = ((a.flags >> 15) & 0x1) === 1
    a.options = ropt.decode(buf, offset + 8)
    offset += 8 + ropt.decode.bytes
  } else {
    const klass = buf.readUInt16BE(offset + 2)
    a.ttl = buf.readUInt32BE(offset + 4)

    a.class = classes.toString(klass & NOT_FLUSH_MASK)
    a.flush = !!(klass & FLUSH_MASK)

    const enc = renc(a.type)
    a.data = enc.decode(buf, offset + 8)
    offset += 8 + enc.decode.bytes
  }

  answer.decode.bytes = offset - oldOffset
  return a
}

answer.decode.bytes = 0

answer.encodingLength = function (a) {
  const data = (a.data !== null && a.data !== undefined) ? a.data : a.options
  return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data)
}

const question = exports.question = {}

question.encode = function (q, buf, offset) {
  if (!buf) buf = Buffer.alloc(question.encodingLength(q))
  if (!offset) offset = 0

  const oldOffset = offset

  name.encode(q.name, buf, offset)
  offset += name.encode.bytes

  buf.writeUInt16BE(types.toType(q.type), offset)
  offset += 2

  buf.writeUInt16BE(classes.toClass(q.class === undefined ? 'IN' : q.class), offset)
  offset += 2

  question.encode.bytes = offset - oldOffset
  return q
}

question.encode.bytes = 0

question.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset
  const q = {}

  q.name = name.decode(buf, offset)
  offset += name.decode.bytes

  q.type = types.toString(buf.readUInt16BE(offset))
  offset += 2

  q.class = classes.toString(buf.readUInt16BE(offset))
  offset += 2

  const qu = !!(q.class & QU_MASK)
  if (qu) q.class &= NOT_QU_MASK

  question.decode.bytes = offset - oldOffset
  return q
}

question.decode.bytes = 0

question.encodingLength = function (q) {
  return name.encodingLength(q.name) + 4
}

exports.AUTHORITATIVE_ANSWER = 1 << 10
exports.TRUNCATED_RESPONSE = 1 << 9
exports.RECURSION_DESIRED = 1 << 8
exports.RECURSION_AVAILABLE = 1 << 7
exports.AUTHENTIC_DATA = 1 << 5
exports.CHECKING_DISABLED = 1 << 4
exports.DNSSEC_OK = 1 << 15

exports.encode = function (result, buf, offset) {
  const allocing = !buf

  if (allocing) buf = Buffer.alloc(exports.encodingLength(result))
  if (!offset) offset = 0

  const oldOffset = offset

  if (!result.questions) result.questions = []
  if (!result.answers) result.answers = []
  if (!result.authorities) result.authorities = []
  if (!result.additionals) result.additionals = []

  header.encode(result, buf, offset)
  offset += header.encode.bytes

  offset = encodeList(result.questions, question, buf, offset)
  offset = encodeList(result.answers, answer, buf, offset)
  offset = encodeList(result.authorities, answer, buf, offset)
  offset = encodeList(result.additionals, answer, buf, offset)

  exports.encode.bytes = offset - oldOffset

  // just a quick sanity check
  if (allocing && exports.encode.bytes !== buf.length) {
    return buf.slice(0, exports.encode.bytes)
  }

  return buf
}

exports.encode.bytes = 0

exports.decode = function (buf, offset) {
  if (!offset) offset = 0

  const oldOffset = offset
  const result = header.decode(buf, offset)
  offset += header.decode.bytes

  offset = decodeList(result.questions, question, buf, offset)
  offset = decodeList(result.answers, answer, buf, offset)
  offset = decodeList(result.authorities, answer, buf, offset)
  offset = decodeList(result.additionals, answer, buf, offset)

  exports.decode.bytes = offset - oldOffset

  return result
}

exports.decode.bytes = 0

exports.encodingLength = function (result) {
  return header.encodingLength(result) +
    encodingLengthList(result.questions || [], question) +
    encodingLengthList(result.answers || [], answer) +
    encodingLengthList(result.authorities || [], answer) +
    encodingLengthList(result.additionals || [], answer)
}

exports.streamEncode = function (result) {
  const buf = exports.encode(result)
  const sbuf = Buffer.alloc(2)
  sbuf.writeUInt16BE(buf.byteLength)
  const combine = Buffer.concat([sbuf, buf])
  exports.streamEncode.bytes = combine.byteLength
  return combine
}

exports.streamEncode.bytes = 0

exports.streamDecode = function (sbuf) {
  const len = sbuf.readUInt16BE(0)
  if (sbuf.byteLength < len + 2) {
    // not enough data
    return null
  }
  const result = exports.decode(sbuf.slice(2))
  exports.streamDecode.bytes = exports.decode.bytes
  return result
}

exports.streamDecode.bytes = 0

function encodingLengthList (list, enc) {
  let len = 0
  for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i])
  return len
}

function encodeList (list, enc, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    enc.encode(list[i], buf, offset)
    offset += enc.encode.bytes
  }
  return offset
}

function decodeList (list, enc, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    list[i] = enc.decode(buf, offset)
    offset += enc.decode.bytes
  }
  return offset
}


/***/ }),

/***/ 693:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/*
 * Traditional DNS header OPCODEs (4-bits) defined by IANA in
 * https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-5
 */

exports.toString = function (opcode) {
  switch (opcode) {
    case 0: return 'QUERY'
    case 1: return 'IQUERY'
    case 2: return 'STATUS'
    case 3: return 'OPCODE_3'
    case 4: return 'NOTIFY'
    case 5: return 'UPDATE'
    case 6: return 'OPCODE_6'
    case 7: return 'OPCODE_7'
    case 8: return 'OPCODE_8'
    case 9: return 'OPCODE_9'
    case 10: return 'OPCODE_10'
    case 11: return 'OPCODE_11'
    case 12: return 'OPCODE_12'
    case 13: return 'OPCODE_13'
    case 14: return 'OPCODE_14'
    case 15: return 'OPCODE_15'
  }
  return 'OPCODE_' + opcode
}

exports.toOpcode = function (code) {
  switch (code.toUpperCase()) {
    case 'QUERY': return 0
    case 'IQUERY': return 1
    case 'STATUS': return 2
    case 'OPCODE_3': return 3
    case 'NOTIFY': return 4
    case 'UPDATE': return 5
    case 'OPCODE_6': return 6
    case 'OPCODE_7': return 7
    case 'OPCODE_8': return 8
    case 'OPCODE_9': return 9
    case 'OPCODE_10': return 10
    case 'OPCODE_11': return 11
    case 'OPCODE_12': return 12
    case 'OPCODE_13': return 13
    case 'OPCODE_14': return 14
    case 'OPCODE_15': return 15
  }
  return 0
}


/***/ }),

/***/ 75:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.toString = function (type) {
  switch (type) {
    // list at
    // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
    case 1: return 'LLQ'
    case 2: return 'UL'
    case 3: return 'NSID'
    case 5: return 'DAU'
    case 6: return 'DHU'
    case 7: return 'N3U'
    case 8: return 'CLIENT_SUBNET'
    case 9: return 'EXPIRE'
    case 10: return 'COOKIE'
    case 11: return 'TCP_KEEPALIVE'
    case 12: return 'PADDING'
    case 13: return 'CHAIN'
    case 14: return 'KEY_TAG'
    case 26946: return 'DEVICEID'
  }
  if (type < 0) {
    return null
  }
  return `OPTION_${type}`
}

exports.toCode = function (name) {
  if (typeof name === 'number') {
    return name
  }
  if (!name) {
    return -1
  }
  switch (name.toUpperCase()) {
    case 'OPTION_0': return 0
    case 'LLQ': return 1
    case 'UL': return 2
    case 'NSID': return 3
    case 'OPTION_4': return 4
    case 'DAU': return 5
    case 'DHU': return 6
    case 'N3U': return 7
    case 'CLIENT_SUBNET': return 8
    case 'EXPIRE': return 9
    case 'COOKIE': return 10
    case 'TCP_KEEPALIVE': return 11
    case 'PADDING': return 12
    case 'CHAIN': return 13
    case 'KEY_TAG': return 14
    case 'DEVICEID': return 26946
    case 'OPTION_65535': return 65535
  }
  const m = name.match(/_(\d+)$/)
  if (m) {
    return parseInt(m[1], 10)
  }
  return -1
}


/***/ }),

/***/ 28:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/*
 * Traditional DNS header RCODEs (4-bits) defined by IANA in
 * https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml
 */

exports.toString = function (rcode) {
  switch (rcode) {
    case 0: return 'NOERROR'
    case 1: return 'FORMERR'
    case 2: return 'SERVFAIL'
    case 3: return 'NXDOMAIN'
    case 4: return 'NOTIMP'
    case 5: return 'REFUSED'
    case 6: return 'YXDOMAIN'
    case 7: return 'YXRRSET'
    case 8: return 'NXRRSET'
    case 9: return 'NOTAUTH'
    case 10: return 'NOTZONE'
    case 11: return 'RCODE_11'
    case 12: return 'RCODE_12'
    case 13: return 'RCODE_13'
    case 14: return 'RCODE_14'
    case 15: return 'RCODE_15'
  }
  return 'RCODE_' + rcode
}

exports.toRcode = function (code) {
  switch (code.toUpperCase()) {
    case 'NOERROR': return 0
    case 'FORMERR': return 1
    case 'SERVFAIL': return 2
    case 'NXDOMAIN': return 3
    case 'NOTIMP': return 4
    case 'REFUSED': return 5
    case 'YXDOMAIN': return 6
    case 'YXRRSET': return 7
    case 'NXRRSET': return 8
    case 'NOTAUTH': return 9
    case 'NOTZONE': return 10
    case 'RCODE_11': return 11
    case 'RCODE_12': return 12
    case 'RCODE_13': return 13
    case 'RCODE_14': return 14
    case 'RCODE_15': return 15
  }
  return 0
}


/***/ }),

/***/ 891:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.toString = function (type) {
  switch (type) {
    case 1: return 'A'
    case 10: return 'NULL'
    case 28: return 'AAAA'
    case 18: return 'AFSDB'
    case 42: return 'APL'
    case 257: return 'CAA'
    case 60: return 'CDNSKEY'
    case 59: return 'CDS'
    case 37: return 'CERT'
    case 5: return 'CNAME'
    case 49: return 'DHCID'
    case 32769: return 'DLV'
    case 39: return 'DNAME'
    case 48: return 'DNSKEY'
    case 43: return 'DS'
    case 55: return 'HIP'
    case 13: return 'HINFO'
    case 45: return 'IPSECKEY'
    case 25: return 'KEY'
    case 36: return 'KX'
    case 29: return 'LOC'
    case 15: return 'MX'
    case 35: return 'NAPTR'
    case 2: return 'NS'
    case 47: return 'NSEC'
    case 50: return 'NSEC3'
    case 51: return 'NSEC3PARAM'
    case 12: return 'PTR'
    case 46: return 'RRSIG'
    case 17: return 'RP'
    case 24: return 'SIG'
    case 6: return 'SOA'
    case 99: return 'SPF'
    case 33: return 'SRV'
    case 44: return 'SSHFP'
    case 32768: return 'TA'
    case 249: return 'TKEY'
    case 52: return 'TLSA'
    case 250: return 'TSIG'
    case 16: return 'TXT'
    case 252: return 'AXFR'
    case 251: return 'IXFR'
    case 41: return 'OPT'
    case 255: return 'ANY'
  }
  return 'UNKNOWN_' + type
}

exports.toType = function (name) {
  switch (name.toUpperCase()) {
    case 'A': return 1
    case 'NULL': return 10
    case 'AAAA': return 28
    case 'AFSDB': return 18
    case 'APL': return 42
    case 'CAA': return 257
    case 'CDNSKEY': return 60
    case 'CDS': return 59
    case 'CERT': return 37
    case 'CNAME': return 5
    case 'DHCID': return 49
    case 'DLV': return 32769
    case 'DNAME': return 39
    case 'DNSKEY': return 48
    case 'DS': return 43
    case 'HIP': return 55
    case 'HINFO': return 13
    case 'IPSECKEY': return 45
    case 'KEY': return 25
    case 'KX': return 36
    case 'LOC': return 29
    case 'MX': return 15
    case 'NAPTR': return 35
    case 'NS': return 2
    case 'NSEC': return 47
    case 'NSEC3': return 50
    case 'NSEC3PARAM': return 51
    case 'PTR': return 12
    case 'RRSIG': return 46
    case 'RP': return 17
    case 'SIG': return 24
    case 'SOA': return 6
    case 'SPF': return 99
    case 'SRV': return 33
    case 'SSHFP': return 44
    case 'TA': return 32768
    case 'TKEY': return 249
    case 'TLSA': return 52
    case 'TSIG': return 250
    case 'TXT': return 16
    case 'AXFR': return 252
    case 'IXFR': return 251
    case 'OPT': return 41
    case 'ANY': return 255
    case '*': return 255
  }
  if (name.toUpperCase().startsWith('UNKNOWN_')) return parseInt(name.slice(8))
  return 0
}


/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 550:
/***/ ((module) => {

// GENERATED FILE. DO NOT EDIT.
var ipCodec = (function(exports) {
  "use strict";
  
  Object.defineProperty(exports, "__esModule", {
    value: true
  });
  exports.decode = decode;
  exports.encode = encode;
  exports.familyOf = familyOf;
  exports.name = void 0;
  exports.sizeOf = sizeOf;
  exports.v6 = exports.v4 = void 0;
  const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
  const v4Size = 4;
  const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
  const v6Size = 16;
  const v4 = {
    name: 'v4',
    size: v4Size,
    isFormat: ip => v4Regex.test(ip),
  
    encode(ip, buff, offset) {
      offset = ~~offset;
      buff = buff || new Uint8Array(offset + v4Size);
      const max = ip.length;
      let n = 0;
  
      for (let i = 0; i < max;) {
        const c = ip.charCodeAt(i++);
  
        if (c === 46) {
          // "."
          buff[offset++] = n;
          n = 0;
        } else {
          n = n * 10 + (c - 48);
        }
      }
  
      buff[offset] = n;
      return buff;
    },
  
    decode(buff, offset) {
      offset = ~~offset;
      return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
    }
  
  };
  exports.v4 = v4;
  const v6 = {
    name: 'v6',
    size: v6Size,
    isFormat: ip => ip.length > 0 && v6Regex.test(ip),
  
    encode(ip, buff, offset) {
      offset = ~~offset;
      let end = offset + v6Size;
      let fill = -1;
      let hexN = 0;
      let decN = 0;
      let prevColon = true;
      let useDec = false;
      buff = buff || new Uint8Array(offset + v6Size); // Note: This algorithm needs to check if the offset
      // could exceed the buffer boundaries as it supports
      // non-standard compliant encodings that may go beyond
      // the boundary limits. if (offset < end) checks should
      // not be necessary...
  
      for (let i = 0; i < ip.length; i++) {
        let c = ip.charCodeAt(i);
  
        if (c === 58) {
          // :
          if (prevColon) {
            if (fill !== -1) {
              // Not Standard! (standard doesn't allow multiple ::)
              // We need to treat
              if (offset < end) buff[offset] = 0;
              if (offset < end - 1) buff[offset + 1] = 0;
              offset += 2;
            } else if (offset < end) {
              // :: in the middle
              fill = offset;
            }
          } else {
            // : ends the previous number
            if (useDec === true) {
              // Non-standard! (ipv4 should be at end only)
              // A ipv4 address should not be found anywhere else but at
              // the end. This codec also support putting characters
              // after the ipv4 address..
              if (offset < end) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end) buff[offset] = hexN >> 8;
              if (offset < end - 1) buff[offset + 1] = hexN & 0xff;
              offset += 2;
            }
  
            hexN = 0;
            decN = 0;
          }
  
          prevColon = true;
          useDec = false;
        } else if (c === 46) {
          // . indicates IPV4 notation
          if (offset < end) buff[offset] = decN;
          offset++;
          decN = 0;
          hexN = 0;
          prevColon = false;
          useDec = true;
        } else {
          prevColon = false;
  
          if (c >= 97) {
            c -= 87; // a-f ... 97~102 -87 => 10~15
          } else if (c >= 65) {
            c -= 55; // A-F ... 65~70 -55 => 10~15
          } else {
            c -= 48; // 0-9 ... starting from charCode 48
  
            decN = decN * 10 + c;
          } // We don't know yet if its a dec or hex number
  
  
          hexN = (hexN << 4) + c;
        }
      }
  
      if (prevColon === false) {
        // Commiting last number
        if (useDec === true) {
          if (offset < end) buff[offset] = decN;
          offset++;
        } else {
          if (offset < end) buff[offset] = hexN >> 8;
          if (offset < end - 1) buff[offset + 1] = hexN & 0xff;
          offset += 2;
        }
      } else if (fill === 0) {
        // Not Standard! (standard doesn't allow multiple ::)
        // This means that a : was found at the start AND end which means the
        // end needs to be treated as 0 entry...
        if (offset < end) buff[offset] = 0;
        if (offset < end - 1) buff[offset + 1] = 0;
        offset += 2;
      } else if (fill !== -1) {
        // Non-standard! (standard doens't allow multiple ::)
        // Here we find that there has been a :: somewhere in the middle
        // and the end. To treat the end with priority we need to move all
        // written data two bytes to the right.
        offset += 2;
  
        for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
          buff[i] = buff[i - 2];
        }
  
        buff[fill] = 0;
        buff[fill + 1] = 0;
        fill = offset;
      }
  
      if (fill !== offset && fill !== -1) {
        // Move the written numbers to the end while filling the everything
        // "fill" to the bytes with zeros.
        if (offset > end - 2) {
          // Non Standard support, when the cursor exceeds bounds.
          offset = end - 2;
        }
  
        while (end > fill) {
          buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
        }
      } else {
        // Fill the rest with zeros
        while (offset < end) {
          buff[offset++] = 0;
        }
      }
  
      return buff;
    },
  
    decode(buff, offset) {
      offset = ~~offset;
      let result = '';
  
      for (let i = 0; i < v6Size; i += 2) {
        if (i !== 0) {
          result += ':';
        }
  
        result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
      }
  
      return result.replace(/(^|:)0(:0)*:0(:|$)/, '$1::$3').replace(/:{3,4}/, '::');
    }
  
  };
  exports.v6 = v6;
  const name = 'ip';
  exports.name = name;
  
  function sizeOf(ip) {
    if (v4.isFormat(ip)) return v4.size;
    if (v6.isFormat(ip)) return v6.size;
    throw Error(`Invalid ip address: ${ip}`);
  }
  
  function familyOf(string) {
    return sizeOf(string) === v4.size ? 1 : 2;
  }
  
  function encode(ip, buff, offset) {
    offset = ~~offset;
    const size = sizeOf(ip);
  
    if (typeof buff === 'function') {
      buff = buff(offset + size);
    }
  
    if (size === v4.size) {
      return v4.encode(ip, buff, offset);
    }
  
    return v6.encode(ip, buff, offset);
  }
  
  function decode(buff, offset, length) {
    offset = ~~offset;
    length = length || buff.length - offset;
  
    if (length === v4.size) {
      return v4.decode(buff, offset, length);
    }
  
    if (length === v6.size) {
      return v6.decode(buff, offset, length);
    }
  
    throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
  }
  return "default" in exports ? exports.default : exports;
})({});
if (typeof define === 'function' && define.amd) define([], function() { return ipCodec; });
else if (true) module.exports = ipCodec;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __nccwpck_require__(280);
var ipaddr_default = /*#__PURE__*/__nccwpck_require__.n(ipaddr);
;// CONCATENATED MODULE: ./lib/addresses.js

// IPv4 in the one form a DNS answer carries. ipaddr.IPv4.parse also accepts forms such as `0x7f.1`.
const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;
/**
 * An address in four-part decimal IPv4 or in IPv6 notation, parsed once; undefined for anything
 * else. ipaddr.js's own isValid-then-parse pairs parse every address twice or three times, and
 * throw (slowly) inside for every IPv6 address tried as IPv4: this runs for every answer of a run.
 */
function parseAddress(text) {
    // ipaddr.js accepts an IPv6 zone ID (`fe80::1%eth0`) and keeps it in the text it gives back: a
    // zone names an interface on one machine, never a server on the internet, so no address has one.
    if (text.includes('%'))
        return undefined;
    try {
        if (text.includes(':'))
            return ipaddr_default().IPv6.parse(text);
        if (FOUR_PART_DECIMAL.test(text))
            return ipaddr_default().IPv4.parse(text);
    }
    catch {
        // Not an address: an octet over 255, a malformed IPv6 group...
    }
    return undefined;
}
// Global unicast IPv6 is 2000::/3 (RFC 4291 section 2.4). ipaddr.js calls every IPv6 address it
// has no name for `unicast`, reserved space outside 2000::/3 included (`::2`, `4000::1`, `fe00::1`).
const GLOBAL_UNICAST_V6 = '2000::/3';
// The blocks of IANA's IPv6 Special-Purpose Address Registry that sit inside 2000::/3, named here
// even though ipaddr.js 2.x names them too: the rule must not change with the library's version.
// None of them is a server anyone sends payment callbacks from.
const SPECIAL_PURPOSE_V6 = [
    ['2001::/23', 'IETF protocol assignment (2001::/23)'],
    ['2001:db8::/32', 'documentation (2001:db8::/32)'],
    ['2002::/16', '6to4 (2002::/16)'],
    ['2620:4f:8000::/48', 'AS112 sink (2620:4f:8000::/48)'],
    ['3fff::/20', 'documentation (3fff::/20)'],
];
// Parsed on first use, not at start-up: the action's queries leave before any answer is read.
let ranges;
function v6Ranges() {
    const cidr = (text) => ipaddr_default().IPv6.parseCIDR(text);
    ranges ??= { global: cidr(GLOBAL_UNICAST_V6), special: SPECIAL_PURPOSE_V6.map(([text, name]) => [cidr(text), name]) };
    return ranges;
}
/**
 * Accepts only a global unicast address, in its canonical text form: the one rule for every
 * address that enters the lock, wherever it comes from (a DNS answer, a committed lock).
 *
 * IPv4: ipaddr.js names every special-purpose range (private, loopback, link-local, multicast,
 * reserved and documentation, carrier-grade NAT, AS112, ...); anything but `unicast` is refused.
 * IPv6: inside 2000::/3, outside the special-purpose blocks there, and `unicast` to ipaddr.js.
 * Anything else would open a firewall to something that is not a Vipps MobilePay server, so it
 * most likely comes from a broken or poisoned answer.
 */
function checkAddress(text) {
    const parsed = parseAddress(text);
    if (!parsed) {
        const zone = text.includes('%') ? ' (a zone ID after % names a local interface, never a server)' : '';
        return { ok: false, address: text, reason: `not a valid IPv4 or IPv6 address${zone}` };
    }
    // Written in canonical form first, whatever the verdict: the same code runs for every address,
    // so the rehearsal of reading (dns/reading-rehearsal.ts) compiles it with addresses it refuses.
    const address = parsed.toString();
    const why = notGlobalUnicast(parsed);
    if (why)
        return { ok: false, address: text, reason: `${why} address, not public` };
    return { ok: true, address };
}
/** Why an address is not global unicast, or undefined when it is. */
function notGlobalUnicast(parsed) {
    const range = parsed.range();
    if (parsed.kind() === 'ipv4')
        return range === 'unicast' ? undefined : range;
    const v6 = parsed;
    if (range !== 'unicast')
        return range;
    const { global, special } = v6Ranges();
    if (!v6.match(global))
        return 'reserved (outside 2000::/3)';
    for (const [cidr, name] of special)
        if (v6.match(cidr))
            return name;
    return undefined;
}
/** Address order used everywhere: IPv4 before IPv6, then numerically by bytes. */
function compareAddresses(a, b) {
    return compareBytes(addressBytes(a), addressBytes(b));
}
function sortAddresses(addresses) {
    // Each address is parsed once, not once per comparison.
    const keyed = [...new Set(addresses)].map((address) => ({ address, bytes: addressBytes(address) }));
    return keyed.sort((x, y) => compareBytes(x.bytes, y.bytes)).map((k) => k.address);
}
function isIPv6(address) {
    return address.includes(':');
}
// Addresses are sorted again and again (each environment, each diff, each report) and ipaddr's
// parser is a series of regular expressions: each address is parsed once per run.
const parsedBytes = new Map();
const MOST_KEPT = 10_000;
function addressBytes(address) {
    const known = parsedBytes.get(address);
    if (known)
        return known;
    const parsed = parseAddress(address);
    if (!parsed)
        throw new Error(`"${address}" is not an IP address`);
    const bytes = parsed.toByteArray();
    if (parsedBytes.size >= MOST_KEPT)
        parsedBytes.clear();
    parsedBytes.set(address, bytes);
    return bytes;
}
function compareBytes(x, y) {
    if (x.length !== y.length)
        return x.length - y.length;
    for (let i = 0; i < x.length; i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./lib/observation.js

/** More records than this in one answer is not a real Vipps MobilePay answer: it is refused whole. */
const MAX_RECORDS_PER_ANSWER = 32;
/**
 * The servers that gave no usable answer for this host and type (each with its reason). While one
 * exists, the servers that answered are not every server: an address they leave out may still be
 * the one that server would have returned, and an address only they return is not agreed by all.
 */
function failedServers(observation, type) {
    const answered = new Set(observation.answers.filter((answer) => answer.type === type).map((answer) => answer.server));
    const failed = new Map();
    for (const failure of observation.failures) {
        if (failure.type === type && !answered.has(failure.server) && !failed.has(failure.server))
            failed.set(failure.server, failure);
    }
    return [...failed.values()];
}
function hostStatus(observation, types) {
    const decided = types.filter((type) => observation.decided[type] !== undefined).length;
    if (decided === 0)
        return 'failed';
    if (decided < types.length)
        return 'partial';
    return observation.noSuchHost ? 'no-such-host' : 'resolved';
}
function observeHosts(lookups, types) {
    const observations = new Map();
    const answeredKinds = new Map();
    for (const { server, host, type, outcome } of lookups) {
        let observation = observations.get(host);
        if (!observation) {
            observation = { host, decided: {}, answers: [], noSuchHost: false, failures: [], rejected: [] };
            observations.set(host, observation);
            answeredKinds.set(host, new Set());
        }
        const kinds = answeredKinds.get(host);
        if (outcome.kind === 'failed') {
            observation.failures.push({ server, type, reason: outcome.reason });
            continue;
        }
        let accepted = [];
        if (outcome.kind === 'addresses') {
            const answer = checkAnswer(outcome.addresses, type);
            if (!answer.ok) {
                // A broken or poisoned answer counts as a failed lookup: it must not add an address,
                // and the addresses it lacks must not be taken as removed.
                observation.failures.push({ server, type, reason: answer.reason });
                observation.rejected.push(...answer.rejected);
                continue;
            }
            accepted = answer.addresses;
        }
        kinds.add(outcome.kind);
        observation.answers.push({ server, type, addresses: accepted });
        observation.decided[type] = sortAddresses([...(observation.decided[type] ?? []), ...accepted]);
    }
    for (const [host, observation] of observations) {
        const kinds = answeredKinds.get(host);
        const allDecided = types.every((type) => observation.decided[type] !== undefined);
        // "No such host" retires a host's addresses: only when every server said so, none failing.
        const complete = types.every((type) => failedServers(observation, type).length === 0);
        observation.noSuchHost = allDecided && complete && kinds.size === 1 && kinds.has('no-such-host');
    }
    return observations;
}
function checkAnswer(addresses, type) {
    if (addresses.length > MAX_RECORDS_PER_ANSWER) {
        return {
            ok: false,
            reason: `answer with ${addresses.length} records, over the limit of ${MAX_RECORDS_PER_ANSWER}: ignored as broken`,
            rejected: [],
        };
    }
    const rejected = [];
    const accepted = [];
    for (const text of addresses) {
        const check = checkAddress(text);
        if (!check.ok)
            rejected.push({ address: check.address, reason: check.reason });
        else if (isIPv6(check.address) !== (type === 'AAAA')) {
            rejected.push({ address: check.address, reason: `not an ${type} address` });
        }
        else
            accepted.push(check.address);
    }
    if (rejected.length > 0) {
        const list = rejected.map((r) => `${r.address} (${r.reason})`).join(', ');
        return { ok: false, reason: `answer ignored: it holds addresses that are never locked: ${list}`, rejected };
    }
    return { ok: true, addresses: accepted };
}

// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __nccwpck_require__(894);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
// EXTERNAL MODULE: ./lib/node-builtins.js + 1 modules
var node_builtins = __nccwpck_require__(201);
;// CONCATENATED MODULE: ./lib/dns/random-id.js


// IDs are drawn from a pool of secure random bytes, refilled from the kernel's random device
// (the source OpenSSL itself seeds from) where there is one, and from node:crypto elsewhere.
// Loading node:crypto costs about 4 ms of start-up, ahead of the first query; /dev/urandom is a
// read through fs, which Node has loaded already. The random device is read directly, never
// through a file a user could place.
const pool = Buffer.alloc(1024);
let next = pool.length;
/** A 16-bit DNS message ID from a cryptographically secure source. */
function randomId() {
    if (next + 2 > pool.length)
        refill();
    const id = pool.readUInt16BE(next);
    next += 2;
    return id;
}
function refill() {
    next = 0;
    try {
        const fd = (0,external_node_fs_namespaceObject.openSync)('/dev/urandom', 'r');
        try {
            if ((0,external_node_fs_namespaceObject.readSync)(fd, pool, 0, pool.length, null) === pool.length)
                return;
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch {
        // No random device (Windows): node:crypto below.
    }
    (0,node_builtins/* nodeCrypto */.SI)().randomFillSync(pool);
}

;// CONCATENATED MODULE: ./lib/dns/message.js


// The EDNS0 UDP payload size of DNS Flag Day 2020: answers up to it arrive in one datagram
// without IP fragmentation; larger ones come truncated and are asked again over TCP.
const UDP_PAYLOAD_SIZE = 1232;
/**
 * A recursive query (RD=1) for one name and type, with an ID from the operating system's secure
 * random source: with the UDP source port, what a forger must guess (RFC 5452).
 */
function buildQuery(name, type) {
    const id = randomId();
    const bytes = dns_packet.encode({
        id,
        type: 'query',
        flags: dns_packet.RECURSION_DESIRED,
        questions: [{ name, type, class: 'IN' }],
        additionals: [{ type: 'OPT', name: '.', udpPayloadSize: UDP_PAYLOAD_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
    });
    return { id, name, type, bytes };
}

;// CONCATENATED MODULE: ./lib/dns/rcodes.js
/**
 * Response codes (IANA "DNS RCODEs"), 0-15 from the header and larger ones with the EDNS0
 * extension. Only NOERROR and NXDOMAIN say anything about the name; every other one, whatever
 * records the answer carries, is a failed lookup.
 */
const NAMES = {
    0: 'NOERROR',
    1: 'FORMERR',
    2: 'SERVFAIL',
    3: 'NXDOMAIN',
    4: 'NOTIMP',
    5: 'REFUSED',
    6: 'YXDOMAIN',
    7: 'YXRRSET',
    8: 'NXRRSET',
    9: 'NOTAUTH',
    10: 'NOTZONE',
    11: 'DSOTYPENI',
    16: 'BADVERS',
    23: 'BADCOOKIE',
};
const MEANINGS = {
    1: 'server reported a malformed query',
    2: 'server failure',
    4: 'server does not implement the query',
    5: 'query refused',
    6: 'a name exists that should not (an update code, not an answer)',
    7: 'a record set exists that should not (an update code, not an answer)',
    8: 'a record set does not exist (an update code, not an answer)',
    9: 'server not authoritative for the zone',
    10: 'name not in the zone',
    11: 'DSO type not implemented',
    16: 'EDNS version not supported',
    23: 'bad DNS cookie',
};
function rcodeName(rcode) {
    return NAMES[rcode] ?? `RCODE${rcode}`;
}
/** The failure an rcode other than NOERROR or NXDOMAIN stands for: a code for logs, a reason for people. */
function rcodeFailure(rcode) {
    const name = rcodeName(rcode);
    const meaning = MEANINGS[rcode] ?? 'unassigned response code';
    return { code: `E${name}`, reason: `${meaning} (${name})` };
}

;// CONCATENATED MODULE: ./lib/dns/wire-names.js
// Names as the answer's bytes hold them, label by label. dns-packet joins a name's labels with "."
// without escaping and reads each label as UTF-8, so the two-label owner `callback-2\.vipps` `no`
// comes out as `callback-2.vipps.no`, and a Kelvin sign (U+212A) folds to `k` under toLowerCase():
// another name than the question's would pass as the question's. Read here, a label keeps only
// ASCII letters (folded to lower case), digits, `-` and `_` as they are; every other byte, a dot
// inside a label included, is written `\DDD` (RFC 1035 section 5.1), so such a name can never equal
// a host name and is never asked for.
const CNAME = 5;
/** Reads the names of a message that dns-packet has already decoded whole; throws on bytes that are not one. */
function readWireNames(message) {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    const questionCount = view.getUint16(4);
    const answerCount = view.getUint16(6);
    let offset = 12;
    const questions = [];
    for (let i = 0; i < questionCount; i++) {
        const name = readName(message, offset);
        questions.push(name.name);
        offset = name.next + 4;
    }
    const answers = [];
    for (let i = 0; i < answerCount; i++) {
        const owner = readName(message, offset);
        const type = view.getUint16(owner.next);
        const length = view.getUint16(owner.next + 8);
        const data = owner.next + 10;
        answers.push(type === CNAME ? { owner: owner.name, target: readName(message, data).name } : { owner: owner.name });
        offset = data + length;
    }
    return { questions, answers };
}
// More pointers than a message has bytes to point at is a loop.
const MAX_POINTERS = 128;
function readName(message, start) {
    const labels = [];
    let offset = start;
    let next;
    let pointers = 0;
    for (;;) {
        const length = byteAt(message, offset);
        if (length === 0) {
            offset += 1;
            break;
        }
        if ((length & 0xc0) === 0xc0) {
            next ??= offset + 2;
            if (++pointers > MAX_POINTERS)
                throw new Error('name compression loop');
            offset = ((length & 0x3f) << 8) | byteAt(message, offset + 1);
            continue;
        }
        if ((length & 0xc0) !== 0)
            throw new Error(`label type ${length >> 6} is not a DNS label`);
        if (offset + 1 + length > message.length)
            throw new Error('label past the end of the message');
        labels.push(presentLabel(message.subarray(offset + 1, offset + 1 + length)));
        offset += 1 + length;
    }
    return { name: labels.length === 0 ? '.' : labels.join('.'), next: next ?? offset };
}
function byteAt(message, offset) {
    const byte = message[offset];
    if (byte === undefined)
        throw new Error('name past the end of the message');
    return byte;
}
function presentLabel(bytes) {
    let label = '';
    for (const byte of bytes) {
        if (byte >= 0x41 && byte <= 0x5a)
            label += String.fromCharCode(byte + 0x20);
        else if ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x5f)
            label += String.fromCharCode(byte);
        else
            label += `\\${String(byte).padStart(3, '0')}`;
    }
    return label;
}
/** A name made only of letters, digits, `-` and `_` labels: one a query may be sent for. */
function isHostName(name) {
    return /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(name);
}
/** Folds ASCII A-Z only: toLowerCase() also folds other scripts' letters onto ASCII ones (U+212A to k). */
function asciiLower(text) {
    return text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0x20));
}

;// CONCATENATED MODULE: ./lib/dns/read-answer.js



/** CNAME links followed from the question, over every answer asked for it, before the chain is refused. */
const MAX_CHAIN_LINKS = 8;
/** The answer's bytes as a DNS message, or why they are not one. */
function decodeAnswer(bytes) {
    try {
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const packet = dns_packet.decode(buffer);
        // dns-packet stops at the counts the header gives; bytes after them mean the message is not
        // what it claims (a record whose data length disagrees with its type shifts everything after it).
        if (dns_packet.decode.bytes !== buffer.length)
            return malformed(`${buffer.length - dns_packet.decode.bytes} bytes after the last record`);
        // The names as the wire holds them, label by label, in place of dns-packet's joined ones.
        const names = readWireNames(bytes);
        const questions = (packet.questions ?? []).map((question, i) => ({ ...question, name: names.questions[i] ?? question.name }));
        const answers = (packet.answers ?? []).map((record, i) => {
            const wire = names.answers[i];
            if (!wire)
                return record;
            return record.type === 'CNAME' && wire.target !== undefined ? { ...record, name: wire.owner, data: wire.target } : { ...record, name: wire.owner };
        });
        return { ok: true, packet: { ...packet, questions, answers } };
    }
    catch (error) {
        return malformed(error instanceof Error ? error.message : String(error));
    }
}
function malformed(detail) {
    return { ok: false, code: 'EBADRESP', reason: `malformed answer (${detail})` };
}
/** The full response code, the EDNS0 extension included. */
function responseCode(packet) {
    const opt = (packet.additionals ?? []).find((record) => record.type === 'OPT');
    const extended = opt && 'extendedRcode' in opt ? opt.extendedRcode : 0;
    return (extended << 4) | ((packet.flags ?? 0) & 0x0f);
}
const QUERY_OPCODE = 0;
/**
 * Reads an answer to `query`. `chain` holds the names whose CNAMEs led to the query's name in
 * earlier answers (empty for the host itself), so that a loop or an over-long chain across answers
 * is caught.
 */
function readAnswer(packet, query, chain = []) {
    const mismatch = questionMismatch(packet, query);
    if (mismatch)
        return refused(`it answers another question: ${mismatch}`, 'EMISMATCH');
    // A transport asks a truncated UDP answer again over TCP; one that is still truncated is a part
    // of an answer, and the records it lacks must not read as gone.
    if (((packet.flags ?? 0) & dns_packet.TRUNCATED_RESPONSE) !== 0)
        return { kind: 'failed', code: 'ETRUNCATED', reason: 'answer truncated, and not asked again in full' };
    const rcode = responseCode(packet);
    if (rcode !== 0 && rcode !== 3)
        return { kind: 'failed', ...rcodeFailure(rcode) };
    const walk = walkChain(packet.answers, query, chain);
    if (!walk.ok)
        return refused(walk.reason);
    if (rcode === 3) {
        if (walk.addresses.length > 0)
            return refused(`NXDOMAIN carrying ${query.type} records for ${walk.end}`);
        return { kind: 'no-such-host' };
    }
    if (walk.addresses.length > 0)
        return { kind: 'addresses', addresses: walk.addresses };
    if (walk.end !== query.name && !negativeFor(packet, walk.end))
        return { kind: 'follow', name: walk.end, via: walk.via };
    if (isReferral(packet)) {
        return {
            kind: 'failed',
            code: 'EREFERRAL',
            reason: 'referral to other name servers instead of an answer: the server does not resolve this name (not a recursive resolver?)',
        };
    }
    return { kind: 'no-records' };
}
function refused(why, code = 'EFORGED') {
    return { kind: 'failed', code, reason: `answer refused as broken or forged: ${why}` };
}
function questionMismatch(packet, query) {
    if (packet.id !== query.id)
        return `ID ${packet.id} instead of ${query.id}`;
    if (packet.type !== 'response')
        return 'a query, not a response';
    const opcode = ((packet.flags ?? 0) >> 11) & 0x0f;
    if (opcode !== QUERY_OPCODE)
        return `opcode ${opcode} instead of QUERY`;
    const questions = packet.questions ?? [];
    const [question] = questions;
    if (questions.length !== 1 || !question)
        return `${questions.length} questions instead of 1`;
    if (asciiLower(question.name) !== query.name || question.type !== query.type || question.class !== 'IN') {
        return `${question.name} ${question.class} ${question.type} instead of ${query.name} IN ${query.type}`;
    }
    return undefined;
}
/**
 * The chain from the question through the answer's CNAMEs, link by link, and the records of the
 * asked type owned by its end. Every record must sit on that chain: a CNAME from one name on it
 * to the next, or a record of the asked type owned by its end. Anything else (another owner,
 * another type, another class, a second CNAME for a name, data beside a CNAME, a loop, a chain
 * too long) is not an answer to this question.
 */
function walkChain(answers, query, chain) {
    const cnames = new Map();
    const addresses = new Map();
    for (const record of answers) {
        const owner = asciiLower(record.name);
        const klass = 'class' in record ? record.class : undefined;
        if (klass !== 'IN')
            return { ok: false, reason: `${record.type} record for ${record.name} in class ${klass}, not IN` };
        if (record.type === 'CNAME')
            add(cnames, owner, asciiLower(String(record.data)));
        else if (record.type === query.type)
            add(addresses, owner, String(record.data));
        else
            return { ok: false, reason: `${record.type} record for ${record.name} in an answer to a ${query.type} question` };
    }
    const seen = new Set([...chain, query.name]);
    let end = query.name;
    const via = [];
    let links = chain.length;
    for (;;) {
        const targets = cnames.get(end);
        if (!targets)
            break;
        if (targets.size > 1)
            return { ok: false, reason: `${end} has ${targets.size} CNAMEs (${[...targets].join(', ')})` };
        if (addresses.has(end))
            return { ok: false, reason: `${end} has both a CNAME and ${query.type} records` };
        const next = targets.values().next().value;
        // The follow-up query names exactly this target: one that is no host name is never asked for.
        if (!isHostName(next))
            return { ok: false, reason: `CNAME target ${next} is not a host name` };
        if (seen.has(next))
            return { ok: false, reason: `CNAME loop: ${end} points back to ${next}` };
        links++;
        if (links > MAX_CHAIN_LINKS)
            return { ok: false, reason: `CNAME chain longer than ${MAX_CHAIN_LINKS} links` };
        seen.add(next);
        via.push(end);
        cnames.delete(end);
        end = next;
    }
    // What the walk did not reach is owned by names off the chain.
    const [stray] = [...cnames.keys(), ...[...addresses.keys()].filter((owner) => owner !== end)];
    if (stray !== undefined) {
        const what = cnames.has(stray) ? 'CNAME' : query.type;
        return { ok: false, reason: `${what} record owned by ${stray}, which is not on the chain from ${query.name}` };
    }
    return { ok: true, end, via, addresses: [...(addresses.get(end) ?? [])] };
}
function add(map, key, value) {
    const set = map.get(key);
    if (set)
        set.add(value);
    else
        map.set(key, new Set([value]));
}
// A resolver that followed the chain and found no record at its end says so with the SOA of the
// end's zone beside the answer (RFC 2308 section 2.2, NODATA); without it, the chain merely left
// what the server knows (an authoritative server answers only inside its zone).
function negativeFor(packet, end) {
    return (packet.authorities ?? []).some((r) => {
        if (r.type !== 'SOA')
            return false;
        const zone = asciiLower(r.name);
        return zone === '.' || zone === end || end.endsWith(`.${zone}`);
    });
}
// A server that does not resolve the name answers NOERROR with name servers to ask instead
// (authority NS, no SOA, not authoritative): no answer at all, not "no records" (RFC 2308 section 2.2).
function isReferral(packet) {
    const authorities = packet.authorities ?? [];
    const authoritative = ((packet.flags ?? 0) & dns_packet.AUTHORITATIVE_ANSWER) !== 0;
    return !authoritative && authorities.some((r) => r.type === 'NS') && !authorities.some((r) => r.type === 'SOA');
}
/** The answer's records in presentation form, for the debug log. */
function describeRecords(packet) {
    return (packet.answers ?? []).map((record) => `${record.name} ${record.type} ${'data' in record ? String(record.data) : ''}`.trim());
}

// EXTERNAL MODULE: ./lib/dns/transport.js
var transport = __nccwpck_require__(157);
;// CONCATENATED MODULE: ./lib/dns/packet-resolver.js




const CANCELLED = { kind: 'failed', code: 'ECANCELLED', reason: 'query cancelled' };
/**
 * The DNS port over any transport: builds each query itself, matches the answer to it and reads
 * it strictly (read-answer.ts). An answer is never retried: only a query that got no answer is
 * sent again, with a new ID. A CNAME chain that leaves the answer is followed by asking for its end.
 */
function createPacketResolver(transport, options) {
    const cancelling = new AbortController();
    async function ask(name, type, chain) {
        let last = CANCELLED;
        for (let attempt = 1; attempt <= options.attempts; attempt++) {
            if (cancelling.signal.aborted)
                return CANCELLED;
            const query = buildQuery(name, type);
            // Timed only for the debug log: Date, not performance, whose first use loads a module.
            const started = options.onExchange ? Date.now() : 0;
            // Described only for a listener: without one, nothing about the exchange is formatted.
            const record = (result, extra = () => ({})) => options.onExchange?.({
                server: transport.server,
                name,
                type,
                attempt,
                id: query.id,
                elapsedMs: Date.now() - started,
                result: result(),
                ...extra(),
            });
            let bytes;
            try {
                bytes = await transport.exchange(query.bytes, { timeoutMs: attemptTimeout(options.timeoutMs, attempt), signal: cancelling.signal });
            }
            catch (error) {
                last = transportFailure(error, options.attempts);
                record(() => (error instanceof Error ? error.message : String(error)));
                if (cancelling.signal.aborted)
                    return CANCELLED;
                continue;
            }
            const decoded = decodeAnswer(bytes);
            if (!decoded.ok) {
                record(() => decoded.reason);
                return { kind: 'failed', code: decoded.code, reason: decoded.reason };
            }
            const reading = readAnswer(decoded.packet, query, chain);
            record(() => describeReading(reading), () => ({ rcode: rcodeName(responseCode(decoded.packet)), records: describeRecords(decoded.packet) }));
            return reading;
        }
        return last;
    }
    return {
        server: transport.server,
        async lookup(host, type) {
            const chain = [];
            let name = host;
            for (;;) {
                const reading = await ask(name, type, chain);
                if (reading.kind !== 'follow')
                    return reading;
                chain.push(...reading.via);
                name = reading.name;
            }
        },
        cancel() {
            cancelling.abort();
            transport.close();
        },
    };
}
// Each attempt waits twice as long as the one before, as c-ares did, but no attempt waits over a
// minute (or the first attempt's wait, when that is longer): ten attempts must not take hours.
const LONGEST_ATTEMPT_MS = 60_000;
function attemptTimeout(firstMs, attempt) {
    return Math.min(firstMs * 2 ** (attempt - 1), Math.max(firstMs, LONGEST_ATTEMPT_MS));
}
function transportFailure(error, attempts) {
    if (error instanceof transport/* TransportError */.w) {
        if (error.code === 'ETIMEOUT')
            return { kind: 'failed', code: 'ETIMEOUT', reason: `no answer (timed out, ${attempts === 1 ? '1 attempt' : `${attempts} attempts`})` };
        return { kind: 'failed', code: error.code, reason: error.message };
    }
    return { kind: 'failed', code: 'UNKNOWN', reason: error instanceof Error ? error.message : String(error) };
}
function describeReading(reading) {
    if (reading.kind === 'addresses')
        return `addresses ${reading.addresses.join(', ')}`;
    if (reading.kind === 'follow')
        return `CNAME chain leaves the answer at ${reading.name}: asking for it`;
    if (reading.kind === 'failed')
        return reading.reason;
    return reading.kind;
}

;// CONCATENATED MODULE: ./lib/dns/reading-rehearsal.js




const NAME = 'rehearsal.invalid';
const TARGET = 'target.rehearsal.invalid';
const SOA = {
    name: 'invalid',
    type: 'SOA',
    class: 'IN',
    ttl: 60,
    data: { mname: 'ns.invalid', rname: 'hostmaster.invalid', serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 },
};
/**
 * Answers in the shapes real ones take (a CNAME chain to an A record, an AAAA record, no record
 * with the zone's SOA), made up here for a name that cannot exist, with addresses no server can
 * have: 192.0.2.1 is for documentation, and 4000::1 lies outside 2000::/3, the global unicast space
 * (IPv6 addresses outside it go through every step of the address check before they are refused).
 */
const SHAPES = [
    {
        type: 'A',
        answers: [
            { name: NAME, type: 'CNAME', class: 'IN', ttl: 60, data: TARGET },
            { name: TARGET, type: 'A', class: 'IN', ttl: 60, data: '192.0.2.1' },
        ],
        authorities: [],
    },
    { type: 'AAAA', answers: [{ name: NAME, type: 'AAAA', class: 'IN', ttl: 60, data: '4000::1' }], authorities: [] },
    { type: 'AAAA', answers: [], authorities: [SOA] },
];
/**
 * Reads once, and drops, an answer of each shape in SHAPES, and checks its addresses as answers'
 * are checked (both are refused). Called once the queries are sent: V8 compiles
 * code the first time it runs, and the first real answers would otherwise wait, a millisecond or
 * two in all, for the decoder, the strict reader and the address check to be compiled, with every
 * answer behind them in the queue. Nothing it reads reaches a lookup: the readings are returned
 * for tests.
 */
function rehearseReading() {
    const readings = SHAPES.map((shape) => {
        const query = buildQuery(NAME, shape.type);
        const answer = dns_packet.encode({
            id: query.id,
            type: 'response',
            flags: dns_packet.RECURSION_DESIRED | dns_packet.RECURSION_AVAILABLE,
            questions: [{ name: NAME, type: shape.type, class: 'IN' }],
            answers: shape.answers,
            authorities: shape.authorities,
        });
        const decoded = decodeAnswer(answer);
        return decoded.ok ? readAnswer(decoded.packet, query) : { kind: 'failed', code: decoded.code, reason: decoded.reason };
    });
    observeHosts(readings.flatMap((outcome, i) => (outcome.kind === 'follow' ? [] : [{ server: 'rehearsal', host: NAME, type: SHAPES[i]?.type ?? 'A', outcome }])), ['A', 'AAAA']);
    return readings;
}

;// CONCATENATED MODULE: ./lib/concurrency.js
/** Maps over items with at most `limit` calls in flight, keeping the input order in the result. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./lib/dns/resolve-all.js

/**
 * Asks every server for every host and record type, each query once (hosts listed in several
 * groups are asked once), with at most `concurrency` queries in flight.
 */
async function resolveAll(hosts, types, servers, concurrency) {
    const queries = [];
    for (const host of new Set(hosts)) {
        for (const type of types)
            for (const resolver of servers)
                queries.push({ resolver, host, type });
    }
    return mapBounded(queries, concurrency, async ({ resolver, host, type }) => ({
        server: resolver.server,
        host,
        type,
        outcome: await resolver.lookup(host, type),
    }));
}

;// CONCATENATED MODULE: ./lib/errors.js
/** A problem the user can fix: the message says what is wrong and what to do. */
class UserError extends Error {
    name = 'UserError';
}
/** An input (action input or command-line option) with a value that cannot be used. */
class InputError extends UserError {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input "${input}" has the value ${JSON.stringify(value)}, but ${expected}.`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/** The lock file cannot be read. It is never overwritten in that state. */
class LockFileError extends UserError {
    name = 'LockFileError';
}
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
/**
 * `text` with every secret replaced by `***`, as given and URL-encoded (a server may echo a token
 * in either form, in an error body or a URL it quotes).
 */
function redact(text, secrets) {
    const forms = [...secrets].flatMap((secret) => (secret === '' ? [] : [secret, encodeURIComponent(secret)]));
    let clean = text;
    for (const form of forms.sort((a, b) => b.length - a.length))
        clean = clean.split(form).join('***');
    return clean;
}

;// CONCATENATED MODULE: ./lib/dns/server-spec.js



/**
 * Public resolvers by short name, at the DNS-over-HTTPS endpoints their operators document:
 * developers.cloudflare.com/1.1.1.1/encryption/dns-over-https, developers.google.com/speed/public-dns/docs/doh,
 * quad9.net/service/service-addresses-and-features (the filtering, DNSSEC-validating service).
 */
const PUBLIC_RESOLVERS = {
    cloudflare: 'https://cloudflare-dns.com/dns-query',
    google: 'https://dns.google/dns-query',
    quad9: 'https://dns.quad9.net/dns-query',
};
const DOT_PORT = 853;
const FORMS = 'each DNS server must be an IP address, ip:port or [ipv6]:port (plain DNS, such as 1.1.1.1 or [2606:4700:4700::1111]:53), ' +
    'https://host[:port]/path (DNS over HTTPS, such as https://dns.google/dns-query), ' +
    'tls://host[:port] or tls://address[:port]#name (DNS over TLS, such as tls://1.1.1.1#one.one.one.one), ' +
    `runner (the runner's own resolvers), or one of ${Object.keys(PUBLIC_RESOLVERS).join(', ')}`;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// node:net (about 2 ms to load) only for the https:// and tls:// forms: plain servers go out first.
const isIP = (text) => (0,node_builtins/* nodeNet */.SM)().isIP(text);
function server_spec_isHostName(value) {
    const host = value.toLowerCase().replace(/\.$/, '');
    return host.length <= 253 && !isIP(host) && !/^[\d.]+$/.test(host) && host.split('.').every((label) => LABEL.test(label));
}
/**
 * Checks one configured server and returns its canonical text, the form settings keep and runs
 * name: short names expanded, host names in lower case, the DNS-over-TLS port always written.
 */
function parseDnsServer(value, input = 'dns-servers') {
    const lower = value.toLowerCase();
    const fail = (expected = FORMS) => {
        throw new InputError(input, value, expected);
    };
    if (lower === 'runner')
        return 'runner';
    // An own key only: `constructor` or `toString` is not a resolver's short name.
    const named = Object.hasOwn(PUBLIC_RESOLVERS, lower) ? PUBLIC_RESOLVERS[lower] : undefined;
    if (named)
        return named;
    if (lower.startsWith('https://'))
        return parseHttps(value, fail);
    if (lower.startsWith('tls://'))
        return parseTls(value, fail);
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower)) {
        fail(`the scheme ${JSON.stringify(lower.split('://')[0])} is not one it speaks: ${FORMS}`);
    }
    return parsePlain(value, fail);
}
function parsePlain(value, fail) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
    const v4WithPort = /^([\d.]+):(\d+)$/.exec(value);
    const [address, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [value, undefined];
    const parsed = parseAddress(address);
    if (!parsed || (port !== undefined && !validPort(port)))
        return fail();
    const canonical = parsed.toString();
    if (port === undefined)
        return canonical;
    return canonical.includes(':') ? `[${canonical}]:${Number(port)}` : `${canonical}:${Number(port)}`;
}
function parseHttps(value, fail) {
    // The URL parser would quietly add a path and drop credentials' meaning; the raw text decides.
    const shape = /^https:\/\/([^/?#@]+)(\/[^#\s]*)$/i.exec(value);
    if (!shape) {
        if (/^https:\/\/[^/?#]*@/i.test(value))
            fail('a DNS-over-HTTPS URL must not carry a user name or password');
        if (value.includes('#'))
            fail('a DNS-over-HTTPS URL takes no #fragment; the certificate is always checked against its host');
        return fail(`a DNS-over-HTTPS server must be https://host[:port]/path with the path written out, such as https://dns.google/dns-query`);
    }
    const authority = shape[1] ?? '';
    const port = /:([^:\]]*)$/.exec(authority.replace(/^\[[^\]]*\]/, ''))?.[1];
    const hostPart = port === undefined ? authority : authority.slice(0, -port.length - 1);
    const host = hostPart.replace(/^\[|\]$/g, '');
    const expected = 'a DNS-over-HTTPS server must be https://host[:port]/path, with a host name or IP address and a port from 1 to 65535';
    if ((!server_spec_isHostName(host) && !isIP(host)) || (port !== undefined && !validPort(port)))
        return fail(expected);
    try {
        return new URL(value).href;
    }
    catch {
        return fail(expected);
    }
}
function parseTls(value, fail) {
    const shape = /^tls:\/\/(\[[^\]]+\]|[^:/#[\]]+)(?::(\d+))?(?:#(.+))?$/i.exec(value);
    const expected = 'a DNS-over-TLS server must be tls://host[:port] or tls://address[:port]#name, such as tls://dns.google or tls://1.1.1.1#one.one.one.one';
    if (!shape)
        return fail(expected);
    const rawHost = (shape[1] ?? '').replace(/^\[|\]$/g, '');
    const port = shape[2] ?? String(DOT_PORT);
    const name = shape[3];
    const address = parseAddress(rawHost);
    if (!validPort(port))
        return fail(expected);
    if (name !== undefined && !server_spec_isHostName(name))
        fail(`the name after # must be the host name on the server's certificate, such as one.one.one.one`);
    if (!address && !server_spec_isHostName(rawHost))
        return fail(expected);
    const host = address ? address.toString() : rawHost.toLowerCase().replace(/\.$/, '');
    const shown = host.includes(':') ? `[${host}]` : host;
    return `tls://${shown}:${Number(port)}${name === undefined ? '' : `#${name.toLowerCase().replace(/\.$/, '')}`}`;
}
function validPort(port) {
    return /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65_535;
}
/** Reads back a server text that parseDnsServer made. */
function serverSpec(canonical) {
    if (canonical === 'runner')
        return { kind: 'runner' };
    if (canonical.startsWith('https://'))
        return { kind: 'https', url: canonical };
    const tls = /^tls:\/\/(\[[^\]]+\]|[^:#]+):(\d+)(?:#(.+))?$/.exec(canonical);
    if (tls) {
        const host = (tls[1] ?? '').replace(/^\[|\]$/g, '');
        return { kind: 'tls', host, port: Number(tls[2]), ...(tls[3] === undefined ? {} : { name: tls[3] }) };
    }
    return { kind: 'plain', server: canonical };
}
/**
 * The servers a run asks, each on its own: `runner`, or no server configured at all, stands for
 * the runner's own resolvers (from /etc/resolv.conf). A server named twice is asked once.
 */
function serversToAsk(configured, runnerServers) {
    if (configured.length === 0)
        return runnerServers();
    return [...new Set(configured.flatMap((server) => (server === 'runner' ? runnerServers() : [server])))];
}

;// CONCATENATED MODULE: ./lib/dns/system-servers.js

/** The servers the runner itself uses, from /etc/resolv.conf: asked each on its own, like configured ones. */
function systemServers() {
    // Loaded here, not at start-up: most runs name their servers, and node:dns costs a millisecond.
    return (0,node_builtins/* nodeDns */.YV)().getServers();
}

// EXTERNAL MODULE: ./lib/dns/connection-failure.js
var connection_failure = __nccwpck_require__(681);
;// CONCATENATED MODULE: ./lib/dns/server-address.js

const DNS_PORT = 53;
/**
 * `ip`, `ip:port` or `[ipv6]:port` (what `dns-servers` holds once read), and a bare IPv6 address,
 * possibly with a zone (what the runner's /etc/resolv.conf can hold).
 */
function parseServerAddress(server) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
    const v4WithPort = /^([\d.]+):(\d+)$/.exec(server);
    const [host, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [server, undefined];
    // A zone (`fe80::1%eth0`) is kept for the socket; the address before it must parse.
    const parsed = parseAddress(host.split('%')[0] ?? '');
    const number = port === undefined ? DNS_PORT : Number(port);
    if (!parsed || (parsed.kind() === 'ipv4' && bracketed) || !(number >= 1 && number <= 65535)) {
        throw new Error(`"${server}" is not a DNS server address (ip, ip:port or [ipv6]:port)`);
    }
    return { host, port: number, family: parsed.kind() === 'ipv6' ? 6 : 4 };
}

// EXTERNAL MODULE: ./lib/dns/pending-exchange.js + 1 modules
var pending_exchange = __nccwpck_require__(466);
;// CONCATENATED MODULE: ./lib/dns/exchange-deadline.js



/**
 * Runs one exchange until it settles once: by its answer, its failure, the timeout or the abort
 * signal (or `closing`, the transport's own). `start` opens what the exchange needs (a socket, a
 * connection) and returns how to release it; that runs exactly once, however the exchange ends, so
 * nothing outlives it. The settling itself is pendingExchange's, shared with the encrypted transports.
 */
function withDeadline(options, start, closing) {
    let release;
    const pending = (0,pending_exchange/* pendingExchange */.x)(options, () => release?.(), closing);
    if (pending.settled)
        return pending.answer;
    try {
        const opened = start(pending);
        // start may have settled synchronously (a socket that failed at once).
        if (pending.settled)
            opened();
        else
            release = opened;
    }
    catch (error) {
        pending.reject(networkFailure(error, 'could not send the query'));
    }
    return pending.answer;
}
/** The 16-bit ID every DNS message starts with; undefined for fewer than 12 bytes (not a DNS header). */
function messageId(message) {
    if (message.length < 12)
        return undefined;
    return ((message[0] ?? 0) << 8) | (message[1] ?? 0);
}
/** A socket or connection error as a TransportError, keeping Node's code so that it can be searched for. */
function networkFailure(error, what) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ENETWORK';
    const message = error instanceof Error ? error.message : String(error);
    const known = (0,connection_failure/* connectionReason */.R2)(code);
    // Node's message ("connect ENETUNREACH 192.0.2.1:53") names the server; the words say why.
    return new transport/* TransportError */.w(code, `${what}: ${known ? `${known}, ${message}` : message}`);
}

;// CONCATENATED MODULE: ./lib/dns/tcp-exchange.js



/**
 * One query over a fresh TCP connection, each message framed by its 2-byte length (RFC 1035
 * section 4.2.2). A message with another ID is skipped; the connection closes with the answer.
 */
function tcpExchange(server, query, options, closing) {
    const id = messageId(query);
    return withDeadline(options, (settle) => {
        // node:net (about 2 ms to load) is loaded only when an answer comes back truncated.
        const socket = (0,node_builtins/* nodeNet */.SM)().connect({ host: server.host, port: server.port });
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
                if (messageId(message) === id)
                    return settle.resolve(message);
            }
        });
        socket.on('error', (error) => settle.reject(networkFailure(error, 'TCP exchange failed')));
        socket.on('close', () => settle.reject(new transport/* TransportError */.w('ECONNRESET', 'TCP connection closed before the answer')));
        return () => socket.destroy();
    }, closing);
}

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = require("node:dgram");
var external_node_dgram_default = /*#__PURE__*/__nccwpck_require__.n(external_node_dgram_namespaceObject);
;// CONCATENATED MODULE: ./lib/dns/udp-exchange.js


/**
 * One query over UDP, from a fresh socket: the operating system gives it a random source port,
 * which with the random ID is what makes a forged answer hard to land (RFC 5452). The socket is
 * connected, so the kernel drops datagrams from any other address; a datagram whose ID or source
 * port is not the query's is ignored and the wait goes on, so a forgery sent first cannot take the
 * real answer's place.
 */
function udpExchange(server, query, options, closing) {
    const id = messageId(query);
    return withDeadline(options, (settle) => {
        const socket = external_node_dgram_default().createSocket({ type: server.family === 6 ? 'udp6' : 'udp4', lookup: noLookup });
        socket.on('message', (message, remote) => {
            if (remote.port === server.port && messageId(message) === id)
                settle.resolve(message);
        });
        socket.on('error', (error) => settle.reject(networkFailure(error, 'UDP exchange failed')));
        const failed = (error) => {
            if (error)
                settle.reject(networkFailure(error, 'UDP exchange failed'));
        };
        // A connect that fails (no route to the server: ENETUNREACH) calls back with its error, and
        // the socket is then not connected: sending on it would fail on its arguments, not the network.
        socket.connect(server.port, server.host, (error) => {
            if (error)
                return failed(error);
            try {
                socket.send(query, failed);
            }
            catch (thrown) {
                // The socket was closed meanwhile: the exchange is already over.
                failed(thrown);
            }
        });
        return () => socket.close();
    }, closing);
}
/**
 * The server is an IP address (server-address.ts parses it), and so is the address a socket binds
 * to: there is nothing to look up. Node's own lookup would still go through node:dns and a tick,
 * twice per query, before the query leaves.
 */
function noLookup(address, _family, callback) {
    callback(null, address, address.includes(':') ? 6 : 4);
}

;// CONCATENATED MODULE: ./lib/dns/plain-transport.js



// The TC bit: the answer did not fit in the datagram.
const TRUNCATED = 0x02;
/**
 * Plain DNS on port 53 or another: each query over UDP, and again over TCP to the same server when
 * the answer comes back truncated (RFC 7766), never read from the truncated datagram.
 */
function createPlainTransport(server) {
    const address = parseServerAddress(server);
    const closing = new AbortController();
    return {
        server,
        async exchange(query, options) {
            const answer = await udpExchange(address, query, options, closing.signal);
            if (((answer[2] ?? 0) & TRUNCATED) === 0)
                return answer;
            return tcpExchange(address, query, options, closing.signal);
        },
        close() {
            closing.abort();
        },
    };
}

;// CONCATENATED MODULE: ./lib/dns/transports.js



/**
 * The transport a server's form calls for: `https://` is DNS over HTTPS, `tls://` DNS over TLS,
 * and `ip`, `ip:port` or `[ipv6]:port` plain DNS. Every one carries bytes only: the resolver above
 * reads each answer by the same rules, whatever brought it.
 */
function createTransport(server, trust = {}) {
    const spec = serverSpec(server);
    if (spec.kind === 'https') {
        return loadedOnFirstUse(server, async () => {
            const [{ createHttpsTransport }, http2] = await Promise.all([__nccwpck_require__.e(/* import() */ 341).then(__nccwpck_require__.bind(__nccwpck_require__, 341)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 467, 23))]);
            return createHttpsTransport(spec.url, trust, http2.connect);
        });
    }
    if (spec.kind === 'tls') {
        return loadedOnFirstUse(server, async () => {
            const [{ createTlsTransport }, tls] = await Promise.all([__nccwpck_require__.e(/* import() */ 325).then(__nccwpck_require__.bind(__nccwpck_require__, 325)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 692, 23))]);
            return createTlsTransport(spec, trust, tls);
        });
    }
    return createPlainTransport(server);
}
/**
 * A transport whose code, and Node's TLS and HTTP/2 (about 12 ms to load), are loaded when a run
 * first sends through it: a run over plain DNS never pays for them (nor for node:crypto, see
 * tls-transport.ts), and the code that sends the first query stays small.
 */
function loadedOnFirstUse(server, load) {
    let loaded;
    let closed = false;
    return {
        server,
        async exchange(query, options) {
            if (closed)
                throw (0,connection_failure/* cancelled */.KW)();
            loaded ??= load();
            const transport = await loaded;
            if (closed)
                throw (0,connection_failure/* cancelled */.KW)();
            return transport.exchange(query, options);
        },
        close() {
            closed = true;
            void loaded?.then((transport) => transport.close());
        },
    };
}

;// CONCATENATED MODULE: ./lib/dns/resolve-hosts.js







/** Queries in flight at once: enough to ask a full preset in one round trip, few enough for any resolver. */
const DNS_CONCURRENCY = 128;
/** One resolver per configured DNS server, and per resolver of the runner where `runner` is named or nothing is. */
function createResolvers(settings, options = {}) {
    const { trust, ...rest } = options;
    const timing = { timeoutMs: settings.dnsTimeoutMs, attempts: settings.dnsAttempts, ...rest };
    return serversToAsk(settings.dnsServers, systemServers).map((server) => createPacketResolver(createTransport(server, trust), timing));
}
/**
 * Sends every query now and returns at once: the caller does its other work during the round trip,
 * and cancels when it fails early, so that nothing waits for answers no one will use.
 */
function askDns(settings, options = {}) {
    const resolvers = createResolvers(settings, options);
    const observed = resolveHosts(settings, resolvers);
    return {
        observed,
        // The socket steps are process.nextTick callbacks: by the check phase they have all run. The
        // reader is then rehearsed, while the answers travel (reading-rehearsal.ts).
        sent: new Promise((resolve) => setImmediate(() => {
            rehearseReading();
            resolve();
        })),
        servers: resolvers.map((resolver) => resolver.server),
        cancel() {
            for (const resolver of resolvers)
                resolver.cancel();
        },
    };
}
/**
 * Asks every server about every configured host. The queries start before this returns (and leave
 * when the caller yields), so a caller can do its other work during the round trip. Never
 * rejects: failures are outcomes.
 */
async function resolveHosts(settings, resolvers) {
    const hosts = [...new Set(settings.groups.flatMap((group) => group.hosts))];
    const lookups = await resolveAll(hosts, settings.recordTypes, resolvers, DNS_CONCURRENCY);
    return { hosts, observations: observeHosts(lookups, settings.recordTypes) };
}

;// CONCATENATED MODULE: ./lib/agreement.js


/**
 * The addresses of one record type that every configured server returned. Under `add-when: all`
 * only these may enter the lock: one forged or broken path cannot add an address on its own, and
 * a server that failed has agreed to nothing (an attacker who forges one path and blocks the
 * other must not get the forged address in), so while one failed nothing is agreed.
 */
function agreedAddresses(observation, type) {
    if (failedServers(observation, type).length > 0)
        return new Set();
    const answers = observation.answers.filter((answer) => answer.type === type);
    const [first, ...rest] = answers;
    return new Set((first?.addresses ?? []).filter((address) => rest.every((answer) => answer.addresses.includes(address))));
}
/** Every address of a host that the servers that answered do not all agree on. */
function disputedAddresses(observation) {
    const disputed = [];
    for (const type of ['A', 'AAAA']) {
        const answers = observation.answers.filter((answer) => answer.type === type);
        for (const address of sortAddresses(new Set(answers.flatMap((answer) => answer.addresses)))) {
            const from = answers.filter((answer) => answer.addresses.includes(address)).map((answer) => answer.server);
            if (from.length === answers.length)
                continue;
            const notFrom = answers.filter((answer) => !answer.addresses.includes(address)).map((answer) => answer.server);
            disputed.push({ host: observation.host, type, address, from, notFrom });
        }
    }
    return disputed;
}
/**
 * For one host and type some server failed for while another answered: what the lock did not do
 * because of it. `before` is what the lock held for the host, `after` what it holds now.
 */
function heldBack(observation, type, before, after) {
    const failed = failedServers(observation, type);
    const decided = observation.decided[type];
    if (failed.length === 0 || decided === undefined)
        return undefined;
    const answers = observation.answers.filter((answer) => answer.type === type);
    const ofType = (address) => isIPv6(address) === (type === 'AAAA');
    const agreedByAnswering = decided.filter((address) => answers.every((answer) => answer.addresses.includes(address)));
    return {
        host: observation.host,
        type,
        failed,
        answered: answers.map((answer) => answer.server),
        additions: agreedByAnswering.filter((address) => !after.has(address)),
        kept: sortAddresses([...before].filter((address) => ofType(address) && !decided.includes(address) && after.has(address))),
    };
}

;// CONCATENATED MODULE: ./lib/lock/types.js
const LOCK_VERSION = 1;
/**
 * `record[key]` when the record itself holds the key. Environment and host names come from the
 * lock and the inputs: a name such as `constructor` must never read Object.prototype's member.
 */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** An empty record with no prototype: any key, `__proto__` included, is an ordinary key. */
function emptyRecord() {
    return Object.create(null);
}

;// CONCATENATED MODULE: ./lib/diff.js


function diffLocks(previous, next, removalGraceMs) {
    const names = [...new Set([...Object.keys(previous?.environments ?? {}), ...Object.keys(next.environments)])].sort();
    const environments = [];
    for (const name of names) {
        const before = own(previous?.environments, name);
        const after = own(next.environments, name);
        const hostNames = [...new Set([...Object.keys(before?.hosts ?? {}), ...Object.keys(after?.hosts ?? {})])].sort();
        const hosts = [];
        for (const host of hostNames) {
            const a = own(before?.hosts, host);
            const b = own(after?.hosts, host);
            const change = { host, added: minus(b ?? [], a ?? []), removed: minus(a ?? [], b ?? []) };
            if (!a)
                change.presence = 'new';
            if (!b)
                change.presence = 'dropped';
            if (change.added.length || change.removed.length || change.presence)
                hosts.push(change);
        }
        const previouslyDeparting = before?.departing ?? {};
        const departing = Object.entries(after?.departing ?? {})
            .filter(([address]) => !Object.hasOwn(previouslyDeparting, address))
            .map(([address, since]) => ({ address, since, until: addMs(since, removalGraceMs) }))
            .sort((a, b) => compareAddresses(a.address, b.address));
        const change = {
            environment: name,
            added: minus(held(after), held(before)),
            removed: minus(held(before), held(after)),
            hosts,
            departing,
        };
        if (!before)
            change.presence = 'new';
        if (!after)
            change.presence = 'dropped';
        if (change.added.length || change.removed.length || hosts.length || departing.length || change.presence) {
            environments.push(change);
        }
    }
    return {
        environments,
        added: sortAddresses(environments.flatMap((e) => e.added)),
        removed: sortAddresses(environments.flatMap((e) => e.removed)),
        drift: previous === undefined || environments.some((e) => e.presence || e.hosts.length > 0),
    };
}
/**
 * What a firewall allows for an environment: the addresses its hosts hold. Read from the hosts
 * rather than the `addresses` list, so no address can be reported added or removed unless a host
 * gained or lost it, and the outputs agree with `changed`.
 */
function held(environment) {
    return environment ? Object.values(environment.hosts).flat() : [];
}
function minus(a, b) {
    const other = new Set(b);
    return sortAddresses(a.filter((x) => !other.has(x)));
}
function addMs(iso, ms) {
    return new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./lib/lock/merge.js




/**
 * The next lock: the previous one brought up to date with what DNS said, under the rules users
 * rely on. Addresses are added as soon as any server returns them, or with `addWhen: 'all'` when
 * every configured server does (none failing). A record type that any server failed for keeps its
 * locked addresses: only every server answering without an address removes it. An address that
 * has so left the environment stays allowed, marked departing, until the removal grace has passed
 * since it was first missed; if it comes back meanwhile the mark simply runs out, so a flapping answer changes
 * nothing. Hosts and environments no longer configured are dropped.
 */
function mergeLock(input) {
    const environments = emptyRecord();
    for (const group of input.groups) {
        const environment = mergeEnvironment(group, input);
        if (environment)
            environments[group.name] = environment;
    }
    const schema = input.previous?.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: LOCK_VERSION, environments };
}
function mergeEnvironment(group, input) {
    const previous = own(input.previous?.environments, group.name);
    const live = new Map();
    // Addresses some DNS answer returned this run, as opposed to ones kept because a lookup failed.
    const answered = new Set();
    // Under add-when all, an address the firewall does not allow yet needs every server to return it;
    // one it allows already stays for as long as any server returns it, so removal is unchanged.
    const allowed = new Set(previous?.addresses ?? []);
    const admit = input.addWhen === 'all'
        ? (observation, type, decided) => {
            const agreed = agreedAddresses(observation, type);
            return decided.filter((address) => agreed.has(address) || allowed.has(address));
        }
        : undefined;
    for (const host of group.hosts) {
        const addresses = liveAddresses(own(previous?.hosts, host), input.observations.get(host), input.types, admit);
        if (!addresses)
            continue;
        live.set(host, addresses.all);
        for (const address of addresses.answered)
            answered.add(address);
    }
    if (!previous && live.size === 0)
        return undefined;
    const liveInEnvironment = new Set([...live.values()].flat());
    const nowIso = isoSeconds(input.now);
    const previouslyDeparting = departingMarks(previous, own(input.departingFrom?.environments, group.name), input.now);
    const inGrace = (since) => input.now.getTime() - Date.parse(since) < input.removalGraceMs;
    const departing = emptyRecord();
    const hosts = emptyRecord();
    for (const [host, addresses] of live) {
        const kept = new Set(addresses);
        for (const address of own(previous?.hosts, host) ?? []) {
            // An address that only moved to another host of the environment needs no grace: the
            // firewall keeps allowing it.
            if (kept.has(address) || liveInEnvironment.has(address))
                continue;
            const since = own(previouslyDeparting, address) ?? nowIso;
            if (inGrace(since)) {
                kept.add(address);
                departing[address] = since;
            }
        }
        hosts[host] = sortAddresses(kept);
    }
    const locked = new Set(Object.values(hosts).flat());
    for (const [address, since] of Object.entries(previouslyDeparting)) {
        if (Object.hasOwn(departing, address) || !locked.has(address))
            continue;
        // Past the grace, an address DNS returns again loses its mark. One that is still locked only
        // because its lookup failed keeps the mark as it was: a failed lookup changes nothing.
        if (inGrace(since) || !answered.has(address))
            departing[address] = since;
    }
    const environment = { addresses: sortAddresses(locked), hosts };
    if (Object.keys(departing).length > 0)
        environment.departing = departing;
    return environment;
}
/**
 * The departing marks the merge starts from: the base's own, and, for an address the base holds
 * without a mark, the proposal's mark when it is not in the future. A mark only ever lets an
 * address go sooner than a fresh one would, so it cannot keep anything allowed; the removal it
 * leads to is still only proposed.
 */
function departingMarks(base, proposal, now) {
    const marks = emptyRecord();
    const held = new Set(base?.addresses ?? []);
    for (const [address, since] of Object.entries(proposal?.departing ?? {})) {
        if (held.has(address) && Date.parse(since) <= now.getTime())
            marks[address] = since;
    }
    for (const [address, since] of Object.entries(base?.departing ?? {}))
        marks[address] = since;
    return marks;
}
/** A host's addresses now: what DNS decided per record type, and the locked ones where it did not. */
function liveAddresses(locked, observation, types, admit) {
    const all = [];
    const answered = [];
    for (const type of types) {
        const union = observation?.decided[type];
        const decided = union && observation && admit ? admit(observation, type, union) : union;
        const lockedOfType = (locked ?? []).filter((a) => isIPv6(a) === (type === 'AAAA'));
        if (decided) {
            all.push(...decided);
            answered.push(...decided);
            // A server that failed may be the honest one: what the others leave out is not gone.
            if (observation && failedServers(observation, type).length > 0)
                all.push(...lockedOfType.filter((a) => !decided.includes(a)));
        }
        else {
            all.push(...lockedOfType);
        }
    }
    // A host never locked and not resolved now stays out: a failed lookup is not a change.
    const anyDecided = types.some((type) => observation?.decided[type] !== undefined);
    if (!anyDecided && locked === undefined)
        return undefined;
    return { all, answered };
}
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./lib/lock/serialize.js


/**
 * The lock's one text form: keys sorted, addresses in numeric order with IPv4 first, 2-space
 * indent, final newline. The same DNS data always gives the same bytes, so a lock only shows in a
 * diff when something really changed.
 */
function serializeLock(lock) {
    const environments = emptyRecord();
    for (const name of Object.keys(lock.environments).sort()) {
        environments[name] = normalizeEnvironment(lock.environments[name]);
    }
    const schema = lock.$schema === undefined ? {} : { $schema: lock.$schema };
    return `${JSON.stringify({ ...schema, environments, version: lock.version }, null, 2)}\n`;
}
function normalizeEnvironment(environment) {
    const hosts = emptyRecord();
    for (const host of Object.keys(environment.hosts).sort()) {
        hosts[host] = sortAddresses(environment.hosts[host] ?? []);
    }
    const normalized = { addresses: sortAddresses(Object.values(hosts).flat()), hosts };
    const departing = Object.entries(environment.departing ?? {});
    if (departing.length > 0) {
        const byAddress = new Map(departing);
        // Written between addresses and hosts: the order keys are sorted in.
        return {
            addresses: normalized.addresses,
            departing: Object.fromEntries(sortAddresses(byAddress.keys()).map((a) => [a, byAddress.get(a)])),
            hosts,
        };
    }
    return normalized;
}

;// CONCATENATED MODULE: ./lib/engine.js






/** The next lock and what changed, from what DNS said: plain data in, plain data out. */
function lockFromObservations(request) {
    const { settings, observed, previous, pending } = request;
    const next = mergeLock({
        previous: request.mergeInto ?? previous,
        departingFrom: pending,
        groups: settings.groups,
        observations: observed.observations,
        types: settings.recordTypes,
        now: request.now,
        removalGraceMs: settings.removalGraceMs,
        addWhen: settings.addWhen,
    });
    const nextText = serializeLock(next);
    const hosts = observed.hosts.map((host) => {
        const observation = observed.observations.get(host) ?? { host, decided: {}, answers: [], noSuchHost: false, failures: [], rejected: [] };
        return {
            host,
            groups: settings.groups.filter((g) => g.hosts.includes(host)).map((g) => g.name),
            status: hostStatus(observation, settings.recordTypes),
            observation,
        };
    });
    const previousText = previous && (request.previousText ?? serializeLock(previous));
    const held = heldBackBy(hosts, request.mergeInto ?? previous, next, settings.recordTypes);
    return {
        previous,
        previousText,
        next,
        nextText,
        lockChanged: previousText !== nextText,
        diff: diffLocks(previous, next, settings.removalGraceMs),
        hosts,
        failedHosts: hosts.filter((h) => h.status === 'failed' || h.status === 'partial'),
        withheld: withheldAddresses(hosts, next),
        dropped: droppedAddresses(pending, previous, next, settings.groups.map((g) => g.name)),
        heldBack: held,
        blockedHosts: [...new Set(held.filter((h) => h.additions.length > 0 || h.kept.length > 0).map((h) => h.host))],
    };
}
/** What the proposal held that the next lock does not and the base never did: never proposed again. */
function droppedAddresses(pending, base, next, configured) {
    return configured.flatMap((environment) => {
        const proposed = own(pending?.environments, environment);
        if (!proposed)
            return [];
        const held = new Set([...(own(base?.environments, environment)?.addresses ?? []), ...(own(next.environments, environment)?.addresses ?? [])]);
        return proposed.addresses.filter((address) => !held.has(address)).map((address) => ({ environment, address }));
    });
}
/** What servers that failed, while others answered, kept the lock from doing, host by host and type by type. */
function heldBackBy(hosts, before, next, types) {
    const locked = (lock, report) => new Set(report.groups.flatMap((group) => own(own(lock?.environments, group)?.hosts, report.host) ?? []));
    return hosts.flatMap((report) => {
        const was = locked(before, report);
        const now = locked(next, report);
        return types.flatMap((type) => heldBack(report.observation, type, was, now) ?? []);
    });
}
/** The disputed addresses that the next lock does not hold for their host: what add-when all kept out. */
function withheldAddresses(hosts, next) {
    return hosts.flatMap((report) => disputedAddresses(report.observation).filter((disputed) => !report.groups.some((group) => next.environments[group]?.hosts[report.host]?.includes(disputed.address))));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./lib/lock/duplicate-keys.js
// A JSON text whose object repeats a key is ambiguous: JSON.parse keeps the last, other readers the
// first or refuse it. A lock is a security control; what a reviewer reads must be what the action
// acts on, so a repeated key makes the lock malformed in every mode.
/** Each repeated key of a JSON text that JSON.parse accepted, as `path key "name"`, in order of appearance. */
function duplicateKeys(text) {
    const found = [];
    // One frame per open object or array: the keys seen in an object and the path to it.
    const stack = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            const end = stringEnd(text, i);
            const literal = text.slice(i, end);
            const frame = stack[stack.length - 1];
            let j = end;
            while (j < text.length && /\s/.test(text[j]))
                j++;
            if (frame?.keys && text[j] === ':') {
                const key = JSON.parse(literal);
                if (frame.keys.has(key))
                    found.push(`${frame.path || '(top level)'} key ${JSON.stringify(key)}`);
                frame.keys.add(key);
                frame.key = key;
            }
            i = end;
            continue;
        }
        if (c === '{' || c === '[') {
            const parent = stack[stack.length - 1];
            const step = parent === undefined ? '' : parent.keys ? `/${parent.key ?? ''}` : `/${parent.index}`;
            stack.push({ keys: c === '{' ? new Set() : undefined, path: `${parent?.path ?? ''}${step}`, index: 0 });
        }
        else if (c === '}' || c === ']')
            stack.pop();
        else if (c === ',') {
            const frame = stack[stack.length - 1];
            if (frame && !frame.keys)
                frame.index++;
        }
        i++;
    }
    return found;
}
/** The index just past the string literal that opens at `start`. */
function stringEnd(text, start) {
    let i = start + 1;
    while (i < text.length && text[i] !== '"')
        i += text[i] === '\\' ? 2 : 1;
    return i + 1;
}

;// CONCATENATED MODULE: ./lib/lock/validate.js


// The lock decides who may reach a merchant's payment endpoints, and anyone who can push or open a
// pull request can write it: it is read as untrusted input. The JSON Schema checks its shape; these
// rules check what a schema cannot say.
/** How far ahead of this machine's clock a departing time may be: runners' clocks drift a little. */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Checks one environment and returns it in canonical form, or the problems that make it
 * malformed. Every address must be a public unicast address (the rule DNS answers are held to);
 * `addresses` must be exactly the union of the hosts' addresses; host names must be host names;
 * a departing time must be a real UTC instant no later than now (plus clock skew), for an
 * address the environment holds. Forms that are valid but not canonical (upper-case hex, an
 * unsorted list) are accepted and rewritten, so they read as a change.
 */
function validateEnvironment(raw, now) {
    const problems = [];
    const canonical = (text, where) => {
        const check = checkAddress(text);
        if (check.ok)
            return check.address;
        problems.push(`${where} lists ${JSON.stringify(text)}: ${check.reason}`);
        return undefined;
    };
    const hosts = emptyRecord();
    for (const [written, list] of Object.entries(raw.hosts)) {
        // ASCII letters only are folded: toLowerCase() would also turn the Kelvin sign into a `k`.
        const host = written.replace(/[A-Z]/g, (letter) => letter.toLowerCase()).replace(/\.$/, '');
        if (!validate_isHostName(host)) {
            problems.push(`${JSON.stringify(written)} is not a host name (dot-separated labels of letters, digits and inner hyphens, 63 at most each, 253 in all)`);
            continue;
        }
        if (Object.hasOwn(hosts, host)) {
            problems.push(`host ${JSON.stringify(written)} appears twice`);
            continue;
        }
        hosts[host] = sortAddresses(list.flatMap((text) => canonical(text, `host ${host}`) ?? []));
    }
    const held = new Set(Object.values(hosts).flat());
    const listed = new Set(raw.addresses.flatMap((text) => canonical(text, '"addresses"') ?? []));
    for (const address of sortAddresses(listed)) {
        if (!held.has(address))
            problems.push(`"addresses" lists ${address}, which no host holds`);
    }
    for (const address of sortAddresses(held)) {
        if (!listed.has(address))
            problems.push(`${address} of ${hostsHolding(hosts, address)} is missing from "addresses"`);
    }
    const environment = { addresses: sortAddresses(held), hosts };
    if (raw.departing) {
        const departing = emptyRecord();
        for (const [text, since] of Object.entries(raw.departing)) {
            const address = canonical(text, '"departing"');
            const timeProblem = instantProblem(since, now);
            if (timeProblem)
                problems.push(`the departing time of ${address ?? JSON.stringify(text)}, ${JSON.stringify(since)}, ${timeProblem}`);
            if (address === undefined)
                continue;
            if (!held.has(address))
                problems.push(`"departing" marks ${address}, which no host holds`);
            departing[address] = since;
        }
        environment.departing = departing;
    }
    return { environment, problems };
}
const validate_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** A host name in lower case without a final dot: LDH labels of 1-63 characters, 253 in all, two labels at least. */
function validate_isHostName(name) {
    const labels = name.split('.');
    return name.length <= 253 && labels.length >= 2 && labels.every((label) => validate_LABEL.test(label));
}
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Why `text` is not a UTC instant in whole seconds no later than `now` (plus skew); undefined when it is one. */
function instantProblem(text, now) {
    const time = Date.parse(text);
    // Date.parse rolls some impossible dates over (2026-02-30 becomes March 2nd): the instant must
    // print back as the very text it was read from.
    if (!ISO_SECONDS.test(text) || Number.isNaN(time) || new Date(time).toISOString() !== text.replace(/Z$/, '.000Z')) {
        return 'is not a real UTC time such as 2026-11-24T08:00:00Z';
    }
    if (time > now.getTime() + CLOCK_SKEW_MS)
        return `is in the future (now is ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')})`;
    return undefined;
}
function hostsHolding(hosts, address) {
    return Object.keys(hosts)
        .filter((host) => hosts[host]?.includes(address))
        .join(', ');
}

;// CONCATENATED MODULE: ./lib/lock/validator.generated.js
// Generated by scripts/generate-lock-validator.mjs from schema/ips.lock.schema.json. Do not edit.
// @ts-nocheck

const validate = validate10;
/* harmony default export */ const validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/vipps-ip-lock/vipps-ip-lock/blob/main/schema/ips.lock.schema.json", "title": "vipps-ip-lock lock file", "description": "The addresses of the Vipps MobilePay servers, as resolved by vipps-ip-lock.", "type": "object", "required": ["version", "environments"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Format version of the lock file." }, "environments": { "type": "object", "description": "One entry per environment (production, disaster-recovery, test, or a custom group). vipps-ip-lock reads the lock as untrusted input and refuses one that breaks a rule a schema cannot state: every address a public unicast address, `addresses` exactly the union of the hosts' addresses, host names valid, departing times real and not in the future.", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "additionalProperties": { "type": "object", "required": ["addresses", "hosts"], "properties": { "addresses": { "description": "Every address of the environment's hosts (exactly their union), IPv4 first, in numeric order. Public unicast addresses only.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "hosts": { "description": "Each host name (dot-separated labels of letters, digits and inner hyphens) with its addresses.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" }, "uniqueItems": true } }, "departing": { "description": "Addresses of this environment that left DNS and stay allowed during the removal grace, with when they left (a UTC time no later than now).", "type": "object", "additionalProperties": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" } } } } } } };
const pattern0 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/vipps-ip-lock/vipps-ip-lock/blob/main/schema/ips.lock.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.environments === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property '" + "environments" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.$schema !== undefined) {
        if (typeof data.$schema !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        if (1 !== data.version) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.environments !== undefined) {
        let data2 = data.environments;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key0 in data2) {
                const _errs6 = errors;
                if (typeof key0 === "string") {
                    if (!pattern0.test(key0)) {
                        const err4 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", propertyName: key0 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                var valid1 = _errs6 === errors;
                if (!valid1) {
                    const err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.addresses === undefined) {
                        const err6 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "addresses" }, message: "must have required property '" + "addresses" + "'" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data3.hosts === undefined) {
                        const err7 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property '" + "hosts" + "'" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (data3.addresses !== undefined) {
                        let data4 = data3.addresses;
                        if (Array.isArray(data4)) {
                            const len0 = data4.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                if (typeof data4[i0] !== "string") {
                                    const err8 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/addresses/" + i0, schemaPath: "#/properties/environments/additionalProperties/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err8];
                                    }
                                    else {
                                        vErrors.push(err8);
                                    }
                                    errors++;
                                }
                            }
                            let i1 = data4.length;
                            let j0;
                            if (i1 > 1) {
                                const indices0 = {};
                                for (; i1--;) {
                                    let item0 = data4[i1];
                                    if (typeof item0 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices0[item0] == "number") {
                                        j0 = indices0[item0];
                                        const err9 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/addresses", schemaPath: "#/properties/environments/additionalProperties/properties/addresses/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                        if (vErrors === null) {
                                            vErrors = [err9];
                                        }
                                        else {
                                            vErrors.push(err9);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices0[item0] = i1;
                                }
                            }
                        }
                        else {
                            const err10 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/addresses", schemaPath: "#/properties/environments/additionalProperties/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data3.hosts !== undefined) {
                        let data6 = data3.hosts;
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            for (const key2 in data6) {
                                let data7 = data6[key2];
                                if (Array.isArray(data7)) {
                                    const len1 = data7.length;
                                    for (let i2 = 0; i2 < len1; i2++) {
                                        if (typeof data7[i2] !== "string") {
                                            const err11 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/environments/additionalProperties/properties/hosts/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err11];
                                            }
                                            else {
                                                vErrors.push(err11);
                                            }
                                            errors++;
                                        }
                                    }
                                    let i3 = data7.length;
                                    let j1;
                                    if (i3 > 1) {
                                        const indices1 = {};
                                        for (; i3--;) {
                                            let item1 = data7[i3];
                                            if (typeof item1 !== "string") {
                                                continue;
                                            }
                                            if (typeof indices1[item1] == "number") {
                                                j1 = indices1[item1];
                                                const err12 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/hosts/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                                                if (vErrors === null) {
                                                    vErrors = [err12];
                                                }
                                                else {
                                                    vErrors.push(err12);
                                                }
                                                errors++;
                                                break;
                                            }
                                            indices1[item1] = i3;
                                        }
                                    }
                                }
                                else {
                                    const err13 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/hosts/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hosts", schemaPath: "#/properties/environments/additionalProperties/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data3.departing !== undefined) {
                        let data9 = data3.departing;
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            for (const key3 in data9) {
                                let data10 = data9[key3];
                                if (typeof data10 === "string") {
                                    if (!pattern1.test(data10)) {
                                        const err15 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/departing/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/departing/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err15];
                                        }
                                        else {
                                            vErrors.push(err15);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err16 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/departing/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/departing/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/departing", schemaPath: "#/properties/environments/additionalProperties/properties/departing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
}
else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err20];
    }
    else {
        vErrors.push(err20);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./lib/lock/parse.js




// The schema in schema/ips.lock.schema.json, compiled by ajv at build time (scripts/generate-lock-validator.mjs).

/**
 * Reads a lock file's text as untrusted input. Anything that is not a valid lock (bad JSON, the
 * wrong shape, or values no honest run writes: see validate.ts) raises a LockFileError that names
 * the file and every problem; callers then stop without writing, so a malformed lock is never
 * overwritten and never acted on. `now` bounds departing times.
 */
function parseLock(text, source, now = new Date()) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new LockFileError(`${source} is not valid JSON (${syntaxReason(text, error)}). ${FIX}`);
    }
    const repeated = duplicateKeys(text);
    if (repeated.length > 0) {
        throw new LockFileError(`${source} is malformed: it repeats a JSON key, which readers take differently (one keeps the first, another the last): ${repeated.slice(0, MAX_PROBLEMS).join('; ')}. ${FIX}`);
    }
    const version = typeof data === 'object' && data !== null ? data.version : undefined;
    if (typeof version === 'number' && version > LOCK_VERSION) {
        throw new LockFileError(`${source} has lock format version ${version}, written by a newer vipps-ip-lock; this one reads version ${LOCK_VERSION}. Upgrade vipps-ip-lock.`);
    }
    if (!validate(data)) {
        throw new LockFileError(`${source} is not a valid lock file: ${describe(validate.errors ?? [])}. ${FIX}`);
    }
    const lock = data;
    const environments = emptyRecord();
    const problems = [];
    for (const [name, raw] of Object.entries(lock.environments)) {
        const checked = validateEnvironment(raw, now);
        environments[name] = checked.environment;
        problems.push(...checked.problems.map((problem) => `environment "${name}": ${problem}`));
    }
    if (problems.length > 0) {
        const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : '';
        throw new LockFileError(`${source} is malformed: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${more}. ${FIX}`);
    }
    const schema = lock.$schema;
    return { ...(schema === undefined ? {} : { $schema: schema }), version: LOCK_VERSION, environments };
}
/** parseLock for a lock file that may not exist yet. */
function parseLockIfPresent(text, source, now) {
    return text === undefined ? undefined : parseLock(text, source, now);
}
const MAX_PROBLEMS = 5;
/**
 * Where JSON.parse stopped, never what it found there: its message quotes the file's first bytes,
 * and the file may be a link to something secret.
 */
function syntaxReason(text, error) {
    const message = error instanceof Error ? error.message : '';
    if (text.trim() === '')
        return 'the file is empty';
    if (/Unexpected end of JSON input/.test(message))
        return 'the file ends before the JSON does';
    const position = /at position (\d+)/.exec(message);
    if (!position)
        return 'syntax error';
    const before = text.slice(0, Number(position[1])).split('\n');
    return `syntax error at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
const FIX = 'Fix or delete it; vipps-ip-lock leaves it untouched and acts on nothing in it until it can be read.';
function describe(errors) {
    return (errors
        // A bad key is reported twice: once for its pattern (naming the key), once as "property name must be valid".
        .filter((e) => e.keyword !== 'propertyNames')
        .slice(0, MAX_PROBLEMS)
        .map((e) => `${e.instancePath || '(top level)'}${e.propertyName === undefined ? '' : ` key ${JSON.stringify(e.propertyName)}`} ${e.message ?? 'is invalid'}`)
        .join('; '));
}

;// CONCATENATED MODULE: ./lib/modes/gate-sources.js





const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * Reads the lock and the exports at the event's base (and head, for pull_request_target): from
 * the checkout's git history when it holds the commit, otherwise through the GitHub API in one
 * request. When neither works the gate fails closed, saying which permission to grant: a pull
 * request that cannot be compared is never passed.
 */
async function readGateSources(event, options) {
    const { settings } = options;
    const paths = [settings.lockFile, ...settings.exports.map((e) => e.path)];
    const revisions = event.head ? [event.base, event.head] : [event.base];
    const local = await Promise.all(revisions.map((revision) => filesFromGit(options.root, revision, paths)));
    const remote = local.some((files) => files === undefined) ? await filesFromApi(event, revisions, paths, options) : [];
    const read = revisions.map((_, i) => local[i] ?? remote[i]);
    const [base, head] = (await Promise.all(revisions.map(async (revision, i) => {
        let files = read[i];
        // A commit the repository no longer has (the base was force-pushed): its branch's tip, reviewed as well.
        if (!files?.exists && revision.fallback)
            files = (await filesFromApi(event, [{ ...revision, revision: revision.fallback }], paths, options))[0];
        if (!files?.exists)
            throw unavailable(event, revision, settings, 'the commit does not exist in the repository');
        return files.files;
    })));
    const notes = [];
    let lock;
    try {
        lock = parseLockIfPresent(base.get(settings.lockFile), `${event.base.label}:${settings.lockFile}`, options.now);
    }
    catch (error) {
        // A pull request that repairs a broken base lock must be able to pass: it is compared as if
        // the base held nothing, so every address it has must be one DNS returns now.
        notes.push(`${messageOf(error)} The pull request is compared as if the base held no address.`);
    }
    const exports = new Map(settings.exports.map((e) => [e.path, base.get(e.path)]));
    return { base: { label: event.base.label, lock, exports }, ...(head ? { head } : {}), notes };
}
/** The files at a commit the checkout already has; undefined when it has not (a shallow clone) or git is absent. */
async function filesFromGit(root, revision, paths) {
    if (!revision.sha)
        return undefined;
    const git = (args) => run('git', gitArgs(root, args), { maxBuffer: MAX_FILE_BYTES, encoding: 'buffer', env: gitEnvironment(root) });
    const files = new Map();
    try {
        await git(['cat-file', '-e', `${revision.sha}^{commit}`]);
        for (const file of paths) {
            // The tree says whether the file exists; only then is its content read, so a blob the
            // checkout lacks (a partial clone) is read through the API instead, never taken as missing.
            const listed = (await git(['ls-tree', '--full-tree', '--name-only', '-z', revision.sha, '--', file])).stdout.toString('utf8');
            if (!listed.split('\0').includes(file)) {
                files.set(file, undefined);
                continue;
            }
            const bytes = (await git(['cat-file', 'blob', `${revision.sha}:${file}`])).stdout;
            files.set(file, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        }
    }
    catch {
        // Not in this checkout, or not readable here (too large, not text, a missing object): the API decides.
        return undefined;
    }
    return { exists: true, files };
}
/** Replacement refs could stand another object in for a commit: they are ignored. */
function gitArgs(root, args) {
    return ['--no-replace-objects', '-C', root, ...args];
}
/**
 * Only the repository whose top folder is `root` (git must not find one in a folder above it, where
 * the paths would mean something else), and no lazy fetch of a missing object from a promisor
 * remote: the base is read as it is here, or through the API.
 */
function gitEnvironment(root) {
    return { ...process.env, GIT_CEILING_DIRECTORIES: external_node_path_default().dirname(external_node_path_default().resolve(root)), GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };
}
/** A lock or an export larger than this is not one vipps-ip-lock wrote. */
const MAX_FILE_BYTES = 1 << 20;
async function filesFromApi(event, revisions, paths, options) {
    const { settings } = options;
    const repository = await options.connect();
    if (!repository) {
        throw unavailable(event, event.base, settings, event.name === 'check --base' ? 'git cannot read the commit' : 'no github-token or GITHUB_REPOSITORY to read it with');
    }
    try {
        return await repository.filesAt(revisions.map((r) => r.revision), paths);
    }
    catch (error) {
        throw unavailable(event, event.base, settings, describeRefusal(error));
    }
}
function describeRefusal(error) {
    const graphqlErrors = error?.errors;
    if (Array.isArray(graphqlErrors))
        return `GitHub refused the read: ${graphqlErrors.map((e) => e.message).join('; ')}`;
    const status = error?.status;
    return typeof status === 'number' ? `GitHub answered ${status}: ${messageOf(error).split(' - ')[0]}` : messageOf(error);
}
/**
 * The commit `rev` (a branch, a tag, `origin/main`, a SHA) names in the git repository at `root`,
 * for `vipps-ip-lock check --base`; the comparison then reads the checkout's history only.
 */
async function gitRevision(root, rev) {
    try {
        const args = gitArgs(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        const { stdout } = await run('git', args, { encoding: 'utf8', env: gitEnvironment(root) });
        const sha = stdout.trim();
        return { revision: sha, sha, label: `${rev} (${sha.slice(0, 7)})` };
    }
    catch {
        throw new UserError(`--base ${JSON.stringify(rev)} names no commit in a git repository whose top folder is ${root}: run check there, with a branch, tag or commit such as origin/main.`);
    }
}
function unavailable(event, revision, settings, reason) {
    if (event.name === 'check --base') {
        return new UserError(`check --base compares ${settings.lockFile} and the exports with ${revision.label}, but they could not be read from git: ${reason}.`);
    }
    return new UserError(`This is a ${event.name} run, so check compares ${settings.lockFile} and the exports with ${revision.label}, but they could not be read: ${reason}. ` +
        'The check fails rather than pass a pull request it cannot compare. Give the job `permissions: contents: read` ' +
        "(a pull request from a fork gets a read-only token, which is enough), or check out with `fetch-depth: 0` so the base commit is in the checkout's history.");
}

;// CONCATENATED MODULE: ./lib/report/escape.js
// Markdown built from data (host names from a lock, paths from inputs, reasons from DNS servers)
// must show that data, never act on it: no HTML, no links, no @mention that notifies someone, no
// #reference that cross-links an issue, no line break that starts a heading or ends a table or a
// code block early. Every function here is total: any string in, inert Markdown out.
/** Control characters and the line separators GitHub's renderer and the runner treat as line ends. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One line of data: every control character or line separator becomes a space. */
function oneLine(text) {
    return text.replace(LINE_BREAKING, ' ');
}
/** Longest run of backticks in `text`. */
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
/**
 * Inline code showing `text` verbatim. Inside a code span Markdown, HTML, mentions, references and
 * autolinks are all inert; the fence is one backtick longer than any run inside, and padded with a
 * space when the text starts or ends with a backtick or a space (CommonMark strips one of each).
 */
function codeSpan(text) {
    const content = oneLine(text);
    if (content === '')
        return '';
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block showing `text` verbatim, whatever lines it holds: the fence is longer than
 * any backtick run inside, so no line of the text can close it.
 */
function codeBlock(text, info = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${oneLine(info).replace(/`/g, '')}\n${text.replace(/\r/g, '')}\n${fence}`;
}
/**
 * Prose data shown as text: Markdown punctuation is backslash-escaped, `<` and `&` become entities
 * (no raw HTML), and a zero-width space after `@` and `#` keeps GitHub from turning `@team` into a
 * notification or `#12` into a cross-reference (GitHub finds those in the rendered text, where a
 * backslash escape is already gone). Line breaks become spaces.
 */
function markdownText(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]|~>$]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/([@#])/g, '$1&#8203;')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
}
/**
 * A table cell: GitHub splits a row at every `|` not escaped by a backslash, even inside a code
 * span, and reads backslashes in pairs, so a pipe after an even run of them gets one more.
 */
function tableCell(markdown) {
    return oneLine(markdown).replace(/(\\*)\|/g, (match, backslashes) => (backslashes.length % 2 === 0 ? `${backslashes}\\|` : match));
}
/**
 * Text inside raw HTML such as `<summary>`: entities for the characters HTML acts on, and the same
 * zero-width space after `@` and `#` as in markdownText (GitHub links mentions in HTML text too).
 */
function htmlText(text) {
    return oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1&#8203;');
}

;// CONCATENATED MODULE: ./lib/exports/formats.js


const PORT = /^([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/;
const matching = (pattern, expected) => (value) => pattern.test(value) ? undefined : expected;
const port = matching(PORT, 'it must be a port number from 1 to 65535');
/**
 * iptables' rules for a chain of our own: at most 28 characters, no leading `-` or `!`, and never
 * the name of a built-in chain or a target. The export flushes its chain (`-F`) before it fills it,
 * so `INPUT` would drop every rule of the host's INPUT chain, SSH and established traffic included.
 */
const BUILT_IN_CHAINS_AND_TARGETS = new Set(('INPUT OUTPUT FORWARD PREROUTING POSTROUTING ACCEPT DROP REJECT RETURN QUEUE NFQUEUE LOG NFLOG ULOG MARK CONNMARK ' +
    'SECMARK CONNSECMARK DNAT SNAT MASQUERADE REDIRECT NETMAP TPROXY TRACE CT NOTRACK TEE AUDIT CHECKSUM CLASSIFY ' +
    'CLUSTERIP DSCP ECN HL HMARK IDLETIMER LED RATEEST SET SYNPROXY TCPMSS TCPOPTSTRIP TOS TTL DNPT SNPT JUMP GOTO').split(' '));
const chain = (value) => {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_-]{0,27}$/.test(value)) {
        return 'it must be 1 to 28 letters, digits, - or _, not starting with -';
    }
    if (BUILT_IN_CHAINS_AND_TARGETS.has(value.toUpperCase())) {
        return `it must be a chain of its own: ${value} is a built-in chain or target, and the export flushes its chain`;
    }
    return undefined;
};
/** nftables set names get `_ipv4` and `_ipv6` appended; kernels before 4.18 take 31 characters. */
const nftName = matching(/^[A-Za-z_][A-Za-z0-9_]{0,25}$/, 'it must be 1 to 26 letters, digits or _, starting with a letter or _');
const TERRAFORM_RESERVED = new Set(['source', 'version', 'providers', 'count', 'for_each', 'lifecycle', 'depends_on', 'locals']);
const terraformVariable = (value) => !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(value)
    ? 'it must be 1 to 63 letters, digits or _, starting with a letter or _'
    : TERRAFORM_RESERVED.has(value.toLowerCase())
        ? `it must not be ${value}, a name Terraform reserves`
        : undefined;
/** A Kubernetes object name (an RFC 1123 label): what `name` and `namespace` take. */
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const kubernetesName = matching(DNS_LABEL, 'it must be a Kubernetes name: 1 to 63 lower-case letters, digits or -, starting and ending with a letter or digit');
/** A Kubernetes label, `[prefix/]name=value`, by the rules the API server applies. */
const podLabel = (value) => {
    const expected = 'it must be one Kubernetes label, key=value, such as app=web or app.kubernetes.io/name=shop';
    const [key = '', labelValue, extra] = value.split('=');
    if (labelValue === undefined || extra !== undefined)
        return expected;
    const segment = /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;
    const slash = key.lastIndexOf('/');
    const prefix = slash === -1 ? undefined : key.slice(0, slash);
    const name = key.slice(slash + 1);
    const prefixOk = prefix === undefined || (prefix.length <= 253 && prefix.split('.').every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label)));
    if (!prefixOk || !segment.test(name) || (labelValue !== '' && !segment.test(labelValue)))
        return expected;
    return undefined;
};
const cidr = (address) => `${address}/${isIPv6(address) ? 128 : 32}`;
const formats_all = (input) => sortAddresses(input.environments.flatMap((e) => e.addresses));
const names = (input) => input.environments.map((e) => e.name).join(', ');
/**
 * The first lines of a file whose format has comments: what it is, where it comes from. Its data
 * is checked where it is read; it is put on one line here all the same, so no value can ever end
 * the comment and start a rule.
 */
const header = (input, mark) => `${mark} ${oneLine(`Generated by vipps-ip-lock from ${input.lockFile} (${names(input)}). Do not edit: it is rewritten when the lock changes.`)}\n`;
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** A YAML double-quoted scalar: JSON's string syntax is a subset, and never reads as null, a number or a boolean. */
const yamlString = (value) => JSON.stringify(value);
const FORMATS = {
    /** One CIDR per line. */
    cidr: {
        options: {},
        render: (input) => `${header(input, '#')}${formats_all(input).map(cidr).join('\n')}${formats_all(input).length ? '\n' : ''}`,
    },
    /** Addresses by environment and in all, for scripts. */
    json: {
        options: {},
        render: (input) => json({
            source: input.lockFile,
            addresses: formats_all(input).map(cidr),
            environments: Object.fromEntries(input.environments.map((e) => [e.name, e.addresses.map(cidr)])),
        }),
    },
    /** `allow` lines and a final `deny all`, for an `include` inside a location or server block. */
    nginx: {
        options: {},
        render: (input) => `${header(input, '#')}${formats_all(input)
            .map((a) => `allow ${cidr(a)};\n`)
            .join('')}deny all;\n`,
    },
    /** Apache 2.4 `Require ip` lines, for an `Include` inside a <Location> or <RequireAny>. */
    apache: {
        options: {},
        // With no Require line at all Apache would grant access: no addresses must mean nobody.
        render: (input) => `${header(input, '#')}${formats_all(input)
            .map((a) => `Require ip ${cidr(a)}\n`)
            .join('') || 'Require all denied\n'}`,
    },
    /** An ACL file: `acl vipps src -f /path/to/file`. */
    haproxy: {
        options: {},
        render: (input) => `${header(input, '#')}${formats_all(input)
            .map((a) => `${cidr(a)}\n`)
            .join('')}`,
    },
    /** iptables-restore input: a chain of ACCEPT rules for the IPv4 addresses, to jump to. */
    iptables: {
        options: { chain, port },
        render: (input) => restore(input, formats_all(input).filter((a) => !isIPv6(a))),
    },
    /** ip6tables-restore input: the same for the IPv6 addresses. */
    ip6tables: {
        options: { chain, port },
        render: (input) => restore(input, formats_all(input).filter(isIPv6)),
    },
    /** nftables named sets, for an `include` inside your own `table` block. */
    nftables: {
        options: { name: nftName },
        render: (input) => {
            const name = input.options.name ?? 'vipps_callbacks';
            const set = (suffix, type, addresses) => `set ${name}_${suffix} {\n\ttype ${type}\n\tflags interval\n${addresses.length ? `\telements = { ${addresses.map(cidr).join(', ')} }\n` : ''}}\n`;
            const addresses = formats_all(input);
            return `${header(input, '#')}${set('ipv4', 'ipv4_addr', addresses.filter((a) => !isIPv6(a)))}${set('ipv6', 'ipv6_addr', addresses.filter(isIPv6))}`;
        },
    },
    /** A .tfvars.json: a map variable with a list per environment, and the union. */
    terraform: {
        options: { variable: terraformVariable },
        render: (input) => {
            const variable = input.options.variable ?? 'vipps_callback_cidrs';
            return json({
                [variable]: Object.fromEntries(input.environments.map((e) => [e.name, e.addresses.map(cidr)])),
                [`${variable}_all`]: formats_all(input).map(cidr),
            });
        },
    },
    /** IpPermissions for `aws ec2 authorize-security-group-ingress --ip-permissions file://...`. */
    'aws-security-group': {
        options: { port },
        render: (input) => {
            const port = Number(input.options.port ?? 443);
            const description = (environment) => `Vipps MobilePay ${environment} (vipps-ip-lock)`;
            const ranges = input.environments.flatMap((e) => e.addresses.map((a) => ({ address: a, description: description(e.name) })));
            const unique = [...new Map(ranges.map((r) => [r.address, r])).values()];
            return json([
                {
                    IpProtocol: 'tcp',
                    FromPort: port,
                    ToPort: port,
                    IpRanges: unique.filter((r) => !isIPv6(r.address)).map((r) => ({ CidrIp: cidr(r.address), Description: r.description })),
                    Ipv6Ranges: unique.filter((r) => isIPv6(r.address)).map((r) => ({ CidrIpv6: cidr(r.address), Description: r.description })),
                },
            ]);
        },
    },
    /** Source address prefixes for an Azure network security group rule. */
    'azure-nsg': {
        options: {},
        render: (input) => json({ sourceAddressPrefixes: formats_all(input).map(cidr) }),
    },
    /** A NetworkPolicy that admits the addresses to the selected pods. */
    kubernetes: {
        options: { name: kubernetesName, namespace: kubernetesName, port, 'pod-label': podLabel },
        render: (input) => {
            const { name = 'vipps-callbacks', namespace, port, 'pod-label': label } = input.options;
            const [labelKey = '', labelValue = ''] = label ? label.split('=') : [];
            const lines = [
                header(input, '#').trimEnd(),
                'apiVersion: networking.k8s.io/v1',
                'kind: NetworkPolicy',
                'metadata:',
                // Every string quoted: `namespace: null` would be the default namespace, `name: 1e3` a number.
                `  name: ${yamlString(name)}`,
                ...(namespace ? [`  namespace: ${yamlString(namespace)}`] : []),
                'spec:',
                // Without pod-label the policy selects every pod of the namespace (see README).
                label ? `  podSelector:\n    matchLabels:\n      ${yamlString(labelKey)}: ${yamlString(labelValue)}` : '  podSelector: {}',
                '  policyTypes:',
                '    - Ingress',
                // An ingress rule with an empty `from` admits every source: with no addresses, no rule at all.
                ...(formats_all(input).length
                    ? [
                        '  ingress:',
                        '    - from:',
                        ...formats_all(input).map((a) => `        - ipBlock:\n            cidr: ${yamlString(cidr(a))}`),
                        ...(port ? ['      ports:', '        - protocol: TCP', `          port: ${port}`] : []),
                    ]
                    : ['  ingress: []']),
            ];
            return `${lines.join('\n')}\n`;
        },
    },
};
function restore(input, addresses) {
    const chain = input.options.chain ?? 'VIPPS-CALLBACKS';
    const port = input.options.port ? ` -p tcp --dport ${input.options.port}` : '';
    const rules = addresses.map((a) => `-A ${chain} -s ${cidr(a)}${port} -j ACCEPT\n`).join('');
    return `${header(input, '#')}*filter\n:${chain} - [0:0]\n-F ${chain}\n${rules}COMMIT\n`;
}

;// CONCATENATED MODULE: ./lib/exports/render.js


/** The text of every export, by path, from a lock. The same lock always gives the same bytes. */
function renderExports(lock, specs, lockFile) {
    const files = new Map();
    for (const spec of specs) {
        const chosen = spec.environments ?? Object.keys(lock.environments);
        const environments = chosen.map((name) => ({ name, addresses: own(lock.environments, name)?.addresses ?? [] }));
        files.set(spec.path, FORMATS[spec.format].render({ lockFile, environments, options: spec.options }));
    }
    return files;
}
/** Exports whose text on disk (or in the repository) differs from what the lock gives. */
function staleExports(expected, current) {
    return [...expected].filter(([file, text]) => current.get(file) !== text).map(([file]) => file);
}

;// CONCATENATED MODULE: ./lib/lock/canonical.js

// On a pull request the lock must be byte for byte what the action writes for it. Keys the action
// does not write (the contract lets later versions add some) and any other hand-made form would
// otherwise reach the base branch unreviewed by the gate: JSON.parse and the gate see one lock,
// another reader of the merged file may see another.
const KNOWN_TOP = new Set(['$schema', 'environments', 'version']);
const KNOWN_ENVIRONMENT = new Set(['addresses', 'departing', 'hosts']);
/** One finding when the pull request's lock text is not the canonical serialization of what it parses to. */
function canonicalFindings(lock, text, lockFile) {
    if (lock === undefined || text === undefined)
        return [];
    const canonical = serializeLock(lock);
    if (text === canonical)
        return [];
    return [`${lockFile} is not in the canonical form the action writes: ${difference(text, canonical)}; run an update (or the CLI's update) to rewrite it`];
}
function difference(text, canonical) {
    const unknown = unknownKeys(JSON.parse(text));
    if (unknown.length > 0)
        return `unknown key ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`;
    const got = text.split('\n');
    const want = canonical.split('\n');
    let line = 0;
    while (line < got.length && got[line] === want[line])
        line++;
    return `line ${line + 1} is ${JSON.stringify(got[line] ?? '(end of file)')}, the action writes ${JSON.stringify(want[line] ?? '(end of file)')}`;
}
function unknownKeys(data) {
    const record = data;
    const keys = Object.keys(record)
        .filter((key) => !KNOWN_TOP.has(key))
        .map((key) => JSON.stringify(key));
    for (const [name, environment] of Object.entries(record.environments ?? {})) {
        for (const key of Object.keys(environment))
            if (!KNOWN_ENVIRONMENT.has(key))
                keys.push(`${JSON.stringify(key)} in environment "${name}"`);
    }
    return keys;
}

;// CONCATENATED MODULE: ./lib/report/line-diff.js
/**
 * A unified diff (`@@ -a,b +c,d @@` hunks, `-` lines before `+` lines, `context` unchanged lines
 * around each change), as reviewers know it from `git diff`. Empty when the texts are equal.
 *
 * Lines are matched by longest common subsequence after the common head and tail are set aside:
 * a lock or a firewall file changes in a few lines, so the table stays small.
 */
function unifiedDiff(before, after, context = 2) {
    const a = lines(before);
    const b = lines(after);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const ops = [];
    for (let k = 0; k < head; k++)
        ops.push({ kind: ' ', text: a[k] });
    ops.push(...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
    for (let k = a.length - tail; k < a.length; k++)
        ops.push({ kind: ' ', text: a[k] });
    return hunks(ops, context).join('\n');
}
function lines(text) {
    return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
/** The edit script between two blocks with nothing in common at either end; each change run lists `-` before `+`. */
function middle(a, b) {
    const width = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
    }
    const ops = [];
    let removed = [];
    let added = [];
    const flush = () => {
        ops.push(...removed, ...added);
        removed = [];
        added = [];
    };
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            flush();
            ops.push({ kind: ' ', text: a[i] });
            i++;
            j++;
        }
        else if (i < a.length && (j >= b.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
            removed.push({ kind: '-', text: a[i++] });
        }
        else {
            added.push({ kind: '+', text: b[j++] });
        }
    }
    flush();
    return ops;
}
function hunks(ops, context) {
    const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    const out = [];
    let k = 0;
    while (k < changed.length) {
        const start = Math.max(0, changed[k] - context);
        let end = changed[k];
        // Changes closer than twice the context share one hunk.
        while (k + 1 < changed.length && changed[k + 1] - end <= 2 * context + 1)
            end = changed[++k];
        end = Math.min(ops.length - 1, end + context);
        k++;
        const before = ops.slice(0, start);
        const slice = ops.slice(start, end + 1);
        const aStart = before.filter((op) => op.kind !== '+').length;
        const bStart = before.filter((op) => op.kind !== '-').length;
        const aCount = slice.filter((op) => op.kind !== '+').length;
        const bCount = slice.filter((op) => op.kind !== '-').length;
        out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`, ...slice.map((op) => `${op.kind}${op.text}`));
    }
    return out;
}
/** `start,count` as unified diffs number them: 1-based, and the line before an empty range. */
function range(start, count) {
    return `${count === 0 ? start : start + 1},${count}`;
}

;// CONCATENATED MODULE: ./lib/report/rows.js

/** Address -> the hosts giving it, for one environment of a lock: built once, read per address. */
function holdersIndex(lock, environment) {
    const index = new Map();
    for (const [host, addresses] of Object.entries(own(lock?.environments, environment)?.hosts ?? {})) {
        for (const address of addresses)
            index.set(address, [...(index.get(address) ?? []), host]);
    }
    return (address) => index.get(address) ?? [];
}
/** Per environment, one row per address that changed, whichever hosts it changed on: added, departing, removed, moved. */
function addressRows(result) {
    const rows = [];
    const status = new Map(result.hosts.map((h) => [h.host, h.status]));
    const retired = (hosts) => hosts.length > 0 && hosts.every((host) => status.get(host) === 'no-such-host');
    for (const environment of result.diff.environments) {
        const name = environment.environment;
        const departing = new Map(environment.departing.map((d) => [d.address, d]));
        const presence = new Map(environment.hosts.map((h) => [h.host, h.presence]));
        const now = holdersIndex(result.next, name);
        const before = holdersIndex(result.previous, name);
        const added = new Set(environment.added);
        for (const address of environment.added) {
            const hosts = now(address);
            const leftAgain = departing.get(address);
            const note = leftAgain
                ? `seen briefly, left DNS again; allowed until ${when(leftAgain.until)}`
                : hosts.length > 0 && hosts.every((h) => presence.get(h) === 'new')
                    ? 'new host'
                    : '';
            rows.push({ environment: name, change: 'added', address, hosts, note });
        }
        for (const [address, d] of departing) {
            if (added.has(address))
                continue;
            const hosts = now(address);
            const shown = hosts.length > 0 ? hosts : before(address);
            const why = retired(shown) ? 'host no longer exists in DNS' : 'left DNS';
            rows.push({ environment: name, change: 'departing', address, hosts: shown, note: `${why}; allowed until ${when(d.until)}` });
        }
        for (const address of environment.removed) {
            const hosts = before(address);
            const note = retired(hosts)
                ? 'host no longer exists in DNS'
                : hosts.length > 0 && hosts.every((h) => presence.get(h) === 'dropped')
                    ? 'host no longer configured'
                    : '';
            rows.push({ environment: name, change: 'removed', address, hosts, note });
        }
        // Addresses that only changed hosts: the firewall needs nothing, the reviewer sees why the lock changed.
        const listed = new Set(rows.filter((r) => r.environment === name).map((r) => r.address));
        const moved = new Set(environment.hosts.flatMap((h) => [...h.added, ...h.removed]).filter((a) => !listed.has(a)));
        for (const address of moved) {
            const was = before(address);
            rows.push({ environment: name, change: 'moved', address, hosts: now(address), note: `already allowed; was on ${was.join(', ') || 'no host'}` });
        }
    }
    return rows;
}
function dnsProblems(result) {
    return result.hosts
        .filter((h) => h.observation.failures.length > 0)
        .map((h) => {
        // One reason per server and cause, with the record types it hit: `A, AAAA via 1.1.1.1: SERVFAIL`.
        const byCause = new Map();
        for (const f of h.observation.failures) {
            const cause = `${f.server}\0${f.reason}`;
            const types = byCause.get(cause) ?? [];
            if (!types.includes(f.type))
                types.push(f.type);
            byCause.set(cause, types);
        }
        const reasons = [...byCause].map(([cause, types]) => {
            const [server, reason] = cause.split('\0');
            return `${types.join(', ')} via ${server}: ${reason}`;
        });
        const failedTypes = [...new Set(h.observation.failures.map((f) => f.type))].filter((t) => h.observation.decided[t] === undefined);
        const held = result.heldBack.filter((b) => b.host === h.host);
        const heldEffects = [
            ...held.flatMap((b) => (b.additions.length > 0 ? [`${b.type} ${b.additions.join(' ')} not added (add-when all: not every server answered)`] : [])),
            ...held.flatMap((b) => (b.kept.length > 0 ? [`${b.type} ${b.kept.join(' ')} kept (not every server answered)`] : [])),
        ];
        const effects = [...(failedTypes.length > 0 ? [`locked ${failedTypes.join(', ')} addresses kept`] : []), ...heldEffects];
        const effect = h.status === 'failed' ? 'locked addresses kept' : effects.join('; ') || 'answered by another server';
        return { host: h.host, reasons, effect };
    });
}
/** `2026-12-01T12:00:00Z` as `2026-12-01 12:00 UTC`. */
function when(iso) {
    return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/, '$1 $2 UTC');
}
function plural(count, word) {
    if (count === 1)
        return `1 ${word}`;
    return `${count} ${word}${/(s|sh|ch|x)$/.test(word) ? 'es' : 's'}`;
}
/**
 * The headline of a check: never "up to date" while a firewall file made from the lock is stale, or
 * while a host did not answer (the lock then matches what DNS said, which is not everything).
 */
function checkHeadline(result, lockFile, staleFiles) {
    if (result.previous && !result.lockChanged && staleFiles.length > 0) {
        const verb = staleFiles.length === 1 ? 'is' : 'are';
        return `${lockFile} matches DNS, but ${plural(staleFiles.length, 'firewall file')} ${verb} not what it gives: ${staleFiles.join(', ')}`;
    }
    if (result.previous && !result.lockChanged && result.failedHosts.length > 0) {
        return `${lockFile} matches the answers DNS gave, but ${plural(result.failedHosts.length, 'host')} did not answer`;
    }
    return headline(result, lockFile);
}
/** One sentence that says what happened. */
function headline(result, lockFile) {
    const { diff } = result;
    if (!result.previous) {
        const count = new Set(Object.values(result.next.environments).flatMap((e) => e.addresses)).size;
        return `${lockFile} does not exist yet: DNS gives ${plural(count, 'address')}`;
    }
    if (!result.lockChanged)
        return `${lockFile} is up to date with DNS`;
    if (diff.environments.length === 0)
        return `${lockFile} holds what DNS gives, but not in its canonical form`;
    const parts = [];
    if (diff.added.length)
        parts.push(`${plural(diff.added.length, 'address')} added`);
    if (diff.removed.length)
        parts.push(`${plural(diff.removed.length, 'address')} removed`);
    const departing = diff.environments.flatMap((e) => e.departing).length;
    if (departing)
        parts.push(`${plural(departing, 'address')} left DNS and ${departing === 1 ? 'stays' : 'stay'} allowed for now`);
    if (parts.length === 0)
        parts.push('hosts changed addresses, the allowed set is the same');
    return `DNS has changed: ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./lib/report/markdown.js



const CHANGES = {
    added: '➕ added',
    departing: '⏳ departing',
    removed: '➖ removed',
    moved: '⇄ other hosts',
};
/**
 * The report a reviewer reads in the job summary, a pull request or an issue. The first screen
 * holds the headline, what to do, and one row per address to allow or close; the file changes
 * follow, collapsed.
 */
function renderMarkdown(result, options) {
    const lines = [`### ${markdownText(options.title ?? headline(result, options.lockFile))}`, ''];
    for (const paragraph of options.advice ?? [])
        lines.push(paragraph, '');
    const rows = addressRows(result);
    if (result.previous && rows.length > 0) {
        lines.push('| Environment | Change | Address | Hosts | Note |', '|---|---|---|---|---|');
        for (const row of rows) {
            lines.push(tableRow([markdownText(row.environment), CHANGES[row.change], codeSpan(row.address), row.hosts.map(codeSpan).join(', '), markdownText(row.note)]));
        }
        lines.push('');
    }
    if (!result.previous) {
        lines.push('| Environment | Addresses |', '|---|---|');
        for (const [name, environment] of Object.entries(result.next.environments)) {
            lines.push(tableRow([markdownText(name), environment.addresses.map(codeSpan).join(' ') || 'none']));
        }
        lines.push('');
    }
    lines.push(...problems(result), ...withheld(result));
    const lock = options.lock ?? 'none';
    if (lock !== 'none' && result.lockChanged) {
        if (result.previousText !== undefined)
            lines.push(...collapsed(`Change to ${options.lockFile}`, unifiedDiff(result.previousText, result.nextText), 'diff'));
        if (lock === 'diff-and-file' || result.previousText === undefined)
            lines.push(...collapsed(`New ${options.lockFile}`, result.nextText, 'json'));
    }
    for (const file of options.staleFiles ?? []) {
        lines.push(...(file.current === undefined
            ? collapsed(`${file.path} (does not exist yet)`, file.expected, '')
            : collapsed(`Change to ${file.path}`, unifiedDiff(file.current, file.expected), 'diff')));
    }
    lines.push(footer(result));
    return `${lines.join('\n')}\n`;
}
/** Addresses add-when all kept out of the lock: who returned them and who did not. */
function withheld(result) {
    if (result.withheld.length === 0)
        return [];
    const lines = [`**${plural(result.withheld.length, 'address')} not added**: the DNS servers that answered disagree, and add-when is all:`, ''];
    lines.push('| Host | Record | Address | Returned by | Not by |', '|---|---|---|---|---|');
    for (const w of result.withheld) {
        lines.push(tableRow([codeSpan(w.host), w.type, codeSpan(w.address), w.from.map(codeSpan).join(' '), w.notFrom.map(codeSpan).join(' ')]));
    }
    lines.push('');
    return lines;
}
/** Each host some server could not answer for, once, with its reasons and what the lock did. */
function problems(result) {
    const list = dnsProblems(result);
    if (list.length === 0)
        return [];
    const lines = ['**DNS did not answer for every host.** A host no server answered keeps its locked addresses:', ''];
    lines.push('| Host | What DNS said | Lock |', '|---|---|---|');
    for (const problem of list)
        lines.push(tableRow([codeSpan(problem.host), problem.reasons.map(markdownText).join('<br>'), problem.effect]));
    lines.push('');
    return lines;
}
function footer(result) {
    const environments = Object.keys(result.next.environments);
    const answered = result.hosts.filter((h) => h.status === 'resolved' || h.status === 'no-such-host').length;
    const kept = result.hosts.length - answered;
    const keptText = kept > 0 ? `, ${kept} kept locked addresses` : '';
    return `<sub>${plural(result.hosts.length, 'host')} in ${markdownText(environments.join(', ')) || 'no environment'}; ${answered} answered${keptText}.</sub>`;
}
/** A collapsed block holding `content` verbatim, under a summary that is data too. */
function collapsed(summary, content, language) {
    return [`<details><summary>${htmlText(summary)}</summary>`, '', codeBlock(content.replace(/\n$/, ''), language), '', '</details>', ''];
}
/** A table row of cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.map(tableCell).join(' | ')} |`;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
;// CONCATENATED MODULE: ./lib/text-file.js



/** A file's text (the lock, a firewall export) under `root`, or undefined when it does not exist. */
async function readTextFile(root, file, links = 'inside') {
    const located = await locate(root, file, links);
    if (!located.existing)
        return undefined;
    try {
        return await (0,promises_namespaceObject.readFile)(located.target, 'utf8');
    }
    catch (error) {
        throw new UserError(`${file} cannot be read: ${reason(error)}.`);
    }
}
/**
 * Writes files one at a time, in the order given, each through a temporary file in its own folder
 * and a rename, so a reader never sees half a file. Every path is checked before the first write,
 * so a path that cannot be written leaves every file as it was.
 */
async function writeTextFiles(root, files, links = 'inside') {
    const planned = [];
    const byTarget = new Map();
    for (const [file, text] of files) {
        const located = await locate(root, file, links);
        if (located.blocked)
            throw new Error(located.blocked);
        const other = byTarget.get(located.target);
        if (other !== undefined)
            throw new UserError(`${other} and ${file} are the same file (through a link): give each its own file.`);
        byTarget.set(located.target, file);
        planned.push([file, located, text]);
    }
    for (const [file, located, text] of planned)
        await writeOne(file, located, text);
}
/** writeTextFiles for one file. */
async function writeTextFile(root, file, text, links = 'inside') {
    await writeTextFiles(root, new Map([[file, text]]), links);
}
async function writeOne(file, located, text) {
    const { target, existing } = located;
    const folder = external_node_path_default().dirname(target);
    // A short random name in the target's own folder: it always fits the file system's name limit,
    // and the rename stays on one file system.
    const temporary = external_node_path_default().join(folder, `.vipps-ip-lock-${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex')}.tmp`);
    try {
        await (0,promises_namespaceObject.mkdir)(folder, { recursive: true });
        const handle = await (0,promises_namespaceObject.open)(temporary, 'wx', existing ? existing.mode : 0o666);
        try {
            if (existing) {
                // open() applies the umask; the file keeps exactly the mode it had.
                await handle.chmod(existing.mode);
                if (process.getuid?.() === 0)
                    await handle.chown(existing.uid, existing.gid);
            }
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_namespaceObject.rename)(temporary, target);
    }
    catch (error) {
        await (0,promises_namespaceObject.unlink)(temporary).catch(() => undefined);
        throw new Error(`${file} could not be written: ${reason(error)}.`);
    }
}
/** Follows `file` under `root` to the real file, refusing what must not be read or written. */
async function locate(root, file, links) {
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const parts = file.split('/');
    const name = parts.pop();
    let folder = realRoot;
    for (const [index, part] of parts.entries()) {
        const shown = parts.slice(0, index + 1).join('/');
        const next = external_node_path_default().join(folder, part);
        const stat = await lstatOrUndefined(next, shown);
        if (!stat)
            return { target: external_node_path_default().join(next, ...parts.slice(index + 1), name) };
        if (stat.isSymbolicLink()) {
            const real = await (0,promises_namespaceObject.realpath)(next).catch(() => undefined);
            if (real === undefined)
                throw new UserError(`${shown} is a link to a folder that does not exist: ${file} cannot be used.`);
            if (!isInside(realRoot, real))
                throw new UserError(`${shown} is a link to ${real}, outside ${realRoot}: ${file} is not written through it.`);
            folder = real;
        }
        else if (stat.isDirectory())
            folder = next;
        else
            return { target: next, blocked: `${file} could not be written: ${shown} is a file, not a folder.` };
        if (inGit(external_node_path_default().relative(realRoot, folder)))
            throw new UserError(`${file} leads into .git (through ${shown}): it is never read or written.`);
    }
    return locateFile(realRoot, external_node_path_default().join(folder, name), file, links);
}
async function locateFile(realRoot, start, file, links) {
    let current = start;
    for (let hops = 0; hops < 40; hops++) {
        const stat = await lstatOrUndefined(current, file);
        if (stat?.isSymbolicLink()) {
            current = external_node_path_default().resolve(external_node_path_default().dirname(current), await (0,promises_namespaceObject.readlink)(current));
            continue;
        }
        if (stat && !stat.isFile())
            throw new UserError(`${file} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}: it must be a file.`);
        // The folder of a link's target, with its own links resolved, so the checks see the real place.
        const folder = await (0,promises_namespaceObject.realpath)(external_node_path_default().dirname(current)).catch(() => undefined);
        if (folder === undefined)
            throw new UserError(`${file} is a link into ${external_node_path_default().dirname(current)}, which does not exist.`);
        const target = external_node_path_default().join(folder, external_node_path_default().basename(current));
        const inside = isInside(realRoot, target);
        if (!inside && links === 'inside')
            throw new UserError(`${file} is a link to ${target}, outside ${realRoot}: it is not read or written.`);
        if (inGit(inside ? external_node_path_default().relative(realRoot, target) : target))
            throw new UserError(`${file} is a link into a .git folder (${target}): it is never read or written.`);
        return { target, ...(stat ? { existing: { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } } : {}) };
    }
    throw new UserError(`${file} is a loop of links.`);
}
async function lstatOrUndefined(file, shown) {
    try {
        return await (0,promises_namespaceObject.lstat)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new UserError(`${shown} cannot be read: ${reason(error)}.`);
    }
}
function isInside(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative));
}
function inGit(relative) {
    return relative.split((external_node_path_default()).sep).some((part) => /^(\.git|git~\d+)[. ]*$/i.test(part));
}
const REASONS = new Map([
    ['EACCES', 'permission denied'],
    ['EPERM', 'operation not permitted'],
    ['EISDIR', 'it is a folder'],
    ['ENOTDIR', 'a part of its path is a file, not a folder'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'no space left on the device'],
    ['ELOOP', 'too many links'],
    ['ENAMETOOLONG', 'the name is too long'],
]);
function reason(error) {
    const code = error.code ?? '';
    return REASONS.get(code) ?? (error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./lib/modes/exports.js


/** Renders the exports from `lock` and compares them with the files `read` returns. */
async function checkExports(settings, lock, read) {
    const expected = renderExports(lock, settings.exports, settings.lockFile);
    // Read at once, but a file that cannot be read is reported in the order the exports are given,
    // not by which read failed first: the same inputs give the same message.
    const reads = await Promise.allSettled([...expected.keys()].map(async (file) => [file, await read(file)]));
    const current = new Map();
    for (const result of reads) {
        if (result.status === 'rejected')
            throw result.reason;
        current.set(...result.value);
    }
    return { expected, stale: staleExports(expected, current), current };
}
/** The stale exports with what they hold and what the lock gives, for a report to show. */
function staleFiles(check) {
    return check.stale.map((path) => ({ path, current: check.current.get(path), expected: check.expected.get(path) ?? '' }));
}
function describeStale(check, lockFile) {
    if (check.stale.length === 0)
        return undefined;
    return `${check.stale.map(codeSpan).join(', ')} ${check.stale.length === 1 ? 'is' : 'are'} not what ${codeSpan(lockFile)} gives`;
}

;// CONCATENATED MODULE: ./lib/modes/gate.js



/**
 * The pull request's lock held to the base: what it adds that DNS does not return now is taken
 * out, and a departing mark it moved later or dropped is put back as the base had it. That is the
 * lock check then compares with DNS, so the outputs and the summary show what the firewall may
 * allow, and `findings` says, one sentence each naming the file and the address, what was taken.
 */
function confineToBase(head, base, observed, lockFile, addWhen = 'any') {
    const returned = returnedByDns(observed, 'any');
    // What a pull request may add is what a run may add: under add-when all, what every server answered with (none failing).
    const addable = addWhen === 'all' ? returnedByDns(observed, 'all') : returned;
    const refusal = addWhen === 'all'
        ? 'which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)'
        : 'which DNS does not return for it now';
    const findings = [];
    const environments = emptyRecord();
    for (const [name, environment] of Object.entries(head.environments)) {
        const before = own(base.lock?.environments, name);
        const hosts = emptyRecord();
        for (const [host, addresses] of Object.entries(environment.hosts)) {
            hosts[host] = addresses.filter((address) => {
                if (own(before?.hosts, host)?.includes(address) || addable.get(host)?.has(address))
                    return true;
                findings.push(`${lockFile} adds ${address} to ${host} (${name}), ${refusal}`);
                return false;
            });
        }
        const held = new Set(Object.values(hosts).flat());
        const heldBefore = new Set(Object.values(before?.hosts ?? {}).flat());
        const returnedHere = new Set(Object.keys(hosts).flatMap((host) => [...(returned.get(host) ?? [])]));
        const departing = emptyRecord();
        for (const address of sortAddresses(held)) {
            const since = own(before?.departing, address);
            const mark = own(environment.departing, address);
            // An update marks an address departing when it leaves DNS: a new mark can only shorten how
            // long the address stays. Moving a mark later, or dropping it, restarts the removal grace.
            if (since !== undefined && heldBefore.has(address) && !returnedHere.has(address)) {
                if (mark === undefined) {
                    findings.push(`${lockFile} drops the departing mark of ${address} (${name}, since ${since}), which would keep it allowed longer`);
                }
                else if (Date.parse(mark) > Date.parse(since)) {
                    findings.push(`${lockFile} moves the departing time of ${address} (${name}) from ${since} to ${mark}, which would keep it allowed longer`);
                }
                departing[address] = mark !== undefined && Date.parse(mark) <= Date.parse(since) ? mark : since;
            }
            else if (mark !== undefined)
                departing[address] = mark;
        }
        environments[name] = { addresses: sortAddresses(held), hosts, ...(Object.keys(departing).length > 0 ? { departing } : {}) };
    }
    return { lock: { ...head, environments }, findings };
}
/** Lines an export gains over the base that the confined lock and DNS do not give. */
function exportFindings(base, headExports, expectedExports) {
    const findings = [];
    for (const [file, expected] of expectedExports) {
        const text = headExports.get(file);
        if (text === undefined)
            continue;
        const before = new Set((base.exports.get(file) ?? '').split('\n'));
        const given = new Set(expected.split('\n'));
        for (const line of text.split('\n')) {
            if (line.trim() === '' || before.has(line) || given.has(line))
                continue;
            findings.push(`${file} adds the line ${JSON.stringify(line)}, which the lock and DNS do not give`);
        }
    }
    return findings;
}
/** For each host, every address some DNS server returned in this run (`any`), or every server, none failing (`all`). */
function returnedByDns(observed, by) {
    const returned = new Map();
    for (const [host, observation] of observed.observations) {
        const types = Object.keys(observation.decided);
        returned.set(host, new Set(by === 'all' ? types.flatMap((type) => [...agreedAddresses(observation, type)]) : Object.values(observation.decided).flat()));
    }
    return returned;
}

;// CONCATENATED MODULE: ./lib/modes/gate-removals.js



// The other half of the pull request gate: a pull request may not take out what the action's own
// update would keep. That update merges DNS into the base lock under the same rules a run uses (a
// failed lookup keeps an address, only every server answering without it removes it, a departing
// address stays through its removal grace), so a lock or an export that drops one of those
// addresses would cut the firewall off from a callback server that may still call.
/**
 * What the action's own update would keep now from the base lock: what the pull request may not go
 * below. An address kept only through a grace that starts now (every server answered without it,
 * and the base holds no departing mark for it) is left out: an open proposal's earlier mark may
 * already end that grace (merge.ts), so the action's own removal may drop it. A mark the base
 * holds cannot be shortened that way, so an address departing on the base stays for its grace.
 */
function keptFromBase(base, settings, observed, now) {
    if (base === undefined)
        return undefined;
    const merged = mergeLock({
        previous: base,
        groups: settings.groups,
        observations: observed.observations,
        types: settings.recordTypes,
        now,
        removalGraceMs: settings.removalGraceMs,
        addWhen: settings.addWhen,
    });
    const environments = emptyRecord();
    for (const [name, environment] of Object.entries(merged.environments)) {
        const baseMarks = own(base.environments, name)?.departing;
        const fresh = (address) => own(environment.departing, address) !== undefined && own(baseMarks, address) === undefined;
        const hosts = emptyRecord();
        for (const [host, addresses] of Object.entries(environment.hosts))
            hosts[host] = addresses.filter((address) => !fresh(address));
        const departing = Object.fromEntries(Object.entries(environment.departing ?? {}).filter(([address]) => !fresh(address)));
        environments[name] = {
            addresses: environment.addresses.filter((address) => !fresh(address)),
            hosts,
            ...(Object.keys(departing).length > 0 ? { departing } : {}),
        };
    }
    return { ...merged, environments };
}
/** One sentence per address the update keeps in an environment that the pull request's lock drops from it. */
function removalFindings(head, kept, observed, lockFile) {
    const findings = [];
    for (const [name, environment] of Object.entries(kept?.environments ?? {})) {
        const held = new Set(own(head?.environments, name)?.addresses ?? []);
        for (const address of sortAddresses(environment.addresses)) {
            if (held.has(address))
                continue;
            const hosts = Object.keys(environment.hosts).filter((host) => own(environment.hosts, host)?.includes(address));
            findings.push(`${lockFile} removes ${address} (${hosts.join(', ')}, ${name}), ${why(address, hosts, observed, own(environment.departing, address))}`);
        }
    }
    return findings;
}
/** Lines of an export on the base that the kept lock still gives and the pull request takes out. */
function exportRemovalFindings(baseExports, headExports, keptExports) {
    const findings = [];
    for (const [file, keptText] of keptExports) {
        const before = baseExports.get(file);
        if (before === undefined)
            continue;
        const now = new Set((headExports.get(file) ?? '').split('\n'));
        const kept = new Set(keptText.split('\n'));
        for (const line of new Set(before.split('\n'))) {
            if (line.trim() === '' || now.has(line) || !kept.has(line))
                continue;
            findings.push(`${file} removes the line ${JSON.stringify(line)}, which the action's own update keeps`);
        }
    }
    return findings;
}
function why(address, hosts, observed, departingSince) {
    const returned = hosts.some((host) => Object.values(observed.observations.get(host)?.decided ?? {}).some((list) => list?.includes(address)));
    if (returned)
        return 'which DNS still returns (an address leaves only when every server answers without it)';
    if (departingSince !== undefined)
        return `which stays allowed through its removal grace (departing since ${departingSince})`;
    return 'whose lookup failed (a failed lookup never removes an address)';
}

;// CONCATENATED MODULE: ./lib/presets.js
/**
 * The servers Vipps MobilePay publishes. Callbacks come from the production, disaster-recovery and
 * test servers; the API hostnames are offered for merchants that also restrict outbound traffic.
 * Vipps publishes hostnames only and changes the servers behind them about every three months.
 */
const PRESET_ENVIRONMENTS = {
    production: ['callback-1.vipps.no', 'callback-2.vipps.no', 'callback-3.vipps.no', 'callback-4.vipps.no'],
    'disaster-recovery': ['callback-dr-1.vipps.no', 'callback-dr-2.vipps.no', 'callback-dr-3.vipps.no', 'callback-dr-4.vipps.no'],
    test: ['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no'],
    'api-production': ['api.vipps.no'],
    'api-test': ['apitest.vipps.no'],
};
const DEFAULT_ENVIRONMENTS = ['production', 'disaster-recovery', 'test'];

;// CONCATENATED MODULE: ./lib/modes/outcome.js



/** The outputs every mode sets. */
function lockOutputs(result, exports) {
    const addresses = sortAddresses(Object.values(result.next.environments).flatMap((e) => e.addresses));
    return {
        changed: String(result.lockChanged || exports.stale.length > 0),
        'stale-exports': JSON.stringify(exports.stale),
        added: JSON.stringify(result.diff.added),
        removed: JSON.stringify(result.diff.removed),
        addresses: JSON.stringify(addresses),
        departing: JSON.stringify(result.diff.environments.flatMap((e) => e.departing.map((d) => d.address))),
    };
}
const PRESET_HOSTS = new Set(Object.values(PRESET_ENVIRONMENTS).flat());
/**
 * Configured hosts that every DNS server says do not exist, and that never had an address in the
 * lock: a mistyped custom host (`callbak-1.vipps.no`) rather than a server Vipps MobilePay retired.
 * A preset host that does not exist is Vipps MobilePay's to decide, and is locked with no addresses.
 */
function unknownHosts(result) {
    const everLocked = (host) => Object.values(result.previous?.environments ?? {}).some((e) => (e.hosts[host] ?? []).length > 0);
    return result.hosts.filter((h) => h.status === 'no-such-host' && !PRESET_HOSTS.has(h.host) && !everLocked(h.host));
}
/**
 * Warnings for hosts with a record type no server resolved, for hosts that do not exist and for
 * addresses add-when all left out, and the failure the first two cause when the settings ask for
 * it. A type that failed is a failure even when the other type answered: an IPv4-only host whose A
 * lookup fails while AAAA says "no records" has told nothing.
 */
function lookupFailures(result, settings) {
    const unresolved = result.failedHosts.map((host) => ({ host: host.host, types: unresolvedTypes(host.observation, settings.recordTypes) }));
    const warnings = result.failedHosts.map((host, i) => {
        const types = unresolved[i]?.types ?? [];
        const reasons = [...new Set(host.observation.failures.filter((f) => types.includes(f.type)).map((f) => `${f.type} via ${f.server}: ${f.reason}`))];
        const what = types.length < settings.recordTypes.length ? `${host.host} ${types.join(' and ')} could not be resolved` : `${host.host} could not be resolved`;
        return `${what} (${reasons.join('; ')}); its locked addresses are kept. Check that the DNS servers are reachable from the runner and answer for this host.`;
    });
    const unknown = unknownHosts(result);
    for (const host of unknown) {
        warnings.push(`${host.host} does not exist: every DNS server answered that there is no such host (NXDOMAIN), so no address is locked for it. Check its spelling in hosts.`);
    }
    for (const host of new Set(result.heldBack.map((held) => held.host))) {
        warnings.push(heldBackWarning(result.heldBack.filter((held) => held.host === host)));
    }
    for (const withheld of result.withheld) {
        warnings.push(`${withheld.host}: ${withheld.address} (${withheld.type}) was returned by ${withheld.from.join(', ')} but not by ${withheld.notFrom.join(', ')}; with add-when: all it is not added. If it is real, every server will return it once their caches catch up; if it stays, check the servers that return it.`);
    }
    // A host whose every type failed is already a failed host; one a partly failed server held back is too.
    const blocked = result.blockedHosts.filter((host) => !result.failedHosts.some((h) => h.host === host));
    if ((result.failedHosts.length === 0 && unknown.length === 0 && blocked.length === 0) || settings.onLookupFailure === 'warn')
        return { warnings };
    const parts = [];
    if (result.failedHosts.length > 0) {
        const named = unresolved.map(({ host, types }) => (types.length < settings.recordTypes.length ? `${host} (${types.join(', ')})` : host));
        parts.push(`${plural(result.failedHosts.length, 'host')} could not be resolved: ${named.join(', ')}. Their locked addresses were kept.`);
    }
    if (blocked.length > 0) {
        parts.push(`${plural(blocked.length, 'host')} had a DNS server fail while others answered, which held back a change: ${blocked.join(', ')}. Nothing was added or removed for ${blocked.length === 1 ? 'it' : 'them'} that not every server agreed on.`);
    }
    if (unknown.length > 0) {
        parts.push(`${plural(unknown.length, 'host')} ${unknown.length === 1 ? 'does' : 'do'} not exist in DNS: ${unknown.map((h) => h.host).join(', ')}.`);
    }
    return { warnings, failure: `${parts.join(' ')} With on-lookup-failure set to warn, this only warns.` };
}
/** One sentence per host naming the servers that failed, why, who answered, and what that held back. */
function heldBackWarning(held) {
    const failed = [...new Set(held.flatMap((h) => h.failed.map((f) => `${h.type} via ${f.server} (${f.reason})`)))].join(', ');
    const answered = [...new Set(held.flatMap((h) => h.answered))].join(', ');
    const effects = [];
    for (const h of held) {
        if (h.additions.length > 0) {
            effects.push(`${h.type} ${h.additions.join(', ')} not added: with add-when: all an address needs every server, and one that failed agreed to nothing`);
        }
        if (h.kept.length > 0) {
            effects.push(`${h.type} ${h.kept.join(', ')} kept in the lock though ${h.answered.join(', ')} left ${h.kept.length === 1 ? 'it' : 'them'} out: only every server answering without an address removes it`);
        }
    }
    const effect = effects.length > 0 ? effects.join('; ') : 'nothing held back, the lock follows the servers that answered';
    return `${held[0]?.host}: ${failed} gave no usable answer while ${answered} answered; ${effect}. Check that every DNS server is reachable from the runner and answers for this host.`;
}
function unresolvedTypes(observation, types) {
    return types.filter((type) => observation.decided[type] === undefined);
}

;// CONCATENATED MODULE: ./lib/modes/rehearsal.js


/**
 * DNS as the lock says it was, the usual answer of an hourly run: every server answering for every
 * host with the addresses the lock holds for it (departing ones left out). It is asked and read as
 * a run asks and reads DNS (resolveHosts), with resolvers that answer from the lock, so it has the
 * real observation's shape and order by construction.
 *
 * check and report compare the lock with it while the real answers are on their way (runLocal).
 * When DNS then says exactly this, that outcome is the run's: the same inputs through the same code
 * give the same outcome. Otherwise it is dropped, having had V8 compile the comparison, the report
 * and the outputs (about 60 KB of code) while the CPU waited instead of after the last answer.
 */
function observedAsLocked(lock, settings, servers) {
    const held = (host, type) => {
        const addresses = new Set();
        for (const environment of Object.values(lock?.environments ?? {})) {
            for (const address of Object.hasOwn(environment.hosts, host) ? (environment.hosts[host] ?? []) : []) {
                const departing = environment.departing && Object.hasOwn(environment.departing, address);
                if (!departing && isIPv6(address) === (type === 'AAAA'))
                    addresses.add(address);
            }
        }
        return addresses.size > 0 ? { kind: 'addresses', addresses: [...addresses] } : { kind: 'no-records' };
    };
    const fromLock = servers.map((server) => ({ server, lookup: async (host, type) => held(host, type), cancel() { } }));
    return resolveHosts(settings, fromLock);
}
/** Whether two observations say exactly the same: every host, server, type, address and failure, in order. */
function sameObservation(a, b) {
    const text = (observed) => JSON.stringify([observed.hosts, [...observed.observations]]);
    return text(a) === text(b);
}

;// CONCATENATED MODULE: ./lib/modes/local.js













/**
 * check and report modes: compare live DNS with the lock in the workspace. check fails when they
 * differ or the lock is missing, and on a pull request when it adds what DNS does not return;
 * report never fails on drift. Neither writes anything.
 */
async function runLocal(settings, context) {
    let answered = false;
    const settled = () => {
        answered = true;
    };
    context.observed.then(settled, settled);
    const sources = context.gate && (await context.gate);
    const head = sources?.head;
    const texts = new Map();
    const reads = new Map();
    // Each file is read once: the rehearsal's reads serve the comparison, which then reads nothing.
    const read = (file) => {
        let reading = reads.get(file);
        if (!reading) {
            reading = (async () => (head ? head.get(file) : await readTextFile(context.root, file, context.links)))();
            reads.set(file, reading);
        }
        return reading.then((text) => {
            texts.set(file, text);
            return text;
        });
    };
    const previousText = await read(settings.lockFile);
    // A malformed lock fails the run here, while DNS answers, and is never overwritten.
    const previous = parseLockIfPresent(previousText, head ? `${settings.lockFile} in the pull request` : settings.lockFile, context.now);
    const compare = (observed) => compareWithDns(settings, context, { sources, previous, previousText, texts, read }, observed);
    // See rehearsal.ts. A rehearsal that fails is dropped: it must not fail the run.
    const rehearsal = answered
        ? undefined
        : await Promise.resolve()
            .then(async () => {
            const expected = await observedAsLocked(previous, settings, context.servers ?? []);
            return { expected, outcome: await compare(expected) };
        })
            .catch(() => undefined);
    const observed = await context.observed;
    if (rehearsal && context.servers && sameObservation(rehearsal.expected, observed))
        return rehearsal.outcome;
    return compare(observed);
}
/** The outcome of check or report for what DNS says, given the lock (and, on a pull request, the base). */
async function compareWithDns(settings, context, lockRead, observed) {
    const { sources, previous, previousText, texts, read } = lockRead;
    // On a pull request, DNS is merged into the lock held to the base: what the pull request adds
    // beyond the base and DNS shows as removed, and fails the check.
    const confined = sources && previous ? confineToBase(previous, sources.base, observed, settings.lockFile, settings.addWhen) : undefined;
    const result = lockFromObservations({ settings, previous, previousText, mergeInto: confined?.lock, now: context.now, observed });
    const exports = await checkExports(settings, result.next, read);
    const failures = lookupFailures(result, settings);
    const check = settings.mode === 'check';
    // The lock is missing, or DNS added or removed an address or moved one between hosts. Report
    // mode says so as plainly as check mode; it only does not fail.
    const drift = result.previous === undefined || result.diff.drift;
    const stale = check && drift;
    const staleExports = describeStale(exports, settings.lockFile);
    const advice = [];
    const lockFile = markdownText(settings.lockFile);
    const findings = sources
        ? [
            ...(confined?.findings ?? []),
            ...exportFindings(sources.base, texts, exports.expected),
            ...removals(sources, previous, texts, settings, observed, context.now),
            ...canonicalFindings(previous, previousText, settings.lockFile),
        ]
        : [];
    if (sources)
        advice.push(...gateAdvice(sources, findings));
    if (result.previous === undefined)
        advice.push(`**${lockFile} does not exist yet.** ${context.updateHint}`);
    else if (drift)
        advice.push(`**${lockFile} is stale.** ${context.updateHint}`);
    else if (result.diff.environments.length > 0) {
        advice.push('The firewall needs no change yet. The next update of the lock records when these addresses left DNS, which starts their removal grace.');
    }
    else if (result.lockChanged) {
        advice.push(`${lockFile} holds the same addresses as DNS, but not in the lock's canonical form (order, case or spacing): the next update rewrites it.`);
    }
    if (staleExports)
        advice.push(`**Stale firewall files**: ${staleExports}. ${context.updateHint}`);
    const outcome = {
        result,
        exports,
        outputs: lockOutputs(result, exports),
        summary: renderMarkdown(result, {
            lockFile: settings.lockFile,
            title: checkHeadline(result, settings.lockFile, exports.stale),
            advice,
            lock: drift ? 'diff-and-file' : 'none',
            staleFiles: staleFiles(exports),
        }),
        warnings: failures.warnings,
    };
    const problems = [];
    if (findings.length > 0) {
        problems.push(`The pull request fails the gate (compared with ${sources?.base.label}): ${findings.join('; ')}.`);
    }
    if (stale) {
        const what = result.previous === undefined ? `${settings.lockFile} does not exist` : `${settings.lockFile} does not match DNS: ${describeDrift(result)}`;
        problems.push(`${what}. ${context.updateHint}`);
    }
    else if (check && staleExports)
        problems.push(`${staleExports}. ${context.updateHint}`);
    else if (failures.failure)
        problems.push(failures.failure);
    if (problems.length > 0)
        outcome.failure = problems.join(' ');
    return outcome;
}
/** What the pull request takes out of the lock and the exports that the action's own update would keep. */
function removals(sources, head, texts, settings, observed, now) {
    const kept = keptFromBase(sources.base.lock, settings, observed, now);
    if (kept === undefined)
        return [];
    return [
        ...removalFindings(head, kept, observed, settings.lockFile),
        ...exportRemovalFindings(sources.base.exports, texts, renderExports(kept, settings.exports, settings.lockFile)),
    ];
}
function gateAdvice(sources, findings) {
    const label = markdownText(sources.base.label);
    const advice = sources.notes.map(markdownText);
    if (findings.length === 0)
        advice.push(`**Pull request gate**: compared with ${label}, this pull request adds nothing that DNS does not return, removes nothing the action's own update keeps, and its lock is in the canonical form the action writes.`);
    else {
        advice.push(`**Pull request gate: failed.** Compared with ${label}, this pull request allows what DNS does not return now, takes out what the action's own update keeps, or commits a lock not in the form the action writes; only addresses DNS returns may enter the lock and the firewall files, only ones every server agrees are gone may leave:\n\n${findings.map((f) => `- ${markdownText(f)}`).join('\n')}`);
    }
    return advice;
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

;// CONCATENATED MODULE: ./lib/paths.js

// Paths from inputs (the lock file, every export) name files the action reads, commits through the
// API and the command line writes on a server. One rule for all of them, checked before anything
// is read or written: a relative path inside the repository, in characters every file system and
// every format that quotes it can hold, never inside `.git`.
/** Why a path cannot be used; undefined when it can. */
function pathProblem(value) {
    if (value === '')
        return 'it must name a file, such as ips.lock.json';
    // Control characters would add lines to the files that quote the path (a header comment, a
    // marker) and to the log; the others are refused by Windows, where repositories are checked out too.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
        return 'it must not hold control characters such as a line break';
    // Bidirectional controls make a name read differently from what it is (`vipps\u202Efnoc.txt`).
    if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(value))
        return 'it must not hold bidirectional text controls';
    if (/[<>:"|?*]/.test(value))
        return 'it must not hold any of < > : " | ? *';
    const slashed = value.replaceAll('\\', '/');
    if (slashed.startsWith('/'))
        return 'it must be a path inside the repository, such as firewall/ips.lock.json, not an absolute path';
    const normalized = external_node_path_default().posix.normalize(slashed);
    if (normalized === '..' || normalized.startsWith('../'))
        return 'it must stay inside the repository: it leads out with ..';
    if (normalized === '.' || slashed.endsWith('/') || normalized.endsWith('/.'))
        return 'it must name a file, not a folder';
    const parts = normalized.split('/');
    // Windows drops trailing dots and spaces, and may know `.git` by its short name GIT~1.
    if (parts.some((part) => /^(\.git|git~\d+)[. ]*$/i.test(part)))
        return 'it must not be inside .git, where it would corrupt the repository';
    if (parts.some((part) => Buffer.byteLength(part) > 255))
        return 'each part of it must be at most 255 bytes long';
    if (Buffer.byteLength(normalized) > 1024)
        return 'it must be at most 1024 bytes long';
    return undefined;
}
/** The path in its one form: `/` separators, no `.` or doubled separators. Call after pathProblem. */
function normalizePath(value) {
    return external_node_path_default().posix.normalize(value.replaceAll('\\', '/'));
}
/**
 * Why two paths the run writes cannot both be used, or undefined: the same file (letter case
 * ignored, as macOS and Windows do), or one is a folder the other would need to be a file.
 */
function pathCollision(a, b) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x === y)
        return a === b ? `${a} is named twice` : `${a} and ${b} are the same file where letter case is ignored`;
    if (y.startsWith(`${x}/`))
        return `${a} would have to be a folder for ${b}`;
    if (x.startsWith(`${y}/`))
        return `${b} would have to be a folder for ${a}`;
    return undefined;
}

;// CONCATENATED MODULE: ./lib/exports/spec.js



/**
 * Reads the `exports` input: one `format: path [environments=a,b] [key=value ...]` per line.
 * Every mistake names the line and what was expected. Paths follow the lock file's rules and may
 * not collide with the lock or with each other, so a run never writes one file twice.
 */
function parseExports(value, environments, lockFile) {
    const specs = [];
    for (const line of value
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))) {
        const match = /^([^\s:]+)\s*:\s*(\S+)((?:\s+\S+)*)$/.exec(line);
        if (!match)
            throw new InputError('exports', line, 'each line must be "format: path", such as "nginx: firewall/vipps.conf"');
        const [, format = '', file = '', rest = ''] = match;
        // Own keys only: `constructor` is not a format.
        if (!Object.hasOwn(FORMATS, format))
            throw new InputError('exports', line, `the format must be one of: ${Object.keys(FORMATS).join(', ')}`);
        const problem = pathProblem(file);
        if (problem)
            throw new InputError('exports', line, `the path ${problem.replace(/^it /, '')}`);
        const normalized = normalizePath(file);
        for (const other of [lockFile, ...specs.map((s) => s.path)]) {
            const collision = pathCollision(other, normalized);
            if (collision) {
                const what = other === lockFile ? `${lockFile} is the lock file` : `${other} is already written by another line`;
                throw new InputError('exports', line, `each export needs a path of its own: ${collision}, and ${what}`);
            }
        }
        specs.push(parseOptions(line, { format: format, path: normalized, options: {} }, rest, environments));
    }
    return specs;
}
function parseOptions(line, spec, rest, environments) {
    const allowed = FORMATS[spec.format].options;
    const takes = () => ['environments', ...Object.keys(allowed)].map((k) => `${k}=...`).join(', ');
    const seen = new Set();
    for (const option of rest.trim().split(/\s+/).filter(Boolean)) {
        const [key = '', optionValue] = option.split(/=(.*)/s);
        if (seen.has(key))
            throw new InputError('exports', line, `${key}= is given twice; give it once`);
        seen.add(key);
        if (key === 'environments' && optionValue) {
            spec.environments = [
                ...new Set(optionValue
                    .split(',')
                    .map((e) => e.trim())
                    .filter(Boolean)),
            ];
            const unknown = spec.environments.filter((e) => !environments.includes(e));
            if (unknown.length || spec.environments.length === 0) {
                throw new InputError('exports', line, `environments must be among those configured (${environments.join(', ')}), not ${unknown.join(', ') || 'none'}`);
            }
        }
        else if (Object.hasOwn(allowed, key) && optionValue) {
            const problem = allowed[key](optionValue);
            if (problem)
                throw new InputError('exports', line, `${key}=${optionValue} cannot be used: ${problem}`);
            spec.options[key] = optionValue;
        }
        else {
            throw new InputError('exports', line, `"${option}" is not an option of ${spec.format}: it takes ${takes()}`);
        }
    }
    return spec;
}

;// CONCATENATED MODULE: ./lib/settings.js






const MODES = ['check', 'pull-request', 'issue', 'report'];
const DEFAULTS = {
    mode: 'check',
    'lock-file': 'ips.lock.json',
    environments: DEFAULT_ENVIRONMENTS.join(', '),
    'record-types': 'A, AAAA',
    'removal-grace': '7d',
    'on-lookup-failure': 'fail',
    'add-when': 'any',
    'dns-timeout': '2000',
    'dns-attempts': '2',
    branch: 'vipps-ip-lock/update',
    draft: 'false',
    'dry-run': 'false',
};
function readSettings(read) {
    const input = (name) => {
        const value = read(name).trim();
        return value === '' && Object.hasOwn(DEFAULTS, name) ? DEFAULTS[name] : value;
    };
    const lockFile = parseLockFile(input('lock-file'));
    const groups = parseGroups(input('environments'), input('hosts'));
    return {
        mode: parseMode(input('mode')),
        lockFile,
        groups,
        // The same server named twice (a short name and its URL) is asked once.
        dnsServers: [...new Set(splitList(input('dns-servers')).map((server) => parseDnsServer(server)))],
        addWhen: parseChoice('add-when', input('add-when'), ['any', 'all']),
        recordTypes: parseRecordTypes(input('record-types')),
        removalGraceMs: parseDuration('removal-grace', input('removal-grace')),
        onLookupFailure: parseChoice('on-lookup-failure', input('on-lookup-failure'), ['fail', 'warn']),
        dnsTimeoutMs: parseInteger('dns-timeout', input('dns-timeout'), 50, 60_000),
        dnsAttempts: parseInteger('dns-attempts', input('dns-attempts'), 1, 10),
        exports: parseExports(input('exports'), groups.map((g) => g.name), lockFile),
        dryRun: parseBoolean('dry-run', input('dry-run')),
        github: {
            token: read('github-token').trim(),
            branch: parseBranch('branch', input('branch')),
            base: input('base') === '' ? '' : parseBranch('base', input('base')),
            labels: parseLabels(input('labels')),
            reviewers: parseLogins('reviewers', input('reviewers')),
            assignees: parseLogins('assignees', input('assignees')),
            draft: parseBoolean('draft', input('draft')),
        },
    };
}
/** Splits on commas and newlines, trims, drops empty items. */
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function parseMode(value) {
    return parseChoice('mode', value, MODES);
}
function parseChoice(name, value, choices) {
    if (choices.includes(value))
        return value;
    throw new InputError(name, value, `it must be one of: ${choices.join(', ')}`);
}
function parseBoolean(name, value) {
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new InputError(name, value, 'it must be true or false');
}
/**
 * Digits only: `Number()` would also take `1e3`, `0x10`, `1_000` and white space, which no one
 * means in a timeout.
 */
function parseInteger(name, value, min, max) {
    const number = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
    if (number >= min && number <= max)
        return number;
    throw new InputError(name, value, `it must be a whole number from ${min} to ${max}, in digits only`);
}
const DURATION_UNITS = new Map([
    ['m', 60_000],
    ['h', 3_600_000],
    ['d', 86_400_000],
]);
/** The longest removal grace: a year. Longer is a typo, and past the dates a lock can hold. */
const MAX_DURATION_MS = 365 * 86_400_000;
/** `0`, or a whole number with a unit: `30m`, `48h`, `7d`; at most 365d. */
function parseDuration(name, value) {
    const expected = 'it must be 0 or a whole number with a unit m, h or d, such as 30m, 48h or 7d, of at most 365d';
    if (value === '0')
        return 0;
    const match = /^(\d{1,15})([mhd])$/.exec(value);
    const ms = match ? Number(match[1]) * DURATION_UNITS.get(match[2]) : Number.NaN;
    if (!(ms >= 0 && ms <= MAX_DURATION_MS))
        throw new InputError(name, value, expected);
    return ms;
}
function parseLockFile(value) {
    const problem = pathProblem(value);
    if (problem)
        throw new InputError('lock-file', value, problem);
    return normalizePath(value);
}
/** Group names become lock keys, file names in exports and Markdown: short, plain, lower case. */
const GROUP_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const settings_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A DNS host name in lower case, without a final dot. */
function parseHostName(name, value) {
    // Only ASCII is folded: toLowerCase() turns a Kelvin sign (U+212A) into k, another name into this one.
    const host = asciiLower(value).replace(/\.$/, '');
    const labels = host.split('.');
    if (host.length <= 253 && labels.length >= 2 && labels.every((label) => settings_LABEL.test(label)))
        return host;
    throw new InputError(name, value, 'it must be a host name such as callback-1.vipps.no');
}
function parseGroups(environments, hosts) {
    const groups = [];
    // An empty input means the default, so `none` is how a workflow asks for custom hosts only.
    for (const name of environments === 'none' ? [] : splitList(environments)) {
        // Own keys only: `constructor` or `toString` must not find Object's methods.
        const preset = Object.hasOwn(PRESET_ENVIRONMENTS, name) ? PRESET_ENVIRONMENTS[name] : undefined;
        if (!preset) {
            throw new InputError('environments', name, `it must be one of: ${Object.keys(PRESET_ENVIRONMENTS).join(', ')}, or none`);
        }
        if (!groups.some((group) => group.name === name))
            groups.push({ name, hosts: [...preset] });
    }
    for (const line of hosts
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))) {
        const match = /^([^:]+):(.*)$/.exec(line);
        const name = match?.[1]?.trim() ?? '';
        if (!match || !GROUP_NAME.test(name)) {
            throw new InputError('hosts', line, 'each line must be "group: host1, host2" with a group name of up to 63 lower-case letters, digits, - or _');
        }
        if (groups.some((group) => group.name === name)) {
            throw new InputError('hosts', line, `the group "${name}" is already defined; give each group one line and a name of its own`);
        }
        const members = splitList(match[2] ?? '').map((host) => parseHostName('hosts', host));
        if (members.length === 0)
            throw new InputError('hosts', line, 'it must list at least one host after the colon');
        groups.push({ name, hosts: [...new Set(members)] });
    }
    if (groups.length === 0) {
        throw new InputError('environments', environments, 'at least one environment or a "hosts" group is needed');
    }
    return groups;
}
function parseRecordTypes(value) {
    const types = new Set();
    for (const item of splitList(value)) {
        const type = item.toUpperCase();
        if (type !== 'A' && type !== 'AAAA')
            throw new InputError('record-types', item, 'it must be A, AAAA or both');
        types.add(type);
    }
    if (types.size === 0)
        throw new InputError('record-types', value, 'it must be A, AAAA or both');
    return ['A', 'AAAA'].filter((t) => types.has(t));
}
function parseBranch(name, value) {
    // The rules of git check-ref-format that a branch name from a workflow file can break, in the
    // characters a branch name needs: it is quoted in summaries, bodies and URLs.
    if (/^[A-Za-z0-9._/+=-]{1,200}$/.test(value) && !/(^[/.-]|\/\.|\.\.|\/\/|[/.]$|\.lock$|\.lock\/)/.test(value))
        return value;
    throw new InputError(name, value, 'it must be a git branch name of letters, digits and . _ / + = -, such as vipps-ip-lock/update');
}
/** GitHub user names: letters, digits and single inner hyphens, 39 at most. */
function parseLogins(name, value) {
    const logins = splitList(value);
    for (const login of logins) {
        if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/.test(login))
            throw new InputError(name, login, 'it must be a GitHub user name, such as octocat');
    }
    return logins;
}
/** Labels as GitHub takes them: 1 to 50 characters, no control characters. */
function parseLabels(value) {
    const labels = splitList(value);
    for (const label of labels) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
        if (label.length > 50 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(label)) {
            throw new InputError('labels', label, 'each label must be 1 to 50 characters, without control characters');
        }
    }
    return labels;
}

;// CONCATENATED MODULE: ./lib/version.js
const VERSION = "1.0.0";

;// CONCATENATED MODULE: ./lib/cli/flags.js
/** The commands of the command line. */
const COMMANDS = ['resolve', 'check', 'update'];
const ALL = COMMANDS;
const WITH_LOCK = ['check', 'update'];
const FLAGS = [
    { name: 'lock-file', value: 'PATH', input: 'lock-file', commands: WITH_LOCK, help: 'the lock file (default ips.lock.json)' },
    { name: 'environments', value: 'LIST', input: 'environments', commands: ALL, help: 'preset environments, comma separated, or none (default below)' },
    { name: 'hosts', value: '"GROUP: HOST, HOST"', input: 'hosts', join: '\n', commands: ALL, help: 'an extra group of hosts (repeatable)' },
    {
        name: 'dns-server',
        value: 'SERVER',
        input: 'dns-servers',
        join: ',',
        commands: ALL,
        help: "a DNS server, each asked on its own (repeatable; default: this machine's resolvers): ip, ip:port, [ipv6]:port, https://host[:port]/path (DNS over HTTPS), tls://host[:port] or tls://address[:port]#name (DNS over TLS), runner, cloudflare, google, quad9",
    },
    {
        name: 'add-when',
        value: 'any|all',
        input: 'add-when',
        commands: ALL,
        help: 'add an address when any answering DNS server returns it (default), or only when every server answers with it (one that fails holds it back)',
    },
    { name: 'record-types', value: 'LIST', input: 'record-types', commands: ALL, help: 'A, AAAA or both (default both)' },
    {
        name: 'export',
        value: '"FORMAT: PATH"',
        input: 'exports',
        join: '\n',
        commands: WITH_LOCK,
        help: 'a firewall file kept in step with the lock (repeatable), such as "nginx: vipps.conf"',
    },
    {
        name: 'removal-grace',
        value: 'DURATION',
        input: 'removal-grace',
        commands: WITH_LOCK,
        help: 'how long an address that left DNS stays allowed (default 7d)',
    },
    {
        name: 'on-lookup-failure',
        value: 'fail|warn',
        input: 'on-lookup-failure',
        commands: ALL,
        help: 'a host that cannot be resolved fails the run (default), or only warns',
    },
    { name: 'dns-timeout', value: 'MS', input: 'dns-timeout', commands: ALL, help: 'first-attempt timeout of a query, in milliseconds (default 2000)' },
    { name: 'dns-attempts', value: 'N', input: 'dns-attempts', commands: ALL, help: 'attempts per query (default 2)' },
    {
        name: 'base',
        value: 'REV',
        commands: ['check'],
        help: 'also hold the lock and exports against git revision REV, such as origin/main: fail on any address or firewall line DNS does not return (the check gate of a pull request)',
    },
    { name: 'json', commands: ALL, help: 'print one JSON object on stdout, errors included' },
    { name: 'help', commands: ALL, help: 'show help for the command' },
];
/** The flag a settings input came from, as a user types it. */
function flagOfInput(input) {
    const flag = FLAGS.find((f) => f.input === input);
    return flag && `--${flag.name}`;
}

;// CONCATENATED MODULE: ./lib/cli/suggest.js
/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The known word closest to what was typed, when it is close enough to be a typo: a third of its
 * length at most, so `--dns-servers` finds `--dns-server` and `--frobnicate` finds nothing.
 */
function nearest(typed, known) {
    let best;
    for (const word of known) {
        const distance = editDistance(typed.toLowerCase(), word);
        if (!best || distance < best.distance)
            best = { word, distance };
    }
    if (!best)
        return undefined;
    const limit = Math.max(1, Math.floor(Math.max(typed.length, best.word.length) / 3));
    if (best.distance <= limit)
        return best.word;
    const candidates = partialMatches(typed, known);
    return candidates.length === 1 ? candidates[0] : undefined;
}
/**
 * Known words that start with what was typed (`--env` for `--environments`), or that what was typed
 * starts with (`--export-file` for `--export`).
 */
function partialMatches(typed, known) {
    const lower = typed.toLowerCase();
    if (lower.replace(/^-+/, '').length < 3)
        return [];
    return known.filter((word) => word.startsWith(lower) || lower.startsWith(`${word}-`));
}

;// CONCATENATED MODULE: ./lib/cli/args.js



/** A mistake on the command line: names what was typed, and the nearest known word when there is one. */
class UsageError extends UserError {
    flag;
    suggestion;
    name = 'UsageError';
    constructor(message, flag, suggestion) {
        super(message);
        this.flag = flag;
        this.suggestion = suggestion;
    }
}
const WORDS = [...COMMANDS, 'help'];
/**
 * Reads the arguments without Node's parseArgs, whose messages speak of its own rules: every
 * mistake here names the flag or word as typed, and suggests the nearest known one.
 */
function parseArgs(argv) {
    const parsed = { command: undefined, topic: undefined, help: false, version: false, json: false, values: new Map() };
    const positionals = [];
    const flags = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '-h') {
            parsed.help = true;
            continue;
        }
        if (arg === '--version' || arg === '-V') {
            parsed.version = true;
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const [typed, inline] = splitInline(arg);
        const spec = FLAGS.find((f) => `--${f.name}` === typed);
        if (!spec)
            throw unknownFlag(typed);
        if (spec.value === undefined) {
            if (inline !== undefined)
                throw new UsageError(`${typed} takes no value (given "${inline}").`, typed);
            if (spec.name === 'json')
                parsed.json = true;
            else
                parsed.help = true;
            flags.push({ spec, typed });
            continue;
        }
        let value = inline;
        if (value === undefined) {
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw new UsageError(`${typed} needs a value: ${typed} ${spec.value}.`, typed);
            }
            value = next;
            i++;
        }
        const values = parsed.values.get(spec.name) ?? [];
        if (values.length > 0 && !spec.join)
            throw new UsageError(`${typed} is given twice; give it once.`, typed);
        parsed.values.set(spec.name, [...values, value]);
        flags.push({ spec, typed });
    }
    const [first, ...rest] = positionals;
    if (first !== undefined)
        parsed.command = commandOf(first);
    if (parsed.command === 'help') {
        const [topic, ...extra] = rest;
        if (topic !== undefined)
            parsed.topic = commandOf(topic, COMMANDS);
        if (extra.length > 0)
            throw unexpected(extra[0]);
    }
    else if (rest.length > 0)
        throw unexpected(rest[0]);
    const command = parsed.command === 'help' ? undefined : parsed.command;
    if (command) {
        for (const { spec, typed } of flags) {
            if (!spec.commands.includes(command)) {
                const why = command === 'resolve' ? ' (resolve reads no lock file and writes nothing)' : '';
                throw new UsageError(`${typed} is not a flag of ${command}${why}; it is one of ${spec.commands.join(' and ')}.`, typed);
            }
        }
    }
    return parsed;
}
function splitInline(arg) {
    const equals = arg.indexOf('=');
    return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}
function commandOf(word, known = WORDS) {
    if (known.includes(word))
        return word;
    const suggestion = nearest(word, known);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    throw new UsageError(`Unknown command "${word}".${hint} The commands are ${COMMANDS.join(', ')} and help.`, undefined, suggestion);
}
function unknownFlag(typed) {
    const known = [...FLAGS.map((f) => `--${f.name}`), '--version'];
    const long = typed.startsWith('--') ? typed : `-${typed}`;
    // -v is --version in many tools; here it is not a flag of its own, so that it never means verbose.
    const suggestion = typed === '-v' ? '--version' : nearest(long, known);
    const several = suggestion ? [] : partialMatches(long, known);
    const hint = suggestion ? ` Did you mean ${suggestion}?` : several.length > 1 ? ` Did you mean ${several.slice(0, -1).join(', ')} or ${several.at(-1)}?` : '';
    return new UsageError(`Unknown flag ${typed}.${hint} See vipps-ip-lock help.`, typed, suggestion);
}
function unexpected(word) {
    return new UsageError(`Unexpected argument "${word}": give one command, then flags (values with spaces in quotes).`);
}

;// CONCATENATED MODULE: ./lib/cli/exit-codes.js
/**
 * The command line's exit statuses: one per outcome, so a script or a systemd unit can act on each
 * (reload a firewall only on WRITTEN). 0, 1 and 2 keep their first meanings: up to date, stale,
 * bad input.
 */
const EXIT = {
    /** check: the lock and every firewall file match DNS. update: nothing to write. resolve: every host answered. */
    upToDate: 0,
    /** check: the lock or a firewall file is stale or missing. */
    stale: 1,
    /** A flag, a command or the lock file cannot be used: nothing was asked or written. */
    badInput: 2,
    /** update: the lock or a firewall file changed and was written. */
    written: 3,
    /** A host could not be resolved, or does not exist: nothing was written. */
    lookupFailed: 4,
    /** Anything else, such as a file that could not be written. */
    error: 5,
};
/** What each status means, for `help` (and the README, which a test keeps in step). */
const EXIT_MEANINGS = [
    [EXIT.upToDate, 'up to date: nothing to change (update wrote nothing; resolve: every host answered)'],
    [EXIT.stale, 'stale: the lock or a firewall file does not match DNS, or is missing (check)'],
    [EXIT.badInput, 'bad input: an unknown command or flag, a bad value, or an unreadable lock file'],
    [EXIT.written, 'changed and written: update wrote the lock or a firewall file'],
    [EXIT.lookupFailed, 'lookup failed: a host could not be resolved or does not exist; nothing was written'],
    [EXIT.error, 'error: anything else, such as a file that could not be written'],
];

;// CONCATENATED MODULE: ./lib/cli/help.js



const SUMMARIES = {
    resolve: 'print what DNS gives for every server now; reads and writes no file',
    check: 'compare DNS with the lock file and the firewall files; write nothing',
    update: 'write the lock file and the firewall files from DNS; never over a malformed lock',
};
const DETAILS = {
    resolve: `Asks every DNS server about every host of the environments, and prints each host's
addresses and each environment's union: what a lock file would hold.`,
    check: `Compares live DNS with the lock file and every --export file. Exits 1 while one of them is
stale or missing, and says what changed. An address that left DNS stays allowed for the removal
grace, so a check does not fail inside it.`,
    update: `Brings the lock file and every --export file in step with DNS, writing only what changed
(through a temporary file and a rename). Exits 3 when it wrote something: reload the firewall
then. A host that cannot be resolved fails the run and nothing is written, unless
--on-lookup-failure warn (its locked addresses are then kept).`,
};
const EXAMPLES = {
    resolve: ['vipps-ip-lock resolve --environments production --dns-server 1.1.1.1'],
    check: ['vipps-ip-lock check', 'vipps-ip-lock check --export "nginx: firewall/vipps.conf" --json'],
    update: ['vipps-ip-lock update --export "nginx: vipps.conf"; [ $? -eq 3 ] && nginx -t && systemctl reload nginx'],
};
function generalHelp() {
    const width = Math.max(...COMMANDS.map((c) => c.length));
    return [
        "vipps-ip-lock: keep a lock file, and your firewall, in step with Vipps MobilePay's callback servers.",
        '',
        'Usage: vipps-ip-lock <command> [flags]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.padEnd(width)}  ${SUMMARIES[c]}`),
        `  ${'help'.padEnd(width)}  help COMMAND shows a command's flags`,
        '',
        'Flags:',
        ...flagLines(undefined),
        '  --version                  print the version',
        '',
        ...environmentLines(),
        '',
        ...exitLines(),
    ]
        .join('\n')
        .concat('\n');
}
function commandHelp(command) {
    return [
        `Usage: vipps-ip-lock ${command} [flags]`,
        '',
        SUMMARIES[command].replace(/^./, (c) => c.toUpperCase()).concat('.'),
        '',
        DETAILS[command],
        '',
        'Flags:',
        ...flagLines(command),
        '',
        ...environmentLines(),
        '',
        'Examples:',
        ...EXAMPLES[command].map((e) => `  ${e}`),
        '',
        ...exitLines(),
    ]
        .join('\n')
        .concat('\n');
}
function flagLines(command) {
    const lines = [];
    for (const flag of FLAGS) {
        if (command && !flag.commands.includes(command))
            continue;
        const usage = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}${flag.name === 'help' ? ', -h' : ''}`;
        const only = !command && flag.commands.length < COMMANDS.length ? ` [${flag.commands.join(', ')}]` : '';
        const text = wrap(`${flag.help}${only}`, WIDTH - 29);
        if (usage.length > 25)
            lines.push(`  ${usage}`, ...text.map((line) => `${''.padEnd(29)}${line}`));
        else
            lines.push(...text.map((line, i) => (i === 0 ? `  ${usage.padEnd(25)}  ${line}` : `${''.padEnd(29)}${line}`)));
    }
    return lines;
}
/** Help fits a terminal of 100 columns. */
const WIDTH = 100;
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line];
}
function environmentLines() {
    const width = Math.max(...Object.keys(PRESET_ENVIRONMENTS).map((n) => n.length));
    return [
        `Environments (default: ${DEFAULT_ENVIRONMENTS.join(', ')}):`,
        ...Object.entries(PRESET_ENVIRONMENTS).map(([name, hosts]) => `  ${name.padEnd(width)}  ${hosts.join(', ')}`),
    ];
}
function exitLines() {
    return ['Exit status:', ...EXIT_MEANINGS.map(([code, meaning]) => `  ${code}  ${meaning}`)];
}

;// CONCATENATED MODULE: ./lib/cli/json.js
function hostsJson(result) {
    return result.hosts.map((h) => ({
        host: h.host,
        groups: h.groups,
        status: h.status,
        addresses: [...new Set(Object.values(h.observation.decided).flat())],
        failures: h.observation.failures.map((f) => ({ type: f.type, server: f.server, reason: f.reason })),
        ignored: h.observation.rejected.map((r) => ({ address: r.address, reason: r.reason })),
    }));
}
function printJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./lib/cli/render.js


const SIGNS = { added: '+', removed: '-', departing: '~', moved: '=' };
/** resolve, for a terminal: each environment's addresses, then each host's, or why it has none. */
function renderResolved(result) {
    const lines = [];
    const width = Math.max(...result.hosts.map((h) => h.host.length));
    for (const [name, environment] of Object.entries(result.next.environments)) {
        lines.push(`${name}: ${environment.addresses.join(' ') || 'no addresses'}`);
        for (const host of result.hosts.filter((h) => h.groups.includes(name))) {
            lines.push(`  ${host.host.padEnd(width)}  ${hostLine(host)}`);
        }
    }
    // A group none of whose hosts resolved has no environment in the result: its hosts still show.
    for (const host of result.hosts.filter((h) => !h.groups.some((g) => g in result.next.environments))) {
        lines.push(`${host.groups.join(', ')}: no addresses`, `  ${host.host.padEnd(width)}  ${hostLine(host)}`);
    }
    lines.push(...withheldLines(result));
    return `${lines.join('\n')}\n`;
}
/** Addresses add-when all kept out of the lock, with who returned them and who did not. */
function withheldLines(result) {
    return result.withheld.map((w) => `  ! ${w.host} ${w.type}: ${w.address} not added, returned by ${w.from.join(', ')} but not by ${w.notFrom.join(', ')} (--add-when all)`);
}
function hostLine(host) {
    const addresses = Object.values(host.observation.decided).flat();
    switch (host.status) {
        case 'no-such-host':
            return 'no such host (NXDOMAIN)';
        case 'failed':
            return `not resolved: ${failures(host)}`;
        case 'partial':
            return `${addresses.join(' ') || 'no addresses'} (not resolved: ${failures(host)})`;
        default:
            return addresses.join(' ') || 'no addresses';
    }
}
function failures(host) {
    return [...new Set(host.observation.failures.map((f) => `${f.type} via ${f.server}: ${f.reason}`))].join('; ');
}
/** check and update, for a terminal: what changed against the lock, and every lookup problem. */
function renderCompared(outcome, lockFile) {
    const { result, exports } = outcome;
    const first = checkHeadline(result, lockFile, exports.stale);
    const lines = [first];
    if (result.previous) {
        for (const row of addressRows(result)) {
            lines.push(`  ${SIGNS[row.change]} ${row.environment.padEnd(18)} ${row.address.padEnd(40)} ${row.hosts.join(', ')}${row.note ? `  (${row.note})` : ''}`);
        }
    }
    else {
        for (const [name, environment] of Object.entries(result.next.environments)) {
            lines.push(`  ${name.padEnd(18)} ${environment.addresses.join(' ') || 'none'}`);
        }
    }
    // Each host some server did not answer for, once, with its reasons and what the lock did.
    for (const problem of dnsProblems(result))
        lines.push(`  ! ${problem.host}: ${problem.reasons.join('; ')} (${problem.effect})`);
    for (const host of unknownHosts(result))
        lines.push(`  ! ${host.host} does not exist: no such host (NXDOMAIN) at every DNS server`);
    lines.push(...withheldLines(result));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/cli/main.js















const PROCESS_STREAMS = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
};
const UPDATE_HINT = 'Run `vipps-ip-lock update` to write it.';
/**
 * The command line: returns the exit status and never throws. Everything goes to stdout as text,
 * or with --json as one JSON object (errors too); warnings and errors also go to stderr as text.
 */
async function main(argv, streams = PROCESS_STREAMS, cwd = process.cwd()) {
    // Known before the arguments are read, so that a usage error is JSON too.
    let json = argv.includes('--json');
    let command = null;
    try {
        const args = parseArgs(argv);
        json = args.json;
        command = args.command ?? null;
        if (args.version) {
            streams.stdout(json ? printJson({ version: VERSION }) : `${VERSION}\n`);
            return EXIT.upToDate;
        }
        if (args.command === 'help' || args.help) {
            const topic = args.command === 'help' ? args.topic : args.command;
            const text = topic ? commandHelp(topic) : generalHelp();
            streams.stdout(json ? printJson({ command: 'help', topic: topic ?? null, exitCode: EXIT.upToDate, text }) : text);
            return EXIT.upToDate;
        }
        if (!args.command) {
            streams.stderr(generalHelp());
            throw new UsageError('No command given: use resolve, check or update.');
        }
        const settings = settingsOf(args.command, args);
        // The queries leave first; the lock is read during the round trip.
        const dns = askDns(settings);
        try {
            await dns.sent;
            return await runCommand(args.command, settings, dns.observed, { streams, json, cwd, base: args.values.get('base')?.[0] });
        }
        finally {
            // A command that failed early does not wait for answers it will not use.
            dns.cancel();
        }
    }
    catch (error) {
        const failure = describeError(error, command);
        streams.stderr(`error: ${failure.error.message}\n`);
        if (json)
            streams.stdout(printJson(failure));
        return failure.exitCode;
    }
}
/** The settings, from flags that fill the action's inputs: one validation for both. */
function settingsOf(command, args) {
    const inputs = { mode: command === 'check' ? 'check' : 'report' };
    for (const flag of FLAGS) {
        const values = args.values.get(flag.name);
        if (flag.input && values)
            inputs[flag.input] = values.join(flag.join ?? '');
    }
    return readSettings((name) => inputs[name] ?? '');
}
async function runCommand(command, settings, observed, context) {
    const { streams } = context;
    const now = new Date();
    if (command === 'resolve') {
        const result = lockFromObservations({ settings, previous: undefined, now, observed: await observed });
        const lookup = lookupFailures(result, settings);
        const exitCode = lookup.failure ? EXIT.lookupFailed : EXIT.upToDate;
        // resolve reads no lock: its warnings name hosts and reasons, not what a lock keeps.
        const warnings = lookup.warnings.map((w) => inCommandLineWords(w.replace(/; its locked addresses are kept\./, '.')));
        const failure = lookup.failure === undefined ? null : inCommandLineWords(lookup.failure.replace(/ Their locked addresses were kept\./, ''));
        for (const warning of warnings)
            streams.stderr(`warning: ${warning}\n`);
        if (failure)
            streams.stderr(`error: ${failure}\n`);
        if (context.json) {
            const report = {
                command,
                status: failure ? 'lookup-failed' : 'resolved',
                exitCode,
                addresses: [...new Set(Object.values(result.next.environments).flatMap((e) => e.addresses))],
                hosts: hostsJson(result),
                lock: result.next,
                warnings,
                failure,
            };
            streams.stdout(printJson(report));
        }
        else
            streams.stdout(renderResolved(result));
        return exitCode;
    }
    // A server's owner may link a firewall file to where the server reads it, such as /etc/nginx.
    // `check --base` gates a pull request's checkout: its links are untrusted and stay inside it.
    const outcome = await runLocal(settings, {
        root: context.cwd,
        observed,
        now,
        updateHint: UPDATE_HINT,
        links: context.base === undefined ? 'anywhere' : 'inside',
        gate: gateOf(context, settings, now),
    });
    const lookup = lookupFailures(outcome.result, settings);
    // The firewall files first, the lock last: if a write fails, the lock does not yet say the
    // files are in step, and the next update writes them again.
    const writes = new Map(outcome.exports.stale.map((file) => [file, outcome.exports.expected.get(file)]));
    if (outcome.result.lockChanged)
        writes.set(settings.lockFile, outcome.result.nextText);
    const failures = [...new Set([outcome.failure, lookup.failure].filter((f) => f !== undefined))].map(inCommandLineWords);
    const warnings = outcome.warnings.map(inCommandLineWords);
    let status;
    const written = [];
    if (lookup.failure)
        status = 'lookup-failed';
    else if (command === 'check')
        status = outcome.failure ? 'stale' : 'up-to-date';
    else {
        // Nothing is written while a lookup fails (above): the next run, with DNS back, writes it all.
        await writeTextFiles(context.cwd, writes, 'anywhere');
        written.push(...writes.keys());
        status = written.length > 0 ? 'written' : 'up-to-date';
    }
    const exitCode = { 'up-to-date': EXIT.upToDate, stale: EXIT.stale, written: EXIT.written, 'lookup-failed': EXIT.lookupFailed }[status];
    for (const warning of warnings)
        streams.stderr(`warning: ${warning}\n`);
    for (const failure of failures)
        streams.stderr(`error: ${failure}\n`);
    if (context.json) {
        const outputs = outcome.outputs;
        const list = (name) => JSON.parse(outputs[name] ?? '[]');
        const report = {
            command,
            status,
            exitCode,
            lockFile: settings.lockFile,
            changed: outputs.changed === 'true',
            added: list('added'),
            removed: list('removed'),
            addresses: list('addresses'),
            departing: list('departing'),
            staleExports: list('stale-exports'),
            written,
            hosts: hostsJson(outcome.result),
            lock: outcome.result.next,
            warnings,
            failure: failures.length > 0 ? failures.join(' ') : null,
        };
        streams.stdout(printJson(report));
    }
    else {
        streams.stdout(renderCompared(outcome, settings.lockFile));
        if (command === 'update') {
            if (status === 'lookup-failed')
                streams.stdout(`nothing written: a lookup failed${writes.size > 0 ? ` (${[...writes.keys()].join(', ')} would change)` : ''}\n`);
            else
                streams.stdout(written.length > 0 ? `wrote ${written.join(', ')}\n` : 'nothing to write\n');
        }
    }
    return exitCode;
}
/** `check --base REV`: the check gate of the action, against a commit of the git repository here. */
function gateOf(context, settings, now) {
    const rev = context.base;
    if (rev === undefined)
        return undefined;
    const root = context.cwd;
    const sources = gitRevision(root, rev).then((base) => readGateSources({ name: 'check --base', base }, { settings, root, now, connect: async () => undefined }));
    // Awaited by runLocal; until then a refusal must not count as an unhandled rejection.
    sources.catch(() => { });
    return sources;
}
/** The engine's messages speak of the action's inputs and runner; here, of flags and this machine. */
function inCommandLineWords(message) {
    return message
        .replace('With on-lookup-failure set to warn,', 'With --on-lookup-failure warn,')
        .replace('reachable from the runner', 'reachable from this machine')
        .replace('Check its spelling in hosts.', 'Check its spelling in --hosts.')
        .replace('with add-when: all it is not added', 'with --add-when all it is not added');
}
/** Any error as the JSON object --json prints, with the exit status it means. */
function describeError(error, command) {
    if (error instanceof UsageError) {
        return failureJson(command, 'bad-input', { message: error.message, flag: error.flag ?? null, value: null, suggestion: error.suggestion ?? null });
    }
    if (error instanceof InputError) {
        // The settings speak the action's words ("Input dns-servers"); here the flag is named as typed.
        const flag = flagOfInput(error.input) ?? `--${error.input}`;
        const message = `${flag} has the value ${JSON.stringify(error.value)}, but ${error.expected}.`;
        return failureJson(command, 'bad-input', { message, flag, value: error.value, suggestion: null });
    }
    const details = { message: messageOf(error), flag: null, value: null, suggestion: null };
    return failureJson(command, error instanceof UserError ? 'bad-input' : 'error', details);
}
function failureJson(command, status, error) {
    return { command, status, exitCode: status === 'bad-input' ? EXIT.badInput : EXIT.error, error };
}

;// CONCATENATED MODULE: ./lib/cli.js

// main() turns every error into a message and an exit status; it never throws.
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

})();

module.exports = __webpack_exports__;
/******/ })()
;