import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findProjectRoot } from '../../../src/config';
import type { RunningHub } from '../../../src/hub';
import { CreateApiKeyDocument, RejectVariantDocument, RevokeApiKeyDocument, VariantDocument } from '../../generated/graphql';
import { ADMIN_KEY } from '../../support/api';
import { launchChromium, type TestBrowser } from '../../support/chromium';
import { freshPglite } from '../../support/databases';
import { startTestHub } from '../../support/hub';
import { call, type ReviewSeed, seedReview, XSS_SLIDES } from '../../support/review-seed';

const ARTIFACTS = path.join(findProjectRoot(), 'test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'review.png');
const artifact = (name: string) => path.join(ARTIFACTS, name);

describe('the review page in headless Chromium', () => {
  let hub: RunningHub;
  let browser: TestBrowser;
  let page: Page;
  let seed: ReviewSeed;
  let readerKey = '';
  const requests: Array<{ url: string; authorization?: string }> = [];
  const dialogs: string[] = [];
  const pageProblems: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    hub = await startTestHub({ adminKey: ADMIN_KEY }, { database: await freshPglite() });
    seed = await seedReview(hub.url);
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push({ url: r.url(), authorization: r.headers().authorization }));
    page.on('pageerror', (e) => pageProblems.push(`uncaught: ${e.message}`));
    // NOTE: a binding and an init script (both injected by the browser, outside the page's CSP) report every
    // CSP violation on every page load to the test.
    await page.exposeFunction('reportCspViolation', (what: string) => pageProblems.push(`CSP: ${what}`));
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => reportCspViolation(e.violatedDirective + ' ' + e.blockedURI))`);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const card = (channel: string) => page.locator(`.variant[data-channel="${channel}"]`);

  it('should refuse a wrong key in plain words, then sign in and list only the brands the key sees', async () => {
    await page.goto(`${hub.url}/review`);
    await page.screenshot({ path: artifact('review-sign-in.png') });
    await page.fill('#api-key', 'thk_not-a-real-key');
    await page.click('#sign-in-form button[type=submit]');
    await expectText(page, '#sign-in-status', 'did not accept your key');
    await page.fill('#api-key', seed.reviewerKey);
    await page.click('#sign-in-form button[type=submit]');
    await page.waitForURL('**/review/campaigns');
    await expectText(page, '#page-status', '1 campaign awaiting review');
    expect(await page.locator('.campaign-link').allTextContents()).toEqual([seed.campaignName]);
    expect(await page.locator('.campaign-counts').first().textContent()).toContain('4 awaiting review');
    expect(await page.locator('main').textContent()).not.toContain(seed.otherBrandName);
    await page.screenshot({ path: artifact('review-campaigns.png') });
  });

  it('should show the master beside each variant, with flags and their evidence marked in the copy', async () => {
    await page.click(`.campaign-link >> text=${seed.campaignName}`);
    await page.waitForSelector('#pending .variant');
    expect(await page.locator('#master-headline').textContent()).toBe('Brightline Bikes: the e-bike subscription for city commuters');
    expect(await page.locator('#master-facts li').allTextContents()).toEqual(['€39 a month', 'repairs and theft insurance included', 'cancel with 30 days notice']);
    expect(await page.locator('#pending .variant').count()).toBe(4);
    expect(await card('EMAIL').locator('.flag .severity.sev-error').count()).toBeGreaterThan(0);
    expect(await card('EMAIL').locator('.section-text mark.sev-error').allTextContents()).toContain('€49');
    expect(await card('EMAIL').locator('.override').isVisible()).toBe(true);
    expect(await card('TWEET').locator('.override').isVisible()).toBe(false);
  });

  it('should approve the clean variant with a comment and show it approved', async () => {
    await card('TWEET').locator('textarea.comment').fill('Reads well, ship it.');
    await card('TWEET').locator('button.approve').click();
    await expectText(page, '.variant[data-channel="TWEET"] .status-badge', 'Approved');
    expect(await card('TWEET').locator('.decision').textContent()).toContain('Reads well, ship it.');
    expect(await card('TWEET').locator('button.approve').count()).toBe(0);
    const stored = (await call(hub.url, VariantDocument, { id: seed.variants.TWEET!.id })).variant!;
    expect(stored).toMatchObject({ status: 'APPROVED', reviewComment: 'Reads well, ship it.' });
  });

  it('should explain the refusal to approve a drifted variant without an override reason, then approve it with one', async () => {
    await card('EMAIL').locator('button.approve').click();
    await expectText(page, '.variant[data-channel="EMAIL"] .decision-status', 'override reason');
    expect(await card('EMAIL').locator('.decision-status').textContent()).toContain('FACT_MISMATCH');
    expect(await card('EMAIL').locator('.status-badge').textContent()).toBe('In review');
    await card('EMAIL').locator('textarea.override-reason').fill('Price rise to €49 is confirmed by finance.');
    await card('EMAIL').locator('button.approve').click();
    await expectText(page, '.variant[data-channel="EMAIL"] .status-badge', 'Approved');
    expect(await card('EMAIL').locator('.decision').textContent()).toContain('Price rise to €49 is confirmed by finance.');
    const stored = (await call(hub.url, VariantDocument, { id: seed.variants.EMAIL!.id })).variant!;
    expect(stored).toMatchObject({ status: 'APPROVED', overrideReason: 'Price rise to €49 is confirmed by finance.' });
  });

  it('should show markup in copy as literal text that runs nothing, and reject it with a comment', async () => {
    const slides = await card('INSTAGRAM_CAROUSEL').locator('.section-text').allTextContents();
    expect(slides.slice(0, 3)).toEqual(XSS_SLIDES);
    expect(await card('INSTAGRAM_CAROUSEL').locator('[data-section="caption"]').textContent()).toContain('<b>bold?</b>');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await card('INSTAGRAM_CAROUSEL').locator('textarea.comment').fill('Slides show raw markup <script>; please fix.');
    await card('INSTAGRAM_CAROUSEL').locator('button.reject').click();
    await expectText(page, '.variant[data-channel="INSTAGRAM_CAROUSEL"] .status-badge', 'Rejected');
    expect(await card('INSTAGRAM_CAROUSEL').locator('.decision').textContent()).toContain('raw markup <script>; please fix.');
    expect((await call(hub.url, VariantDocument, { id: seed.variants.INSTAGRAM_CAROUSEL!.id })).variant!.status).toBe('REJECTED');
    expect(dialogs).toEqual([]);
  });

  it("should have the browser enforce the page's CSP: HTML strings are refused (Trusted Types)", async () => {
    const outcome = await page.evaluate(`(() => {
      try { document.createElement('div').innerHTML = '<i>x</i>'; return 'allowed'; } catch (e) { return e.name; }
    })()`);
    expect(outcome).toBe('TypeError');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pageProblems.splice(0)).toEqual([expect.stringContaining('require-trusted-types-for')]);
  });

  it('should explain a version conflict when someone else decided first', async () => {
    const blog = seed.variants.BLOG_POST!;
    await call(hub.url, RejectVariantDocument, { input: { variantId: blog.id, expectedRevision: blog.revision, comment: 'taken by admin' } });
    await card('BLOG_POST').locator('button.approve').click();
    await expectText(page, '.variant[data-channel="BLOG_POST"] .decision-status', 'Someone changed this variant');
  });

  it('should take a screenshot of the campaign view', async () => {
    fs.rmSync(SCREENSHOT, { force: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.screenshot({ path: artifact('review-top.png') });
    const png = fs.readFileSync(SCREENSHOT);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('should forget the key on sign-out', async () => {
    await page.click('#sign-out');
    await page.waitForURL(/\/review$/);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });

  it("should explain in plain words that a READER key's role cannot review, and a revoked key that it must sign in again", async () => {
    const reader = (await call(hub.url, CreateApiKeyDocument, { input: { name: 'reader', role: 'READER' } })).createApiKey;
    readerKey = reader.key;
    await page.fill('#api-key', readerKey);
    await page.click('#sign-in-form button[type=submit]');
    await page.waitForURL('**/review/campaigns');
    await expectText(page, '#page-status', 'REVIEWER or ADMIN role');
    await call(hub.url, RevokeApiKeyDocument, { id: reader.apiKey.id });
    await page.reload();
    await expectText(page, '#page-status', 'did not accept your key');
    expect(await page.locator('#page-status a.sign-in-again').getAttribute('href')).toBe('/review');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });

  it('should never have put the key in a URL or a cookie, and sent it only as a bearer header to /graphql (every key used)', async () => {
    expect(requests.length).toBeGreaterThan(10);
    for (const secret of [seed.reviewerKey, readerKey]) {
      for (const { url } of requests) expect([url, decodeURIComponent(url)].some((u) => u.includes(secret))).toBe(false);
      const withKey = requests.filter((r) => r.authorization === `Bearer ${secret}`);
      expect(withKey.length).toBeGreaterThan(0);
      expect(withKey.every((r) => r.url === `${hub.url}/graphql`)).toBe(true);
    }
    expect(await browser.context.cookies()).toEqual([]);
  });

  it('should have run without uncaught errors or CSP violations of its own', () => {
    expect(pageProblems).toEqual([]);
  });
});

/** Waits until the first element matching `selector` contains `text`; fails naming what it found instead. */
async function expectText(page: Page, selector: string, text: string): Promise<void> {
  // NOTE: polled from the test, not with waitForFunction: the page's CSP (no eval) refuses string predicates.
  const deadline = Date.now() + 15_000;
  let found: string | null = null;
  while (Date.now() < deadline) {
    found = await page.locator(selector).first().textContent({ timeout: 1000 }).catch(() => null);
    if (found?.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`expected ${selector} to contain "${text}", found "${found ?? '(nothing)'}"`);
}
