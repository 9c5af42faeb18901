// Shared helpers for Observa's browser tests (e2e/tests/*.test.mjs): where the test
// server is, how to launch Debian's Chromium without letting it reach the network,
// how to switch the site's language, how to run axe and report its findings, how to
// record the requests a page makes, which URLs stand for each page type, and how to read
// the email the server sent to the SMTP receiver (OBSERVA_MAIL_DIR).
// scripts/e2e starts the demo server and sets OBSERVA_URL; the tests need nothing else.

import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Origin of the server under test, without a trailing slash. */
export const BASE_URL = (process.env.OBSERVA_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const ORIGIN = new URL(BASE_URL).origin;

/** The interface languages: every page type is checked in each. */
export const LANGUAGES = ['en', 'es', 'fr', 'pt'];

/** Where screenshots go (ignored by git; scripts/e2e lists them at the end). */
export const ARTIFACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

const CHROMIUM = process.env.OBSERVA_CHROMIUM ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying to reach Google's
// services, which on a closed network means a stream of failing connections.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The axe rule sets the site is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Launches Chromium with a fresh profile (a temporary --user-data-dir) and returns
 * { context, close }. Every request made by any page of the context is recorded in
 * context.requests (see recordRequests). close() ends the browser and removes the profile.
 */
export async function launchBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'observa-e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      locale: 'en-GB',
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const requests = recordRequests(context);
  // Whatever a page asks of another site is recorded above, then refused here, so that
  // a test never waits on (or sends traffic to) the outside network.
  await context.route((address) => !isLocal(address.href), (route) => route.abort('blockedbyclient'));
  return {
    context,
    requests,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records the URL of every request any page of `target` (a context or a page) makes,
 * with the address of the page that made it. The returned recorder can list the
 * requests that left the test server (`external()`) since it was last cleared.
 */
export function recordRequests(target) {
  const seen = [];
  target.on('request', (request) => {
    let from = '';
    try {
      from = request.frame().url();
    } catch {
      // service-worker or detached-frame requests have no frame
    }
    seen.push({ url: request.url(), from });
  });
  return {
    all: () => [...seen],
    clear: () => {
      seen.length = 0;
    },
    /** Requests to anywhere but the test server's origin (data: URLs are fine). */
    external: () => seen.filter(({ url }) => !isLocal(url)),
  };
}

function isLocal(url) {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === ORIGIN;
  } catch {
    return false;
  }
}

/** Fails with the list of requests that went anywhere but the test server. */
export function assertNoExternalRequests(recorder, where = '') {
  const external = recorder.external();
  if (external.length === 0) return;
  const lines = external.map(({ url, from }) => `  ${url}  (from ${from || 'unknown page'})`);
  throw new Error(
    `${external.length} request(s) left the test server ${ORIGIN}${where ? ` on ${where}` : ''}:\n${lines.join('\n')}`,
  );
}

/** Absolute URL on the test server for a path such as '/cases?q=x'. */
export function url(pathAndQuery) {
  return new URL(pathAndQuery, `${BASE_URL}/`).href;
}

/**
 * Opens `pathAndQuery` and returns the HTTP response. Fails unless the status is the
 * expected one (200 unless told otherwise).
 */
export async function visit(page, pathAndQuery, { status = 200 } = {}) {
  const response = await page.goto(url(pathAndQuery), { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${pathAndQuery}`);
  if (response.status() !== status) {
    throw new Error(`GET ${pathAndQuery} answered ${response.status()}, expected ${status}`);
  }
  return response;
}

/**
 * Chooses the interface language the way a reader does: any address with ?lang=xx
 * answers 303 with a `lang` cookie and sends the browser back to the address without
 * the parameter; every page after that is in that language.
 */
export async function setLanguage(page, lang) {
  const response = await page.goto(url(`/?lang=${lang}`), { waitUntil: 'load' });
  const redirect = response?.request().redirectedFrom();
  const problems = [];
  if (!redirect) problems.push('no redirect after ?lang=');
  else {
    const first = await redirect.response();
    if (first?.status() !== 303) problems.push(`?lang= answered ${first?.status()}, expected 303`);
  }
  if (new URL(page.url()).searchParams.has('lang')) problems.push(`still at ${page.url()}`);
  const cookies = await page.context().cookies(BASE_URL);
  const cookie = cookies.find((c) => c.name === 'lang');
  if (cookie?.value !== lang) problems.push(`lang cookie is ${cookie ? `"${cookie.value}"` : 'missing'}`);
  const htmlLang = await documentLanguage(page);
  if (htmlLang !== lang) problems.push(`<html lang="${htmlLang}"> after the switch`);
  if (problems.length) throw new Error(`switching the language to ${lang}: ${problems.join('; ')}`);
}

/** The lang attribute of the page's <html> element. */
export function documentLanguage(page) {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}

/**
 * Runs axe with AXE_TAGS on the page as it is and fails with a readable list of the
 * violations (rule, impact, help, the elements' selectors) when there are any.
 */
export async function assertNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length === 0) return results;
  throw new Error(`axe found ${results.violations.length} violation(s) on ${where}:\n${formatViolations(results.violations)}`);
}

/** One paragraph per violated rule, one line per offending element (at most 10). */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 10).map((node) => {
        const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' | ');
        const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        const html = (node.html ?? '').replace(/\s+/g, ' ').trim();
        const snippet = html.length > 160 ? `${html.slice(0, 157)}...` : html;
        return `      - ${target}${snippet ? `\n        ${snippet}` : ''}${summary ? `\n        ${summary}` : ''}`;
      });
      if (v.nodes.length > 10) nodes.push(`      … and ${v.nodes.length - 10} more`);
      return `  * ${v.id} [${v.impact}] ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** fetch() that says which server could not be reached. */
async function get(pathAndQuery, init) {
  try {
    return await fetch(url(pathAndQuery), init);
  } catch (error) {
    throw new Error(`cannot reach the test server at ${BASE_URL} (OBSERVA_URL; scripts/e2e starts one): ${error.cause?.message ?? error.message}`);
  }
}

async function fetchJson(pathAndQuery) {
  const response = await get(pathAndQuery, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}`);
  return response.json();
}

async function fetchText(pathAndQuery) {
  const response = await get(pathAndQuery);
  if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}`);
  return response.text();
}

/** Facet entries {value, label, count} of `name`, whether `facets` is a map or a list. */
function facetEntries(facets, name) {
  if (!facets) return [];
  if (Array.isArray(facets)) {
    const facet = facets.find((f) => f.name === name || f.facet === name || f.field === name);
    return facet?.values ?? facet?.entries ?? facet?.buckets ?? [];
  }
  const entries = facets[name];
  return Array.isArray(entries) ? entries : entries?.values ?? [];
}

/** The path of the first link in the page's <main> whose path starts with `prefix`. */
async function firstLinkUnder(listPath, prefix) {
  const html = await fetchText(listPath);
  const main = html.slice(Math.max(0, html.search(/<main[\s>]/i)));
  for (const match of main.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)) {
    const href = match[1].replace(/&amp;/g, '&').replace(/&#38;/g, '&');
    const target = new URL(href, url(listPath));
    if (target.origin === ORIGIN && target.pathname.startsWith(prefix) && target.pathname.length > prefix.length) {
      return target.pathname;
    }
  }
  throw new Error(`no link to ${prefix}… in the <main> of ${listPath}`);
}

let pageTypes;
/**
 * The page types the tests visit, as [{ name, path, status }], in a stable order.
 * A case, a sector, a publication and a toolkit are looked up on the running server.
 */
export function discoverPageTypes() {
  pageTypes ??= (async () => {
    const first = await fetchJson('/api/v1/cases?per_page=1&facets=none');
    const slug = first.hits?.[0]?.slug;
    if (!slug) throw new Error('the API lists no case: is the server running with --demo?');
    // A sector that the query "digital" finds cases in, so the filtered library has results.
    const digital = await fetchJson('/api/v1/cases?q=digital&facets=sector&per_page=1');
    const sector = facetEntries(digital.facets, 'sector')[0]?.value
      ?? facetEntries((await fetchJson('/api/v1/cases?facets=sector&per_page=1')).facets, 'sector')[0]?.value;
    if (!sector) throw new Error('the API reports no sector facet value');
    // A missing publication or toolkit link fails that page type's tests, not the run.
    const [publication, toolkit] = await Promise.all([
      firstLinkUnder('/publications', '/publications/').catch((error) => ({ error })),
      firstLinkUnder('/toolkits', '/toolkits/').catch((error) => ({ error })),
    ]);
    const found = (name, result) => (typeof result === 'string' ? { name, path: result } : { name, path: null, error: result.error });
    return [
      { name: 'home', path: '/' },
      { name: 'cases', path: '/cases' },
      { name: 'cases-filtered', path: `/cases?q=digital&sector=${encodeURIComponent(sector)}` },
      { name: 'trends', path: '/trends' },
      { name: 'trends-filtered', path: `/trends?q=digital&sector=${encodeURIComponent(sector)}` },
      { name: 'trends-themes', path: '/trends?themes=3' },
      { name: 'trends-report', path: `/trends/report?sector=${encodeURIComponent(sector)}` },
      { name: 'case', path: `/cases/${encodeURIComponent(slug)}` },
      { name: 'publications', path: '/publications' },
      found('publication', publication),
      { name: 'toolkits', path: '/toolkits' },
      found('toolkit', toolkit),
      { name: 'about', path: '/about' },
      { name: 'about-data', path: '/about/data' },
      { name: 'releases', path: '/releases' },
      { name: 'api', path: '/api' },
      { name: 'sign-in', path: '/account/signin' },
      { name: 'sign-up', path: '/account/signup' },
      { name: 'password-reset', path: '/account/reset' },
      { name: 'not-found', path: '/no-such-page', status: 404 },
    ].map((p) => ({ status: 200, ...p }));
  })();
  return pageTypes;
}

/** Fails the current test when the page type could not be found on the server. */
export function requirePath(pageType) {
  if (!pageType.path) throw new Error(`cannot test the ${pageType.name} page: ${pageType.error?.message ?? 'no address found'}`);
  return pageType.path;
}

/** Path for a screenshot named `name` (the artifacts folder is created if needed). */
export function artifactPath(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, `${name}.png`);
}

/** Where scripts/e2e's SMTP receiver writes each email it gets, as a JSON file. */
export const MAIL_DIR = process.env.OBSERVA_MAIL_DIR;

/** The email files received so far (to pass as `after` to `mailedLink`). */
export function mailFiles() {
  if (!MAIL_DIR) throw new Error('OBSERVA_MAIL_DIR must name the SMTP receiver folder (run through scripts/e2e)');
  return new Set(readdirSync(MAIL_DIR));
}

/**
 * Waits up to 20 s for an email to `to`, not among the files in `after`, whose body has a
 * link starting with `prefix`; returns the link, its file and the email.
 */
export async function mailedLink(to, prefix, { after = new Set() } = {}) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const file of [...mailFiles()].filter((f) => f.endsWith('.json')).sort()) {
      if (after.has(file)) continue;
      let mail;
      try {
        mail = JSON.parse(readFileSync(path.join(MAIL_DIR, file), 'utf8'));
      } catch {
        continue; // still being written: read it on the next round
      }
      if (!mail.to.includes(to)) continue;
      const link = mail.body.split(/\s+/).find((word) => word.startsWith(prefix));
      if (link) return { link, file, mail };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email to ${to} with a ${prefix} link within 20 s`);
}
