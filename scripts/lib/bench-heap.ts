/**
 * The background's heap, read over CDP on the extension's service-worker target
 * (issue #14): `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`. The browser
 * is started with `--remote-debugging-port`; the worker's target is found in `/json/list`.
 */
import { createServer } from 'node:net';
import WebSocket from 'ws';

/** A free local port for `--remote-debugging-port`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface TargetInfo {
  type: string;
  url: string;
  webSocketDebuggerUrl?: string;
}

/** Used heap of the extension's service worker in bytes, after a full garbage collection. */
export async function workerHeap(port: number, extensionPrefix = 'chrome-extension://'): Promise<number> {
  const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as TargetInfo[];
  const target = list.find((t) => t.type === 'service_worker' && t.url.startsWith(extensionPrefix));
  if (!target?.webSocketDebuggerUrl) throw new Error('no running service worker to measure');
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data: WebSocket.RawData) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? new Error(msg.error.message) : msg.result);
  });
  const send = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, (r) => (r instanceof Error ? reject(r) : resolve(r)));
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  try {
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    ws.close();
  }
}
