import { z } from 'zod';
import { entityTypeSchema, type EntityType } from '../../lib/privacy/types';

/** A corpus document as written: identifiers marked inline as `[[TYPE|text]]`. */
export const corpusSourceSchema = z.object({
  id: z.string(),
  genre: z.enum([
    'rapportage', 'brief', 'overdracht', 'val', 'contact', 'trap', 'generated',
    // Genres added for the independently written texts (see ANNOTATION.md).
    'crisis', 'begeleiding', 'ontslagbrief', 'verwijzing', 'soep', 'mdo', 'email',
  ]),
  setting: z.enum(['VVT', 'GHZ', 'GGZ', 'ZKH', 'HA', 'wijk']).optional(),
  knownNames: z.array(z.string()).optional(),
  /** Who wrote it: 'team' (the developers) or an independent author's code, who saw only ANNOTATION.md. */
  author: z.string().optional(),
  text: z.string(),
});
export type CorpusSource = z.infer<typeof corpusSourceSchema>;

export interface GoldEntity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

export interface CorpusDoc extends Omit<CorpusSource, 'text'> {
  text: string;
  entities: GoldEntity[];
}

const markup = /\[\[([A-Z]+)\|([^\]]+)\]\]/g;

/** Strips `[[TYPE|text]]` markup and returns the plain text with gold offsets. */
export function parseCorpusDoc(source: CorpusSource): CorpusDoc {
  const parsed = corpusSourceSchema.parse(source);
  const entities: GoldEntity[] = [];
  let text = '';
  let last = 0;
  for (const m of parsed.text.matchAll(markup)) {
    const [whole, rawType, inner] = m as unknown as [string, string, string];
    text += parsed.text.slice(last, m.index);
    const type = entityTypeSchema.parse(rawType);
    entities.push({ type, start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
    last = m.index + whole.length;
  }
  text += parsed.text.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`Broken markup in corpus doc ${parsed.id}`);
  return { ...parsed, text, entities };
}
