/** See manifest.mjs. */
export declare const MANIFEST: string;
export declare function readTokenTable(
  text: string,
): { name: string; description: string; default: string }[];
export declare function manifestText(): Promise<string>;
export declare function writeManifest(options: { check: boolean }): Promise<boolean>;
