// Shoelace web components, cherry-picked; each renders its control inside its own open shadow root.
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '../shared/kit.css';
import { installSubmitCounter, publishFormState } from '../shared/kitPage';

installSubmitCounter();

type Valued = HTMLElement & { value: string | string[]; checked?: boolean };
const form = document.getElementById('frm-observatie')!;
const byName = (name: string) => form.querySelector<Valued>(`[name="${name}"]`)!;

const tags = ['sl-input', 'sl-select', 'sl-option', 'sl-radio-group', 'sl-radio', 'sl-checkbox', 'sl-switch', 'sl-textarea'];
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
// Each component renders asynchronously (Lit): wait for the first render of all of them.
await Promise.all(Array.from(form.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')).map((el) => el.updateComplete));

// The components' own properties are their state (they are what a form-associated element submits).
publishFormState(() => ({
  gewicht: byName('gewicht').value,
  vochtuit: byName('vochtuit').value,
  stemming: byName('stemming').value,
  voeding: byName('voeding').value,
  mobiliteit: byName('mobiliteit').value,
  valincident: byName('valincident').checked,
  familie: byName('familie').checked,
  observatie: byName('observatie').value,
}));
