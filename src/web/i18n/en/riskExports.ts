import type { Translation } from '../sv';

/** English texts for the risk exports: the same keys as the Swedish. */
export const riskExportsEn: Pick<Translation, 'riskExports'> = {
  riskExports: {
    analysisReport: 'Download report (PDF)',
  },
};
