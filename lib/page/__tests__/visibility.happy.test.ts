// @vitest-environment happy-dom
import { beforeEach, describe } from 'vitest';
import { hidingCaseTests } from './fixtures/hidingCases';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('hidden text and fields (happy-dom)', () => {
  hidingCaseTests();
});
