// @vitest-environment jsdom
import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, h, reactive, vModelRadio, withDirectives } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearModelChoice } from '../modelChoice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('clearModelChoice: the framework setter, in the page world', () => {
  it('Vue: calls the v-model assigner of the marked radio with null, so the model holds nothing chosen', async () => {
    const form = reactive({ meetplaats: '' as string | null });
    const host = document.body.appendChild(document.createElement('div'));
    createApp({
      render: () =>
        ['Oraal', 'Rectaal'].map((v) =>
          h('label', [withDirectives(h('input', { type: 'radio', value: v, 'onUpdate:modelValue': (x: string) => (form.meetplaats = x) }), [[vModelRadio, form.meetplaats]]), v]),
        ),
    }).mount(host);
    const rectaal = host.querySelectorAll('input')[1]!;
    rectaal.click();
    expect(form.meetplaats).toBe('Rectaal');

    rectaal.setAttribute('data-dossierhulp-clear', 'm-1');
    expect(clearModelChoice('m-1', 'Rectaal')).toBe(true);
    expect(form.meetplaats).toBeNull();
    await Promise.resolve();
    expect(Array.from(host.querySelectorAll('input')).some((i) => i.checked)).toBe(false);
  });

  it('React: calls onChange(null) of the nearest component whose value is what the field shows', async () => {
    let domein: string | null = null;
    const formChange = vi.fn();
    function ListButton(props: { value: string | null; onChange: (v: string | null) => void }) {
      return createElement('button', { type: 'button', onChange: formChange }, props.value ?? 'Kies een domein');
    }
    function Form(props: { value: object; onChange: (v: unknown) => void }) {
      const [value, setValue] = useState<string | null>('Participatie');
      domein = value;
      return createElement('div', { onChange: props.onChange }, createElement(ListButton, { value, onChange: setValue }));
    }
    const host = document.body.appendChild(document.createElement('div'));
    let root: Root;
    await act(async () => {
      root = createRoot(host);
      root.render(createElement(Form, { value: { domein: 'Participatie' }, onChange: formChange }));
    });
    const button = host.querySelector('button')!;

    let called = false;
    await act(async () => {
      called = clearModelChoice(button, 'Participatie');
    });
    expect(called).toBe(true);
    expect(domein).toBeNull();
    expect(button.textContent).toBe('Kies een domein');
    // Neither the element's own onChange nor a form whose value is something else.
    expect(formChange).not.toHaveBeenCalled();
    await act(async () => root.unmount());
  });

  it('calls nothing where the element has no framework setter, or the value shown is not the model', async () => {
    const plain = document.body.appendChild(document.createElement('input'));
    plain.type = 'radio';
    expect(clearModelChoice(plain, 'Ja')).toBe(false);
    expect(clearModelChoice('no-such-marker', 'Ja')).toBe(false);

    const onChange = vi.fn();
    function Other(props: { value: string; onChange: () => void }) {
      return createElement('button', { type: 'button' }, props.value);
    }
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    await act(async () => root.render(createElement(Other, { value: 'Mentaal welbevinden', onChange })));
    expect(clearModelChoice(host.querySelector('button')!, 'Participatie')).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
    await act(async () => root.unmount());
  });
});
