import { contactDocs } from './contact';
import { generatedDocs } from './generated';
import { ghzGgzDocs } from './ghz-ggz';
import { handoverDocs } from './handover';
import { letterDocs } from './letters';
import { parseCorpusDoc, type CorpusDoc } from './parse';
import { trapDocs } from './traps';
import { vvtDocs } from './vvt';

export type { CorpusDoc, GoldEntity } from './parse';

/** Every corpus document with plain text and gold offsets. */
export function loadCorpus(): CorpusDoc[] {
  return [...vvtDocs, ...ghzGgzDocs, ...letterDocs, ...handoverDocs, ...contactDocs, ...trapDocs, ...generatedDocs].map(
    parseCorpusDoc,
  );
}
