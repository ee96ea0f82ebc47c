/** Types of words.mjs (plain JavaScript, so that the records' git hooks share it without a TypeScript start-up). */
export declare function words(text: string): string;
