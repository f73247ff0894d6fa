// Takes the screenshots we look at when changing the page: search, person and work pages at
// desktop (1280x800) and phone (390x844) widths. Usage: node screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, startServer } from './harness.mjs';

const out = path.resolve(process.argv[2] ?? 'shots');
mkdirSync(out, { recursive: true });
const server = await startServer();
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
try {
  const probe = await (await fetch(`${server.base}/api/search?q=keyword&size=5`)).json();
  const work = probe.hits.find((h) => h.type === 'work');
  const person = work?.people?.[0] ?? probe.hits.find((h) => h.type === 'person');
  const pages = {
    home: '/',
    search: '/?q=keyword+spotting',
    filtered: '/?q=speech&venue=icassp&venue=interspeech&yearFrom=2020&yearTo=2025',
    empty: '/?q=zzqxv',
    person: `/?q=keyword+spotting&person=${encodeURIComponent(person.id)}`,
    work: `/?q=keyword+spotting&work=${encodeURIComponent(work.id)}`,
  };
  for (const [device, viewport] of Object.entries(sizes)) {
    const browser = await launchBrowser(viewport);
    try {
      const page = await browser.context.newPage();
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(server.base + url);
        await page.waitForSelector('body[data-status="ready"]');
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(out, `${name}-${device}.png`), fullPage: process.env.FULL === '1' });
      }
      if (device === 'phone') {
        await page.goto(`${server.base}${pages.filtered}`);
        await page.waitForSelector('[data-testid="hit"]');
        await page.click('[data-testid="filters-toggle"]');
        await page.screenshot({ path: path.join(out, 'filters-open-phone.png') });
      }
    } finally {
      await browser.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await server.stop();
}
