import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptionRequestBody } from '../llm-server/server.mjs';
import { encodeWav } from '../../lib/dictation/wav';
import { nl } from '../../lib/i18n/locales/nl';
import { openAndRead, startE2e, type E2eEnv } from './fixtures';
import { setUserSettings } from './harness';

/** Dutch speech for the fake microphone: made with espeak-ng when it is there, else the committed file. */
function dictationWav(): string {
  const committed = resolve(__dirname, '../fixtures/audio/nl-rapportage.wav');
  try {
    const out = join(mkdtempSync(join(tmpdir(), 'dossierhulp-wav-')), 'dictaat.wav');
    execFileSync('espeak-ng', ['-v', 'nl', '-w', out, 'Mevrouw had vannacht pijn, NRS zes. Bloeddruk honderddertig over tachtig.']);
    if (existsSync(out)) return out;
  } catch {
    // espeak-ng missing: the committed recording of the same sentence is used.
  }
  return committed;
}

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e({
    extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${dictationWav()}`],
  });
  await setUserSettings(env.ext, { transcription: { baseURL: env.llm.url, model: 'whisper-test' } });
});
afterAll(async () => {
  await env?.close();
});

describe('dictation in real Chromium', () => {
  it('records, sends real audio to the transcription endpoint, and turns the transcript into a confirmed SOEP report', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    await panel.getByRole('tab', { name: 'Dicteren' }).click();
    await panel.getByRole('button', { name: 'Opnemen' }).click();
    await panel.getByRole('button', { name: 'Stoppen' }).waitFor();
    await panel.waitForTimeout(3000);
    await panel.getByRole('button', { name: 'Stoppen' }).click();

    const transcript = 'Mevrouw had vannacht pijn, NRS 6. Bloeddruk 130 over 80.';
    env.llm.enqueue({ json: { text: transcript } });
    await panel.getByRole('button', { name: 'Transcriberen' }).click();
    await expect.poll(() => panel.getByTestId('dictation-notes').inputValue()).toContain(transcript);

    const audio = env.llm.requests.find((r) => r.path.endsWith('/audio/transcriptions'));
    const body = audio?.body as TranscriptionRequestBody;
    expect(body.language).toBe('nl');
    expect(body.file?.contentType).toContain('wav');
    // Real audio of the recorded length: about 3 s of 16 kHz mono.
    expect(body.file?.durationSeconds).toBeGreaterThan(2);
    expect(body.file?.durationSeconds).toBeLessThan(6);
    expect(body.file?.size).toBeGreaterThan(50_000);

    env.llm.enqueue({ text: `S: Mw. geeft aan vannacht pijn te hebben gehad (NRS 6).\nO: RR 130/80.\nE: Pijn onvoldoende onder controle.\nP: Pijnbeleid met huisarts bespreken.`, chunks: 4 });
    await panel.getByRole('button', { name: 'Maak er een SOEP-rapportage van' }).click();
    await panel.getByLabel('Sjabloon').selectOption({ label: 'SOEP-rapportage' });
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toContain('P: Pijnbeleid');
    const soepRequest = env.llm.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
    expect(soepRequest?.rawBody).toContain('NRS 6');

    // Nothing reaches the page before the explicit "Invoegen".
    expect(await page.inputValue('#txtRapportage')).toBe('');
    await panel.getByLabel('Veld op de pagina').selectOption({ label: 'Rapportage (SOEP: subjectief, objectief, evaluatie, plan)' });
    await panel.getByRole('button', { name: 'Invoegen' }).click();
    await expect.poll(() => page.inputValue('#txtRapportage')).toContain('P: Pijnbeleid met huisarts bespreken.');

    await panel.getByRole('tab', { name: 'Logboek' }).click();
    await expect.poll(() => panel.locator('[data-testid="audit-row"][data-type="transcribe"]').count()).toBeGreaterThan(0);
  });
});

/** A WAV file for the fake microphone: digital silence, or hiss around -60 dBFS (a room with nobody speaking). */
function quietWav(kind: 'silent' | 'near-silent'): string {
  const rate = 16000;
  let x = 7;
  const samples = Float32Array.from({ length: 6 * rate }, () => {
    if (kind === 'silent') return 0;
    x = (x * 16807) % 2147483647;
    return 0.002 * (2 * (x / 2147483647) - 1);
  });
  const out = join(mkdtempSync(join(tmpdir(), 'dossierhulp-wav-')), `${kind}.wav`);
  writeFileSync(out, encodeWav(samples, rate));
  return out;
}

describe('dictation cannot invent a visit (real Chromium, fake microphone)', () => {
  for (const kind of ['silent', 'near-silent'] as const) {
    it(`${kind} audio: a message, no audio sent, nothing in the notes and no draft`, async () => {
      const quiet = await startE2e({
        extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${quietWav(kind)}`],
      });
      try {
        await setUserSettings(quiet.ext, { transcription: { baseURL: quiet.llm.url, model: 'whisper-test' } });
        const { panel } = await openAndRead(quiet, 'dossier.html');
        await panel.getByRole('tab', { name: 'Dicteren' }).click();
        await panel.getByRole('button', { name: 'Opnemen' }).click();
        await panel.getByRole('button', { name: 'Stoppen' }).waitFor();
        await panel.waitForTimeout(2500);
        await panel.getByRole('button', { name: 'Stoppen' }).click();
        // Were the audio sent, the server would make up a visit, as Whisper does on silence.
        quiet.llm.enqueue({ json: { text: 'Ondertiteling door TV Gelderland 2021' } }, { json: { text: 'Mw. is gevallen en heeft pijn in de heup.' } });
        await panel.getByRole('button', { name: 'Transcriberen' }).click();
        await expect.poll(async () => (await panel.getByRole('alert').allTextContents()).join('\n')).toContain(nl.dictationError['no-speech']);
        expect(quiet.llm.requests.filter((r) => r.path.endsWith('/audio/transcriptions'))).toHaveLength(0);
        // The notes box only shows when there are notes.
        expect(await panel.getByTestId('dictation-notes').count()).toBe(0);
        expect(await panel.getByRole('button', { name: 'Maak er een SOEP-rapportage van' }).count()).toBe(0);
        expect(await panel.getByTestId('draft-output').count()).toBe(0);
        expect(quiet.llm.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
      } finally {
        await quiet.close();
      }
    });
  }
});
