/**
 * The processes a bench measures: API instances started as `npm run start:prod` starts them, and
 * the CPU each process (API, PostgreSQL, the load generator) used while a measurement ran.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * CPU ticks used so far by each process that `wanted` picks by pid and command name (Linux /proc;
 * none elsewhere). On a machine this small a rush is a share-out of its cores between client, API
 * and database, so the bench shows where each request's CPU goes.
 */
function cpuTicks(wanted: (pid: string, name: string) => boolean): Map<string, number> {
  const ticks = new Map<string, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    // not Linux: no figures
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!wanted(pid, stat.slice(stat.indexOf('(') + 1, close))) continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}

/** CPU seconds the picked processes used while `work` ran, counted per process (database backends come and go). */
export async function cpuSecondsDuring<T>(wanted: (pid: string, name: string) => boolean, work: () => Promise<T>): Promise<[T, number]> {
  const before = cpuTicks(wanted);
  const result = await work();
  let ticks = 0;
  for (const [pid, after] of cpuTicks(wanted)) ticks += after - (before.get(pid) ?? 0);
  return [result, ticks / 100];
}

export const postgresProcesses = (_pid: string, name: string) => name === 'postgres';

export const ownCpuSecondsDuring = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1e6];
};

/** A port nothing listens on now: the system hands one out for a moment, and it is given back. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** API instances in processes of their own, ready (health) before this resolves. */
export async function startApiInstances(
  count: number,
  options: { databaseUrl: string; jwtSecret: string; env?: Record<string, string> },
): Promise<{ servers: ChildProcess[]; urls: string[] }> {
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', '--import', fileURLToPath(new URL('../../dist-loader.mjs', import.meta.url)), fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url))], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: options.databaseUrl, PORT: String(port), HOST: '127.0.0.1', JWT_SECRET: options.jwtSecret, SEED_DEMO: 'false', OUTBOX_WORKER_ENABLED: 'false', SCHEDULER_ENABLED: 'false', ...options.env },
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: 'ignore',
    });
    servers.push(child);
    const url = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      if (await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)) break;
      if (tries > 300) throw new Error('an API instance did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    urls.push(url);
  }
  return { servers, urls };
}
