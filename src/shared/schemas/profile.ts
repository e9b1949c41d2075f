import { z } from 'zod';
import type { Level } from '../classification/aspects.js';

/**
 * One KLASSA level; anything outside 0-4 is refused with the field named. Typed as `Level`
 * without a transform, so the same schema also describes responses.
 */
export const level = z.number().int().min(0, 'A level is 0-4').max(4, 'A level is 0-4') as unknown as z.ZodType<Level>;

export const profile = z.strictObject({ K: level, R: level, T: level, S: level });
export type ProfileInput = z.input<typeof profile>;

export const aspectTexts = z.strictObject({
  K: z.string().max(4000).optional(),
  R: z.string().max(4000).optional(),
  T: z.string().max(4000).optional(),
  S: z.string().max(4000).optional(),
});
