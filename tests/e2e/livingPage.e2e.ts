import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FillResult } from '../../lib/page/types';
import { answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { tabIdOf } from './harness';
import { sendToContentScript } from './kits/worlds';

/*
 * Issue 17: a dossier page that never sits still (levend-dossier.html: session countdown, clock, toasts, an unread
 * badge, a spinner, style changes), driven through the panel with the built extension. One browser launch.
 * What the panel must do: stay usable while nothing that was read changes; block on another client or new
 * content; offer "Opnieuw lezen" without blocking when fields appear (a <details>, a modal <dialog>).
 */
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});
beforeEach(() => env.llm.reset());

type Levend = { client: 'R' | 'S'; switches: number; ticks: number; toasts: number; colleagueReports: number };
const levend = (page: Page) => page.evaluate(() => (window as unknown as { __levend: Levend }).__levend);
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted);
const fillButton = (panel: Page) => panel.getByRole('button', { name: /^Invullen/ });

/** Asks the model (the test server) for suggestions and accepts the given fields. */
async function suggestAndAccept(panel: Page, answers: Record<string, { value: unknown; quote: string }>, env: E2eEnv): Promise<void> {
  env.llm.enqueue(answerByLabel(answers));
  await panel.getByRole('button', { name: 'Stel velden voor' }).click();
  await panel.getByTestId('review-table').waitFor();
  for (const label of Object.keys(answers)) await panel.getByRole('checkbox', { name: `Accepteer ${label}` }).check();
}

describe('living dossier: timers and toasts do not lock the panel; a client switch, new content and new fields do what they mean', () => {
  it('read → suggest → accept → 5 s of timers, toasts, badges and style changes → not stale, and the fill lands', async () => {
    const { page, panel } = await openAndRead(env, 'levend-dossier.html');
    await expect(panel.getByTestId('client').textContent()).resolves.toContain('Ruth Pinas');
    await suggestAndAccept(panel, { 'Pols (/min)': { value: 92, quote: 'P 92 reg.' }, 'Saturatie (%)': { value: 93, quote: 'sat 93%' } }, env);
    const before = await levend(page);
    await page.waitForTimeout(5500);
    const after = await levend(page);
    // The page did live meanwhile: the countdown ticked, toasts came and went.
    expect(after.ticks - before.ticks).toBeGreaterThanOrEqual(5);
    expect(after.toasts - before.toasts).toBeGreaterThanOrEqual(3);
    expect(await panel.getByTestId('stale').count()).toBe(0);
    expect(await panel.getByTestId('page-changed').count()).toBe(0);
    await expect(fillButton(panel).isEnabled()).resolves.toBe(true);

    await fillButton(panel).click();
    await panel.getByTestId('fill-results').waitFor();
    expect([await page.inputValue('#lv_pols'), await page.inputValue('#lv_sat')]).toEqual(['92', '93']);
    // The page's own listeners saw the change, and nothing was saved.
    const events = await page.evaluate(() => (window as unknown as { __sandboxFieldEvents: { field: string }[] }).__sandboxFieldEvents);
    expect(events.some((e) => e.field === 'lv_pols')).toBe(true);
    expect(await submitted(page)).toBe(false);
    // Our own fill is not a change of the page either.
    await page.waitForTimeout(1500);
    expect(await panel.getByTestId('stale').count()).toBe(0);
  });

  it('a client switch in place: the panel says so and blocks, and a fill prepared for the earlier client is refused', async () => {
    const { page, panel } = await openAndRead(env, 'levend-dossier.html');
    const tabId = await tabIdOf(env.ext, page);
    // What the panel holds from its read: the form's fingerprint, to send the fill it would send.
    const read = await sendToContentScript<{ fieldsFingerprint: string }>(env.ext, tabId, 0, 'readPage');
    await suggestAndAccept(panel, { 'Pols (/min)': { value: 92, quote: 'P 92 reg.' } }, env);

    await page.getByTestId('switch-client-inplace').click();
    expect((await levend(page)).client).toBe('S');
    const stale = panel.getByTestId('stale');
    await stale.waitFor({ timeout: 10_000 });
    await expect(stale.textContent()).resolves.toContain('Er staat nu een andere cliënt op de pagina');
    await expect(fillButton(panel).isEnabled()).resolves.toBe(false);
    await expect(panel.getByRole('button', { name: 'Stel velden voor' }).isEnabled()).resolves.toBe(false);

    // The hard guard behind the disabled button: the fill the panel prepared is refused by the page itself.
    const refused = await sendToContentScript<FillResult[]>(env.ext, tabId, 0, 'fillFields', {
      entries: [{ key: '#lv_pols', value: '92', expected: '' }],
      expectedFingerprint: read.fieldsFingerprint,
    });
    expect(refused).toMatchObject([{ ok: false, error: 'stale' }]);
    // Reading again shows the other client; the earlier suggestions stay unfillable.
    await stale.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await expect.poll(() => panel.getByTestId('client').textContent()).toContain('Sjoerd Hoogland');
    await expect(fillButton(panel).isEnabled()).resolves.toBe(false);
    expect(await page.inputValue('#lv_pols')).toBe('');
    expect(await submitted(page)).toBe(false);
  });

  it('fields that appear later (a <details>, a modal <dialog>) offer "Opnieuw lezen" without blocking, and are found and filled after it', async () => {
    const { page, panel } = await openAndRead(env, 'levend-dossier.html');
    await panel.getByLabel(/Eigen notities/).fill('Gewogen: 64,8 kg. Wond hiel 3,5 cm lang.');

    await page.locator('[data-testid="extra-metingen"] summary').click();
    const changed = panel.getByTestId('page-changed');
    await changed.waitFor({ timeout: 10_000 });
    await expect(changed.textContent()).resolves.toContain('andere velden');
    expect(await panel.getByTestId('stale').count()).toBe(0);
    await expect(panel.getByRole('button', { name: 'Stel velden voor' }).isEnabled()).resolves.toBe(true);
    await changed.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await changed.waitFor({ state: 'detached' });
    await suggestAndAccept(panel, { 'Gewicht (kg)': { value: 64.8, quote: 'Gewogen: 64,8 kg' } }, env);
    await fillButton(panel).click();
    await panel.getByTestId('fill-results').waitFor();
    expect(await page.inputValue('#lv_gewicht')).toBe('64.8');

    await page.getByTestId('open-wond-dialog').click();
    await changed.waitFor({ timeout: 10_000 });
    expect(await panel.getByTestId('stale').count()).toBe(0);
    await changed.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await changed.waitFor({ state: 'detached' });
    await suggestAndAccept(panel, { 'Wondlengte (cm)': { value: 3.5, quote: 'Wond hiel 3,5 cm lang' } }, env);
    await fillButton(panel).click();
    await expect.poll(() => page.inputValue('#lv_wondlengte')).toBe('3.5');
    expect(await submitted(page)).toBe(false);
  });

  it('a colleague\'s new report changes the content that was read: the panel blocks until it is read again', async () => {
    const { page, panel } = await openAndRead(env, 'levend-dossier.html');
    await page.getByTestId('colleague-report').click();
    const stale = panel.getByTestId('stale');
    await stale.waitFor({ timeout: 10_000 });
    await expect(stale.textContent()).resolves.toContain('De inhoud van de pagina is veranderd');
    await expect(panel.getByRole('button', { name: 'Stel velden voor' }).isEnabled()).resolves.toBe(false);
    await stale.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await stale.waitFor({ state: 'detached' });
    await expect(panel.getByRole('button', { name: 'Stel velden voor' }).isEnabled()).resolves.toBe(true);
  });
});
