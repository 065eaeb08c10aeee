// A TCP proxy on 127.0.0.1 that puts a network's round trip between a client and a server on the
// same machine: the TCP handshake costs one round trip (nothing the client sends goes on before
// it), and every chunk after it takes half a round trip each way, in order. The benchmark puts DNS
// over HTTPS, DNS over TLS and their floor behind the same proxy, so they pay the same latency.
import net from 'node:net';

/** Delivers chunks to `socket` at their due times, in the order they came. */
function delayedWriter(socket) {
  const queue = [];
  let timer;
  const drain = () => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0].due <= now) socket.write(queue.shift().chunk);
    if (queue.length > 0) timer = setTimeout(drain, queue[0].due - now);
  };
  return (chunk, due) => {
    queue.push({ chunk, due: Math.max(due, queue.at(-1)?.due ?? 0) });
    if (timer === undefined) timer = setTimeout(drain, Math.max(0, queue[0].due - performance.now()));
  };
}

/**
 * @param {{ port: number, rttMs: number }} target the server's port on 127.0.0.1, and the round trip to add
 */
export async function startLatencyProxy(target) {
  const sockets = new Set();
  const server = net.createServer((client) => {
    const connected = performance.now();
    const upstream = net.connect(target.port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    const toServer = delayedWriter(upstream);
    const toClient = delayedWriter(client);
    const half = target.rttMs / 2;
    client.on('data', (chunk) => toServer(chunk, Math.max(performance.now(), connected + target.rttMs) + half));
    upstream.on('data', (chunk) => toClient(chunk, performance.now() + half));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
