// Keyboard-only journey through the case library, as a reader without a mouse does it:
// the skip link comes first, the search box is reached with Tab and submitted with
// Enter, two facet filters (a country, then a sector) are applied from the sidebar,
// the first result is opened, and going back shows the library with both filters.
// Only page.keyboard moves focus and acts (Tab, Enter, typing); the library updates in
// place through htmx, so each step waits for the request and the new address.
// Focused links must show a visible focus indicator.

import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, assertNoExternalRequests, launchBrowser, setLanguage, url } from '../lib/harness.mjs';

// Where the facet links live: the sidebar next to the results.
const FILTERS = 'aside, [role="complementary"], .filters';
const MAX_TABS = 400;
const QUERY = 'digital';

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await setLanguage(page, 'en');
});
after(() => browser?.close());

/** A short description of the focused element, for messages. */
function describeFocus() {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (body)';
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${text}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `predicate` (run in
 * the page with `arg`), at most MAX_TABS times; fails with the path focus took.
 */
async function tabUntil(what, predicate, arg, { backwards = false } = {}) {
  const trail = [];
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(predicate, arg)) return presses;
    if (trail.length < 40) trail.push(await describeFocus());
  }
  throw new Error(`no ${what} after ${MAX_TABS} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus went to:\n  ${trail.join('\n  ')}`);
}

/** Fails unless the focused element has a visible focus indicator (outline or box-shadow). */
async function assertFocusIndicator(what) {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
  });
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  assert.ok(outline || shadow, `${what} has no visible focus indicator when focused: ${JSON.stringify(style)}`);
}

/** Text of the live region that announces the number of results. */
function resultStatus() {
  return page.evaluate(() => {
    const status = document.querySelector('main [role="status"], main [aria-live]') ?? document.querySelector('main h2');
    return (status?.innerText ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * In the page: whether every filter {name, value, label} shows as a chip, that is a
 * visible link outside the sidebar that removes that filter and keeps the others,
 * and names it.
 */
function chipsShown(filters) {
  const sidebar = 'aside, [role="complementary"], .filters';
  const links = [...document.querySelectorAll('main a[href]')].filter((a) => !a.closest(sidebar) && a.getClientRects().length > 0);
  return filters.every((filter) =>
    links.some((a) => {
      const params = new URL(a.href).searchParams;
      if (params.getAll(filter.name).includes(filter.value)) return false;
      const keepsOthers = filters.every((other) => other === filter || params.getAll(other.name).includes(other.value));
      return keepsOthers && a.textContent.replace(/\s+/g, ' ').includes(filter.label);
    }),
  );
}

/**
 * Starts watching for the request whose URL satisfies `matches`; the returned function
 * tells whether it was a page load or an in-place (htmx) update.
 */
function watchHow(page, matches) {
  let type;
  const onRequest = (request) => {
    if (type === undefined && matches(new URL(request.url()))) type = request.resourceType();
  };
  page.on('request', onRequest);
  return () => {
    page.off('request', onRequest);
    if (type === undefined) return 'no request seen';
    return type === 'document' ? 'a page load' : 'an in-place update';
  };
}

/** The filters {name, value} that the address holds. */
function filtersInUrl(address, names) {
  const params = new URL(address).searchParams;
  return names.flatMap((name) => params.getAll(name).map((value) => ({ name, value })));
}

/**
 * Tabs to the first facet link in the sidebar that adds a `name` filter, presses Enter,
 * waits for the library to show it, and returns { name, value, label }.
 */
async function applyFacet(name, chosen) {
  await tabUntil(
    `facet link adding a ${name} filter in the sidebar`,
    ({ name, sidebar }) => {
      const el = document.activeElement;
      if (el?.tagName !== 'A' || !el.closest(sidebar)) return false;
      const target = new URL(el.href);
      const here = new URL(location.href);
      // A facet link that leads to no case would leave nothing to open.
      return target.searchParams.has(name) && !here.searchParams.has(name) && !/\(\s*0\s*\)\s*$/.test(el.textContent.trim());
    },
    { name, sidebar: FILTERS },
  );
  await assertFocusIndicator(`the facet link ${await describeFocus()}`);
  const link = await page.evaluate(() => ({
    href: document.activeElement.href,
    text: document.activeElement.textContent.replace(/\s+/g, ' ').trim(),
  }));
  const value = new URL(link.href).searchParams.get(name);
  // The link reads "Label (count)"; the chip names the label.
  const label = link.text.replace(/\s*\([\d\s.,\u00a0\u202f]+\)\s*$/, '').trim();
  const filter = { name, value, label };
  const wanted = [...chosen, filter];

  const how = watchHow(page, (u) => u.searchParams.getAll(name).includes(value));
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => wanted.every((f) => u.searchParams.getAll(f.name).includes(f.value)));
  try {
    await page.waitForFunction(chipsShown, wanted, { timeout: 10_000 });
  } catch {
    throw new Error(`after choosing ${name}=${value} (${label}) the library at ${page.url()} does not show a chip for each of ${JSON.stringify(wanted)}`);
  }
  return { ...filter, via: how() };
}

/** Name and value of a filter, for comparisons. */
const pair = ({ name, value }) => ({ name, value });

it('walks the case library by keyboard alone', async (t) => {
  try {
    await page.goto(url('/cases'), { waitUntil: 'load' });

    // 1. The first Tab lands on the skip link, which is visible once focused.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const href = el?.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      const box = el?.getBoundingClientRect();
      return {
        isLink: el?.tagName === 'A',
        href,
        targetsMain: !!target && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main' || !!target.querySelector('main')),
        visible: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight,
      };
    });
    assert.ok(skip.isLink && skip.targetsMain, `the first Tab should reach a skip link to <main>, reached ${await describeFocus()}`);
    assert.ok(skip.visible, 'the skip link is not visible when focused');
    await assertFocusIndicator('the skip link');
    const initialStatus = await resultStatus();

    // 2. Tab to the labelled search box, type a query and submit it with Enter.
    await tabUntil('labelled search box', () => {
      const el = document.activeElement;
      if (el?.tagName !== 'INPUT' || !(el.type === 'search' || el.name === 'q')) return false;
      return el.labels?.length > 0 || !!el.getAttribute('aria-label') || !!el.getAttribute('aria-labelledby');
    });
    await page.keyboard.type(QUERY);
    const searchHow = watchHow(page, (u) => u.searchParams.get('q') === QUERY);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === QUERY);
    await page.waitForFunction((before) => {
      const status = document.querySelector('main [role="status"], main [aria-live]') ?? document.querySelector('main h2');
      return (status?.innerText ?? '').replace(/\s+/g, ' ').trim() !== before;
    }, initialStatus).catch(() => {
      throw new Error(`the result count did not change after searching for "${QUERY}": still "${initialStatus}"`);
    });
    const searchStatus = await resultStatus();
    t.diagnostic(`searched "${QUERY}" (${searchHow()}): ${searchStatus}`);

    // 3. Two filters from the sidebar: a country, then a sector.
    const country = await applyFacet('country', []);
    const sector = await applyFacet('sector', [country]);
    const filters = [country, sector].map(({ name, value, label }) => ({ name, value, label }));
    const filteredStatus = await resultStatus();
    for (const f of [country, sector]) t.diagnostic(`chose ${f.name}=${f.value} "${f.label}" (${f.via})`);
    t.diagnostic(`filtered: ${filteredStatus}`);
    assert.notEqual(filteredStatus, searchStatus, 'the result count text did not change with the filters');
    assert.deepEqual(
      filtersInUrl(page.url(), ['country', 'sector']),
      filters.map(pair),
      `the address ${page.url()} should hold both filters`,
    );
    const libraryUrl = page.url();

    // 4. Tab on to the first result and open it with Enter.
    await tabUntil(
      'link to a case among the results',
      (sidebar) => {
        const el = document.activeElement;
        if (el?.tagName !== 'A' || !el.closest('main') || el.closest(sidebar)) return false;
        return /^\/cases\/[^/]+$/.test(new URL(el.href).pathname);
      },
      FILTERS,
    );
    await assertFocusIndicator(`the result link ${await describeFocus()}`);
    const casePath = await page.evaluate(() => new URL(document.activeElement.href).pathname);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === casePath);
    await page.waitForLoadState('load');
    const heading = await page.locator('h1').first().innerText();
    assert.ok(heading.trim().length > 0, `the case page ${casePath} has an empty h1`);
    t.diagnostic(`opened ${casePath}: "${heading.trim()}"`);

    // 5. Back to the library: both filters (and the query) are still there.
    await page.goBack({ waitUntil: 'load' });
    await page.waitForURL((u) => filters.every((f) => u.searchParams.getAll(f.name).includes(f.value)));
    await page.waitForFunction(chipsShown, filters, { timeout: 10_000 }).catch(() => {
      throw new Error(`after going back to ${page.url()} (was ${libraryUrl}) the chips for both filters are not shown`);
    });
    const query = await page.evaluate(() => document.querySelector('main input[type="search"], main input[name="q"]')?.value);
    assert.equal(query, QUERY, 'the search box lost the query after going back');

    assertNoExternalRequests(browser.requests, 'the keyboard journey');
  } catch (error) {
    const shot = artifactPath('keyboard-failure');
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    t.diagnostic(`screenshot of the page at the failure: ${shot}`);
    throw error;
  }
});

