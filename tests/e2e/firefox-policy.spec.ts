/**
 * A school's policy in Firefox: `policies.json` in the installation's `distribution/`
 * folder, with the extension's settings under `3rdparty.Extensions.<gecko id>`. Written
 * before Firefox starts and removed after (any file that was there is put back).
 */
import { expect, test } from '@playwright/test';
import {
  accessSync,
  constants,
  existsSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { FoundFirefox } from '../../scripts/find-firefox.mjs';
import { FIREFOX_EXTENSION_ID } from '../../wxt.config.ts';
import { firefoxes, withFirefoxOn } from './firefox-harness.ts';

function policyFile(firefox: FoundFirefox): string | null {
  const dir = path.join(path.dirname(realpathSync(firefox.path)), 'distribution');
  try {
    accessSync(dir, constants.W_OK);
    return path.join(dir, 'policies.json');
  } catch {
    return null;
  }
}

const POLICY = { locked: { enabledTypes: { place: false } }, hide: ['siteSwitch'] };

for (const firefox of firefoxes()) {
  test(`Firefox ${firefox.version}: a locked setting from policies.json applies`, async () => {
    test.setTimeout(90_000);
    const file = policyFile(firefox);
    test.skip(file === null, `cannot write ${firefox.path}'s distribution folder`);
    const before = existsSync(file!) ? readFileSync(file!) : null;
    writeFileSync(
      file!,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: POLICY } } } }),
    );
    try {
      await withFirefoxOn(firefox, 'article.html', async (p) => {
        const found = await p.highlighted();
        expect(found.get('person')?.length ?? 0).toBeGreaterThan(0);
        expect(found.get('place') ?? []).toEqual([]);
        const options = await p.openExtensionPage('options.html');
        await expect
          .poll(() =>
            p.eval<boolean | null>(`document.getElementById('type-place')?.disabled ?? null`, options),
          )
          .toBe(true);
        expect(
          await p.eval<string>(`document.getElementById('type-place-locked')?.textContent ?? ''`, options),
        ).toContain('Set by your organisation');
      });
    } finally {
      if (before) writeFileSync(file!, before);
      else rmSync(file!, { force: true });
    }
  });
}
