// The load generator of `npm run bench:booking` and `bench:pages`, run as its own process: fires the planned booking
// requests at the server over a fixed number of keep-alive connections and reports what happened.
// It writes prepared HTTP/1.1 bytes on plain sockets and reads only the status line and the body's
// length (as autocannon does): the load generator shares the machine with what it measures, and
// every microsecond it spends is taken from the API and the database.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const { urls, connections, requests, method = 'POST', path = '/api/v1/bookings' } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const targets = urls.map((url) => new URL(url));

/** Every request's bytes, built before the clock starts. */
const prepared = requests.map(({ token, body, path: own }, index) => {
  const target = targets[index % targets.length];
  const payload = body ? Buffer.from(JSON.stringify(body)) : Buffer.alloc(0);
  const head =
    `${method} ${own ?? path} HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: Bearer ${token}\r\n` +
    (body ? `Content-Type: application/json\r\nContent-Length: ${payload.length}\r\n` : '') +
    '\r\n';
  return Buffer.concat([Buffer.from(head), payload]);
});

const HEADER_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

/** Where a chunked body that starts at `at` ends (after its last chunk and blank line), or -1 while it is incomplete. */
function chunkedBodyEnd(buffer, at) {
  for (;;) {
    const lineEnd = buffer.indexOf(CRLF, at);
    if (lineEnd < 0) return -1;
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16);
    if (size === 0) return buffer.length >= lineEnd + 4 ? lineEnd + 4 : -1;
    at = lineEnd + 2 + size + 2;
    if (buffer.length < at) return -1;
  }
}

/** One keep-alive connection: sends a request, resolves with the status once the whole response is in. */
function connection(target) {
  const socket = net.connect({ host: target.hostname, port: Number(target.port), noDelay: true });
  let buffered = Buffer.alloc(0);
  let waiting;
  let failure;
  const settle = (value) => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.(value);
  };
  socket.on('data', (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const headerEnd = buffered.indexOf(HEADER_END);
    if (headerEnd < 0) return;
    const head = buffered.subarray(0, headerEnd).toString('latin1');
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    const bodyStart = headerEnd + 4;
    let end;
    if (length) {
      end = bodyStart + Number(length[1]);
      if (buffered.length < end) return;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      end = chunkedBodyEnd(buffered, bodyStart);
      if (end < 0) return;
    } else {
      end = bodyStart;
    }
    buffered = buffered.subarray(end);
    settle(status);
  });
  const fail = (error) => {
    failure = error ?? new Error('connection closed');
    settle(0);
  };
  socket.on('error', fail);
  socket.on('close', () => fail());
  return {
    send(bytes) {
      if (failure) return Promise.resolve(0);
      return new Promise((resolve) => {
        waiting = resolve;
        socket.write(bytes);
      });
    },
    close: () => socket.destroy(),
  };
}

const lanes = Array.from({ length: connections }, (_, lane) => connection(targets[lane % targets.length]));
let next = 0;
const results = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
await Promise.all(
  lanes.map(async (lane) => {
    while (next < prepared.length) {
      const bytes = prepared[next++];
      const sent = performance.now();
      const status = await lane.send(bytes);
      results.push({ status, ms: performance.now() - sent });
    }
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
  p50: pct(50), p99: pct(99), p90: pct(90), p95: pct(95), p999: pct(99.9), max: latencies[latencies.length - 1],
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  ok: count((r) => r.status === 200), created: count((r) => r.status === 201), conflicts: count((r) => r.status === 409),
  serverErrors: count((r) => r.status >= 500 || r.status === 0), other: count((r) => r.status !== 200 && r.status !== 201 && r.status !== 409 && r.status < 500 && r.status !== 0),
}));
for (const lane of lanes) lane.close();
