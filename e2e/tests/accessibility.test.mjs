// Accessibility: every page type, in every interface language, is checked with axe
// (WCAG 2.0/2.1 A and AA plus axe's best practices) and must have no violation; each
// page must also declare the chosen language on <html lang>, and no page may load
// anything from outside the test server.

import { after, before, describe, it } from 'node:test';
import {
  LANGUAGES,
  assertNoAxeViolations,
  assertNoExternalRequests,
  discoverPageTypes,
  documentLanguage,
  launchBrowser,
  requirePath,
  setLanguage,
  visit,
} from '../lib/harness.mjs';

const pageTypes = await discoverPageTypes();

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
after(() => browser?.close());

for (const lang of LANGUAGES) {
  describe(`accessibility in ${lang}`, () => {
    before(() => browser.requests.clear());

    it(`switches the interface to ${lang} with ?lang=${lang}`, () => setLanguage(page, lang));

    for (const pageType of pageTypes) {
      it(`${pageType.name} page has no axe violations and <html lang="${lang}">`, async (t) => {
        const path = requirePath(pageType);
        const where = `${pageType.name} page ${path} in ${lang}`;
        await visit(page, path, { status: pageType.status });
        const problems = [];
        const htmlLang = await documentLanguage(page);
        if (htmlLang !== lang) problems.push(`<html lang="${htmlLang}"> on ${where}, expected "${lang}"`);
        try {
          const results = await assertNoAxeViolations(page, where);
          // Rules axe could not decide (e.g. contrast over an image) are worth a look by hand.
          const review = results.incomplete.map((r) => {
            const targets = r.nodes.slice(0, 3).map((n) => n.target.join(' >> '));
            return `${r.id} on ${targets.join(', ')}${r.nodes.length > 3 ? ` and ${r.nodes.length - 3} more` : ''}`;
          });
          if (review.length) t.diagnostic(`axe could not decide, check by hand: ${review.join(', ')}`);
        } catch (error) {
          problems.push(error.message);
        }
        if (problems.length) throw new Error(problems.join('\n'));
      });
    }

    it('made no request outside the test server', () => assertNoExternalRequests(browser.requests, `the pages in ${lang}`));
  });
}
