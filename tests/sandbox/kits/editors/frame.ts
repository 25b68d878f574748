import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import '../shared/kit.css';
import { installSubmitCounter } from '../shared/kitPage';

installSubmitCounter();

// The Plan (P) editor lives in this frame; its visible label is in the parent page.
const plan = new Editor({
  element: document.getElementById('tiptap-p')!,
  extensions: [StarterKit],
  content: '<p>Wondcontrole over drie dagen.</p>',
  editorProps: { attributes: { 'aria-label': 'Rich Text Editor, main', role: 'textbox', 'aria-multiline': 'true' } },
});
(window as Window & { __editorText?: () => string }).__editorText = () => plan.getText();
