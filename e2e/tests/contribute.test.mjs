// Contributing a case in a real browser: a new contributor signs up through the form and
// the emailed link, starts a case, fills every step by its labels (meeting a field error
// on the way), uploads a real PNG with its alt text, previews the case, reads the
// acceptance criteria, submits, and finds the case submitted on the dashboard. Then the
// whole editorial round: an editor (the administrator) requests changes, the contributor
// reads them (email, notifications, the form) and resubmits, the editor publishes, and the
// search finds the case within a second. axe must find no violation on any of these
// pages, including a step showing errors.

import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  assertNoAxeViolations,
  assertNoExternalRequests,
  launchBrowser,
  mailedLink,
  visit,
} from '../lib/harness.mjs';

const ADMIN_EMAIL = process.env.OBSERVA_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.OBSERVA_ADMIN_PASSWORD;
const stamp = Date.now().toString(36);
const EMAIL = `rui.${stamp}@e2e.observa.test`;
const PASSWORD = 'a long and memorable passphrase';
const PNG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'map.png');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field whose label starts with `label` (labels of needed fields end with a note). */
const field = (page, label) => page.getByLabel(new RegExp(`^${escape(label)}( \\(needed to submit\\))?$`));

async function fill(page, label, value) {
  await field(page, label).fill(value);
}

