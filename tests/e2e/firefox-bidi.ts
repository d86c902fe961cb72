/**
 * A bare WebDriver BiDi session with a stock Firefox. Playwright drives only its own
 * patched Firefox, and its BiDi mode asks Firefox ESR for commands ESR lacks, so the
 * one Firefox test speaks the W3C protocol itself: a fresh profile, one WebSocket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

interface Reply {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

const STARTUP_TIMEOUT_MS = 30_000;

export class FirefoxBidi {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  readonly events: BidiEvent[] = [];

  private constructor(
    private readonly proc: ChildProcess,
    private readonly ws: WebSocket,
    private readonly profile: string,
  ) {
    ws.on('message', (data: WebSocket.RawData) => {
      const reply = JSON.parse(String(data)) as Reply;
      if (reply.type === 'event') this.events.push({ method: reply.method!, params: reply.params ?? {} });
      else if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
    });
  }

  /** Start `executable` on a fresh profile; `prefs` go into its user.js. */
  static async launch(
    executable: string,
    prefs: Record<string, string | number | boolean> = {},
  ): Promise<FirefoxBidi> {
    const profile = mkdtempSync(path.join(tmpdir(), 'newscontext-firefox-'));
    const userJs = Object.entries(prefs).map(
      ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
    );
    writeFileSync(path.join(profile, 'user.js'), userJs.join('\n'));
    const proc = spawn(
      executable,
      // --remote-allow-system-access: Firefox 153+ lets WebDriver open moz-extension:// pages only with it.
      [
        '--headless',
        '--remote-debugging-port=0',
        '--remote-allow-system-access',
        '--no-remote',
        '--profile',
        profile,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`Firefox gave no BiDi endpoint: ${output.slice(-400)}`)),
        STARTUP_TIMEOUT_MS,
      );
      const read = (chunk: Buffer): void => {
        output += String(chunk);
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      proc.stdout!.on('data', read);
      proc.stderr!.on('data', read);
      proc.on('exit', (code) => reject(new Error(`Firefox exited with ${code}: ${output.slice(-400)}`)));
    });
    const ws = new WebSocket(`${endpoint}/session`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const session = new FirefoxBidi(proc, ws, profile);
    await session.send('session.new', { capabilities: {} });
    return session;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id);
        if (reply.type === 'error') reject(new Error(`${method}: ${reply.error} ${reply.message ?? ''}`));
        else resolve((reply.result ?? {}) as T);
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluate an expression in the page, awaited if it is a promise; its value comes back through JSON. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const r = await this.send<{
      type: string;
      result?: { value?: string };
      exceptionDetails?: { text?: string };
    }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`page threw: ${r.exceptionDetails?.text ?? expression}`);
    return JSON.parse(r.result?.value ?? 'null') as T;
  }

  async close(): Promise<void> {
    await this.send('session.end').catch(() => undefined);
    this.ws.close();
    this.proc.kill();
    await new Promise((resolve) =>
      this.proc.exitCode !== null ? resolve(null) : this.proc.once('exit', resolve),
    );
    rmSync(this.profile, { recursive: true, force: true });
  }
}
