// Editorial review in a real browser: the administrator (who may review, like an editor)
// opens the queue, filters it, opens a submitted case, requests changes with a comment
// (after trying without one), reads the history, then publishes another submitted case
// with every acceptance criterion ticked; then the audit log and the notifications page.
// The submitted cases are the few the demo library leaves awaiting review (`observa serve
// --demo`, see load_demo). axe must find no violation on any of these pages.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertNoAxeViolations, launchBrowser, visit } from '../lib/harness.mjs';

const ADMIN_EMAIL = process.env.OBSERVA_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.OBSERVA_ADMIN_PASSWORD;

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
after(() => browser?.close());

async function click(name) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
}

/** Opens the first submitted case of the queue; returns its review path. */
async function openFirstSubmitted() {
  await visit(page, '/review?status=submitted');
  const link = page.locator('table tbody th a').first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForLoadState('load');
  assert.equal(new URL(page.url()).pathname, href);
  return href;
}

describe('review', () => {
  it('an editor filters the queue, requests changes, then publishes', async () => {
    assert.ok(ADMIN_EMAIL && ADMIN_PASSWORD, 'scripts/e2e makes the administrator');
    await visit(page, '/review');
    assert.equal(new URL(page.url()).pathname, '/account/signin');
    await page.getByLabel('Email address', { exact: true }).fill(ADMIN_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await click('Sign in');
    assert.equal(new URL(page.url()).pathname, '/review', 'back at the queue');
    assert.match(await page.locator('h1').innerText(), /Review queue/);
    await assertNoAxeViolations(page, 'the review queue');

    // Filter by status with the form, as a person would.
    await page.getByLabel('Status', { exact: true }).selectOption('submitted');
    await page.getByLabel('Waiting', { exact: true }).selectOption('');
    await click('Filter');
    assert.equal(new URL(page.url()).searchParams.get('status'), 'submitted');
    const rows = await page.locator('table tbody tr').count();
    assert.ok(rows >= 2, `the demo leaves cases awaiting review (${rows})`);
    await assertNoAxeViolations(page, 'the filtered queue');

    // The first case: start the review, ask for changes (a comment is needed).
    const first = await openFirstSubmitted();
    await assertNoAxeViolations(page, 'the review page');
    await click('Start review');
    assert.match(await page.locator('.notice[role=status]').innerText(), /review has started/);
    await click('Request changes');
    assert.equal(new URL(page.url()).pathname, first);
    assert.match(await page.locator('#comment-error').innerText(), /Say which changes you ask for/);
    assert.equal(await page.getByLabel('Comment to the authors').getAttribute('aria-invalid'), 'true');
    await assertNoAxeViolations(page, 'the review page with an error');
    await page.getByLabel('Comment to the authors').fill('Please spell out **OPSI** and add the results.');
    await click('Request changes');
    assert.match(await page.locator('.notice[role=status]').innerText(), /Changes were requested/);
    assert.match(await page.locator('.review-comments').innerText(), /Please spell out OPSI/);
    assert.equal(await page.locator('.review-comments strong', { hasText: 'OPSI' }).count(), 1);

    await page.getByRole('link', { name: 'History of changes' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('h1').innerText(), /History of/);
    assert.ok((await page.locator('code', { hasText: 'status' }).count()) >= 1, 'the status changes are listed');
    await assertNoAxeViolations(page, 'the history');

    // The second case: publishing needs every criterion ticked.
    const second = await openFirstSubmitted();
    assert.notEqual(second, first);
    await click('Start review');
    await page.locator('input[name=checklist]').first().check();
    await click('Publish');
    assert.match(await page.locator('#checklist-error').innerText(), /Tick every acceptance criterion/);
    await assertNoAxeViolations(page, 'the review page with the checklist error');
    for (const box of await page.locator('input[name=checklist]').all()) await box.check();
    await click('Publish');
    assert.match(await page.locator('.notice[role=status]').innerText(), /The case is published/);
    assert.match(await page.locator('dl.details').innerText(), /Published/);

    // Every step is in the audit log.
    await visit(page, '/admin/audit?action=status_changed');
    assert.ok((await page.locator('table tbody tr').count()) >= 4, 'start, request changes, start, publish');
    assert.match(await page.locator('table tbody').innerText(), /to: published/);
    await assertNoAxeViolations(page, 'the audit log');

    await visit(page, '/account/notifications');
    assert.match(await page.locator('h1').innerText(), /Notifications/);
    await assertNoAxeViolations(page, 'the notifications page');
  });
});
