import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '../serve.mjs';

const SANDBOX = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const markers = JSON.parse(readFileSync(SANDBOX + 'injection-markers.json', 'utf8')) as {
  hidden: { id: string; page: string; frame?: string; selector: string | null }[];
};

let server: SandboxServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  await build({ configFile: SANDBOX + 'spa/vite.config.ts', logLevel: 'warn' });
  server = await startSandboxServer();
  browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(new URL(path, server.url).href);
  return page;
}

afterEach(async () => {
  await page?.close();
});

/**
 * Why a person cannot see an element, or '' when they can. Runs in the page.
 * Checks rendering (display, visibility, opacity), size, position outside the page, and invisible text.
 */
function invisibility(el: Element): string {
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return 'not rendered / hidden / transparent';
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return 'zero size';
  const doc = el.ownerDocument.documentElement;
  if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0 || rect.left + scrollX >= doc.scrollWidth || rect.top + scrollY >= doc.scrollHeight) {
    return 'outside the page';
  }
  const style = getComputedStyle(el);
  if (parseFloat(style.fontSize) < 4) return 'font too small';
  if (/rgba\(.*,\s*0\)$|transparent/.test(style.color)) return 'transparent text';
  return '';
}

describe('static pages load cleanly', () => {
  const pages = ['index.html', 'dossier.html', 'medicatie.html', 'lab.html', 'dossier-b.html', 'iframe.html', 'aria.html', 'widgets.html', 'nested-iframe.html', 'groot-dossier.html?rapportages=100', 'spa/'];
  it.each(pages)('%s has no script or console errors', async (path) => {
    await open(path);
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    expect(errors).toEqual([]);
    expect(await page.title()).toMatch(/oefenomgeving|fictieve/i);
  });
});

describe('hidden prompt injections', () => {
  it('a visible report passes the visibility check (the check is not always "hidden")', async () => {
    await open('dossier.html');
    const reason = await page.locator('.rap-body p').first().evaluate(invisibility);
    expect(reason).toBe('');
  });

  it('every hidden injection element on dossier.html is invisible to a person', async () => {
    await open('dossier.html');
    for (const m of markers.hidden.filter((h) => h.page === 'dossier.html' && h.selector)) {
      const reason = await page.evaluate(
        ([selector, fn]) => {
          const el = document.querySelector(selector);
          if (!el) return 'missing';
          // <template>, <noscript>, <script> and hidden inputs are never rendered.
          if (el.closest('template, noscript, script, head') || (el as HTMLInputElement).type === 'hidden') return 'not rendered';
          return new Function(`return (${fn})`)()(el) as string;
        },
        [m.selector as string, invisibility.toString()] as const,
      );
      expect(reason, m.id).not.toBe('missing');
      expect(reason, m.id).not.toBe('');
    }
  });

  it('the injection inside the iframe and the open shadow root are not rendered', async () => {
    await open('iframe.html');
    const frame = page.frameLocator('[data-testid="meetwaarden-frame"]');
    await expect(frame.locator('[data-testid="inj-iframe-display-none"]').isVisible()).resolves.toBe(false);
    await page.close();
    await open('widgets.html');
    await expect(page.locator('[data-testid="inj-shadow-hidden"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid="inj-shadow-hidden"]').count()).resolves.toBe(1);
  });
});

describe('submissions are recorded, never silent', () => {
  it('clicking Opslaan records the save, shows a banner and stays on the page', async () => {
    await open('dossier.html');
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(false);
    const url = page.url();
    // Onderwerp is required: an invalid form is not submitted at all.
    await page.getByTestId('btn-opslaan').click();
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(false);
    await page.getByLabel('Onderwerp').selectOption({ label: 'Participatie' });
    await page.getByTestId('btn-opslaan').click();
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(true);
    await expect(page.getByTestId('submitted-banner').isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(url);
  });

  it('form.submit() from the page world is recorded without navigating', async () => {
    await open('dossier.html');
    const result = await page.evaluate(() => {
      (document.getElementById('frmNieuweRapportage') as HTMLFormElement).submit();
      const w = window as unknown as { __sandboxSubmissions: { via: string }[] };
      return w.__sandboxSubmissions.map((s) => s.via);
    });
    expect(result).toEqual(['form.submit()']);
  });

  it('a submit that bypasses the guard lands on opgeslagen.html, which records it', async () => {
    await open('dossier.html');
    // A pristine HTMLFormElement.prototype.submit from a fresh realm acts like a content script's isolated world.
    await Promise.all([
      page.waitForURL(/opgeslagen\.html/),
      page.evaluate(() => {
        const realm = document.createElement('iframe');
        document.body.append(realm);
        const pristine = (realm.contentWindow as unknown as typeof globalThis).HTMLFormElement.prototype.submit;
        pristine.call(document.getElementById('frmNieuweRapportage') as HTMLFormElement);
      }),
    ]);
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('sandbox:submissions') ?? '[]') as { via: string }[]);
    expect(stored.map((s) => s.via)).toContain('navigation');
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(true);
  });

  it('a save inside a nested iframe is reported to the top window', async () => {
    await open('nested-iframe.html');
    const inner = page.frameLocator('[data-testid="outer-frame"]').frameLocator('[data-testid="inner-frame"]');
    await inner.getByLabel('Vochtinname (ml)').fill('250');
    await inner.getByTestId('btn-opslaan').click();
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(true);
    expect(page.frames()).toHaveLength(3);
  });
});

