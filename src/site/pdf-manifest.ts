/** The PDFs the build holds, as site paths: written by `npm run pdf`, read by the prerender to link them. */
export const MANIFEST = 'pdf/manifest.json';
