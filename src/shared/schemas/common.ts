import { z } from 'zod';

export const uuid = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });
/** Optimistic-concurrency version every editable row carries; a stale one answers 409. */
export const version = z.number().int().min(1);
export const isoDateTime = z.iso.datetime({ offset: true });

/** RFC 9457 problem document; `code` is stable and the UI translates it. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problem>;

export const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
