// The editor tools in a real browser, signed in as the administrator scripts/e2e makes
// (OBSERVA_ADMIN_EMAIL / OBSERVA_ADMIN_PASSWORD): a technology's Spanish label changed and
// seen on the Spanish library; a publication added with a mistake first, then fixed, and
// seen on /publications; a toolkit added with the keyboard alone. axe must find no
// violation on any page, including forms showing their errors.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertNoAxeViolations,
  assertNoExternalRequests,
  launchBrowser,
  setLanguage,
  visit,
} from '../lib/harness.mjs';

const ADMIN_EMAIL = process.env.OBSERVA_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.OBSERVA_ADMIN_PASSWORD;
const stamp = Date.now().toString(36);
const NEW_LABEL = `Cadena de bloques ${stamp}`;
const MAX_TABS = 120;

/** Fills a field the way a person finds it: by its visible label. */
async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function press(page, name) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.waitForLoadState('load');
}

/** Presses Tab until the focused element matches `selector`; fails after MAX_TABS. */
async function tabTo(page, selector) {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to the field `selector` and types `text` into it. */
async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
after(() => browser?.close());

describe('editor tools', () => {
  it('signs the administrator in and lists the tools', async () => {
    assert.ok(ADMIN_EMAIL && ADMIN_PASSWORD, 'scripts/e2e makes the administrator');
    await visit(page, '/editor');
    assert.equal(new URL(page.url()).pathname, '/account/signin');
    await fill(page, 'Email address', ADMIN_EMAIL);
    await fill(page, 'Password', ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/editor', 'back where sign-in was asked for');
    await assertNoAxeViolations(page, 'the editor tools');
  });

  it("changes a technology's Spanish label, which the Spanish library shows", async () => {
    await page.getByRole('link', { name: 'Technologies' }).click();
    await page.waitForLoadState('load');
    await assertNoAxeViolations(page, 'the technologies');
    await page.getByRole('link', { name: 'Edit Blockchain and distributed ledgers' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, '/editor/terms/technology/blockchain');
    await assertNoAxeViolations(page, 'a technology');
    const before = await page.getByLabel('Spanish', { exact: true }).inputValue();

    // A label left empty is refused beside its field.
    await fill(page, 'Spanish', '');
    await press(page, 'Save');
    assert.match(await page.locator('[id="labels.es-error"]').innerText(), /required/);
    await assertNoAxeViolations(page, 'a technology with an error');

    await fill(page, 'Spanish', NEW_LABEL);
    await press(page, 'Save');
    assert.equal(new URL(page.url()).pathname, '/editor/terms');
    assert.match(await page.locator('.notice').innerText(), /Saved/);
    assert.match(await page.locator('table').innerText(), new RegExp(NEW_LABEL));
    await assertNoAxeViolations(page, 'the technologies after a change');

    await setLanguage(page, 'es');
    await visit(page, '/cases?technology=blockchain');
    assert.match(await page.locator('main').innerText(), new RegExp(NEW_LABEL), 'the library shows the new label');
    await setLanguage(page, 'en');

    // Put the label back, for the tests that come after.
    await visit(page, '/editor/terms/technology/blockchain');
    await fill(page, 'Spanish', before);
    await press(page, 'Save');
    assert.match(await page.locator('.notice').innerText(), /Saved/);
  });

  it('adds a publication, with a mistake first', async () => {
    const title = `Editors at work ${stamp}`;
    await visit(page, '/editor/publications');
    await assertNoAxeViolations(page, 'the publications');
    await page.getByRole('link', { name: 'New publication' }).click();
    await page.waitForLoadState('load');
    await assertNoAxeViolations(page, 'the new publication form');
    await fill(page, 'Title', title);
    await fill(page, 'Year', 'abc');
    await fill(page, 'Kind', 'report');
    await fill(page, 'Publisher', 'Observa');
    await fill(page, 'Summary', 'How editors keep the library in order.');
    await fill(page, 'Partner 1', 'First partner');
    await fill(page, 'Partner 2', 'Second partner');
    await fill(page, 'Name of figure 1', 'countries');
    await fill(page, 'Number of figure 1', '7');

    // One more partner row, without JavaScript doing it: the form comes back with it.
    await press(page, 'Add another partner');
    assert.equal(await page.getByLabel('Partner 2', { exact: true }).inputValue(), 'Second partner');
    await fill(page, 'Partner 3', 'Third partner');

    await press(page, 'Save');
    assert.equal(new URL(page.url()).pathname, '/editor/publications/new');
    assert.match(await page.locator('#year-error').innerText(), /as a number/);
    assert.equal(await page.getByLabel('Year', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('.error-summary').innerText(), /as a number/);
    await assertNoAxeViolations(page, 'the publication form with an error');

    await fill(page, 'Year', '2025');
    await press(page, 'Save');
    assert.equal(new URL(page.url()).pathname, '/editor/publications');
    assert.match(await page.locator('.notice').innerText(), new RegExp(title));

    await visit(page, '/publications');
    assert.match(await page.locator('main').innerText(), new RegExp(title));
    await page.getByRole('link', { name: title }).click();
    await page.waitForLoadState('load');
    const text = await page.locator('main').innerText();
    assert.match(text, /Third partner/);
    await assertNoAxeViolations(page, 'the new publication');
  });

  it('adds a toolkit with the keyboard alone', async () => {
    const name = `Workshop cards ${stamp}`;
    await visit(page, '/editor/toolkits');
    await assertNoAxeViolations(page, 'the toolkits');
    await visit(page, '/editor/toolkits/new');
    await assertNoAxeViolations(page, 'the new toolkit form');
    await typeInto(page, '#name', name);
    await typeInto(page, '#publisher', 'Observa');
    await typeInto(page, '#year', '2025');
    await typeInto(page, '#url', 'https://example.org/cards');
    await typeInto(page, '#description', 'Cards to run a co-design workshop.');
    await tabTo(page, '#disciplines-co_design_facilitation');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name=type]');
    // Arrow keys move within a radio group and choose as they go.
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#purposes-generate_ideas');
    await page.keyboard.press('Space');
    await typeInto(page, '#languages', 'en, es');
    await tabTo(page, 'button[type=submit]');
    // Enter starts the navigation; wait for the page it leads to (the list, once saved).
    await Promise.all([page.waitForURL((u) => u.pathname === '/editor/toolkits'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    assert.match(await page.locator('.notice').innerText(), new RegExp(name));
    await assertNoAxeViolations(page, 'the toolkits after adding one');

    await visit(page, '/toolkits');
    await page.getByRole('link', { name }).click();
    await page.waitForLoadState('load');
    const facts = await page.locator('main').innerText();
    assert.match(facts, /Co-design and facilitation/);
    assert.match(facts, /Method card deck/, 'ArrowDown chose the second type');
    assert.match(facts, /Generate ideas/);
    await assertNoAxeViolations(page, 'the new toolkit');
  });

  it('made no request outside the test server', () => assertNoExternalRequests(browser.requests, 'the editor tools'));
});
