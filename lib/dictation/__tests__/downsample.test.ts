import { describe, expect, it } from 'vitest';
import { downsample } from '../downsample';

const sine = (freq: number, rate: number, seconds: number) =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => Math.sin((2 * Math.PI * freq * i) / rate));
const peak = (x: Float32Array, skip = 10) => Math.max(...Array.from(x.subarray(skip, x.length - skip), Math.abs));

describe('downsample', () => {
  it.each([
    [48000, 16000, 48000, 16000],
    [44100, 16000, 44100, 16000],
    [44100, 16000, 44100 * 30, 16000 * 30],
    [22050, 16000, 79517 * 22050 / 16000, 79517],
    [48000, 16000, 1000, 333],
    [96000, 16000, 5, 1],
  ])('%i Hz → %i Hz turns %i samples into %i', (from, to, inLength, outLength) => {
    expect(downsample(new Float32Array(Math.round(inLength)), from, to).length).toBe(outLength);
  });

  it('keeps a constant signal constant and a speech-band tone at full amplitude', () => {
    expect(Array.from(downsample(new Float32Array(4410).fill(0.25), 44100, 16000)).every((v) => Math.abs(v - 0.25) < 1e-6)).toBe(true);
    expect(peak(downsample(sine(300, 48000, 0.1), 48000, 16000))).toBeGreaterThan(0.97);
  });

  it('attenuates tones above the new Nyquist frequency instead of folding them back at full strength', () => {
    expect(peak(downsample(sine(20000, 48000, 0.1), 48000, 16000))).toBeLessThan(0.3);
  });

  it('copies when the rate does not change and refuses to upsample', () => {
    const input = Float32Array.from([0.1, 0.2]);
    const same = downsample(input, 16000, 16000);
    expect(Array.from(same)).toEqual(Array.from(input));
    expect(same).not.toBe(input);
    expect(() => downsample(input, 8000, 16000)).toThrow(RangeError);
    expect(() => downsample(input, 0, 16000)).toThrow(RangeError);
  });
});
