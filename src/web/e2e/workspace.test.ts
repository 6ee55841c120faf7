import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, screenshot, type Server } from './test-support.js';
import { DEMO_PASSWORD, expectAccessible as expectAccessibleOn, openWorkspace, type Workspace } from './test-support.js';

/**
 * The MDT workspace end to end in Debian's Chromium against `bonemet serve --demo`: sign in,
 * create a patient, enter a lesion with its SINS, run the decision, record a PVP, enter a
 * follow-up visit, see the cohort Kaplan–Meier plot, switch language. Screenshots go to
 * test-artifacts/web/; axe-core checks each main page for serious or critical violations.
 */


let workspace: Workspace;
let server: Server;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  workspace = await openWorkspace();
  ({ server, page, errors } = workspace);
}, 120_000);

afterAll(async () => workspace?.close(), 30_000);

const expectAccessible = (name: string) => expectAccessibleOn(page, name);

const code = `E2E-${Date.now().toString(36).toUpperCase()}`;

/** The API as the signed-in page calls it: status and JSON body. */
async function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  return page.evaluate(async ({ method, path, body, headers }) => {
    const res = await fetch(path, {
      method,
      headers: { 'x-requested-with': 'bonemet', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  }, { method, path, body, headers }) as Promise<{ status: number; body: T }>;
}

/** A problem answer of a failing server, for page.route. */
const failure = (status: number) => ({ status, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status, detail: 'the database is unavailable' }) });

