import { z } from 'zod';
import { measurementKindSchema, measurementUnitSchema } from '../../lib/extract/measurement';

/** One report of the measurement corpus, with the measurements a careful colleague would copy from it. */
export const measurementCaseSchema = z.object({
  id: z.string(),
  setting: z.enum(['VVT', 'wijk', 'ZKH', 'GHZ', 'GGZ', 'HA']),
  text: z.string(),
  expected: z.array(z.object({ kind: measurementKindSchema, value: z.string(), unit: measurementUnitSchema })),
});
export type MeasurementCase = z.infer<typeof measurementCaseSchema>;
