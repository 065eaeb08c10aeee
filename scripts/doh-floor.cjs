// The floor for DNS over HTTPS: a bare node:http2 client that makes the same TCP and TLS
// handshakes as the action, sends every query at once on one connection, and waits for every
// answer. Usage: node scripts/doh-floor.cjs https://host:port/path host1 host2 ...
const http2 = require('node:http2');

const [url, ...hosts] = process.argv.slice(2);
const { origin, pathname } = new URL(url);

/** A wire-format query: ID 0, recursion desired, one question of `type` (1 A, 28 AAAA) class IN. */
function query(name, type) {
  const labels = name.split('.').map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)]));
  return Buffer.concat([Buffer.from([0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]), ...labels, Buffer.from([0, 0, type, 0, 1])]);
}

const session = http2.connect(origin);
const asked = hosts.flatMap((host) =>
  [1, 28].map(
    (type) =>
      new Promise((resolve, reject) => {
        const stream = session.request({ ':method': 'POST', ':path': pathname, 'content-type': 'application/dns-message', accept: 'application/dns-message' });
        stream.on('data', () => {});
        stream.on('end', resolve);
        stream.on('error', reject);
        stream.end(query(host, type));
      }),
  ),
);
Promise.all(asked).then(
  () => session.close(),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
