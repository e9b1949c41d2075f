// Entry of the parsing thread: loads the TypeScript side through tsx, as bin/varn.mjs does for the CLI.
import { tsImport } from 'tsx/esm/api';

await tsImport('./scanImportParserThread.ts', import.meta.url);
