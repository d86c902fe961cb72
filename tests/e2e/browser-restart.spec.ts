/**
 * After a browser restart (issue #14): pages ask the data host over a port and no longer
 * wake the service worker, so the worker must open the host as the browser starts
 * (`runtime.onStartup`). Here a profile is started, closed and started again, and the
 * host must be open before any page is loaded. Chrome also starts the worker of an
 * unpacked extension as it loads it at each launch, so this holds the outcome a reader
 * sees, not the listener alone (an installed extension has only the listener).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, launchExtensionContext, test } from './fixtures.ts';

test('the data host is open after a browser restart, before the first page asks', async () => {
  test.setTimeout(60_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'newscontext-profile-'));
  try {
    const first = await launchExtensionContext({}, profile);
    if (!first.serviceWorkers().length) await first.waitForEvent('serviceworker');
    await first.close();

    const second = await launchExtensionContext({}, profile);
    try {
      const page = second.pages()[0] ?? (await second.newPage());
      const cdp = await second.newCDPSession(page);
      const hostOpen = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.url.endsWith('/data-host.html'));
      await expect.poll(hostOpen, { timeout: 15_000 }).toBe(true);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