/** Polls the search API until `words` find a case; returns the milliseconds it took. */
async function searchFinds(words, limit) {
  const started = Date.now();
  while (Date.now() - started < limit) {
    const reply = await fetch(`${BASE_URL}/api/v1/cases?q=${encodeURIComponent(words)}`);
    assert.equal(reply.status, 200);
    if ((await reply.json()).total >= 1) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Infinity;
}

async function press(page, name) {
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

describe('contributing a case', () => {
  it('signs up as a contributor', async () => {
    await visit(page, '/account/signup');
    await page.getByLabel('Email address', { exact: true }).fill(EMAIL);
    await page.getByLabel('Your name', { exact: true }).fill('Rui');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await press(page, 'Create account');
    const { link } = await mailedLink(EMAIL, `${BASE_URL}/account/confirm/`);
    await page.goto(link, { waitUntil: 'load' });
    await press(page, 'Confirm my address');
    await visit(page, '/contribute');
    assert.equal(new URL(page.url()).pathname, '/account/signin', 'the dashboard asks to sign in');
    await page.getByLabel('Email address', { exact: true }).fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await press(page, 'Sign in');
    assert.equal(new URL(page.url()).pathname, '/contribute', 'back at the dashboard');
    await assertNoAxeViolations(page, 'the empty dashboard');
  });

  it('starts a case and fills every step by its labels', async () => {
    await page.getByRole('link', { name: 'Start a new case' }).click();
    await page.waitForLoadState('load');
    await assertNoAxeViolations(page, 'the new case form');
    await fill(page, 'Title', `Open budget lab ${stamp}`);
    await press(page, 'Start the draft');
    assert.match(new URL(page.url()).pathname, /^\/contribute\/\d+\/identity$/);
    const base = new URL(page.url()).pathname.replace(/\/identity$/, '');

    // A mistake first: the message sits beside its field, linked from the summary.
    await fill(page, 'Title', '');
    await fill(page, 'Website', 'not a web address');
    await press(page, 'Save draft');
    assert.match(await page.locator('.error-summary').innerText(), /Enter a full web address/);
    assert.equal(await field(page, 'Website').getAttribute('aria-invalid'), 'true');
    await assertNoAxeViolations(page, 'the identity step with errors');

    await fill(page, 'Title', `Open budget lab ${stamp}`);
    await fill(page, 'One-line pitch', 'Residents decide together how part of the city budget is spent.');
    // The live counter follows the typing.
    assert.match(await page.locator('#pitch-count').innerText(), /Characters left: 4\d\d/);
    await fill(page, 'Overview', 'Since 2019 residents *propose* projects and vote on them in neighbourhood assemblies.');
    await fill(page, 'Website', 'https://example.gov/open-budget');
    await press(page, 'Save and continue');
    assert.equal(new URL(page.url()).pathname, `${base}/who`);
    await assertNoAxeViolations(page, 'the who step');

    await fill(page, 'Organisation', 'City of Porto Alegre');
    await field(page, 'Organisation type').selectOption({ label: 'Government' });
    await fill(page, 'Countries', 'Brazil');
    await fill(page, 'Place', 'Rio Grande do Sul');
    await field(page, 'Level of government').selectOption('local');
    await press(page, 'Save and continue');
    assert.equal(new URL(page.url()).pathname, `${base}/what`);
    await assertNoAxeViolations(page, 'the what step');

    // A choice the suggestion model finds for the texts says so in its label.
    await page.getByLabel(/^Public administration modernisation and reform( \(suggested from your texts: \d+ %\))?$/).check();
    await page.getByLabel('SDG 11', { exact: true }).check();
    await press(page, 'Save and continue');
    assert.equal(new URL(page.url()).pathname, `${base}/when`);
    await assertNoAxeViolations(page, 'the when step');

    await fill(page, 'Launched', '2019');
    await field(page, 'Stage').selectOption('implementation');
    await press(page, 'Save and continue');
    assert.equal(new URL(page.url()).pathname, `${base}/story`);
    await assertNoAxeViolations(page, 'the story step');

    for (const heading of [
      'What makes it innovative',
      'Partners and collaboration',
      'Users, stakeholders and beneficiaries',
      'Results and impact',
      'Challenges and failures',
      'Conditions for success',
      'Potential to be replicated',
      'Lessons to share',
    ]) {
      await fill(page, heading, `Our answer: ${heading.toLowerCase()}.`);
    }
    await press(page, 'Save and continue');
    assert.equal(new URL(page.url()).pathname, `${base}/materials`);
    await assertNoAxeViolations(page, 'the materials step');

    await fill(page, 'Links', 'Project page | https://example.gov/open-budget');
    await press(page, 'Save draft');
    assert.match(await page.getByRole('status').innerText(), /Draft saved/);

    // An image without alt text is refused; with it, it is stored and shown.
    await page.getByLabel('Image file', { exact: true }).setInputFiles(PNG);
    await press(page, 'Upload the image');
    assert.match(await page.locator('#image_file-error').innerText(), /Describe the image/);
    await assertNoAxeViolations(page, 'the materials step with an upload error');
    await page.getByLabel('Alt text: what the image shows', { exact: true }).fill('A map of the districts that took part');
    await page.getByLabel('Image file', { exact: true }).setInputFiles(PNG);
    await press(page, 'Upload the image');
    assert.match(await page.getByRole('status').innerText(), /File added/);
    const image = page.locator('img[alt="A map of the districts that took part"]');
    assert.equal(await image.evaluate((img) => img.complete && img.naturalWidth), 16, 'the uploaded image loads');
    await assertNoAxeViolations(page, 'the materials step with an image');

    await page.getByRole('link', { name: 'Collaborators' }).click();
    await page.waitForLoadState('load');
    await assertNoAxeViolations(page, 'the collaborators step');
  });

  it('previews, reads the criteria, submits and sees the case submitted', async () => {
    await page.getByRole('link', { name: 'Preview the case' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('.preview-notice').innerText(), /It is not public/);
    assert.equal(await page.locator('h1').innerText(), `Open budget lab ${stamp}`);
    await assertNoAxeViolations(page, 'the preview');

    await page.getByRole('link', { name: 'Back to the form' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'Check and submit' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('main').innerText(), /Everything submission needs is filled in/);
    assert.match(await page.locator('.criteria').innerText(), /plain language, with acronyms spelled out/);
    await assertNoAxeViolations(page, 'the check and submit step');

    await press(page, 'Submit for review');
    assert.match(await page.locator('#confirm-error').innerText(), /Confirm that you checked/);
    await assertNoAxeViolations(page, 'the submit step with an error');
    await page.getByLabel('I checked the case against these criteria.', { exact: true }).check();
    await press(page, 'Submit for review');
    assert.equal(new URL(page.url()).pathname, '/contribute');
    assert.match(await page.getByRole('status').innerText(), /Your case was submitted/);
    const row = page.getByRole('row', { name: new RegExp(`Open budget lab ${stamp}`) });
    assert.match(await row.innerText(), /Submitted/);
    await assertNoAxeViolations(page, 'the dashboard with a submitted case');
  });

  it('an editor asks for changes, the contributor resubmits, the editor publishes, search finds it', async () => {
    assert.ok(ADMIN_EMAIL && ADMIN_PASSWORD, 'scripts/e2e makes the administrator');
    const title = `Open budget lab ${stamp}`;
    const editorBrowser = await launchBrowser();
    try {
      const editor = await editorBrowser.context.newPage();
      await visit(editor, '/review?status=submitted');
      await editor.getByLabel('Email address', { exact: true }).fill(ADMIN_EMAIL);
      await editor.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
      await press(editor, 'Sign in');
      await editor.getByRole('link', { name: title, exact: true }).click();
      await editor.waitForLoadState('load');
      const review = new URL(editor.url()).pathname;
      assert.match(review, /^\/review\/\d+$/);
      assert.equal(
        await editor.locator('img[alt="A map of the districts that took part"]').evaluate((img) => img.naturalWidth),
        16,
        'the editor sees the uploaded image',
      );
      await press(editor, 'Start review');
      await editor.getByLabel('Comment to the authors').fill('Please give the **results** in figures.');
      await press(editor, 'Request changes');
      assert.match(await editor.locator('.notice[role=status]').innerText(), /Changes were requested/);

      // The contributor is told by email and on the dashboard, and fixes the case.
      const { link: mailed } = await mailedLink(EMAIL, `${BASE_URL}/contribute/`);
      assert.match(mailed, /\/contribute\/\d+$/);
      await visit(page, '/account/notifications');
      const notice = page.locator('.notification').first();
      assert.match(await notice.innerText(), /results in figures/);
      await assertNoAxeViolations(page, 'the notifications of a contributor');
      await notice.getByRole('link', { name: /./ }).first().click();
      await page.waitForLoadState('load');
      assert.match(new URL(page.url()).pathname, /^\/contribute\/\d+\/identity$/);
      assert.match(await page.locator('.review-comments').innerText(), /results in figures/);
      await assertNoAxeViolations(page, 'the form showing the editors comments');
      await page.getByRole('link', { name: 'Story', exact: true }).click();
      await page.waitForLoadState('load');
      await fill(page, 'Results and impact', 'In 2023, 41 000 residents voted and 112 projects were built.');
      await press(page, 'Save draft');
      await page.getByRole('link', { name: 'Check and submit', exact: true }).click();
      await page.waitForLoadState('load');
      await page.getByLabel('I checked the case against these criteria.', { exact: true }).check();
      await press(page, 'Submit for review');
      assert.match(await page.getByRole('row', { name: new RegExp(title) }).innerText(), /Submitted/);

      // The editor sees the new answer in the history, and publishes.
      await visit(editor, `${review}/history`);
      assert.match(await editor.locator('main').innerText(), /41 000 residents/);
      await visit(editor, review);
      await press(editor, 'Start review');
      for (const box of await editor.locator('input[name=checklist]').all()) await box.check();
      await press(editor, 'Publish');
      assert.match(await editor.locator('.notice[role=status]').innerText(), /The case is published/);
    } finally {
      await editorBrowser.close();
    }

    // Search finds it within a second of publication (the index follows every 200 ms).
    const took = await searchFinds(stamp, 1000);
    assert.ok(took < 1000, `search found the published case after ${took} ms`);
    await visit(page, `/cases?q=${stamp}`);
    assert.equal(await page.getByRole('link', { name: title }).count(), 1);
    await page.getByRole('link', { name: title }).click();
    await page.waitForLoadState('load');
    assert.equal(
      await page.locator('img[alt="A map of the districts that took part"]').evaluate((img) => img.naturalWidth),
      16,
      'the published image is public',
    );
    await assertNoAxeViolations(page, 'the published case');
  });

  it('made no request outside the test server', () => assertNoExternalRequests(browser.requests, 'the contribution pages'));
});
