import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, expectAccessible as expectAccessibleOn, openWorkspace, screenshot, type Server, type Workspace } from './test-support.js';

/**
 * The patient's scores tab (issue 14) in Debian's Chromium against `bonemet serve --demo`: a
 * Mirels score for a femoral lesion of the stored decision, its items filled in from the lesion's
 * facts, and a revised Tokuhashi score prefilled from the record, each stored as an assessment and
 * shown with its band and caveats after a reload, in English, Chinese and Japanese; the status
 * header's SINS and ESCC alerts. Screenshots go to test-artifacts/web/ (names starting with p-).
 */

let workspace: Workspace;
let server: Server;
let page: Page;
let errors: string[] = [];
const code = `P14-${Date.now().toString(36).toUpperCase()}`;
let patientId = '';

beforeAll(async () => {
  workspace = await openWorkspace();
  ({ server, page, errors } = workspace);
}, 120_000);

afterAll(async () => workspace?.close(), 30_000);

const expectAccessible = (name: string) => expectAccessibleOn(page, name);

/** A write through the API as the signed-in user (the workspace's own CSRF header). */
async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await page.request.post(`${server.url}${path}`, { data: body, headers: { 'x-requested-with': 'bonemet' } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return (await res.json()) as Record<string, unknown>;
}

describe.sequential('scores tab: Mirels for a long-bone lesion, prognosis scores', { timeout: 90_000 }, () => {
  test('setup: a breast-cancer patient with a KPS, a Frankel grade and a decision describing a femoral lesion', async () => {
    await page.goto(`${server.url}/signin`);
    await page.locator('#username').fill('clinician');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Patients', level: 1 }).waitFor();
    const patient = await post('/api/patients', { code, name: 'Scores Patient', sex: 'female', birthYear: 1961 });
    patientId = String(patient.id);
    await post('/api/primary-tumours', { patientId, histology: 'breast', breastSubtype: 'triple-negative', diagnosedOn: '2025-06-01' });
    await post('/api/assessments', { patientId, instrument: 'kps', assessedOn: '2026-02-01', inputs: { kps: 70 } });
    await post('/api/assessments', { patientId, instrument: 'frankel', assessedOn: '2026-02-01', inputs: { grade: 'E' } });
    // the spinal lesion: ESCC 2, and a SINS of 3 + 3 + 2 + 0 + 3 + 3 = 14 (junctional, mechanical, lytic, aligned, > 50 % collapse, bilateral)
    const lesion = await post('/api/lesions', { patientId, level: 'T11', escc: '2' });
    await post('/api/assessments', { patientId, lesionId: lesion.id, instrument: 'sins', assessedOn: '2026-02-01', inputs: { level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'over-50', posterolateral: 'bilateral' } });
    // lesion 2 of the facts: a peritrochanteric femoral lesion, functional pain, lytic; the cortex destroyed is not recorded
    await post('/api/decisions', {
      patientId,
      decidedOn: '2026-02-02',
      facts: {
        patient: { age: 64, sex: 'female' },
        lesions: [
          { site: 'spine', level: 'T11' },
          { site: 'proximal-femur', longBone: 'femur', peritrochanteric: true, limbPain: 'functional', character: 'lytic' },
        ],
      },
      chosenOptions: ['bma'],
    });
  });

  test("Mirels: the femoral lesion's facts fill three items; the fourth completes it and it is stored", async () => {
    await page.goto(`${server.url}/patients/${patientId}`);
    await page.getByRole('link', { name: 'Prognosis and long bones' }).click();
    const form = page.getByTestId('record-mirels-2');
    await expect(form.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('femur (lesion 2)');
    await expect(form.locator('.hint').first().textContent()).resolves.toMatch(/Filled in from the decision of 2 Feb 2026: Site, Pain and Lesion type\./);
    await expect(page.locator('#mirels-2-site').inputValue()).resolves.toBe('peritrochanteric');
    await expect(page.locator('#mirels-2-pain').inputValue()).resolves.toBe('functional');
    await expect(page.locator('#mirels-2-lesion').inputValue()).resolves.toBe('lytic');
    await expect(page.locator('#mirels-2-size').inputValue()).resolves.toBe('');
    // no lesion-less form while the decision describes a long-bone lesion; the spinal lesion has none
    await expect(page.getByTestId('record-mirels-0').count()).resolves.toBe(0);
    await expect(page.getByTestId('record-mirels-1').count()).resolves.toBe(0);
    await page.locator('#mirels-2-size').selectOption('third-to-two-thirds');
    // peritrochanteric 3 + functional 3 + lytic 3 + 1/3–2/3 2 = 11 (Mirels 1989, Table 1)
    await expect(form.getByTestId('result-mirels').locator('.total').textContent()).resolves.toMatch(/11/);
    await page.locator('#mirels-2-assessedOn').fill('2026-03-02');
    await form.getByRole('button', { name: 'Save score' }).click();
    await page.getByText(/Mirels score \(impending pathological fracture of a long bone\) recorded\./).waitFor();
  });

  test('revised Tokuhashi: the primary, its subtype, the latest KPS and Frankel grade come from the record', async () => {
    const prognosis = page.getByTestId('prognosis-scores');
    await expect(prognosis.getByText('No prognosis score recorded yet.').count()).resolves.toBe(1);
    await page.locator('#prognosis-instrument').selectOption('tokuhashi');
    await expect(page.locator('#prognosis-tokuhashi-primary').inputValue()).resolves.toBe('breast');
    await expect(page.locator('#prognosis-tokuhashi-breastSubtype').inputValue()).resolves.toBe('triple-negative');
    await expect(page.locator('#prognosis-tokuhashi-kps').inputValue()).resolves.toBe('70');
    await expect(page.locator('#prognosis-tokuhashi-frankel').inputValue()).resolves.toBe('E');
    await page.locator('#prognosis-tokuhashi-extraspinalBoneMetastases').fill('1');
    await page.locator('#prognosis-tokuhashi-vertebralBodyMetastases').fill('1');
    await page.locator('#prognosis-tokuhashi-visceralMetastases').selectOption('none');
    await page.locator('#prognosis-tokuhashi-assessedOn').fill('2026-03-02');
    await expectAccessible('scores tab, both forms filled in');
    await page.getByTestId('record-prognosis-tokuhashi').getByRole('button', { name: 'Save score' }).click();
    await page.getByText(/Revised Tokuhashi.*recorded\./).waitFor();
  });

  test('reloaded: both stored, with their totals, bands and caveats; the timeline lists them', async () => {
    await page.reload();
    const mirels = page.getByTestId('stored-mirels');
    await mirels.waitFor();
    await expect(mirels.getByRole('heading', { level: 4 }).textContent()).resolves.toBe('Recorded on 2 Mar 2026');
    const mirelsText = await mirels.textContent();
    expect(mirelsText).toMatch(/score 11/);
    expect(mirelsText).toContain('≥ 9: impending fracture — prophylactic fixation before irradiation (Mirels)');
    expect(mirelsText).toContain('A public score the sources do not print: 004 §4.5.2');
    // KPS 70 → 1, one extraspinal bone metastasis → 1, one vertebral body → 2, no visceral metastases → 2,
    // Frankel E → 2; breast 5 as published (13: 12–15), triple-negative 3 per 002 §2.2 (11: 9–11)
    const tokuhashi = page.getByTestId('stored-tokuhashi');
    await expect(tokuhashi.getByTestId('total-tokuhashi').textContent()).resolves.toMatch(/^Total per 002 §2\.2\s*11\s*9–11/);
    await expect(tokuhashi.getByTestId('published-tokuhashi').textContent()).resolves.toMatch(/13\s*12–15/);
    await expectAccessible('scores tab with stored scores');
    await screenshot(page, 'p01-scores-en');
    await page.getByRole('link', { name: 'Timeline' }).click();
    // the status header reads the spinal lesion through the core (002 §2.3, §2.4)
    await expect(page.getByTestId('status-alerts').locator('li').allTextContents()).resolves.toEqual([
      'T11: SINS unstable (14; 13–18) (002 §2.3)',
      'T11: high-grade epidural compression (ESCC 2) (002 §2.4)',
    ]);
    const timeline = await page.getByTestId('timeline').textContent();
    expect(timeline).toMatch(/Mirels score \(impending pathological fracture of a long bone\).*11 · ≥ 9: impending fracture/);
    expect(timeline).toMatch(/Revised Tokuhashi/);
  });

  test('in Chinese and Japanese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '预后与长骨' }).click();
    await page.getByRole('heading', { name: '长骨病灶：病理性骨折风险（Mirels）', level: 2 }).waitFor();
    await expect(page.getByTestId('stored-mirels').textContent()).resolves.toContain('来源文件未列出此评分：004 §4.5.2');
    await expect(page.getByTestId('record-mirels-2').locator('.hint').first().textContent()).resolves.toMatch(/部位、疼痛和病灶性质/);
    await screenshot(page, 'p02-scores-zh');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { name: '予後スコア', level: 2 }).waitFor();
    await expect(page.getByTestId('stored-mirels').textContent()).resolves.toContain('9 点以上：切迫骨折——照射前の予防的固定（Mirels）');
    await expect(page.getByTestId('stored-tokuhashi').getByTestId('published-tokuhashi').textContent()).resolves.toMatch(/13/);
    await expectAccessible('scores tab in Japanese');
    await page.getByRole('button', { name: 'English' }).click();
  });

  test('no uncaught page errors', () => {
    expect(errors).toEqual([]);
  });
});
