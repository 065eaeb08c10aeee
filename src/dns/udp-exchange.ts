import dgram from 'node:dgram';
import { messageId, networkFailure, withDeadline } from './exchange-deadline.js';
import type { ServerAddress } from './server-address.js';
import type { ExchangeOptions } from './transport.js';

/**
 * One query over UDP, from a fresh socket: the operating system gives it a random source port,
 * which with the random ID is what makes a forged answer hard to land (RFC 5452). The socket is
 * connected, so the kernel drops datagrams from any other address; a datagram whose ID or source
 * port is not the query's is ignored and the wait goes on, so a forgery sent first cannot take the
 * real answer's place.
 */
export function udpExchange(server: ServerAddress, query: Uint8Array, options: ExchangeOptions, closing?: AbortSignal): Promise<Uint8Array> {
  const id = messageId(query);
  return withDeadline(
    options,
    (settle) => {
      const socket = dgram.createSocket({ type: server.family === 6 ? 'udp6' : 'udp4', lookup: noLookup });
      socket.on('message', (message, remote) => {
        if (remote.port === server.port && messageId(message) === id) settle.resolve(message);
      });
      socket.on('error', (error) => settle.reject(networkFailure(error, 'UDP exchange failed')));
      const failed = (error: Error | null | undefined): void => {
        if (error) settle.reject(networkFailure(error, 'UDP exchange failed'));
      };
      // A connect that fails (no route to the server: ENETUNREACH) calls back with its error, and
      // the socket is then not connected: sending on it would fail on its arguments, not the network.
      socket.connect(server.port, server.host, (error?: Error) => {
        if (error) return failed(error);
        try {
          socket.send(query, failed);
        } catch (thrown) {
          // The socket was closed meanwhile: the exchange is already over.
          failed(thrown as Error);
        }
      });
      return () => socket.close();
    },
    closing,
  );
}

/**
 * The server is an IP address (server-address.ts parses it), and so is the address a socket binds
 * to: there is nothing to look up. Node's own lookup would still go through node:dns and a tick,
 * twice per query, before the query leaves.
 */
function noLookup(address: string, _family: unknown, callback: (error: null, address: string, family: number) => void): void {
  callback(null, address, address.includes(':') ? 6 : 4);
}
