/** What stands in for the user in the mark when the log has no user id. */
const UNKNOWN_USER = '(gebruiker onbekend)';

/**
 * The organisation's AI transparency mark (EU AI Act Art. 50) with `{gebruiker}` filled in, or null when
 * there is no mark.
 *
 * @example fillTransparencyMark('Opgesteld met AI-ondersteuning, gecontroleerd door {gebruiker}', 'm.devries')
 *   // 'Opgesteld met AI-ondersteuning, gecontroleerd door m.devries'
 */
export function fillTransparencyMark(template: string | null, userId: string): string | null {
  if (!template?.trim()) return null;
  return template.replace(/\{gebruiker\}/g, userId.trim() || UNKNOWN_USER).trim();
}

/**
 * The text to insert into the record: the draft with the mark after it, on its own paragraph (a blank
 * line), or after a dash in a one-line field. A draft that already ends with the mark (inserted before,
 * then edited) does not get it twice. Pure: the fill session calls it for every insert.
 *
 * @example withTransparencyMark('S: …\nP: …', 'Opgesteld met AI-ondersteuning', { singleLine: false })
 *   // { text: 'S: …\nP: …\n\nOpgesteld met AI-ondersteuning', marked: true }
 */
export function withTransparencyMark(text: string, mark: string | null, options: { singleLine?: boolean } = {}): { text: string; marked: boolean } {
  if (!mark) return { text, marked: false };
  const body = text.trimEnd();
  if (body.endsWith(mark)) return { text: body, marked: true };
  if (!body) return { text: mark, marked: true };
  return { text: `${body}${options.singleLine ? ' — ' : '\n\n'}${mark}`, marked: true };
}
