// The load generator of `npm run bench:booking`, run as its own process: fires the planned booking
// requests at the server with a fixed number of keep-alive connections and reports what happened.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

// Several instances: the connections are spread over them evenly, as a load balancer would.
const { urls, connections, requests, method = 'POST', path = '/bookings' } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const targets = urls.map((url) => new URL(url));
const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: Math.ceil(connections / targets.length) }));

function send({ token, body }, lane) {
  const target = targets[lane % targets.length];
  const agent = agents[lane % targets.length];
  return new Promise((resolve) => {
    const payload = body ? JSON.stringify(body) : '';
    const started = performance.now();
    const req = http.request(
      { host: target.hostname, port: target.port, path, method, agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(payload);
  });
}

let next = 0;
const results = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
await Promise.all(
  Array.from({ length: connections }, async (_, lane) => {
    while (next < requests.length) results.push(await send(requests[next++], lane));
  }),
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
const count = (pred) => results.filter(pred).length;
console.log(JSON.stringify({
  requests: results.length, seconds,
  perSecond: results.length / seconds,
  p50: pct(50), p99: pct(99),
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  created: count((r) => r.status === 201), conflicts: count((r) => r.status === 409),
  serverErrors: count((r) => r.status >= 500 || r.status === 0), other: count((r) => r.status !== 201 && r.status !== 409 && r.status < 500 && r.status !== 0),
}));
for (const agent of agents) agent.destroy();
