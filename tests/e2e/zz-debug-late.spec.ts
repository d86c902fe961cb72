import { countOf, expect, test } from '/work/main/tests/e2e/fixtures.ts';
test('late debug', async ({ page, origin, ext }) => {
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  await page.goto(`${origin}/article.html`);
  await ext.waitForMentions(page, (x) => x.entities.length > 0);
  await page.click('#add-late');
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(500);
    const r = await ext.mentions(page);
    console.log(i, JSON.stringify(r?.entities.map((e) => `${e.name}:${e.count}`)));
  }
  console.log(await page.evaluate(() => [...CSS.highlights].map(([k, h]) => k + ':' + [...h].map((r) => (r as Range).toString()).join('|'))));
});
