import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './action.js';

const run = promisify(execFile);

export interface KeyPair {
  key: string;
  cert: string;
  keyFile: string;
  certFile: string;
}

export interface TestCertificates {
  dir: string;
  /** The test CA's certificate, in PEM: what NODE_EXTRA_CA_CERTS points at. */
  caFile: string;
  ca: string;
  /** Signed by the test CA for dns.test, localhost and 127.0.0.1. */
  server: KeyPair;
  /** Signed by the test CA for other.test only: the wrong name for every server here. */
  otherName: KeyPair;
  /** Self-signed for the same names as `server`: right names, untrusted issuer. */
  untrusted: KeyPair;
}

export const SERVER_NAMES = 'DNS:dns.test,DNS:localhost,IP:127.0.0.1';

/** A throwaway CA and server certificates, made with Debian's openssl for this test run only. */
export async function makeTestCertificates(): Promise<TestCertificates> {
  const dir = await tempDir('vipps-ip-lock-ca-');
  const file = (name: string) => path.join(dir, name);
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2'];
  await run('openssl', [
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-subj',
    '/CN=vipps-ip-lock test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const leaf = async (name: string, subjectAltName: string, signed: boolean): Promise<KeyPair> => {
    const keyFile = file(`${name}.key`);
    const certFile = file(`${name}.pem`);
    await run('openssl', [
      'req',
      '-x509',
      ...ecKey,
      ...(signed ? ['-CA', file('ca.pem'), '-CAkey', file('ca.key')] : []),
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=${subjectAltName}`,
      '-addext',
      'extendedKeyUsage=serverAuth',
    ]);
    return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8'), keyFile, certFile };
  };
  const [server, otherName, untrusted] = await Promise.all([
    leaf('server', SERVER_NAMES, true),
    leaf('other', 'DNS:other.test', true),
    leaf('untrusted', SERVER_NAMES, false),
  ]);
  return { dir, caFile: file('ca.pem'), ca: await readFile(file('ca.pem'), 'utf8'), server, otherName, untrusted };
}
