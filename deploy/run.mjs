// Runs the production configuration for a check: a real, unprivileged nginx with
// deploy/nginx.conf over a precompressed copy of a build, on 127.0.0.1 and a free port.
// Used by tests/e2e/nginx.test.mjs and bench/load.mjs.
//
//   const site = await startNginx({ dist });   // { url, dist, brotli, policy, logs(), stop() }
//   startNginx({ dist, brotli: 'off' })         // gzip_static only; 'on' fails without the module
//   …
//   await site.stop();

import { spawn, spawnSync } from 'node:child_process';
import { chmod, chown, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findNginx, prepareNginx } from './prepare.mjs';

/** nginx runs as this user when started as root (CI containers). */
const NOBODY = 65534;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function chownTree(dir, uid, gid) {
  await chown(dir, uid, gid);
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await chownTree(p, uid, gid);
    else await chown(p, uid, gid);
  }
}

function answers(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(true));
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
  });
}

/**
 * Starts nginx on a copy of `dist`; throws with nginx's own messages when it cannot.
 * `brotli`: 'auto' (the module when installed), 'on' (throws without it) or 'off'.
 */
export async function startNginx({ dist, brotli = 'auto' }) {
  const nginx = findNginx();
  if (!nginx) {
    throw new Error(
      'nginx is not installed: run scripts/setup.sh (Debian nginx and libnginx-mod-http-brotli-static), ' +
        'or set NGINX=/path/to/nginx',
    );
  }
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'ots-atlas-nginx-'));
  await chmod(prefix, 0o755);
  // A copy of the build, precompressed by prepareNginx (the given dist stays as it is).
  const copy = path.join(prefix, 'dist');
  await cp(dist, copy, { recursive: true, preserveTimestamps: true, dereference: true });
  const port = await freePort();
  const prepared = await prepareNginx({ dist: copy, prefix: path.join(prefix, 'nginx'), port, nginx, brotli });
  const url = `http://127.0.0.1:${port}`;

  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chownTree(prefix, NOBODY, NOBODY);
  const user = asRoot ? { uid: NOBODY, gid: NOBODY } : {};

  let stderr = '';
  const logs = async () => {
    const log = await readFile(path.join(prefix, 'nginx/logs/error.log'), 'utf8').catch(() => '');
    return `nginx stderr:\n${stderr.trim() || '(empty)'}\nlogs/error.log:\n${log.trim() || '(empty)'}`;
  };
  const check = spawnSync(nginx, [...prepared.args.slice(0, -2), '-t'], { encoding: 'utf8', ...user });
  if (check.status !== 0) throw new Error(`nginx -t rejected deploy/nginx.conf:\n${check.stderr}${check.stdout}`);

  const proc = spawn(nginx, prepared.args, { stdio: ['ignore', 'ignore', 'pipe'], ...user });
  proc.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  while (!(await answers(`${url}/`))) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('running'), 100))]);
    if (code !== 'running') throw new Error(`nginx exited with ${code}\n${await logs()}`);
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url} within 15 s\n${await logs()}`);
  }

  const stop = async () => {
    if (proc.exitCode === null) {
      proc.kill('SIGQUIT');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(prefix, { recursive: true, force: true });
  };
  return { url, dist: copy, prefix, brotli: prepared.brotli, policy: prepared.policy, logs, stop };
}
