/** axe-core on the in-page card (inside its shadow root) and the popup, in light and dark. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cardLocator, expect, hoverText, test, UI_TAG, type RealPopup } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Serious and critical violations only, described well enough to fix from the test report. */
function serious(violations: Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

async function axeOn(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  return serious((await builder.analyze()).violations as Violation[]);
}

for (const scheme of SCHEMES) {
  test(`the card has no serious accessibility violations (${scheme})`, async ({ page, origin, ext }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1100, height: 800 });
    const card = cardLocator(page);

    // An armed group's card, with "Why this?" open and the "Not this one" choices shown.
    await page.goto(`${origin}/article.html`);
    await ext.waitForMentions(page, (x) => x.entities.length > 0);
    await hoverText(page, '#lead', 'IS-K');
    await expect(card.locator('.name')).toHaveText('Islamic State – Khorasan Province');
    await card.locator('.why summary').click();
    await card.locator('.why .not-this').click();
    await expect(card.locator('.why .dismiss')).toBeVisible();
    expect(await axeOn(page, UI_TAG)).toEqual([]);

    // A related entity, reached from the card (with Back).
    await card.locator('.related .chip').first().click();
    await expect(card.locator('.back')).toBeVisible();
    expect(await axeOn(page, UI_TAG)).toEqual([]);

    // A place, with its locator map.
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await expect(card).toHaveCount(0, { timeout: 2_000 });
    await hoverText(page, '#lead', 'Nangarhar');
    await expect(card.locator('svg.locator')).toBeVisible();
    expect(await axeOn(page, UI_TAG)).toEqual([]);
  });

  test(`the popup has no serious accessibility violations (${scheme})`, async ({
    page,
    context,
    origin,
    ext,
    extensionId,
  }) => {
    // The real popup on the article's tab: the list of names.
    await page.goto(`${origin}/article.html`);
    await ext.waitForMentions(page, (x) => x.entities.length > 0);
    const popup = await ext.openPopup(page);
    try {
      await popup.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-color-scheme', value: scheme }],
      });
      await popup.waitFor(`document.querySelectorAll('button.entity').length > 0`);
      expect(await axeInPopup(popup)).toEqual([]);
    } finally {
      await popup.close();
    }

    // The popup page in a tab, for the search results and a card.
    const tab = await context.newPage();
    await tab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await tab.goto(`chrome-extension://${extensionId}/popup.html`);
    await tab.locator('input[type=search]').fill('Baradar');
    const hit = tab.locator('button.entity', { hasText: 'Abdul Ghani Baradar' });
    await expect(hit).toBeVisible();
    expect(await axeOn(tab)).toEqual([]);
    await hit.click();
    await expect(tab.locator('.nc-card .name')).toHaveText('Abdul Ghani Baradar');
    expect(await axeOn(tab)).toEqual([]);
    await tab.close();
  });
}

/** The real popup is reached over CDP, not as a Playwright page: run axe-core there directly. */
async function axeInPopup(popup: RealPopup): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await popup.evaluate(`${source}; true`);
  const violations = await popup.evaluate<Violation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  );
  return serious(violations);
}
