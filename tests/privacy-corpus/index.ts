import { contactDocs } from './contact';
import { generatedDocs } from './generated';
import { ghzGgzDocs } from './ghz-ggz';
import { handoverDocs } from './handover';
import { heldoutDocs } from './heldout';
import { letterDocs } from './letters';
import { parseCorpusDoc, type CorpusDoc } from './parse';
import { trapDocs } from './traps';
import { vvtDocs } from './vvt';

export type { CorpusDoc, GoldEntity } from './parse';

/**
 * Corpus documents with plain text and gold offsets. `dev` is what the recogniser was
 * tuned on; `heldout` was written afterwards and only scored.
 */
export function loadCorpus(split: 'dev' | 'heldout' | 'all' = 'all'): CorpusDoc[] {
  const dev = [...vvtDocs, ...ghzGgzDocs, ...letterDocs, ...handoverDocs, ...contactDocs, ...trapDocs, ...generatedDocs];
  const docs = split === 'dev' ? dev : split === 'heldout' ? heldoutDocs : [...dev, ...heldoutDocs];
  return docs.map(parseCorpusDoc);
}
