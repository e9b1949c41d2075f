/** The part of pdfmake 0.3's server API Värn uses (its own typings target the browser build). */
declare module 'pdfmake' {
  type Policy = (target: string) => boolean;
  interface CreatedPdf {
    getBuffer(): Promise<Buffer>;
  }
  const pdfmake: {
    setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
    setUrlAccessPolicy(policy: Policy): void;
    setLocalAccessPolicy(policy: Policy): void;
    createPdf(definition: Record<string, unknown>): CreatedPdf;
  };
  export default pdfmake;
}
