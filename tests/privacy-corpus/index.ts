import { contactDocs } from './contact';
import { generatedDocs } from './generated';
import { ghzGgzDocs } from './ghz-ggz';
import { handoverDocs } from './handover';
import { docs as d1a } from './independent/dev/d1-a';
import { docs as d1b } from './independent/dev/d1-b';
import { docs as d1c } from './independent/dev/d1-c';
import { docs as d1d } from './independent/dev/d1-d';
import { docs as d1e } from './independent/dev/d1-e';
import { docs as d1f } from './independent/dev/d1-f';
import { docs as d1g } from './independent/dev/d1-g';
import { docs as d1h } from './independent/dev/d1-h';
import { docs as d2a } from './independent/dev/d2-a';
import { docs as d2b } from './independent/dev/d2-b';
import { docs as d2c } from './independent/dev/d2-c';
import { docs as d2d } from './independent/dev/d2-d';
import { docs as d2e } from './independent/dev/d2-e';
import { docs as d2f } from './independent/dev/d2-f';
import { docs as d3a1 } from './independent/dev/d3-a1';
import { docs as d3a2 } from './independent/dev/d3-a2';
import { docs as d3a3 } from './independent/dev/d3-a3';
import { docs as d3b1 } from './independent/dev/d3-b1';
import { docs as d3b2 } from './independent/dev/d3-b2';
import { docs as d3b3 } from './independent/dev/d3-b3';
import { docs as d4a1 } from './independent/dev/d4-a1';
import { docs as d4a2 } from './independent/dev/d4-a2';
import { docs as d4a3 } from './independent/dev/d4-a3';
import { docs as d4b1 } from './independent/dev/d4-b1';
import { docs as d4b2 } from './independent/dev/d4-b2';
import { docs as d4b3 } from './independent/dev/d4-b3';
import { docs as d5a1 } from './independent/dev/d5-a1';
import { docs as d5a2 } from './independent/dev/d5-a2';
import { docs as d5a3 } from './independent/dev/d5-a3';
import { docs as d5b1 } from './independent/dev/d5-b1';
import { docs as d5b2 } from './independent/dev/d5-b2';
import { docs as d5b3 } from './independent/dev/d5-b3';
import { docs as d6a1 } from './independent/dev/d6-a1';
import { docs as d6a2 } from './independent/dev/d6-a2';
import { docs as d6a3 } from './independent/dev/d6-a3';
import { docs as d6b1 } from './independent/dev/d6-b1';
import { docs as d6b2 } from './independent/dev/d6-b2';
import { docs as d6b3 } from './independent/dev/d6-b3';
import { docs as d7a1 } from './independent/dev/d7-a1';
import { docs as d7a2 } from './independent/dev/d7-a2';
import { docs as d7a3 } from './independent/dev/d7-a3';
import { docs as d7b1 } from './independent/dev/d7-b1';
import { docs as d7b2 } from './independent/dev/d7-b2';
import { docs as d7b3 } from './independent/dev/d7-b3';
import { docs as h1a } from './independent/heldout/h1-a';
import { docs as h1b } from './independent/heldout/h1-b';
import { docs as h1c } from './independent/heldout/h1-c';
import { docs as h1d } from './independent/heldout/h1-d';
import { docs as h1e } from './independent/heldout/h1-e';
import { docs as h2a } from './independent/heldout/h2-a';
import { docs as h2b } from './independent/heldout/h2-b';
import { docs as h2c } from './independent/heldout/h2-c';
import { docs as h2d } from './independent/heldout/h2-d';
import { docs as h2e } from './independent/heldout/h2-e';
import { docs as h3a1 } from './independent/heldout/h3-a1';
import { docs as h3a2 } from './independent/heldout/h3-a2';
import { docs as h3a3 } from './independent/heldout/h3-a3';
import { docs as h3b1 } from './independent/heldout/h3-b1';
import { docs as h3b2 } from './independent/heldout/h3-b2';
import { docs as h3b3 } from './independent/heldout/h3-b3';
import { docs as h3c1 } from './independent/heldout/h3-c1';
import { docs as h3c2 } from './independent/heldout/h3-c2';
import { docs as h3c3 } from './independent/heldout/h3-c3';
import { docs as h4a1 } from './independent/heldout/h4-a1';
import { docs as h4a2 } from './independent/heldout/h4-a2';
import { docs as h4a3 } from './independent/heldout/h4-a3';
import { docs as h4b1 } from './independent/heldout/h4-b1';
import { docs as h4b2 } from './independent/heldout/h4-b2';
import { docs as h4b3 } from './independent/heldout/h4-b3';
import { docs as h4c1 } from './independent/heldout/h4-c1';
import { docs as h4c2 } from './independent/heldout/h4-c2';
import { docs as h4c3 } from './independent/heldout/h4-c3';
import { docs as h5a1 } from './independent/heldout/h5-a1';
import { docs as h5a2 } from './independent/heldout/h5-a2';
import { docs as h5a3 } from './independent/heldout/h5-a3';
import { docs as h5b1 } from './independent/heldout/h5-b1';
import { docs as h5b2 } from './independent/heldout/h5-b2';
import { docs as h5b3 } from './independent/heldout/h5-b3';
import { docs as h5c1 } from './independent/heldout/h5-c1';
import { docs as h5c2 } from './independent/heldout/h5-c2';
import { docs as h5c3 } from './independent/heldout/h5-c3';
import { letterDocs } from './letters';
import { parseCorpusDoc, type CorpusDoc, type CorpusSource } from './parse';
import { trapDocs } from './traps';
import { tunedDocs } from './tuned';
import { vvtDocs } from './vvt';

