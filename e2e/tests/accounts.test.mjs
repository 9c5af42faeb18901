// Accounts in a real browser, without shortcuts: sign up through the form, read the
// confirmation email from the SMTP receiver scripts/e2e runs (OBSERVA_MAIL_DIR), follow
// its link, confirm, sign in, sign out; a password reset through its emailed link; the
// administrators' pages. axe must find no violation on any of these pages, including
// forms showing their errors.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  assertNoAxeViolations,
  assertNoExternalRequests,
  launchBrowser,
  mailedLink,
  mailFiles,
  visit,
} from '../lib/harness.mjs';

const ADMIN_EMAIL = process.env.OBSERVA_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.OBSERVA_ADMIN_PASSWORD;
const stamp = Date.now().toString(36);
const EMAIL = `ana.${stamp}@e2e.observa.test`;
const PASSWORD = 'a long and memorable passphrase';
const NEW_PASSWORD = 'another long and memorable passphrase';

async function axe(page, where) {
  await assertNoAxeViolations(page, where);
}

/** Fills a field the way a person finds it: by its visible label. */
async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
after(() => browser?.close());

describe('accounts', () => {
  it('signs up through the form and the emailed link, signs in and signs out', async () => {
    await visit(page, '/account/signup');
    await axe(page, 'the sign-up form');

    // Mistakes first: each message appears beside its field, and the page stays accessible.
    await fill(page, 'Email address', 'not-an-address');
    await fill(page, 'Your name', 'Ana');
    await fill(page, 'Password', 'short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('#email-error').innerText(), /email address like/);
    assert.match(await page.locator('#password-error').innerText(), /at least 12 characters/);
    assert.equal(await page.getByLabel('Email address', { exact: true }).getAttribute('aria-invalid'), 'true');
    await axe(page, 'the sign-up form with errors');

    await fill(page, 'Email address', EMAIL);
    await fill(page, 'Password', PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForLoadState('load');
    assert.equal(await page.locator('h1').innerText(), 'Check your email');
    await axe(page, 'the "check your email" page');

    const { link } = await mailedLink(EMAIL, `${BASE_URL}/account/confirm/`);
    await page.goto(link, { waitUntil: 'load' });
    assert.equal(await page.locator('h1').innerText(), 'Confirm your email address');
    await axe(page, 'the confirmation page');
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/account/signin');
    assert.match(await page.locator('.notice').innerText(), /confirmed/);
    await axe(page, 'the sign-in page after confirming');

    // The used link does not work again.
    const reused = await page.goto(link, { waitUntil: 'load' });
    assert.equal(reused.status(), 404);
    await axe(page, 'a used link');

    await visit(page, '/account/signin');
    await fill(page, 'Email address', EMAIL);
    await fill(page, 'Password', 'not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.error-summary').innerText(), /not right/);
    await axe(page, 'the sign-in form with an error');

    await fill(page, 'Email address', EMAIL);
    await fill(page, 'Password', PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.match(await page.locator('main').innerText(), new RegExp(EMAIL.replace(/\./g, '\\.')));
    await axe(page, 'the account page');
    const cookie = (await page.context().cookies(BASE_URL)).find((c) => c.name === 'observa_session');
    assert.ok(cookie?.httpOnly && cookie.sameSite === 'Lax', `session cookie ${JSON.stringify(cookie)}`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/');
    await visit(page, '/account');
    assert.equal(new URL(page.url()).pathname, '/account/signin', 'signed out: /account asks to sign in');
  });

  it('resets a forgotten password through the emailed link', async () => {
    const seen = mailFiles();
    await visit(page, '/account/reset');
    await fill(page, 'Email address', EMAIL);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.waitForLoadState('load');
    await axe(page, 'the "link sent" page');
    const { link } = await mailedLink(EMAIL, `${BASE_URL}/account/reset/`, { after: seen });
    await page.goto(link, { waitUntil: 'load' });
    await axe(page, 'the new password form');
    await fill(page, 'New password', NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.notice').innerText(), /password has been changed/);
    await fill(page, 'Email address', EMAIL);
    await fill(page, 'Password', NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForLoadState('load');
  });

  it('lets the administrator change a role and read the outbox', async () => {
    assert.ok(ADMIN_EMAIL && ADMIN_PASSWORD, 'scripts/e2e makes the administrator');
    await visit(page, '/admin/users');
    assert.equal(new URL(page.url()).pathname, '/account/signin');
    await fill(page, 'Email address', ADMIN_EMAIL);
    await fill(page, 'Password', ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/admin/users', 'back where sign-in was asked for');
    await axe(page, 'the users page');
    await page.getByLabel(`New role for ${EMAIL}`).selectOption('editor');
    await page.getByRole('row', { name: new RegExp(EMAIL.replace(/\./g, '\\.')) }).getByRole('button', { name: 'Change role' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.notice').innerText(), /is now Editor/);
    await axe(page, 'the users page after a change');

    await visit(page, '/admin/outbox');
    assert.match(await page.locator('main').innerText(), /Sent/);
    await axe(page, 'the outbox');
    await visit(page, '/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForLoadState('load');
  });

  it('made no request outside the test server', () => assertNoExternalRequests(browser.requests, 'the account pages'));
});

