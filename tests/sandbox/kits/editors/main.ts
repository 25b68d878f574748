import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import '../shared/kit.css';
import { installSubmitCounter, publishFormState } from '../shared/kitPage';

installSubmitCounter();

// Quill with its toolbar (whose heading picker keeps a hidden <select> between the label and the editor).
const toolbar = [['bold', 'italic'], [{ header: [1, 2, false] }], [{ list: 'bullet' }]];
const subjectief = new Quill('#quill-s', { theme: 'snow', modules: { toolbar } });
const evaluatie = new Quill('#quill-e', { theme: 'snow', modules: { toolbar } });
evaluatie.setText('Doel mobiliteit gedeeltelijk behaald.\n');

// TipTap gets the built-in name CKEditor 5 and TinyMCE give their editing areas by themselves.
const objectief = new Editor({
  element: document.getElementById('tiptap-o')!,
  extensions: [StarterKit],
  content: '',
  editorProps: { attributes: { 'aria-label': 'Rich Text Editor, main', role: 'textbox', 'aria-multiline': 'true' } },
});

const frame = document.getElementById('frame-plan') as HTMLIFrameElement;
const planText = () => (frame.contentWindow as (Window & { __editorText?: () => string }) | null)?.__editorText?.() ?? null;
await new Promise<void>((resolve) => {
  const ready = () => (planText() !== null ? resolve() : setTimeout(ready, 20));
  ready();
});

const text = (t: string) => t.replace(/\n+$/, '');
publishFormState(() => ({
  subjectief: text(subjectief.getText()),
  objectief: objectief.getText(),
  evaluatie: text(evaluatie.getText()),
  plan: planText(),
}));
