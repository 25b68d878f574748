// Compile-time checks of the Translate type (tsc --noEmit runs them): every @ts-expect-error must be an error.
import { createTranslator } from '..';
const t = createTranslator('nl');
t('read.tables', { count: 1 });
t('common.cancel');
t('fields.busy', { model: 'x' });
// @ts-expect-error missing param
t('fields.busy');
// @ts-expect-error unknown key
t('fields.nope');
// @ts-expect-error no params for plain text
t('common.cancel', { x: 1 });
// @ts-expect-error count must be a number
t('read.tables', { count: '1' });
// @ts-expect-error plural without count
t('read.tables', {});
declare const code: 'not-found' | 'stale';
t(`fillError.${code}`);
// @ts-expect-error wrong param name
t('review.accept', { name: 'x' });
