import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSpeech, withoutFillers } from '../speech';
import { encodeWav } from '../wav';

const speech = new Uint8Array(readFileSync(new URL('../../../tests/fixtures/audio/nl-rapportage.wav', import.meta.url)));
const rate = 16000;
/** Seconds of noise at a given RMS-ish amplitude (deterministic). */
const noise = (seconds: number, amplitude: number) => {
  let x = 1;
  return encodeWav(
    Float32Array.from({ length: seconds * rate }, () => {
      x = (x * 16807) % 2147483647;
      return amplitude * (2 * (x / 2147483647) - 1);
    }),
    rate,
  );
};

describe('hasSpeech', () => {
  it('finds the speech in a real recording', () => {
    expect(hasSpeech(speech)).toBe(true);
  });

  it('finds none in digital silence or near-silent hiss (-60 dBFS)', () => {
    expect(hasSpeech(encodeWav(new Float32Array(3 * rate), rate))).toBe(false);
    expect(hasSpeech(noise(3, 0.002))).toBe(false);
  });

  it('needs more than a click: one loud 20 ms frame is not speech, a tenth of a second is', () => {
    const click = new Float32Array(2 * rate);
    click.fill(0.3, rate, rate + 320);
    expect(hasSpeech(encodeWav(click, rate))).toBe(false);
    const word = new Float32Array(2 * rate);
    word.fill(0.3, rate, rate + 1600);
    expect(hasSpeech(encodeWav(word, rate))).toBe(true);
  });

  it('leaves audio it cannot read to the server', () => {
    expect(hasSpeech(new Uint8Array([1, 2, 3]))).toBe(true);
  });
});

describe('withoutFillers', () => {
  it.each([
    'Ondertiteling door TV Gelderland 2021',
    'Ondertiteld door de Amara.org gemeenschap',
    'Bedankt voor het kijken!',
    'Dank u wel voor het kijken.',
    'Thank you for watching.',
    'Subtitles by the Amara.org community',
    '♪ muziek ♪',
    ' ',
  ])('%s is no speech', (text) => {
    expect(withoutFillers(text)).toBe('');
  });

  it('keeps what was said and drops only the filler sentences', () => {
    expect(withoutFillers('Mw. had pijn, NRS 6. Bedankt voor het kijken!')).toBe('Mw. had pijn, NRS 6.');
    expect(withoutFillers('Dochter bedankt voor het kijken naar de wond.')).toBe('Dochter bedankt voor het kijken naar de wond.');
  });
});
