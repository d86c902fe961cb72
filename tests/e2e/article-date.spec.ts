/**
 * Cards as of the article's date, on the shared reference article (read in place from
 * ../shared; skipped where it is absent): it is dated 15 November 2021 only by its
 * dateline, three months after Ashraf Ghani left office. The reader can correct the date.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { cardClip, cardLocator, DOCS_SCREENSHOTS_DIR, expect, hoverText, test, textBox } from './fixtures.ts';
import { hasSeedPage } from './static-server.ts';

test.skip(
  !hasSeedPage(),
  'the shared reference article (../shared/eval/seed-article) is not on this machine',
);

test('the card says what held on the article’s date, and follows the reader’s correction', async ({
  page,
  origin,
  ext,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${origin}/seed/page.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.some((e) => e.id === 'person/ashraf-ghani'));
  expect(r.published).toEqual({ date: '2021-11-15', source: 'dateline' });

  const card = cardLocator(page);
  await page.locator('article p', { hasText: 'Ashraf Ghani' }).first().scrollIntoViewIfNeeded();
  await hoverText(page, 'article', 'Ashraf Ghani');
  await expect(card.locator('.name')).toHaveText('Ashraf Ghani');
  const then = card.locator('.then');
  await expect(then).toHaveAttribute('data-date', '2021-11-15');
  await expect(then).toContainText('In Nov 2021:');
  await expect(then).toContainText('former President of Afghanistan (left office Aug 2021)');
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const anchor = await textBox(page, 'article', 'Ashraf Ghani');
  await page.screenshot({
    path: path.join(DOCS_SCREENSHOTS_DIR, 'card-then-ghani.png'),
    clip: await cardClip(page, anchor),
  });

  // The popup shows the date and where it came from; the reader moves it to 2019.
  const popup = await ext.openPopup(page);
  try {
    // In the browser's language: "Nov 15, 2021" in en-US, "15 Nov 2021" in en-GB.
    await popup.waitFor(
      `/Published (Nov 15, 2021|15 Nov 2021)/.test(document.querySelector('#published')?.textContent)`,
    );
    expect(await popup.evaluate<string>(`document.querySelector('#published').textContent`)).toContain(
      'from the dateline',
    );
    await popup.click('#change-date');
    await popup.waitFor(`!!document.querySelector('#published input[type=date]')`);
    await popup.evaluate(`(() => {
      const input = document.querySelector('#published input[type=date]');
      input.value = '2019-06-01';
      input.form.requestSubmit();
    })()`);
    await popup.waitFor(`document.querySelector('#published').textContent.includes('set by you')`);
  } finally {
    await popup.close();
  }
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0, { timeout: 3_000 });
  await hoverText(page, 'article', 'Ashraf Ghani');
  await expect(card.locator('.then')).toHaveAttribute('data-date', '2019-06-01');
  await expect(card.locator('.then')).toContainText('In Jun 2019: President of Afghanistan');
});