type SpaWindow = { __spaState: { clientId: string; navigations: number; values: Record<string, string | boolean>; dirtyFields: string[]; rejectedChanges: unknown[]; saves: number } };
const spaState = () => page.evaluate(() => (window as unknown as SpaWindow).__spaState);

/** The fill sequence from REFERENCE.md: prototype setter, then input + change events. */
async function setLikeAnExtension(selector: string, value: string) {
  await page.locator(selector).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.blur();
  }, value);
}

describe('SPA (React, controlled inputs)', () => {
  it('accepts a fill through the prototype setter and lists it as unsaved', async () => {
    await open('spa/');
    await page.getByTestId('client-header').getByText('Brouwer').waitFor();
    await setLikeAnExtension('#vf-bd-sys', '135');
    const state = await spaState();
    expect(state.values.bdSys).toBe('135');
    expect(state.dirtyFields).toEqual(['Bloeddruk systolisch']);
    await expect(page.getByTestId('unsaved-summary').textContent()).resolves.toContain('Nog niet opgeslagen wijzigingen (1)');
  });

  it('ignores a plain el.value assignment, as React does', async () => {
    await open('spa/');
    await page.locator('#vf-pols').evaluate((el) => {
      (el as HTMLInputElement).value = '88';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((await spaState()).values.pols).toBe('');
  });

  it('the paraaf field rejects script fills and restores its value, but accepts typing', async () => {
    await open('spa/');
    await setLikeAnExtension('#vf-paraaf', 'ABC');
    let state = await spaState();
    expect(state.values.paraaf).toBe('');
    expect(state.rejectedChanges).toHaveLength(1);
    expect(await page.locator('#vf-paraaf').inputValue()).toBe('');
    await expect(page.getByTestId('paraaf-rejected').isVisible()).resolves.toBe(true);

    await page.locator('#vf-paraaf').pressSequentially('JDV');
    state = await spaState();
    expect(state.values.paraaf).toBe('JDV');
    await page.locator('#vf-paraaf').press('x');
    expect((await spaState()).values.paraaf).toBe('JDV');
  });

  it('saving records a submission and clears the unsaved list', async () => {
    await open('spa/');
    await page.getByLabel('Opmerking').fill('Gemeten na de lunch.');
    expect((await spaState()).dirtyFields).toEqual(['Opmerking']);
    await page.getByTestId('btn-opslaan').click();
    const state = await spaState();
    expect(state.saves).toBe(1);
    expect(state.dirtyFields).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(true);
  });

  it('"Cliënt wisselen" switches client with pushState (no reload); back returns', async () => {
    await open('spa/');
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await setLikeAnExtension('#vf-bd-sys', '120');
    await page.getByTestId('client-switch').click();
    await page.getByTestId('client-header').getByText('Amrani').waitFor();
    expect(new URL(page.url()).pathname).toBe('/spa/client-c');
    let state = await spaState();
    expect(state.clientId).toBe('C');
    expect(state.navigations).toBe(1);
    expect(state.values.bdSys).toBe('');
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    expect(await page.title()).toContain('Y. Amrani');

    await page.goBack();
    await page.getByTestId('client-header').getByText('Brouwer').waitFor();
    state = await spaState();
    expect(state.clientId).toBe('B');
    expect(state.navigations).toBe(2);
  });

  it('a deep link to client C loads client C', async () => {
    await open('spa/client-c');
    await page.getByTestId('client-header').getByText('Amrani').waitFor();
    expect((await spaState()).clientId).toBe('C');
  });
});

type WidgetWindow = { __widgetState: { houding: { value: string }; tempType: { value: string }; editor: { text: string }; signature: string; vitalsPanel: Record<string, string> } };
const widgetState = () => page.evaluate(() => (window as unknown as WidgetWindow).__widgetState);

describe('widgets', () => {
  it('the select-only combobox ignores DOM writes and changes only by clicking an option', async () => {
    await open('widgets.html');
    await page.evaluate(() => {
      (document.getElementById('cbHouding') as HTMLElement).textContent = 'Liggend';
      (document.querySelector('input[name=houding]') as HTMLInputElement).value = 'liggend';
    });
    expect((await widgetState()).houding.value).toBe('');
    await page.getByRole('combobox', { name: 'Houding bij meting' }).click();
    await page.getByRole('option', { name: 'Liggend' }).click();
    expect((await widgetState()).houding.value).toBe('liggend');
    await expect(page.locator('#cbHouding').getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('the autocomplete combobox does not take typed free text; an option click sets it', async () => {
    await open('widgets.html');
    await setLikeAnExtension('#cbTempType', 'Rectaal');
    expect((await widgetState()).tempType.value).toBe('');
    expect(await page.locator('#cbTempType').inputValue()).toBe('');
    await page.locator('#cbTempType').click();
    await page.getByRole('option', { name: 'Tympanisch' }).click();
    expect((await widgetState()).tempType.value).toBe('tympanisch');
    expect(await page.locator('#cbTempType').inputValue()).toBe('Tympanisch');
  });

  it('the rich-text editor ignores direct DOM writes (undone on blur) and accepts insertText', async () => {
    await open('widgets.html');
    const editor = page.getByTestId('rte-editor');
    await editor.evaluate((el) => {
      el.textContent = 'direct geschreven';
      (el as HTMLElement).focus();
      (el as HTMLElement).blur();
    });
    expect((await widgetState()).editor.text).toBe('');
    expect(await editor.textContent()).toBe('');

    await editor.evaluate((el) => {
      (el as HTMLElement).focus();
      document.execCommand('insertText', false, 'RR 120/80, P 72');
    });
    expect((await widgetState()).editor.text).toBe('RR 120/80, P 72');
  });

  it('nested open shadow roots hold labelled inputs; the closed one is unreachable from the page', async () => {
    await open('widgets.html');
    const info = await page.evaluate(() => {
      const panel = document.querySelector('ecd-vitals-panel')?.shadowRoot;
      const nested = panel?.querySelector('ecd-measure-field')?.shadowRoot;
      const pols = nested?.querySelector('input');
      return {
        sysLabel: panel?.querySelector('#sys') ? [...((panel.querySelector('#sys') as HTMLInputElement).labels ?? [])].map((l) => l.textContent) : null,
        polsLabel: pols ? [...(pols.labels ?? [])].map((l) => l.textContent) : null,
        closed: document.querySelector('ecd-signature')?.shadowRoot ?? null,
      };
    });
    expect(info.sysLabel).toEqual(['Bloeddruk systolisch (mmHg)']);
    expect(info.polsLabel).toEqual(['Pols (/min)']);
    expect(info.closed).toBeNull();

    await page.getByLabel('Pols (/min)').fill('76');
    expect((await widgetState()).vitalsPanel.wc_pols).toBe('76');

    // A person can still use the closed field: click its visible label and type.
    const box = await page.getByTestId('wc-signature').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click((box?.x ?? 0) + 20, (box?.y ?? 0) + 45);
    await page.keyboard.type('FY');
    expect((await widgetState()).signature).toBe('FY');
  });
});

describe('groot-dossier.html', () => {
  it.each([100, 1000])('renders ?rapportages=%i reports, newest first, and marks the body ready', async (n) => {
    await open(`groot-dossier.html?rapportages=${n}`);
    await page.locator('body[data-ready="1"]').waitFor();
    await expect(page.locator('[data-testid="rapportages"] > li').count()).resolves.toBe(n);
    await expect(page.locator('.rap').first().textContent()).resolves.toContain('linkerpols');
    await expect(page.locator('#rapCount').textContent()).resolves.toBe(`${n} rapportages · nieuwste eerst`);
  });

  it('defaults to 3000 reports', async () => {
    await open('groot-dossier.html');
    await page.locator('body[data-ready="1"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __grootDossier: { count: number } }).__grootDossier.count)).toBe(3000);
  });
});
