/** See element-entries.mjs. */
export declare const SRC: string;
export declare const ADD_ONS: readonly string[];
export declare function elementEntries(): {
  name: string;
  define: string;
  exportsFrom: string[];
  tags: string[];
  /** left out of src/define.ts and the standard bundle (see ADD_ONS) */
  addOn: boolean;
}[];
