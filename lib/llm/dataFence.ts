/**
 * Puts untrusted text (page text, notes, reports) between delimiters it cannot close itself: the tag
 * carries a hash of the text, so a page that writes "END SOURCE" does not end the data block. The hash
 * keeps the prompt deterministic, so a payload preview equals what is sent.
 */
export function fenceData(label: string, text: string): string {
  const id = fnv1a(text);
  return `<<<${label} ${id}>>>\n${text}\n<<<END ${label} ${id}>>>`;
}

/** 32-bit FNV-1a as 8 hex digits; enough to make a delimiter unguessable from inside the text. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
