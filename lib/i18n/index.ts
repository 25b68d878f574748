export { catalogues, languages, type Catalogue, type CatalogueShape, type Language, type MessageKey, type MessageParams, type ParamValue, type Translate } from './catalogue';
export { createTranslator } from './translate';
export { displayFormat, formatBytes, formatDate, formatDateTime, formatDuration, formatFieldValue, formatNumber, formatTime, type DisplayFormat } from './displayFormat';
