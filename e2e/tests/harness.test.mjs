// Checks the harness itself: the request recorder must notice a request to another
// site (which the browser then refuses), or the "no external requests" checks of the
// other tests would pass for the wrong reason.

import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoExternalRequests, launchBrowser } from '../lib/harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

it('records and refuses a request to another site', async () => {
  const page = await browser.context.newPage();
  // A blank page: the site's own Content-Security-Policy would stop the image first.
  await page.goto('about:blank');
  browser.requests.clear();
  const failed = page.waitForEvent('requestfailed');
  // .invalid never resolves anywhere; the route set up by launchBrowser aborts it first.
  await page.setContent('<img src="https://observa-e2e.invalid/pixel.png" alt="">');
  const request = await failed;
  assert.equal(request.url(), 'https://observa-e2e.invalid/pixel.png');
  assert.match(request.failure()?.errorText ?? '', /BLOCKED_BY_CLIENT/, 'the request should be refused by the browser, not tried');
  assert.throws(() => assertNoExternalRequests(browser.requests, 'the harness check'), /observa-e2e\.invalid/);
  browser.requests.clear();
  assertNoExternalRequests(browser.requests);
});
