import { z } from 'zod';

export const scanPageSize = 20;

/** The imports list's scope filter and page in the address. */
export const scanListSearch = z.object({
  scope: z.uuid().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type ScanListSearch = z.infer<typeof scanListSearch>;
