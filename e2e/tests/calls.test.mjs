// Calls for innovations and the editors' insight tools in a real browser: the
// administrator opens a call through the form (a mistake first, its message beside its
// field), finds it on /calls and on its own page, saves a theme of /trends as a named
// trend, and opens the duplicates report. axe must find no violation on any of these pages.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertNoAxeViolations, launchBrowser, visit } from '../lib/harness.mjs';

const ADMIN_EMAIL = process.env.OBSERVA_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.OBSERVA_ADMIN_PASSWORD;
const stamp = Date.now().toString(36);
const SLUG = `call-${stamp}`;
const TITLE = `Open government call ${stamp}`;

/** A date `days` from today, as YYYY-MM-DD. */
function day(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function submit(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
}

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
after(() => browser?.close());

describe('calls for innovations and editors’ insight tools', () => {
  it('opens a call, which the public list and its page show', async () => {
    assert.ok(ADMIN_EMAIL && ADMIN_PASSWORD, 'scripts/e2e makes the administrator');
    await visit(page, '/editor/calls');
    assert.equal(new URL(page.url()).pathname, '/account/signin');
    await fill(page, 'Email address', ADMIN_EMAIL);
    await fill(page, 'Password', ADMIN_PASSWORD);
    await submit(page, 'Sign in');
    assert.equal(new URL(page.url()).pathname, '/editor/calls', 'back where sign-in was asked for');
    await assertNoAxeViolations(page, 'the editors’ list of calls');

    await page.getByRole('link', { name: 'Open a new call' }).click();
    await page.waitForLoadState('load');
    await assertNoAxeViolations(page, 'the new call form');
    await fill(page, 'Short name', SLUG);
    await fill(page, 'Title', TITLE);
    await fill(page, 'Description', 'Send us **open government** innovations <script>alert(1)</script>');
    await fill(page, 'Opens', day(0));
    await fill(page, 'Closes', day(-1));
    await fill(page, 'Themes it asks for', 'Open data\nParticipation');
    await submit(page, 'Open the call');
    assert.match(await page.locator('#closes-error').innerText(), /closing date comes before the opening date/);
    assert.equal(await page.getByLabel('Closes', { exact: true }).getAttribute('aria-invalid'), 'true');
    await assertNoAxeViolations(page, 'the call form with an error');

    await fill(page, 'Closes', day(60));
    await submit(page, 'Open the call');
    assert.equal(new URL(page.url()).pathname, '/editor/calls');
    assert.match(await page.locator('.notice').innerText(), new RegExp(TITLE));
    await assertNoAxeViolations(page, 'the list after opening a call');

    await visit(page, '/calls');
    await assertNoAxeViolations(page, 'the public list of calls');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, `/calls/${SLUG}`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Open/);
    assert.match(main, /0 cases submitted to this call/);
    assert.match(main, /Participation/);
    assert.equal(await page.locator('main strong', { hasText: 'open government' }).count(), 1);
    assert.equal(await page.locator('main script').count(), 0, 'the description is sanitised');
    await assertNoAxeViolations(page, 'a call’s page');
  });

  it('saves a theme of the trends page as a named trend', async () => {
    await visit(page, '/trends?themes=3');
    const save = page.getByRole('link', { name: /Save as a named trend/ }).first();
    await save.click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/editor/trends/new');
    await assertNoAxeViolations(page, 'the named trend form');
    await fill(page, 'Name', `Named trend ${stamp}`);
    await fill(page, 'Short name', `trend-${stamp}`);
    await fill(page, 'Description', 'Found on the trends page.');
    await submit(page, 'Save');
    assert.equal(new URL(page.url()).pathname, `/trends/saved/${`trend-${stamp}`}`);
    assert.equal(await page.locator('h1').innerText(), `Named trend ${stamp}`);
    assert.match(await page.locator('#named-trend-count').innerText(), /published cases? match/);
    await assertNoAxeViolations(page, 'a named trend');

    await visit(page, '/trends/saved');
    assert.equal(await page.getByRole('link', { name: `Named trend ${stamp}` }).count(), 1);
    await assertNoAxeViolations(page, 'the list of named trends');
  });

  it('opens the duplicates report', async () => {
    await visit(page, '/editor/duplicates');
    assert.match(await page.locator('#duplicates-summary').innerText(), /likely duplicates among [\d,]+ published cases/);
    await assertNoAxeViolations(page, 'the duplicates report');
  });
});