export type { CorpusDoc, GoldEntity } from './parse';

export type CorpusSplit = 'dev' | 'heldout' | 'all';

/** Team-written texts (the developers know the recogniser) and the independent development texts. */
const teamSources: CorpusSource[] = [
  ...vvtDocs, ...ghzGgzDocs, ...letterDocs, ...handoverDocs, ...contactDocs, ...trapDocs, ...generatedDocs, ...tunedDocs,
].map((d) => ({ ...d, author: d.author ?? 'team' }));
const devSources: CorpusSource[] = [
  ...teamSources,
  ...d1a, ...d1b, ...d1c, ...d1d, ...d1e, ...d1f, ...d1g, ...d1h,
  ...d2a, ...d2b, ...d2c, ...d2d, ...d2e, ...d2f,
  ...d3a1, ...d3a2, ...d3a3, ...d3b1, ...d3b2, ...d3b3,
  ...d4a1, ...d4a2, ...d4a3, ...d4b1, ...d4b2, ...d4b3,
  ...d5a1, ...d5a2, ...d5a3, ...d5b1, ...d5b2, ...d5b3,
  ...d6a1, ...d6a2, ...d6a3, ...d6b1, ...d6b2, ...d6b3,
  ...d7a1, ...d7a2, ...d7a3, ...d7b1, ...d7b2, ...d7b3,
];
/** Independent texts nobody tunes on (README.md: change this split only by adding new texts). */
const heldoutSources: CorpusSource[] = [
  ...h1a, ...h1b, ...h1c, ...h1d, ...h1e, ...h2a, ...h2b, ...h2c, ...h2d, ...h2e,
  ...h3a1, ...h3a2, ...h3a3, ...h3b1, ...h3b2, ...h3b3, ...h3c1, ...h3c2, ...h3c3,
  ...h4a1, ...h4a2, ...h4a3, ...h4b1, ...h4b2, ...h4b3, ...h4c1, ...h4c2, ...h4c3,
  ...h5a1, ...h5a2, ...h5a3, ...h5b1, ...h5b2, ...h5b3, ...h5c1, ...h5c2, ...h5c3,
];

/**
 * Corpus documents with plain text and gold offsets.
 * - `dev`: tune rules, lists and weights on these; the misses report covers only them.
 * - `heldout`: frozen, written by independent authors; score in aggregate only, never read or tune on it.
 * - `all`: both.
 */
export function loadCorpus(split: CorpusSplit = 'all'): CorpusDoc[] {
  const docs = split === 'dev' ? devSources : split === 'heldout' ? heldoutSources : [...devSources, ...heldoutSources];
  return docs.map(parseCorpusDoc);
}
