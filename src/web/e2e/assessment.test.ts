import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, DEMO_PASSWORD, expectAccessible as expectAccessibleOn, launchBrowser, screenshot, startServer, type Server } from './test-support.js';

/**
 * The assessment and reading screens of issue 11 in Debian's Chromium against `bonemet serve
 * --demo`: the spine map (level = SINS location, lesion facts entered once, legend, arrow keys,
 * ESCC order, errors by label), the current-status header and the newest-first timeline, the
 * decision's verdicts in view on a tablet, the follow-up visit (Frankel, RMDQ, analgesic regimen
 * with MME, complications, readable charts), a site's questionnaire wording, zh/ja, researchers.
 * Screenshots go to test-artifacts/web/ (names starting with a-).
 */

let server: Server;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let wordingDir: string;
const errors: string[] = [];
const code = `A11-${Date.now().toString(36).toUpperCase()}`;
let patientId = '';

/** Placeholder wording standing for a site's licensed text (the real wording is not in the repository). */
const SITE_WORDING = {
  licence: 'Test site wording (placeholder, not the licensed questionnaire)',
  odi: { en: { painIntensity: { title: 'Site title: pain', statements: ['site statement 0', 'site statement 1', 'site statement 2', 'site statement 3', 'site statement 4', 'site statement 5'] } } },
  rmdq: { en: { statements: Array.from({ length: 24 }, (_, i) => `site RMDQ statement ${i + 1}`) } },
};

beforeAll(async () => {
  wordingDir = mkdtempSync(join(tmpdir(), 'bonemet-wording-'));
  const file = join(wordingDir, 'questionnaires.json');
  writeFileSync(file, JSON.stringify(SITE_WORDING));
  process.env.BONEMET_QUESTIONNAIRE_TEXT = file;
  try {
    server = await startServer();
  } finally {
    delete process.env.BONEMET_QUESTIONNAIRE_TEXT;
  }
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (wordingDir) rmSync(wordingDir, { recursive: true, force: true });
}, 30_000);

const expectAccessible = (name: string) => expectAccessibleOn(page, name);

async function signIn(username: string) {
  await page.goto(`${server.url}/signin`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Patients', level: 1 }).waitFor();
}

/** A write through the API as the signed-in user (the workspace's own CSRF header). */
async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await page.request.post(`${server.url}${path}`, { data: body, headers: { 'x-requested-with': 'bonemet' } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return (await res.json()) as Record<string, unknown>;
}

/** Every SVG text of a chart: its rendered size and whether it lies inside the SVG. */
async function chartText(testId: string) {
  return page.getByTestId(testId).locator('svg').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize), inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 };
    });
  });
}

