/**
 * The extension's real toolbar popup, opened as a click on the toolbar button would
 * open it, and driven over the browser's CDP connection.
 */
import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

interface CdpReply {
  id: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * The extension's real toolbar popup. Headless Chromium opens it as a page that
 * Playwright does not list, so it is driven over the browser's CDP connection:
 * a session attached to its target, messages sent through `Target.sendMessageToTarget`.
 */
export class RealPopup {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const reply = JSON.parse(e.message) as CdpReply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async open(context: BrowserContext, page: Page, extensionId: string): Promise<RealPopup> {
    const browser = context.browser();
    if (!browser) throw new Error('no browser behind this context');
    const cdp = await browser.newBrowserCDPSession();
    // Tab targets are listed only when asked for; the action runs on a tab, not on its page.
    const targets = async () => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    const popups = async () => (await targets()).filter((t) => t.type === 'page' && t.url === popupUrl);
    await page.bringToFront();
    // The last popup closes as the page takes focus, but not at once: a handle taken now
    // could attach to it as it goes, and a click there is lost with it. Wait, then close
    // any that stayed, as a person's click elsewhere would.
    let old = await popups();
    for (const until = Date.now() + 1_000; old.length > 0 && Date.now() < until; old = await popups()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const t of old) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    const before = new Set(old.map((t) => t.targetId));
    const tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    let popup: { targetId: string } | undefined;
    await expect
      .poll(async () => (popup = (await popups()).find((t) => !before.has(t.targetId))), { timeout: 5_000 })
      .toBeTruthy();
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: popup!.targetId,
      flatten: false,
    });
    return new RealPopup(cdp, sessionId);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) =>
        reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result ?? {}),
      );
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  }

  /** Evaluate an expression in the popup; returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    const details = r.exceptionDetails as { text?: string; exception?: { description?: string } } | undefined;
    if (details) throw new Error(details.exception?.description ?? details.text ?? 'evaluation failed');
    return (r.result as { value: T }).value;
  }

  /** Poll an expression until it is truthy. */
  async waitFor(expression: string, timeout = 5_000): Promise<void> {
    await expect.poll(() => this.evaluate<boolean>(`Boolean(${expression})`), { timeout }).toBe(true);
  }

  /**
   * A real mouse click in the middle of the first element matching `selector`, once it
   * is scrolled into view, stays put and is what the popup finds at that point: the popup
   * window grows to fit its content as the lists load, and a click aimed before that
   * lands outside the window or on another element.
   */
  async click(selector: string): Promise<void> {
    const where = `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
        el.scrollIntoView({ block: 'nearest' }); const r = el.getBoundingClientRect();
        const x = Math.round(r.x + r.width / 2), y = Math.round(r.y + r.height / 2);
        const hit = document.elementFromPoint(x, y);
        return x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && hit && el.contains(hit) ? x + ',' + y : 'outside'; })()`;
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await this.evaluate<string | null>(where);
          if (now === null) throw new Error(`nothing matches ${selector} in the popup`);
          const settled = now !== 'outside' && now === last;
          last = now;
          return settled;
        },
        { timeout: 5_000, intervals: [150] },
      )
      .toBe(true);
    const [x, y] = last.split(',').map(Number);
    const box = { x: x!, y: y! };
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', {
        type,
        x: box.x,
        y: box.y,
        button: 'left',
        clickCount: 1,
      });
    }
  }

  async screenshot(): Promise<Buffer> {
    const r = await this.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(r.data as string, 'base64');
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
