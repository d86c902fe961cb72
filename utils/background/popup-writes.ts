/**
 * The popup's changes to what is stored, written here rather than in the popup. A popup
 * closes as soon as the reader clicks back into the page, and a write it still had to
 * make after its reads was lost with it: the site switch flipped back on. A message
 * leaves at once, and the background finishes the write whatever becomes of the popup.
 */
import type { PopupWrite } from '../protocol.ts';

export async function applyPopupWrite(req: PopupWrite): Promise<{ ok: true }> {
  // Imported when first needed: the service worker's start stays free of storage reads.
  switch (req.type) {
    case 'site-switch': {
      const { setSiteEnabled } = await import('../settings.ts');
      await setSiteEnabled(req.url, req.enabled);
      break;
    }
    case 'site-scope': {
      const { setSiteScope } = await import('../settings.ts');
      await setSiteScope(req.url, req.scope);
      break;
    }
    case 'page-date': {
      const { setPageDate } = await import('../page-dates.ts');
      await setPageDate(req.url, req.date);
      break;
    }
  }
  return { ok: true };
}