it('chooses the number of themes and opens the printable report by keyboard alone', async (t) => {
  try {
    await page.goto(url('/trends'), { waitUntil: 'load' });
    // Tab to the themes menu, pick 5 with the arrow keys, then Tab to its button and press it.
    await tabUntil('themes menu', () => document.activeElement?.id === 'themes-n');
    await assertFocusIndicator('the themes menu');
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => document.activeElement.value);
    assert.equal(chosen, '5', 'Home then four ArrowDown reach 5 themes (after "Chosen automatically", 2, 3, 4)');
    await tabUntil('themes button', () => document.activeElement?.closest('form')?.classList.contains('themes-form') && document.activeElement.tagName === 'BUTTON');
    await assertFocusIndicator('the themes button');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/trends' && u.searchParams.get('themes') === '5');
    await page.waitForLoadState('load');
    const themes = await page.locator('article.theme').count();
    assert.equal(themes, 5, 'five themes are shown');

    // Back to the top, then the report link carries the choice.
    await page.evaluate(() => document.activeElement?.blur());
    await page.goto(page.url(), { waitUntil: 'load' });
    await tabUntil('report link', () => new URL(document.activeElement?.href ?? 'http://x/').pathname === '/trends/report');
    await assertFocusIndicator('the report link');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/trends/report' && u.searchParams.get('themes') === '5');
    await page.waitForLoadState('load');
    assert.equal(await page.locator('article.theme').count(), 5, 'the report shows the same five themes');
    t.diagnostic(`report: "${(await page.locator('h1').first().innerText()).trim()}"`);
    assertNoExternalRequests(browser.requests, 'the themes journey');
  } catch (error) {
    const shot = artifactPath('keyboard-themes-failure');
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    t.diagnostic(`screenshot of the page at the failure: ${shot}`);
    throw error;
  }
});