describe.sequential('web workspace', { timeout: 90_000 }, () => {
  test('sign in', async () => {
    await page.goto(`${server.url}/signin`);
    await page.locator('#username').fill('clinician');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await expectAccessible('sign-in');
    await screenshot(page, '01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Patients', level: 1 }).waitFor();
    // A server without /api/session (before issue 6) runs the workspace as the local clinician.
    await expect(page.getByTestId('user').textContent()).resolves.toMatch(/clinician/);
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible('patients');
    await screenshot(page, '02-patients');
  });

  test('create a patient and record the primary tumour', async () => {
    await page.getByRole('button', { name: 'New patient' }).click();
    // A first save without the required fields keeps what was typed and names each field.
    await page.locator('#patient-code').fill(code);
    await page.locator('#new-patient button[type=submit]').click();
    await page.locator('.alert-error').waitFor();
    await expect(page.locator('#patient-code').inputValue()).resolves.toBe(code);
    await expect(page.locator('#patient-name-error').textContent()).resolves.toBeTruthy();
    await page.locator('#patient-name').fill('Test Patient E2E');
    await page.locator('#patient-sex').selectOption('male');
    await page.locator('#patient-birthYear').fill('1958');
    await page.locator('#new-patient button[type=submit]').click();
    await page.getByRole('heading', { name: new RegExp(code) }).waitFor();
    await page.locator('#primary-histology').selectOption('lung-nsclc');
    await page.locator('#primary-diagnosedOn').fill('2026-01-10');
    await page.locator('form[aria-labelledby=primary-title] button[type=submit]').click();
    await page.getByTestId('timeline').getByText('Lung, non-small-cell').waitFor();
    await screenshot(page, '03-patient-timeline');
  });

  test('enter a lesion on the spine map with its SINS computed live', async () => {
    await page.getByRole('link', { name: 'Spine map' }).click();
    const t11 = page.locator('button[data-level=T11]');
    await t11.focus();
    await page.keyboard.press('Enter');
    await expect(t11.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.locator('#lesion-character').selectOption('lytic');
    await page.locator('#lesion-sins-pain').selectOption('mechanical');
    // Half filled: the core's validation names what is missing on the lesion fact that answers it, by label.
    await expect(page.locator('#lesion-pediclesInvolved-error').textContent()).resolves.toMatch(/Unilateral/);
    // character, pedicles/posterolateral and collapse are entered once, on the lesion (SINS takes them from there)
    await page.locator('#lesion-sins-alignment').selectOption('normal');
    await page.locator('#lesion-collapsePercent').fill('30');
    // no pedicle/posterolateral involvement: the decision takes this same fact (002 §3.4 wants uninvolved pedicles for PVP)
    await page.locator('#lesion-pediclesInvolved').selectOption('none');
    const sins = page.getByTestId('result-sins');
    // T11 junctional 3 + mechanical 3 + lytic 2 + normal 0 + < 50 % 2 + none 0
    await expect(sins.locator('.total').textContent()).resolves.toMatch(/10/);
    await expect(sins.textContent()).resolves.toMatch(/Potentially unstable/);
    await page.locator('#lesion-escc-grade').selectOption('1b');
    await expect(page.getByTestId('result-escc').textContent()).resolves.toMatch(/1b/);
    await page.locator('#lesion-tomita-type-sites-body').check();
    await expect(page.getByTestId('result-tomita-type').textContent()).resolves.toMatch(/Type 1/);
    await expectAccessible('spine map');
    await screenshot(page, '04-spine-lesion');
    await page.getByRole('button', { name: 'Save lesion and scores' }).click();
    await page.getByText(/Lesion at T11 saved with 3 score/).waitFor();
    await expect(page.locator('button[data-level=T11]').getAttribute('class')).resolves.toMatch(/mark-potentially-unstable/);
  });

  test('run the decision, store it and record a PVP', async () => {
    await page.getByRole('link', { name: 'Decision' }).click();
    await page.getByTestId('options').waitFor();
    await expect(page.locator('#fact-lesions_0__level').inputValue()).resolves.toBe('T11');
    await expect(page.locator('#fact-lesions_0__sins').inputValue()).resolves.toBe('10');
    await page.locator('#fact-plannedPvpLevels-T11').check();
    // the spine map's SINS pain as the core reads it: T11 painful, the pain mechanical once it has a score (002 §2.3, §1.2)
    await expect(page.locator('#fact-lesions_0__painful').inputValue()).resolves.toBe('true');
    await expect(page.locator('#fact-pain_type').inputValue()).resolves.toBe('');
    await page.locator('#fact-pain_score').fill('7');
    await expect(page.locator('#fact-pain_type').inputValue()).resolves.toBe('mechanical');
    await page.locator('#fact-kps').fill('70');
    await page.locator('#fact-labs_creatinineMgDl').fill('1.1');
    await page.locator('#fact-patient_weightKg').fill('64');
    const pvp = page.locator('details[data-option=pvp]');
    await pvp.locator('summary').click();
    await expect(pvp.locator('.finding').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#plan-bma').count()).resolves.toBe(1);
    // PVP waits only on its contraindication screen: the page says which verdict, names the facts in words and offers their fields.
    const pending = page.getByTestId('pending-pvp');
    await expect(pending.textContent()).resolves.toMatch(/recommended once .*Platelets, \/µL.* is confirmed/i);
    await expect(pending.textContent()).resolves.not.toMatch(/labs\.|plateletsPerUl/);
    await expect(page.getByTestId('decided-pvp').textContent()).resolves.toMatch(/Decided by/);
    await expect(pvp.locator('.finding-deciding .tier').textContent()).resolves.toMatch(/Evidence tier: stated contraindication/);
    await pending.locator('#pending-pvp-infection_local').selectOption('false');
    await pending.locator('#pending-pvp-infection_systemic').selectOption('false');
    await pending.locator('#pending-pvp-labs_plateletsPerUl').fill('210000');
    await pending.locator('#pending-pvp-labs_ptRatio').fill('1.0');
    await pending.locator('#pending-pvp-labs_apttRatio').fill('1.0');
    await pending.locator('#pending-pvp-pmmaAllergy').selectOption('false');
    await expect(page.getByTestId('pending-pvp').count()).resolves.toBe(0);
    // A progressing neurological deficit speaks against PVP and overrules its indication: the conflict says why, on the page and in the printed summary.
    await page.locator('#fact-neurology_frankel').selectOption('C');
    await page.locator('#fact-neurology_deficitProgressing').selectOption('true');
    await expect(page.getByTestId('conflicts').locator('[data-conflict=pvp]').first().textContent()).resolves.toMatch(/PVP.*overruled/);
    await expect(page.getByTestId('summary-conflicts').locator('[data-conflict=pvp]').count()).resolves.toBeGreaterThan(0);
    await page.locator('#fact-neurology_frankel').selectOption('');
    await page.locator('#fact-neurology_deficitProgressing').selectOption('');
    await expect(page.getByTestId('conflicts').locator('[data-conflict=pvp]').count()).resolves.toBe(0);
    // Systemic therapy is entered as a row with its own fields; a half-filled row names what is missing.
    await page.locator('#facts-systemic-add').click();
    await page.locator('#fact-systemicTherapy_0__agent').fill('osimertinib');
    await expect(page.getByTestId('facts-errors').textContent()).resolves.toMatch(/Systemic therapy · 1 · Drug class/);
    await expect(page.getByTestId('facts-errors').textContent()).resolves.not.toMatch(/systemicTherapy/);
    await page.locator('#fact-systemicTherapy_0__class').selectOption('egfr-tki-oral');
    await page.locator('#fact-systemicTherapy_0__ongoing').selectOption('true');
    await expect(page.getByTestId('facts-errors').count()).resolves.toBe(0);
    await page.locator('#option-pvp').check();
    await expectAccessible('decision');
    await screenshot(page, '05-decision');
    await page.getByRole('button', { name: 'Store decision' }).click();
    await page.getByText('Decision stored.').first().waitFor();
    // Reopened, the decision has its facts again, each marked with where it came from.
    await page.reload();
    await page.getByTestId('options').waitFor();
    const typed: [string, string][] = [
      ['#fact-kps', '70'], ['#fact-pain_score', '7'], ['#fact-labs_creatinineMgDl', '1.1'], ['#fact-patient_weightKg', '64'],
      ['#fact-labs_plateletsPerUl', '210000'], ['#fact-infection_local', 'false'], ['#fact-pmmaAllergy', 'false'],
      ['#fact-systemicTherapy_0__agent', 'osimertinib'], ['#fact-systemicTherapy_0__class', 'egfr-tki-oral'],
    ];
    for (const [selector, value] of typed) expect(await page.locator(selector).inputValue(), selector).toBe(value);
    await expect(page.locator('#fact-plannedPvpLevels-T11').isChecked()).resolves.toBe(true);
    await expect(page.locator('#fact-patient_weightKg-source').textContent()).resolves.toMatch(/from the decision of/);
    // storing the decision recorded its platelets as a laboratory value of the day: the record's now
    await expect(page.locator('#fact-labs_plateletsPerUl-source').textContent()).resolves.toBe('from the record');
    await expect(page.locator('#fact-kps-source').textContent()).resolves.toMatch(/from (the record|the decision)/);
    await expect(page.getByTestId('pending-pvp').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Record a PVP' }).click();
    await expect(page.locator('#treatment-details_levels_0__level').inputValue()).resolves.toBe('T11');
    await page.locator('#treatment-details_levels_0__cementMl').fill('3.5');
    await page.locator('form[aria-labelledby=treatment-title] button[type=submit]').click();
    await page.getByText(/Treatment recorded/).waitFor();
  });

  test('the stored decision\'s board plan: a timing conflict shown as an error, then resolved; the report PDF, page 1 rendered', async () => {
    await page.getByRole('link', { name: 'Decision' }).click();
    const plan = page.locator('details[data-testid^=decision-plan-]').first();
    await plan.locator('summary').click();
    await plan.getByTestId('plan-steps').waitFor();
    await plan.getByRole('checkbox', { name: /Stereotactic body radiotherapy/ }).check();
    await plan.locator('#plan-schedule-sbrt').selectOption('sbrt-24x2');
    await plan.locator('#plan-attendees').fill('Dr Wang — spine surgeon');
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.getByText(/Plan saved \(version 2\)/).waitFor();
    // SBRT dated before the PVP: radiotherapy follows augmentation (002 §3.4, an order the system reads) — a warning to resolve.
    await plan.locator('#plan-date-pvp').fill('2030-01-10');
    await plan.locator('#plan-date-sbrt').fill('2030-01-09');
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.getByTestId('plan-conflicts').getByText(/comes before/).waitFor();
    await expect(plan.getByTestId('plan-conflicts').textContent()).resolves.toMatch(/Warning: .*comes before.*002 §3\.4/);
    await expectAccessible('board plan');
    await screenshot(page, '05b-board-plan-conflict');
    await plan.locator('#plan-date-sbrt').fill('2030-01-11');
    await plan.getByRole('checkbox', { name: 'Sign off as me on saving' }).check();
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.getByText(/Signed off by/).waitFor();
    // The timing warning is resolved; what stays is a warning: SBRT was chosen while its verdict still
    // asks for the life expectancy (004 §4.4.2) and the Frankel grade cleared above — named by label.
    const remaining = (await plan.getByTestId('plan-conflicts').allTextContents()).join(' ');
    expect(remaining).not.toMatch(/Error:/);
    expect(remaining).toMatch(/Warning: .*still needs information: Life expectancy, months/);
    expect(remaining).not.toMatch(/lifeExpectancyMonths/);
    const href = await plan.getByTestId('report-zh').getAttribute('href');
    const pdf = await page.request.get(`${server.url}${href!}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const file = join(ARTIFACTS, 'board-report-zh.pdf');
    writeFileSync(file, await pdf.body());
    try {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, 'board-report-zh-page1')]);
    } catch {
      console.warn('pdftoppm (poppler-utils) missing: page 1 of the report not rendered');
    }
  });

  test('the board plan: a failed read says why and tries again; a save over a newer version keeps the edits, then takes the newer one or the edits on top of it', async () => {
    const planRead = (url: URL) => /^\/api\/decisions\/[^/]+\/plan$/.test(url.pathname);
    await page.route(planRead, (route) => (route.request().method() === 'GET' ? route.fulfill(failure(500)) : route.fallback()));
    await page.reload();
    const plan = page.locator('details[data-testid^=decision-plan-]').first();
    await plan.locator('summary').click();
    const loadError = plan.getByTestId('plan-load-error');
    await expect(loadError.textContent()).resolves.toMatch(/The board plan could not be loaded: the server answered with an error \(HTTP 500\)\./);
    await expect(plan.getByText('Loading the plan…').count()).resolves.toBe(0);
    await expectAccessible('board plan not loaded');
    await screenshot(page, '05c-board-plan-load-error');
    await page.unroute(planRead);
    await loadError.getByRole('button', { name: 'Try again' }).click();
    await plan.getByTestId('plan-steps').waitFor();
    await expect(plan.getByTestId('plan-load-error').count()).resolves.toBe(0);

    // someone else saves the plan while this user edits it
    const decisionId = (await plan.getAttribute('data-testid'))!.replace('decision-plan-', '');
    const saveElsewhere = async (change: Record<string, unknown>) => {
      const current = (await call<{ version: number; chosenOptions: string[]; plan: Record<string, unknown> }>('GET', `/api/decisions/${decisionId}/plan`)).body;
      const { signOff: _, ...stored } = current.plan;
      const saved = await call<{ version: number }>('PUT', `/api/decisions/${decisionId}/plan`, { chosenOptions: current.chosenOptions, plan: { ...stored, ...change } }, { 'if-match': `"${current.version}"` });
      expect(saved.status).toBe(200);
      return saved.body.version;
    };
    const mine = 'Dr Wang — spine surgeon\nDr Sato — radiation oncologist';
    await plan.locator('#plan-attendees').fill(mine);
    const second = await saveElsewhere({ startDate: '2030-01-02', attendees: [{ name: 'Dr Li', role: 'oncologist' }] });
    await plan.getByRole('button', { name: 'Save plan' }).click();
    // refused: said so, the edits kept, no save claimed
    const stale = plan.getByTestId('plan-stale');
    await stale.getByRole('button', { name: 'Load the newer version' }).waitFor();
    await expect(stale.textContent()).resolves.toMatch(new RegExp(`^Not saved: .+ saved a newer version of this plan \\(version ${second}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\) while you were editing\\. Your edits are still in the form\\.`));
    await expect(plan.locator('#plan-attendees').inputValue()).resolves.toBe(mine);
    await expect(plan.getByText(/Plan saved/).count()).resolves.toBe(0);
    await expect(plan.getByRole('button', { name: 'Save plan' }).isDisabled()).resolves.toBe(true);
    await expectAccessible('board plan saved elsewhere');
    await screenshot(page, '05d-board-plan-stale');
    // the newer version replaces the edits when the user asks for it
    await stale.getByRole('button', { name: 'Load the newer version' }).click();
    await expect(plan.locator('#plan-attendees').inputValue()).resolves.toBe('Dr Li — oncologist');
    await expect(plan.getByLabel('Plan start').inputValue()).resolves.toBe('2030-01-02');
    // again, and this time the edits go on top of the newer version: its start, this user's SBRT date
    await plan.locator('#plan-date-sbrt').fill('2030-01-14');
    const third = await saveElsewhere({ startDate: '2030-01-03' });
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await stale.getByRole('button', { name: 'Apply my edits on top of it' }).click();
    await plan.getByText(new RegExp(`Your edits are applied on top of version ${third}\\. Not saved yet`)).waitFor();
    await expect(plan.getByLabel('Plan start').inputValue()).resolves.toBe('2030-01-03');
    await expect(plan.locator('#plan-date-sbrt').inputValue()).resolves.toBe('2030-01-14');
    await screenshot(page, '05e-board-plan-rebased');
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.getByText(`Plan saved (version ${third + 1}).`).waitFor();
    const stored = (await call<{ plan: { startDate: string; dates: Record<string, string>; attendees: unknown[] } }>('GET', `/api/decisions/${decisionId}/plan`)).body.plan;
    expect(stored.startDate).toBe('2030-01-03');
    expect(stored.dates.sbrt).toBe('2030-01-14');
    expect(stored.attendees).toEqual([{ name: 'Dr Li', role: 'oncologist' }]);
  });

  test('enter a follow-up visit and see the trajectories', async () => {
    await page.getByRole('link', { name: 'Follow-up' }).click();
    await page.getByRole('button', { name: 'Record this visit' }).first().click();
    // The decision's pain score is the baseline; an empty visit is refused, naming the instruments, and nothing is stored.
    const vasPoints = page.getByTestId('trajectory-vas').locator('svg circle');
    await vasPoints.first().waitFor();
    const before = await vasPoints.count();
    await page.getByRole('button', { name: 'Save visit' }).click();
    await expect(page.getByTestId('visit-error').textContent()).resolves.toMatch(/Nothing was entered.*Pain intensity/);
    await expect(page.getByText(/Visit saved/).count()).resolves.toBe(0);
    // VAS 11 is refused: the field says why and keeps the value, the summary names the instrument.
    await page.locator('#visit-vas-score').fill('11');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await expect(page.getByTestId('visit-error').textContent()).resolves.toMatch(/Not saved.*Pain intensity/);
    await expect(page.locator('#visit-vas-score-error').textContent()).resolves.toMatch(/maximum 10/);
    await expect(page.locator('#visit-vas-score').inputValue()).resolves.toBe('11');
    await expect(page.getByText(/Visit saved/).count()).resolves.toBe(0);
    await expect(vasPoints.count()).resolves.toBe(before);
    await page.locator('#visit-vas-score').fill('3');
    await page.locator('#visit-kps-kps').selectOption('80');
    await expect(page.getByTestId('result-vas').textContent()).resolves.toMatch(/3/);
    await expectAccessible('follow-up');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText(/Visit saved \(2 instruments\)/).waitFor();
    await page.getByTestId('trajectory-vas').locator('svg circle').first().waitFor();
    await screenshot(page, '06-follow-up');
    // After a reload the visit is there: done, with VAS 3 and KPS 80 on the trajectories.
    await page.reload();
    await page.getByTestId('trajectory-vas').locator('svg circle').first().waitFor();
    await expect(vasPoints.count()).resolves.toBe(before + 1);
    await expect(page.getByTestId('trajectory-vas').textContent()).resolves.toMatch(/: 3\b/);
    await expect(page.getByTestId('trajectory-kps').textContent()).resolves.toMatch(/: 80\b/);
  });

  test('adverse and outcome events: entered, shown again after a reload, corrected, deleted with a reason; a future date refused', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    const adverse = page.getByTestId('adverse-events-list');
    await adverse.getByRole('button', { name: /Add: Adverse events/ }).click();
    const form = page.getByTestId('adverse-events-form');
    await form.locator('#adverse-events-form-kind').selectOption('cement-leak-disc');
    await form.locator('#adverse-events-form-level').selectOption('T11');
    await form.locator('#adverse-events-form-symptomatic').selectOption('false');
    await form.locator('#adverse-events-form-severity').selectOption('mild');
    await form.locator('#adverse-events-form-treatmentId').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Save' }).click();
    await adverse.getByText(/Cement leak: disc · T11 · mild/).waitFor();
    await page.reload();
    await adverse.getByText(/Cement leak: disc · T11 · mild/).waitFor();
    await adverse.getByRole('button', { name: 'Edit' }).click();
    await expect(form.locator('#adverse-events-form-level').inputValue()).resolves.toBe('T11');
    await expect(form.locator('#adverse-events-form-symptomatic').inputValue()).resolves.toBe('false');
    await form.locator('#adverse-events-form-severity').selectOption('moderate');
    await form.getByRole('button', { name: 'Save' }).click();
    await adverse.getByText(/Cement leak: disc · T11 · moderate/).waitFor();
    await page.reload();
    await adverse.getByText(/Cement leak: disc · T11 · moderate/).waitFor();
    await expect(page.getByTestId('timeline').textContent()).resolves.toMatch(/Cement leak: disc/);

    // The patient's details are corrected on the version read: birth year and last contact, shown again after a reload.
    await page.getByTestId('patient-details').getByRole('button', { name: 'Edit' }).click();
    await page.locator('#patients-form-birthYear').fill('1964');
    await page.locator('#patients-form-lastContactOn').fill(new Date().toISOString().slice(0, 10));
    await page.getByTestId('patients-form').getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('patient-details').getByText('Saved.').waitFor();
    await page.reload();
    await expect(page.locator('.patient-head').textContent()).resolves.toMatch(new RegExp(`· ${new Date().getUTCFullYear() - 1964} years`));
    await page.getByTestId('patient-details').getByRole('button', { name: 'Edit' }).click();
    await expect(page.locator('#patients-form-lastContactOn').inputValue()).resolves.toBe(new Date().toISOString().slice(0, 10));
    await page.getByTestId('patients-form').getByRole('button', { name: 'Cancel' }).click();

    // Systemic therapy: drug, class, dates and response; corrected; a change on a stale version is refused with 409.
    const treatments = page.getByTestId('treatments-list');
    await treatments.getByRole('button', { name: /Add: Treatments/ }).click();
    await page.locator('#treatment-kind').selectOption('systemic');
    await page.locator('#treatment-startedOn').fill('2026-01-20');
    await page.locator('#treatment-details_agent').fill('osimertinib');
    await page.locator('#treatment-details_class').selectOption('egfr-tki-oral');
    await page.locator('#treatment-details_response').selectOption('partial');
    await page.locator('form[aria-labelledby=treatment-title] button[type=submit]').click();
    await treatments.getByText(/Systemic therapy · osimertinib · partial response/).waitFor();
    await page.reload();
    const systemicRow = treatments.locator('li', { hasText: 'osimertinib' });
    await systemicRow.getByText(/partial response/).waitFor();
    await systemicRow.getByRole('button', { name: 'Edit' }).click();
    await expect(page.locator('#treatment-details_class').inputValue()).resolves.toBe('egfr-tki-oral');
    await expect(page.locator('#treatment-startedOn').inputValue()).resolves.toBe('2026-01-20');
    await page.locator('#treatment-details_response').selectOption('stable');
    await page.locator('form[aria-labelledby=treatment-title] button[type=submit]').click();
    await systemicRow.getByText(/stable disease/).waitFor();
    await systemicRow.getByRole('button', { name: 'Edit' }).click();
    // someone else changes the record meanwhile
    const id = await systemicRow.getAttribute('data-record');
    const status = await page.evaluate(async (recordId) => {
      const current = await (await fetch(`/api/treatments/${recordId!}`, { headers: { 'x-requested-with': 'bonemet' } })).json() as { version: number };
      const res = await fetch(`/api/treatments/${recordId!}`, { method: 'PATCH', headers: { 'x-requested-with': 'bonemet', 'content-type': 'application/json', 'if-match': `"${current.version}"` }, body: JSON.stringify({ notes: 'changed elsewhere' }) });
      return res.status;
    }, id);
    expect(status).toBe(200);
    await page.locator('#treatment-details_response').selectOption('progression');
    await page.locator('form[aria-labelledby=treatment-title] button[type=submit]').click();
    await page.getByText(/Someone else changed this record/).waitFor();
    await page.reload();
    await treatments.locator('li', { hasText: 'osimertinib' }).getByText(/stable disease/).waitFor();

    // Radiotherapy with its dose, fractions, technique and levels picked.
    await treatments.getByRole('button', { name: /Add: Treatments/ }).click();
    await page.locator('#treatment-kind').selectOption('radiotherapy');
    await page.locator('#treatment-details_technique').selectOption('imrt');
    await page.locator('#treatment-details_doseGy').fill('30');
    await page.locator('#treatment-details_fractions').fill('10');
    await page.locator('#treatment-details_levels-T11').check();
    await page.locator('#treatment-details_levels-L1').check();
    await page.locator('form[aria-labelledby=treatment-title] button[type=submit]').click();
    await treatments.getByText(/Radiotherapy · T11, L1 · 30 Gy \/ 10/).waitFor();

    const outcomes = page.getByTestId('outcome-events-list');
    await outcomes.getByRole('button', { name: /Add: Outcome events/ }).click();
    const outcome = page.getByTestId('outcome-events-form');
    await outcome.locator('#outcome-events-form-kind').selectOption('sre');
    const future = `${new Date().getUTCFullYear() + 1}-01-15`;
    await outcome.locator('#outcome-events-form-occurredOn').fill(future);
    await outcome.getByRole('button', { name: 'Save' }).click();
    await expect(outcome.locator('#outcome-events-form-occurredOn-error').textContent()).resolves.toMatch(/in the future/);
    await expect(outcome.locator('#outcome-events-form-kind').inputValue()).resolves.toBe('sre');
    await outcome.locator('#outcome-events-form-occurredOn').fill(new Date().toISOString().slice(0, 10));
    await outcome.getByRole('button', { name: 'Save' }).click();
    await outcomes.getByText(/Skeletal-related event/).waitFor();
    await expectAccessible('events');
    await screenshot(page, '15-events');

    await adverse.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete this record' }).click();
    await expect(page.locator('#adverse-events-delete-reason-error').textContent()).resolves.toMatch(/Required/);
    await page.locator('#adverse-events-delete-reason').fill('entered for the wrong patient');
    await page.getByRole('button', { name: 'Delete this record' }).click();
    await adverse.getByText('None recorded.').waitFor();
    await page.reload();
    await adverse.getByText('None recorded.').waitFor();
  });

  test('a visit saved in several requests: a failure says what is stored and what is not; saving again writes only the rest', async () => {
    const patient = await call<{ id: string }>('POST', '/api/patients', { code: code.replace('E2E-', 'E2E-V'), name: 'Visit Retry', sex: 'female', birthYear: 1960 });
    expect(patient.status).toBe(201);
    const patientId = patient.body.id;
    const today = new Date().toISOString().slice(0, 10);
    expect((await call('POST', '/api/treatments', { patientId, kind: 'radiotherapy', startedOn: today, endedOn: today, details: { technique: 'imrt', doseGy: 30, fractions: 10 } })).status).toBe(201);
    const total = async (entity: string) => (await call<{ total: number }>('GET', `/api/${entity}?patientId=${patientId}`)).body.total;
    await page.goto(`${server.url}/patients/${patientId}/follow-up`);
    await page.getByRole('button', { name: 'Record this visit' }).first().click();
    await page.locator('#visit-vas-score').fill('4');
    await page.locator('#regimen-opioid-0').selectOption('morphine');
    await page.locator('#regimen-dose-0').fill('30');
    await page.getByRole('button', { name: 'Add a complication' }).click();
    await page.locator('#complication-kind-0').selectOption('infection');
    await page.getByRole('button', { name: 'Add a complication' }).click();
    await page.locator('#complication-kind-1').selectOption('radiation-toxicity');

    // the regimen's write fails: the VAS is stored, the rest is not
    const visitWrite = (url: URL) => url.pathname.startsWith('/api/follow-up-visits/');
    await page.route(visitWrite, (route) => (route.request().method() === 'PATCH' ? route.fulfill(failure(503)) : route.fallback()));
    await page.getByRole('button', { name: 'Save visit' }).click();
    const outcome = page.getByTestId('visit-outcome');
    await expect(outcome.getByTestId('visit-stored').textContent()).resolves.toBe('Stored: Pain intensity (VAS / NRS).');
    await expect(outcome.getByTestId('visit-not-stored').textContent()).resolves
      .toBe('Not saved: Analgesic regimen, complication 1 (Infection), complication 2 (Radiation toxicity). The server answered with an error (HTTP 503).');
    await page.getByTestId('visit-vas-stored').waitFor();
    await expect(page.locator('#visit-vas-score').isDisabled()).resolves.toBe(true);
    expect([await total('assessments'), await total('adverse-events')]).toEqual([1, 0]);
    await page.unroute(visitWrite);

    // saving again: the VAS is not sent again; the regimen and the first complication are stored, the second fails
    let adversePosts = 0;
    const adverseWrite = (url: URL) => url.pathname === '/api/adverse-events';
    await page.route(adverseWrite, (route) => (route.request().method() === 'POST' && ++adversePosts === 2 ? route.fulfill(failure(500)) : route.fallback()));
    await page.getByRole('button', { name: 'Save visit' }).click();
    await expect(outcome.getByTestId('visit-stored').textContent()).resolves.toBe('Stored: Pain intensity (VAS / NRS), Analgesic regimen, complication 1 (Infection).');
    await expect(outcome.getByTestId('visit-not-stored').textContent()).resolves.toBe('Not saved: complication 2 (Radiation toxicity). The server answered with an error (HTTP 500).');
    await page.getByTestId('regimen-stored').waitFor();
    await page.getByTestId('complication-stored-0').waitFor();
    await expect(page.locator('#complication-kind-1').isDisabled()).resolves.toBe(false);
    expect([await total('assessments'), await total('adverse-events')]).toEqual([1, 1]);
    await expectAccessible('visit partly saved');
    await screenshot(page, '06b-follow-up-partly-saved');
    await page.unroute(adverseWrite);

    // and again: only the second complication is written
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByText('Visit saved: 1 instrument(s), analgesic regimen stored, 2 complication(s).').waitFor();
    expect([await total('assessments'), await total('adverse-events')]).toEqual([1, 2]);
    expect(adversePosts).toBe(2);
    const visits = (await call<{ items: { analgesics: unknown; status: string }[] }>('GET', `/api/follow-up-visits?patientId=${patientId}`)).body.items;
    expect(visits.filter((v) => v.analgesics)).toEqual([expect.objectContaining({ analgesics: { opioids: [{ drug: 'morphine', dailyDose: 30 }], nonOpioid: [] } })]);
  });

  test('a duplicate code is refused with 409 on the code field, a future birth year on its field', async () => {
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('button', { name: 'New patient' }).click();
    await page.locator('#patient-code').fill(code);
    await page.locator('#patient-name').fill('Second Patient');
    await page.locator('#patient-sex').selectOption('female');
    await page.locator('#patient-birthYear').fill('1960');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/patients') && r.request().method() === 'POST');
    await page.locator('#new-patient button[type=submit]').click();
    expect((await created).status()).toBe(409);
    await expect(page.locator('#patient-code-error').textContent()).resolves.toMatch(/Another patient already has this code/);
    await expect(page.locator('#patient-name').inputValue()).resolves.toBe('Second Patient');
    await page.locator('#patient-code').fill(`${code}-B`);
    await page.locator('#patient-birthYear').fill(String(new Date().getUTCFullYear() + 5));
    await page.locator('#new-patient button[type=submit]').click();
    await expect(page.locator('#patient-birthYear-error').textContent()).resolves.toMatch(/in the future/);
    await expect(page.locator('#patient-code-error').count()).resolves.toBe(0);
    await expectAccessible('new patient refused');
    await screenshot(page, '13-new-patient-refused');
    await page.getByRole('button', { name: 'New patient' }).click();
  });

  test('a deceased demo patient: a tag and no overdue badge in the list, a banner, age at death, the decision says so', async () => {
    await page.locator('#patient-search').fill('DEMO-010');
    const row = page.locator('tbody tr', { hasText: 'DEMO-010' });
    await row.getByTestId('deceased-tag').waitFor();
    await expect(row.locator('.badge-overdue').count()).resolves.toBe(0);
    await row.getByRole('link', { name: 'DEMO-010' }).click();
    await page.getByTestId('deceased').waitFor();
    await expect(page.locator('.patient-head').textContent()).resolves.toMatch(/died aged \d+/);
    await page.getByRole('link', { name: 'Follow-up' }).click();
    await page.getByTestId('deceased').waitFor();
    await page.getByRole('link', { name: 'Decision' }).click();
    await page.getByTestId('decision-deceased').waitFor();
    await expect(page.getByRole('button', { name: 'Store decision' }).isDisabled()).resolves.toBe(true);
    await expectAccessible('deceased decision');
    await screenshot(page, '14-deceased-decision');
  });

  test('cohort analytics: baseline table, Kaplan–Meier steps from the API with numbers at risk, pairwise log-rank, Cox with cox.zph, mixed model, methods', async () => {
    await page.getByRole('link', { name: 'Cohort analytics' }).click();
    await page.locator('#cohort-label').fill('demo-000');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByTestId('km-plot').locator('svg path').first().waitFor();
    await expect(page.getByTestId('km-plot').textContent()).resolves.toMatch(/Number at risk/);
    await expect(page.getByTestId('baseline-table').locator('tbody tr').count()).resolves.toBeGreaterThan(5);
    await expect(page.getByTestId('cox-table').locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    // the curves are the API's Kaplan–Meier steps (no recomputation in the browser)
    const api = await page.evaluate(async () => {
      const res = await fetch('/api/cohorts/analysis', { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'bonemet' }, body: JSON.stringify({ filter: { cohort: 'demo-000' } }) });
      return (await res.json()) as { survival: { byGroup: { group: string; steps: unknown[] }[] } };
    });
    const drawn = await page.getByTestId('km-plot').locator('path[data-steps]').evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-curve'), Number(p.getAttribute('data-steps'))]));
    expect(drawn).toEqual(api.survival.byGroup.map((g) => [g.group, g.steps.length]));
    expect(drawn.every(([, n]) => (n as number) > 10)).toBe(true);
    await expect(page.getByTestId('pairwise-table').locator('tbody tr').count()).resolves.toBe(3);
    await expect(page.getByTestId('zph-table').locator('tbody tr').count()).resolves.toBe(4);
    await expect(page.getByTestId('repeated-vas').locator('svg circle').count()).resolves.toBe(15);
    const methods = await page.getByTestId('methods').textContent();
    expect(methods).toMatch(/Kaplan–Meier/);
    expect(methods).toMatch(/Holm method/);
    expect(methods).toMatch(/random intercept per patient/);
    expect(methods).toMatch(/cox\.zph/);
    // figures: readable text (≥ 11 px in the figure's own units), SVG, PNG and PDF downloads
    const sizes = await page.locator('[data-testid=km-plot] svg text, [data-testid^=repeated-] svg text').evaluateAll((texts) => texts.map((t) => Number(t.getAttribute('font-size'))));
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    const km = page.locator('section[aria-labelledby=km-title]');
    const [svg] = await Promise.all([page.waitForEvent('download'), km.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('kaplan-meier.svg');
    const [png] = await Promise.all([page.waitForEvent('download'), km.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('kaplan-meier.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    await png.saveAs(join(ARTIFACTS, '07-cohort-km-export.png'));
    const [pdf] = await Promise.all([page.waitForEvent('download'), km.getByRole('button', { name: 'Export PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe('kaplan-meier.pdf');
    const pdfBytes = readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect(pdfBytes.toString('latin1')).toContain('/Filter /DCTDecode');
    expect(pdfBytes.length).toBeGreaterThan(10_000);
    const [stepsCsv] = await Promise.all([page.waitForEvent('download'), km.getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = readFileSync((await stepsCsv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('group,time,n_risk,n_event,n_censor,survival,lower95,upper95');
    expect(lines.length - 1).toBe(api.survival.byGroup.reduce((sum, g) => sum + g.steps.length, 0));
    await expectAccessible('cohort');
    await screenshot(page, '07-cohort');
    // any grouping: by primary tumour, four curves from the API, six Holm pairs, limits not reached as NR
    await page.locator('#cohort-groupBy').selectOption('primaryGroup');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.getByTestId('km-plot').locator('path[data-steps]').count()).toBe(4);
    await expect(page.getByTestId('pairwise-table').locator('tbody tr').count()).resolves.toBe(6);
    await expect(page.getByTestId('km-table').textContent()).resolves.toMatch(/–NR\)/);
    await expect(page.getByTestId('km-table').textContent()).resolves.not.toMatch(/––|—/);
    await screenshot(page, '07b-cohort-by-primary');
    // the cox.zph flag: the demo's hazards are proportional, so a reply with one P < 0.05 stands in
    await page.route('**/api/cohorts/analysis', async (route) => {
      const reply = await route.fetch();
      const body = (await reply.json()) as { cox: { zph: { terms: { p: number }[] } } };
      body.cox.zph.terms[0]!.p = 0.012;
      await route.fulfill({ response: reply, json: body });
    });
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByTestId('zph-table').locator('tr.flagged').first().waitFor();
    await expect(page.getByTestId('zph-table').locator('tr.flagged').count()).resolves.toBe(1);
    await expect(page.getByTestId('zph-table').locator('tr.flagged').textContent()).resolves.toMatch(/0\.012.*P < 0\.05: proportional hazards doubtful/);
    await expectAccessible('cohort with a flagged cox.zph row');
    await page.getByTestId('zph-table').screenshot({ path: join(ARTIFACTS, '07c-cohort-zph-flag.png') });
    await page.unroute('**/api/cohorts/analysis');
  });

  test('switch language: zh and ja everywhere, remembered, <html lang> follows', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    await page.getByRole('heading', { name: '队列分析', level: 1 }).waitFor();
    await screenshot(page, '08-cohort-zh');
    await page.reload();
    await page.getByRole('heading', { name: '队列分析', level: 1 }).waitFor();
    // The new screens in Chinese: a refused visit names the instruments, the record section.
    await page.getByRole('link', { name: '患者' }).first().click();
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: '病历记录', level: 2 }).waitFor();
    await page.getByRole('link', { name: '随访' }).click();
    await page.getByRole('button', { name: '计划外随访' }).click();
    await page.getByRole('button', { name: '保存随访' }).click();
    await expect(page.getByTestId('visit-error').textContent()).resolves.toMatch(/未输入任何内容.*疼痛强度/);
    await page.getByRole('link', { name: '队列分析' }).click();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    await page.getByRole('link', { name: '患者' }).first().click();
    await page.getByRole('heading', { name: '患者一覧', level: 1 }).waitFor();
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('link', { name: '脊椎マップ' }).click();
    await page.locator('button[data-level=T11]').click();
    await expect(page.getByTestId('result-sins').textContent()).resolves.toMatch(/潜在的不安定/);
    await screenshot(page, '09-spine-ja');
    // The new screens in Japanese: the record section, the conflicts and the pending screen, the deceased banner.
    await page.getByRole('link', { name: 'タイムライン' }).click();
    await page.getByRole('heading', { name: '記録', level: 2 }).waitFor();
    await page.getByRole('link', { name: '治療方針' }).click();
    await page.getByTestId('conflicts').getByText(/根拠の対立/).waitFor();
    // A refused value is explained in Japanese; a language switch re-renders the verdicts kept on screen meanwhile.
    await page.locator('#fact-labs_creatinineMgDl').fill('88');
    await page.getByText(/88 mg\/dL は 0\.1–20 mg\/dL の範囲外/).first().waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText(/88 mg\/dL 超出 0\.1–20 mg\/dL 的范围/).first().waitFor();
    await expect(page.getByTestId('options').textContent()).resolves.toMatch(/推荐|需补充信息/);
    await expect(page.getByTestId('options').textContent()).resolves.not.toMatch(/推奨|情報不足|根拠/);
    await page.locator('#fact-labs_creatinineMgDl').fill('');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('link', { name: '患者' }).first().click();
    await page.locator('#patient-search').fill('DEMO-010');
    await page.getByRole('link', { name: 'DEMO-010' }).click();
    await expect(page.getByTestId('deceased').textContent()).resolves.toMatch(/死亡/);
    await expect(page.locator('.patient-head').textContent()).resolves.toMatch(/歳で死亡/);
    await screenshot(page, '16-deceased-ja');
    await page.getByRole('button', { name: 'English' }).click();
  });

  test('tablet width 768 × 1024', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('link', { name: 'Decision' }).click();
    await page.getByTestId('options').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '10-decision-tablet');
    await page.getByRole('link', { name: 'Spine map' }).click();
    await screenshot(page, '11-spine-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  test('a researcher sees no write action', async () => {
    const sessions = (await fetch(`${server.url}/api/session`)).status !== 404;
    if (!sessions) return; // no sign-in on this server: there is only the local clinician
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#username').fill('researcher');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Patients', level: 1 }).waitFor();
    await page.getByText(/Read-only/).waitFor();
    await expect(page.getByRole('button', { name: 'New patient' }).count()).resolves.toBe(0);
    await screenshot(page, '12-researcher');
  });
});
