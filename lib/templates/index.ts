// Public API of the templates concern (pure TS).
export {
  localizedTextSchema,
  TEMPLATE_PLACEHOLDERS,
  templateInputSchema,
  templateKindSchema,
  templateSchema,
  templateSourceSchema,
  type LocalizedText,
  type Template,
  type TemplateInput,
  type TemplateKind,
  type TemplateSource,
} from './templateSchema';
export { builtinTemplates } from './builtinTemplates';
export { renderTemplate, type RenderedTemplate, type TemplateVars } from './renderTemplate';
export { mergeTemplates } from './mergeTemplates';
export { availableTemplates, validTemplates } from './availableTemplates';
export { filterReportsByDays } from './filterReportsByDays';
export { templateTitle } from './templateTitle';
