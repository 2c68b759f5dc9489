/** See element-entries.mjs. */
export declare const SRC: string;
export declare function elementEntries(): {
  name: string;
  define: string;
  exportsFrom: string[];
  tags: string[];
}[];
