// Browser tests of the web page: the packaged server over fixtures/corpus, driven in Debian's
// Chromium. Expectations are read from the API first, so the tests check the page, not the
// ranking or extraction details of the day.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, missingPrerequisite, startServer } from './harness.mjs';

const missing = missingPrerequisite();
if (missing && process.env.CI === 'true') {
  throw new Error(`browser tests cannot run under CI: ${missing}`);
}

describe('the search page', { skip: missing ?? false }, () => {
  let server;
  let browser;
  let page;
  const dialogs = [];

  const api = async (path) => (await fetch(`${server.base}${path}`)).json();
  const ready = () => page.waitForSelector('body[data-status="ready"]');
  const url = () => new URL(page.url());
  const open = async (path) => {
    await page.goto(`${server.base}${path}`);
    await ready();
  };
  // The summary without its timing ("6 works · 35 ms" → "6 works"), which differs run to run.
  const summary = async (p = page) => (await p.textContent('[data-testid="summary"]')).replace(/ · [\d,.]+ ms$/, '');
  const hitCount = () => page.locator('[data-testid="hit"]').count();
  const facetCount = async (dim, value) =>
    Number((await page.locator(`[data-testid="facet-${dim}-${value}"] + label .facet__count`).textContent()).replace(/\D/g, ''));
  // Waits for the render that follows a user action: status goes loading, then ready again.
  const settle = async (action) => {
    await page.evaluate(() => { document.body.dataset.status = 'acting'; });
    await action();
    await ready();
  };

  before(async () => {
    server = await startServer();
    browser = await launchBrowser({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('typing a query shows hits with <mark> highlights and puts the query in the URL', async () => {
    await open('/');
    await page.fill('[data-testid="search-input"]', 'keyword spotting');
    await settle(() => page.press('[data-testid="search-input"]', 'Enter'));
    assert.equal(url().searchParams.get('q'), 'keyword spotting');
    assert.ok((await hitCount()) > 0, 'some hits');
    const marks = await page.locator('[data-testid="hit"] mark').allTextContents();
    assert.ok(marks.length > 0, 'highlighted words');
    assert.ok(marks.some((m) => /keyword|spotting/i.test(m)), `marks name the query: ${marks}`);
    assert.match(await page.textContent('[data-testid="summary"]'), /\d+ (results?|works?|people|person)/);
  });

  test('autocomplete lists suggestions that the keyboard can pick', async () => {
    await open('/');
    const input = page.locator('[data-testid="search-input"]');
    await input.pressSequentially('Amar', { delay: 30 });
    await page.waitForSelector('[data-testid="suggestion"]');
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    assert.ok(active, 'an active option');
    assert.equal(await page.getAttribute(`#${active}`, 'aria-selected'), 'true');
    await settle(() => input.press('Enter'));
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.ok(url().search.length > 1, 'picking a suggestion navigates');
  });

  test('ticking venues narrows hits as multi-select, keeps other venue counts, and the URL and back button follow', async () => {
    const base = await api('/api/search?q=speech&type=work&size=1');
    const venues = base.facets.venue.filter((v) => v.count > 0);
    assert.ok(venues.length >= 2, `fixture has two venues for "speech": ${JSON.stringify(venues)}`);
    const [a, b] = venues;
    await open('/?q=speech&type=work');
    const countB = await facetCount('venue', b.value);

    await settle(() => page.check(`[data-testid="facet-venue-${a.value}"]`));
    assert.deepEqual(url().searchParams.getAll('venue'), [a.value]);
    assert.equal(await page.locator('[data-testid="hit"]').count(), Math.min(a.count, 10));
    for (const v of await page.locator('[data-testid="hit"]').evaluateAll((els) => els.map((e) => e.dataset.venue))) {
      assert.equal(v, a.value);
    }
    // Multi-select: the other venue still offers its own count, not the narrowed one.
    assert.equal(await facetCount('venue', b.value), countB);
    assert.ok(await page.isVisible(`[data-testid="chip-venue-${a.value}"]`), 'a chip for the filter');

    await settle(() => page.check(`[data-testid="facet-venue-${b.value}"]`));
    assert.deepEqual(url().searchParams.getAll('venue'), [a.value, b.value]);
    assert.match(await page.textContent('[data-testid="summary"]'), new RegExp(`\\b${a.count + b.count} works?`));

    await settle(() => page.goBack());
    assert.deepEqual(url().searchParams.getAll('venue'), [a.value]);
    assert.equal(await page.isChecked(`[data-testid="facet-venue-${b.value}"]`), false);
    assert.equal(await page.isChecked(`[data-testid="facet-venue-${a.value}"]`), true);

    await settle(() => page.goBack());
    assert.deepEqual(url().searchParams.getAll('venue'), []);
    assert.equal(await page.isChecked(`[data-testid="facet-venue-${a.value}"]`), false);
  });

  test('a year range filters hits, shows a chip, and back removes it', async () => {
    const all = await api('/api/search?q=speech&type=work&size=1');
    const years = all.facets.year.map((y) => Number(y.value)).sort((x, y) => x - y);
    assert.ok(years.length >= 3, 'fixture spans several years');
    const from = years[1];
    const to = years.at(-2);
    const expected = await api(`/api/search?q=speech&type=work&size=1&yearFrom=${from}&yearTo=${to}`);
    await open('/?q=speech&type=work');
    const before = await summary();
    await page.fill('[data-testid="year-from"]', String(from));
    await page.fill('[data-testid="year-to"]', String(to));
    await settle(() => page.click('[data-testid="year-apply"]'));
    assert.equal(url().searchParams.get('yearFrom'), String(from));
    assert.equal(url().searchParams.get('yearTo'), String(to));
    const shown = await page.locator('[data-testid="hit"]').evaluateAll((els) => els.map((e) => Number(e.dataset.year)));
    assert.equal(shown.length, Math.min(expected.total, 10));
    for (const y of shown) assert.ok(y >= from && y <= to, `${y} in ${from}–${to}`);
    assert.ok(await page.isVisible('[data-testid="chip-years"]'));
    await settle(() => page.goBack());
    assert.equal(url().searchParams.get('yearFrom'), null);
    assert.equal(await summary(), before);
  });

  test('a copied URL opens the same page in a new tab', async () => {
    const facets = (await api('/api/search?q=speech&type=work&size=1')).facets;
    const venue = facets.venue[0].value;
    const path = `/?q=speech&type=work&venue=${encodeURIComponent(venue)}&sort=newest`;
    await open(path);
    const expected = await summary();
    const other = await browser.context.newPage();
    try {
      await other.goto(page.url());
      await other.waitForSelector('body[data-status="ready"]');
      assert.equal(await summary(other), expected);
      assert.equal(await other.inputValue('[data-testid="search-input"]'), 'speech');
      assert.equal(await other.inputValue('[data-testid="sort"]'), 'newest');
      assert.equal(await other.isChecked(`[data-testid="facet-venue-${venue}"]`), true);
      assert.equal(await other.getAttribute('[data-testid="tab-work"]', 'aria-current'), 'page');
    } finally {
      await other.close();
    }
  });

  test('a person page shows the profile and works, and back returns to the results', async () => {
    await open('/?q=keyword+spotting');
    const link = page.locator('[data-testid="hit"] .person-link').first();
    const name = (await link.textContent()).trim();
    await settle(() => link.click());
    assert.ok(url().searchParams.get('person'), 'person in the URL');
    assert.equal((await page.textContent('[data-testid="person-name"]')).trim(), name);
    assert.ok((await page.locator('[data-testid="person-work"]').count()) > 0, 'works listed');
    await settle(() => page.goBack());
    assert.equal(url().searchParams.get('person'), null);
    assert.ok((await hitCount()) > 0);
  });

  test('a work page shows title, linked authors, venue and its sources', async () => {
    await open('/?q=keyword+spotting&type=work');
    const title = (await page.locator('[data-testid="hit"] .work-link').first().textContent()).trim();
    await settle(() => page.locator('[data-testid="hit"] .work-link').first().click());
    assert.ok(url().searchParams.get('work'), 'work in the URL');
    assert.equal((await page.textContent('[data-testid="work-title"]')).trim(), title);
    assert.ok((await page.locator('[data-testid="work-authors"] .person-link').count()) > 0, 'authors linked');
    assert.ok((await page.locator('[data-testid="source"]').count()) > 0, 'sources listed');
    await settle(() => page.locator('[data-testid="work-authors"] .person-link').first().click());
    assert.ok(url().searchParams.get('person'));
    assert.ok(await page.isVisible('[data-testid="person-name"]'));
  });

  test('a hostile CV shows its markup as text and runs nothing', async () => {
    const people = await api('/api/search?q=Mallory+Quinn&type=person&size=5');
    const works = await api('/api/search?q=adversarial+codec+noise&type=work&size=5');
    const person = people.hits.find((h) => h.name === 'Mallory Quinn');
    const work = works.hits.find((h) => /alert/.test(h.title ?? ''));
    assert.ok(person, 'the hostile CV became a person');
    assert.ok(work, 'the hostile title became a work');
    const paths = [
      '/?q=adversarial+codec+noise+alert+onerror',
      '/?q=Mallory+Quinn',
      `/?person=${encodeURIComponent(person.id)}`,
      `/?work=${encodeURIComponent(work.id)}`,
    ];
    for (const path of paths) {
      await open(path);
      const injected = await page.evaluate(() => ({
        scripts: [...document.scripts].map((s) => s.src.replace(location.origin, '')),
        images: document.querySelectorAll('img').length,
        handlers: document.querySelectorAll('[onerror], [onclick], [onload]').length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      }));
      assert.deepEqual(injected, { scripts: ['/app.js'], images: 0, handlers: 0, jsLinks: 0 }, path);
    }
    await open(`/?work=${encodeURIComponent(work.id)}`);
    assert.match(await page.textContent('[data-testid="work-title"]'), /<script>alert\(1\)<\/script>/);
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, [], 'no alert() ran');
  });

  test('a request the server rejects shows its problem detail', async () => {
    await open('/?q=speech&yearFrom=2030&yearTo=2001');
    const error = page.locator('[data-testid="error"]');
    await error.waitFor();
    assert.match(await error.textContent(), /yearFrom/);
  });

  test('an empty result explains what to try', async () => {
    await open('/?q=zzqxvwy&venue=nowhere');
    assert.ok(await page.isVisible('[data-testid="empty"]'));
    await settle(() => page.click('[data-testid="drop-filters"]'));
    assert.deepEqual(url().searchParams.getAll('venue'), []);
  });

  test('at phone width the filters sit behind a button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open('/?q=speech');
      assert.equal(await page.isVisible('[data-testid="facets"]'), false);
      await page.click('[data-testid="filters-toggle"]');
      assert.equal(await page.isVisible('[data-testid="facets"]'), true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