describe.sequential('assessment and reading screens', { timeout: 90_000 }, () => {
  test('setup: a patient with a primary tumour', async () => {
    await signIn('clinician');
    const patient = await post('/api/patients', { code, name: 'Assessment Patient', sex: 'male', birthYear: 1964 });
    patientId = String(patient.id);
    await post('/api/primary-tumours', { patientId, histology: 'lung-nsclc', diagnosedOn: '2026-01-05', egfr: 'mutant' });
    await page.goto(`${server.url}/patients/${patientId}/spine`);
    await page.getByRole('group', { name: 'Spine map' }).waitFor();
  });

  test('spine map: arrow keys, the level is the SINS location, lesion facts entered once, ESCC in clinical order, errors by label, a legend', async () => {
    // one vertebra in the tab order; the arrow keys move and choose
    await expect(page.locator('.spine button[tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('button[data-level=T10]').click();
    await page.keyboard.press('ArrowDown');
    const t11 = page.locator('button[data-level=T11]');
    await expect(t11.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-level'))).resolves.toBe('T11');
    await expect(t11.getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.locator('button[data-level=T10]').getAttribute('tabindex')).resolves.toBe('-1');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('button[data-level=T10]').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('sins-location').textContent()).resolves.toMatch(/T11, Junctional/);
    // no free-text location, no second place for the lesion's character, posterolateral or collapse
    for (const item of ['level', 'boneLesion', 'posterolateral', 'collapse']) await expect(page.locator(`#lesion-sins-${item}`).count()).resolves.toBe(0);
    await expect(page.locator('#lesion-escc-grade option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).resolves.toEqual(['', '0', '1a', '1b', '1c', '2', '3']);
    await page.locator('#lesion-sins-pain').selectOption('mechanical');
    // what SINS still needs is asked for on the lesion's own fields, in words (labels, not codes)
    const collapseError = await page.locator('#lesion-collapsePercent-error').textContent();
    expect(collapseError).toMatch(/50 % collapse/);
    expect(collapseError).not.toMatch(/over-50|under-50|none-over-50-involved/);
    await expect(page.locator('#lesion-character-error').textContent()).resolves.toMatch(/Lytic/);
    await page.locator('#lesion-character').selectOption('lytic');
    await page.locator('#lesion-pediclesInvolved').selectOption('unilateral');
    await page.locator('#lesion-collapsePercent').fill('0');
    await page.locator('#lesion-bodyOver50Involved').check();
    await page.locator('#lesion-sins-alignment').selectOption('normal');
    // T11 junctional 3 + mechanical 3 + lytic 2 + normal 0 + no collapse, > 50 % involved 1 + unilateral 1 = 10
    const sins = page.getByTestId('result-sins');
    await expect(sins.locator('.total').textContent()).resolves.toMatch(/10/);
    await expect(sins.textContent()).resolves.toMatch(/No collapse with > 50 %|> 50 % of the body involved/i);
    await page.locator('#lesion-collapsePercent').fill('30');
    await expect(sins.locator('.total').textContent()).resolves.toMatch(/11/);
    await page.locator('#lesion-escc-grade').selectOption('1b');
    await expect(page.getByTestId('spine-legend').textContent()).resolves.toMatch(/SINS 7–12: potentially unstable/);
    await expectAccessible('spine map');
    await screenshot(page, 'a01-spine-en');
    await page.getByRole('button', { name: 'Save lesion and scores' }).click();
    await page.getByText(/Lesion at T11 saved with 2 score/).waitFor();
    await expect(t11.getAttribute('class')).resolves.toMatch(/mark-potentially-unstable/);
    // reloaded: the lesion facts and the SINS items come back
    await page.reload();
    await page.locator('button[data-level=T11]').click();
    await expect(page.locator('#lesion-collapsePercent').inputValue()).resolves.toBe('30');
    await expect(page.locator('#lesion-pediclesInvolved').inputValue()).resolves.toBe('unilateral');
    await expect(page.getByTestId('result-sins').locator('.total').textContent()).resolves.toMatch(/11/);
  });

  test('timeline: newest first under the current status; assessments name their level', async () => {
    await post('/api/assessments', { patientId, instrument: 'kps', assessedOn: '2026-02-01', inputs: { kps: 70 } });
    await post('/api/assessments', { patientId, instrument: 'vas', assessedOn: '2026-02-01', inputs: { score: 7 } });
    await post('/api/assessments', { patientId, instrument: 'frankel', assessedOn: '2026-02-01', inputs: { grade: 'E' } });
    await post('/api/treatments', { patientId, kind: 'pvp', startedOn: '2026-02-03', details: { levels: [{ level: 'T11', cementMl: 3.5, leaks: [] }] } });
    await page.goto(`${server.url}/patients/${patientId}`);
    const status = page.getByTestId('current-status');
    await status.waitFor();
    await expect(page.getByTestId('status-kps').textContent()).resolves.toMatch(/^70/);
    await expect(page.getByTestId('status-vas').textContent()).resolves.toMatch(/^7\/10/);
    await expect(page.getByTestId('status-frankel').textContent()).resolves.toMatch(/^E/);
    await expect(page.getByTestId('status-next').textContent()).resolves.toMatch(/Month 1/);
    const dates = await page.getByTestId('timeline').locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(page.getByTestId('timeline').textContent()).resolves.toMatch(/SINS\)? — T11|Spinal Instability Neoplastic Score \(SINS\) — T11/);
    await expectAccessible('timeline');
    await screenshot(page, 'a02-timeline-en');
  });

  for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
    test(`decision at ${viewport.width} × ${viewport.height}: the verdicts stay in view while facts are edited; SINS mechanical pain is the pain type`, async () => {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/patients/${patientId}/decision`);
      // the prefilled Frankel grade needs its companion fact before the facts are complete
      await page.locator('#fact-neurology_deficitProgressing').selectOption('false');
      await page.getByTestId('options').waitFor();
      const field = page.locator('#fact-labs_creatinineMgDl');
      await field.scrollIntoViewIfNeeded();
      await field.fill('1.1');
      const strip = page.getByTestId('verdict-strip');
      const box = await strip.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      await expect(strip.textContent()).resolves.toMatch(/Vertebral augmentation|PVP/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('#fact-pain_type').inputValue()).resolves.toBe('mechanical');
      // what the tablet shows while the laboratory fact is being edited (the viewport, not the whole page)
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `a03-decision-${viewport.width}x${viewport.height}.png`) });
    });
  }

  test('follow-up visit: Frankel, RMDQ and the site wording, the regimen with its MME, a complication; charts readable with treatments marked', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/patients/${patientId}/follow-up`);
    await page.getByRole('button', { name: 'Record this visit' }).first().click();
    await page.locator('#visit-frankel-grade').waitFor();
    // the site's wording replaces the statement numbers where it has them; other sections keep their titles
    await expect(page.getByTestId('wording-odi').textContent()).resolves.toMatch(/placeholder/);
    await expect(page.locator('label[for=visit-odi-sections-painIntensity]').textContent()).resolves.toMatch(/Site title: pain/);
    await expect(page.locator('#visit-odi-sections-painIntensity option[value="2"]').textContent()).resolves.toMatch(/site statement 2/);
    await expect(page.locator('label[for=visit-odi-sections-walking]').textContent()).resolves.toMatch(/Walking/);
    await expect(page.getByTestId('visit-form').textContent()).resolves.toMatch(/site RMDQ statement 24/);
    await page.locator('#visit-vas-score').fill('3');
    await page.locator('#visit-frankel-grade').selectOption('E');
    await page.locator('#regimen-opioid-0').selectOption('oxycodone');
    await page.locator('#regimen-dose-0').fill('20');
    await page.getByRole('button', { name: 'Add an opioid' }).click();
    await page.locator('#regimen-opioid-1').selectOption('morphine');
    await page.locator('#regimen-dose-1').fill('10');
    // oxycodone 20 mg × 1.5 + morphine 10 mg × 1 = 40 mg oral morphine a day (CDC 2022)
    await expect(page.getByTestId('regimen-mme').textContent()).resolves.toMatch(/40 mg oral morphine/);
    await page.locator('#regimen-nonOpioid-acetaminophen').check();
    await page.getByRole('button', { name: 'Add a complication' }).click();
    await page.locator('#complication-level-0').selectOption('T11');
    await page.getByRole('button', { name: 'Save visit' }).click();
    // a complication without its kind is refused, naming it, and nothing is stored
    await expect(page.getByTestId('visit-error').textContent()).resolves.toMatch(/Not saved.*Complications/);
    await page.locator('#complication-kind-0').selectOption('cement-leak-disc');
    await expectAccessible('follow-up visit');
    await screenshot(page, 'a04-visit-en');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText(/Visit saved: 2 instrument\(s\), analgesic regimen stored, 1 complication/).waitFor();
    await page.reload();
    // the next visit starts from the stored regimen
    await page.getByRole('button', { name: 'Record this visit' }).first().click();
    await expect(page.locator('#regimen-opioid-0').inputValue()).resolves.toBe('oxycodone');
    await expect(page.locator('#regimen-dose-1').inputValue()).resolves.toBe('10');
    await expect(page.getByTestId('regimen-mme').textContent()).resolves.toMatch(/40 mg/);
    await page.getByTestId('trajectory-vas').locator('svg circle').nth(1).waitFor();
    for (const chart of ['trajectory-vas', 'trajectory-kps']) {
      const texts = await chartText(chart);
      expect(texts.filter((t) => t.px < 11)).toEqual([]);
      expect(texts.filter((t) => !t.inside)).toEqual([]);
    }
    await expect(page.getByTestId('trajectory-vas').locator('[data-marker]').count()).resolves.toBe(1);
    await expect(page.getByTestId('trajectory-vas').textContent()).resolves.toMatch(/Dashed lines: treatments \(1 PVP/);
    await page.getByTestId('trajectory-vas').scrollIntoViewIfNeeded();
    await screenshot(page, 'a05-follow-up-charts-en');
    await page.goto(`${server.url}/patients/${patientId}`);
    await expect(page.getByTestId('timeline').textContent()).resolves.toMatch(/Cement leak: disc/);
  });

  test('zh and ja: spine map, status, visit form', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '当前状态' }).waitFor();
    await screenshot(page, 'a06-timeline-zh');
    await page.getByRole('link', { name: '脊柱图' }).click();
    await page.locator('button[data-level=T11]').click();
    await expect(page.getByTestId('sins-location').textContent()).resolves.toMatch(/交界区/);
    await expect(page.getByTestId('spine-legend').textContent()).resolves.toMatch(/潜在不稳定/);
    await screenshot(page, 'a07-spine-zh');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('link', { name: 'フォローアップ' }).click();
    await page.getByRole('button', { name: 'この受診を記録' }).first().click();
    await expect(page.getByTestId('regimen').textContent()).resolves.toMatch(/オキシコドン|経口モルヒネ換算/);
    await expect(page.getByTestId('wording-rmdq').textContent()).resolves.toMatch(/ライセンス/);
    await screenshot(page, 'a08-visit-ja');
    await page.getByRole('button', { name: 'English' }).click();
  });

  test('a researcher: scoring inputs read-only, no name column repeating the pseudonym', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn('researcher');
    await expect(page.locator('thead th').allTextContents()).resolves.not.toContain('Name');
    await page.locator('tbody th a').first().click();
    await page.getByRole('link', { name: 'Spine map' }).click();
    await page.locator('button[data-level=L1]').click();
    await expect(page.locator('#lesion-sins-pain').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#lesion-escc-grade').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'a09-researcher-spine');
    expect(errors).toEqual([]);
  });
});
