// Screenshots for people to look at: a full-page picture of every page type in English
// and of a case page in Spanish, and the case library and a case page at 320 px wide,
// where the page must not scroll sideways. Pictures go to e2e/artifacts/NAME.png.

import { after, before, describe, it } from 'node:test';
import {
  artifactPath,
  assertNoExternalRequests,
  discoverPageTypes,
  launchBrowser,
  requirePath,
  setLanguage,
  visit,
} from '../lib/harness.mjs';

const pageTypes = await discoverPageTypes();
const byName = Object.fromEntries(pageTypes.map((p) => [p.name, p]));

let browser;
let page;
before(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
after(() => browser?.close());

async function shoot(name, pageType, t) {
  await visit(page, requirePath(pageType), { status: pageType.status });
  const file = artifactPath(name);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  t.diagnostic(file);
}

describe('screenshots in English', () => {
  before(() => setLanguage(page, 'en'));
  for (const pageType of pageTypes) {
    it(`${pageType.name} page`, (t) => shoot(`en-${pageType.name}`, pageType, t));
  }
});

describe('screenshots in Spanish', () => {
  before(() => setLanguage(page, 'es'));
  it('case page', (t) => shoot('es-case', byName.case, t));
});

describe('at 320 px wide', () => {
  before(async () => {
    await setLanguage(page, 'en');
    await page.setViewportSize({ width: 320, height: 720 });
  });
  after(() => page.setViewportSize({ width: 1280, height: 900 }));

  for (const name of ['cases', 'case']) {
    it(`${name} page fits without scrolling sideways`, async (t) => {
      await shoot(`320-${name}`, byName[name], t);
      const { scrollWidth, widest } = await page.evaluate(() => {
        // Where the page starts to stick out: elements past the right edge whose parent is
        // not, leaving out what sits in a container that scrolls or clips on its own.
        const limit = document.documentElement.clientWidth + 1;
        const sticksOut = (el) => el.getBoundingClientRect().right > limit;
        const clipped = (el) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          }
          return false;
        };
        const over = [...document.querySelectorAll('body *')]
          .filter((el) => sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) && !clipped(el))
          .slice(0, 5)
          .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> reaches ${Math.round(el.getBoundingClientRect().right)} px`);
        return { scrollWidth: document.documentElement.scrollWidth, widest: over };
      });
      if (scrollWidth > 320 + 1) {
        throw new Error(`the ${name} page is ${scrollWidth} px wide at a 320 px viewport; sticking out: ${widest.join(', ')}`);
      }
    });
  }
});

it('made no request outside the test server', () => assertNoExternalRequests(browser.requests, 'the pages photographed'));
