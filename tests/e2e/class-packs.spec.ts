/**
 * Class packs on the options page: a preview before anything changes, the pack's names
 * linked on a page with the teacher's notes on the card, and a bad pack refused with
 * messages that name the row and field, leaving the installed packs as they were.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardClip, cardLocator, DOCS_SCREENSHOTS_DIR, expect, hoverText, test, textBox } from './fixtures.ts';
import { openOptions } from './options-helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = path.join(ROOT, 'examples/end-of-apartheid.pack.json');
const BAD = path.join(ROOT, 'tests/fixtures/packs/bad-pack.csv');

test('a teacher imports a pack: preview, install, names linked with the teacher’s notes; a bad pack changes nothing', async ({
  context,
  page,
  origin,
  ext,
  extensionId,
}) => {
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const options = await openOptions(context, extensionId);
  await expect(options.locator('#packs-list')).toHaveCount(0);

  // Preview first: nothing is installed until the teacher says so.
  await options.locator('#pack-file').setInputFiles(EXAMPLE);
  const preview = options.locator('#pack-preview');
  await expect(preview).toContainText('“The end of apartheid, 1948–1994” by NewsContext example pack');
  await expect(preview).toContainText('10 new entities, 4 notes on existing ones.');
  await expect(options.locator('#packs-list')).toHaveCount(0);
  await preview.screenshot({ path: path.join(DOCS_SCREENSHOTS_DIR, 'pack-preview.png') });
  await options.locator('#pack-install').click();
  await expect(options.locator('#packs-list li')).toHaveCount(1);
  await expect(options.locator('#packs-status')).toContainText('Installed');

  // The pack's names are linked like the dataset's, and the card carries the teacher's note.
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${origin}/class-unit.html`);
  const r = await ext.waitForMentions(page, (x) => x.entities.some((e) => e.id.startsWith('pack:')));
  const ids = r.entities.map((e) => e.id);
  expect(ids).toEqual(
    expect.arrayContaining([
      'pack:end-of-apartheid/steve-biko',
      'pack:end-of-apartheid/robben-island',
      'person/nelson-mandela',
    ]),
  );
  const card = cardLocator(page);
  await hoverText(page, '#lead', 'Nelson Mandela');
  await expect(card.locator('.name')).toHaveText('Nelson Mandela');
  await expect(card.locator('.pack-note')).toContainText(
    'Teacher’s note · “The end of apartheid, 1948–1994”',
  );
  await expect(card.locator('.pack-note .note')).toContainText('Freed on 11 February 1990');
  await page.screenshot({
    path: path.join(DOCS_SCREENSHOTS_DIR, 'card-teacher-note.png'),
    clip: await cardClip(page, await textBox(page, '#lead', 'Nelson Mandela')),
  });
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0, { timeout: 3_000 });
  await hoverText(page, '#lead', 'Steve Biko');
  await expect(card.locator('#from-pack')).toContainText('From the class pack');

  // A bad pack: every problem named by row and field; the installed pack is untouched.
  await options.locator('#pack-file').setInputFiles(BAD);
  const errors = options.locator('#pack-errors');
  await expect(errors).toContainText('Nothing was changed.');
  await expect(errors).toContainText(/row \d+: type:/);
  await expect(options.locator('#pack-preview')).toHaveCount(0);
  await expect(options.locator('#packs-list li')).toHaveCount(1);

  // Disabled, its names go from the page.
  await options.locator('#pack-end-of-apartheid').uncheck();
  await expect
    .poll(async () => (await ext.mentions(page))?.entities.some((e) => e.id.startsWith('pack:')))
    .toBe(false);
});
