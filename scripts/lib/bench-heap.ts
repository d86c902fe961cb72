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

async function targets(port: number): Promise<TargetInfo[]> {
  return (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as TargetInfo[];
}

/** Used heap of the extension's service worker in bytes, after a full garbage collection. */
export async function workerHeap(port: number, extensionPrefix = 'chrome-extension://'): Promise<number> {
  const target = (await targets(port)).find(
    (t) => t.type === 'service_worker' && t.url.startsWith(extensionPrefix),
  );
  if (!target?.webSocketDebuggerUrl) throw new Error('no running service worker to measure');
  return heapOf(target.webSocketDebuggerUrl);
}

/**
 * Used heap of the data host (Chromium, entrypoints/data-host): its page and the worker that
 * holds the dataset, in bytes after a full collection; null where there is no host. The
 * worker is reached through the page's target (CDP `Target.setAutoAttach`, flat sessions).
 */
export async function hostHeap(port: number): Promise<number | null> {
  const page = (await targets(port)).find(
    (t) => t.url.startsWith('chrome-extension://') && t.url.endsWith('/data-host.html'),
  );
  if (!page?.webSocketDebuggerUrl) return null;
  return withTarget(page.webSocketDebuggerUrl, async (send, events) => {
    const workers: string[] = [];
    events((method, params) => {
      const p = params as { sessionId: string; targetInfo: { type: string } };
      if (method === 'Target.attachedToTarget' && p.targetInfo.type === 'worker') workers.push(p.sessionId);
    });
    await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
    await new Promise((r) => setTimeout(r, 200)); // the attach events arrive after the answer
    let total = await usedHeap(send);
    for (const sessionId of workers) total += await usedHeap(send, sessionId);
    return total;
  });
}

type Send = (method: string, params?: object, sessionId?: string) => Promise<unknown>;
type OnEvent = (listener: (method: string, params: unknown) => void) => void;

/** Run `use` with a CDP connection to one target. */
async function withTarget<T>(url: string, use: (send: Send, events: OnEvent) => Promise<T>): Promise<T> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  const listeners: ((method: string, params: unknown) => void)[] = [];
  ws.on('message', (data: WebSocket.RawData) => {
    const msg = JSON.parse(String(data)) as {
      id?: number;
      method?: string;
      params?: unknown;
      result?: unknown;
      error?: { message: string };
    };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? new Error(msg.error.message) : msg.result);
    else if (msg.method) for (const l of listeners) l(msg.method, msg.params);
  });
  const send: Send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, (r) => (r instanceof Error ? reject(r) : resolve(r)));
      ws.send(JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  try {
    return await use(send, (l) => listeners.push(l));
  } finally {
    ws.close();
  }
}

async function usedHeap(send: Send, sessionId?: string): Promise<number> {
  await send('HeapProfiler.enable', {}, sessionId);
  await send('HeapProfiler.collectGarbage', {}, sessionId);
  await send('HeapProfiler.collectGarbage', {}, sessionId);
  const usage = (await send('Runtime.getHeapUsage', {}, sessionId)) as { usedSize: number };
  return usage.usedSize;
}

function heapOf(url: string): Promise<number> {
  return withTarget(url, (send) => usedHeap(send));
}

/** Close the data host (as a browser restart would leave it), through the running service worker. */
export async function closeDataHost(port: number): Promise<void> {
  const target = (await targets(port)).find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
  if (!target?.webSocketDebuggerUrl) throw new Error('no running service worker');
  await withTarget(target.webSocketDebuggerUrl, (send) =>
    send('Runtime.evaluate', { expression: 'chrome.offscreen.closeDocument()', awaitPromise: true }),
  );
}
