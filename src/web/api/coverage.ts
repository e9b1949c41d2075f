import { queryOptions } from '@tanstack/react-query';
import type { CoverageRow } from '../../shared/schemas/coverage';
import { api } from './client';

export type { CoverageRow };

export const coverageQuery = queryOptions({ queryKey: ['coverage'], queryFn: () => api.get<CoverageRow[]>('/api/v1/coverage') });

/** The same rollup as a workbook, in the person's own language (the server reads it from the session). */
export const coverageExportUrl = '/api/v1/coverage/export.xlsx';
