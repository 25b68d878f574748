import { spawnSync } from 'node:child_process';

/**
 * Reads one text file out of a zip with Python's zipfile (always on this machine; no unzip needed).
 * `offset` skips a header first: a .crx is its CRX3 header followed by a zip.
 *
 * @example JSON.parse(readZipEntry('.output/dossierhulp-0.1.0-chrome.zip', 'manifest.json'))
 */
export function readZipEntry(file: string, name: string, offset = 0): string {
  const py = 'import io,sys,zipfile;d=open(sys.argv[1],"rb").read()[int(sys.argv[3]):];print(zipfile.ZipFile(io.BytesIO(d)).read(sys.argv[2]).decode())';
  const r = spawnSync('python3', ['-c', py, file, name, String(offset)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}
