/**
 * The popup's writes go to the background (utils/background/popup-writes.ts), which
 * finishes them even when the popup closes first. False, and said in the console,
 * when the background could not save.
 */
import { browser } from 'wxt/browser';
import type { ErrorResponse, PopupWrite } from '../../utils/protocol.ts';

export async function saveInBackground(request: PopupWrite): Promise<boolean> {
  const r = (await browser.runtime.sendMessage(request).catch((err: unknown) => ({
    ok: false,
    error: (err as Error).message,
  }))) as { ok: true } | ErrorResponse | undefined;
  if (r?.ok) return true;
  console.error(`NewsContext: ${request.type} was not saved:`, r?.error ?? 'no answer');
  return false;
}
