/** The one place the import pipeline takes its parsers from (the upload route and the parsing thread). */
export { detectFormat, detectionHeadBytes, parseScan } from '../scanImport/index.js';
