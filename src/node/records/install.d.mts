/** Types of install.mjs (plain JavaScript: see records.d.mts). */
export declare function installHooks(projectRoot: string): Promise<string>;
