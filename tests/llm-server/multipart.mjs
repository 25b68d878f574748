// Minimal multipart/form-data parser and WAV header reader for the test LLM server.
// Binary-safe: works on Buffers, never decodes file parts as text.

/**
 * @typedef {object} MultipartPart
 * @property {string} name        form field name from Content-Disposition
 * @property {string} [filename]  present for file parts
 * @property {string} [contentType]
 * @property {Buffer} data
 */

/**
 * Extracts the boundary from a multipart Content-Type header.
 * @param {string | undefined} contentType
 * @returns {string | null}
 */
export function multipartBoundary(contentType) {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Splits a multipart body into its parts.
 * @param {Buffer} body
 * @param {string} boundary
 * @returns {MultipartPart[]}
 */
export function parseMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  /** @type {MultipartPart[]} */
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    let cursor = start + delimiter.length;
    // "--" right after a delimiter closes the body.
    if (body[cursor] === 0x2d && body[cursor + 1] === 0x2d) break;
    if (body[cursor] === 0x0d && body[cursor + 1] === 0x0a) cursor += 2;
    const next = body.indexOf(delimiter, cursor);
    if (next === -1) break;
    // The part ends with CRLF before the next delimiter.
    const partEnd = body[next - 2] === 0x0d && body[next - 1] === 0x0a ? next - 2 : next;
    const headerEnd = body.indexOf('\r\n\r\n', cursor);
    if (headerEnd !== -1 && headerEnd < partEnd) {
      const headers = parsePartHeaders(body.subarray(cursor, headerEnd).toString('utf8'));
      const disposition = headers['content-disposition'] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      /** @type {MultipartPart} */
      const part = { name, data: body.subarray(headerEnd + 4, partEnd) };
      if (filename !== undefined) part.filename = filename;
      if (headers['content-type']) part.contentType = headers['content-type'];
      parts.push(part);
    }
    start = next;
  }
  return parts;
}

/**
 * @param {string} text
 * @returns {Record<string, string>}
 */
function parsePartHeaders(text) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Duration in seconds of a PCM WAV file, read from its RIFF header (fmt byte rate and data size).
 * Returns null when the bytes are not a readable WAV file.
 * @param {Uint8Array} bytes
 * @returns {number | null}
 */
export function wavDurationSeconds(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') return null;
  let offset = 12;
  let byteRate = 0;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    let size = buf.readUInt32LE(offset + 4);
    const dataStart = offset + 8;
    if (id === 'fmt ' && dataStart + 12 <= buf.length) {
      byteRate = buf.readUInt32LE(dataStart + 8);
    } else if (id === 'data') {
      // Streaming writers leave the size at 0 or 0xFFFFFFFF: use what is actually there.
      if (size === 0 || size === 0xffffffff || dataStart + size > buf.length) size = buf.length - dataStart;
      return byteRate > 0 ? size / byteRate : null;
    }
    offset = dataStart + size + (size % 2); // chunks are word-aligned
  }
  return null;
}
