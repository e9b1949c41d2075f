/** Swedish texts for the risk exports (the analysis report; the register's XLSX button belongs to riskRegister). */
export const riskExportsSv = {
  riskExports: {
    analysisReport: 'Ladda ner rapport (PDF)',
  },
};
