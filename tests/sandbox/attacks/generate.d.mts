import type { AttackVariant } from './variants.mjs';
export function renderPage(variant: AttackVariant): string;
export function renderFrame(variant: AttackVariant): string;
/** Every generated file: name inside tests/sandbox/attacks/ → content. */
export function renderAll(): Record<string, string>;
