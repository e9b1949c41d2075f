import type { Locale } from '../../shared/locales';
import { queryString } from './client';

/** The PDF report of one risk analysis, written in `lang`. */
export const riskAnalysisReportUrl = (analysisId: string, lang: Locale) => `/api/v1/risk-analyses/${analysisId}/report.pdf${queryString({ lang })}`;
