/**
 * How a page asks the data host (utils/ask-data.ts): over one port, answers matched by
 * id; where no host is open (the port closes at once) or the port cannot be opened, the
 * background is asked instead, and nothing asked is lost.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;

class FakePort {
  readonly sent: { id: number; request: unknown }[] = [];
  private readonly onMessageListeners: Listener[] = [];
  private readonly onDisconnectListeners: (() => void)[] = [];
  disconnected = false;
  readonly onMessage = { addListener: (l: Listener) => this.onMessageListeners.push(l) };
  readonly onDisconnect = { addListener: (l: () => void) => this.onDisconnectListeners.push(l) };
  constructor(readonly name: string) {}
  postMessage(message: { id: number; request: unknown }): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
  }
  answer(id: number, response: unknown): void {
    for (const l of this.onMessageListeners) l({ id, response });
  }
  disconnect(): void {
    this.disconnected = true;
    for (const l of this.onDisconnectListeners) l();
  }
}

const ports: FakePort[] = [];
const sendMessage = vi.fn(async (request: unknown) => ({ ok: true, from: 'background', request }));
let connectFails = false;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      connect: ({ name }: { name: string }) => {
        if (connectFails) throw new Error('Extension context invalidated.');
        const port = new FakePort(name);
        ports.push(port);
        return port;
      },
      sendMessage: (request: unknown) => sendMessage(request),
      lastError: undefined,
    },
  },
}));

// A fresh module (and so no port) for each test.
async function freshAskData() {
  vi.resetModules();
  return (await import('../../utils/ask-data.ts')).askData;
}

beforeEach(() => {
  ports.length = 0;
  sendMessage.mockClear();
  connectFails = false;
});

describe('askData', { timeout: 5_000 }, () => {
  it('asks the host over one port and matches each answer to its question', async () => {
    const askData = await freshAskData();
    const a = askData({ type: 'card', id: 'Q1' });
    const b = askData({ type: 'search', query: 'kabul' });
    expect(ports).toHaveLength(1);
    expect(ports[0]!.name).toBe('newscontext-data-host');
    const [first, second] = ports[0]!.sent;
    ports[0]!.answer(second!.id, { ok: true, hits: [] });
    ports[0]!.answer(first!.id, { ok: true, card: null });
    await expect(a).resolves.toEqual({ ok: true, card: null });
    await expect(b).resolves.toEqual({ ok: true, hits: [] });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('asks the background when no host is open, and opens a new port for the next question', async () => {
    const askData = await freshAskData();
    const pending = askData({ type: 'ping' });
    ports[0]!.disconnect(); // Chrome: "Receiving end does not exist"
    await expect(pending).resolves.toMatchObject({ from: 'background', request: { type: 'ping' } });
    void askData({ type: 'dataset-status' });
    expect(ports).toHaveLength(2);
    expect(ports[1]!.sent[0]!.request).toEqual({ type: 'dataset-status' });
  });

  it('asks the background when the port cannot be opened', async () => {
    const askData = await freshAskData();
    connectFails = true;
    await expect(askData({ type: 'ping' })).resolves.toMatchObject({ from: 'background' });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer to no question', async () => {
    const askData = await freshAskData();
    const pending = askData({ type: 'card', id: 'Q2' });
    ports[0]!.answer(999, { ok: true, card: 'stray' });
    ports[0]!.answer(ports[0]!.sent[0]!.id, { ok: true, card: null });
    await expect(pending).resolves.toEqual({ ok: true, card: null });
  });
});
