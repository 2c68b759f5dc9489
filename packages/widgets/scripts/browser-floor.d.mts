export interface Versions {
  chrome: number;
  safari: number;
  firefox: number;
}
export declare const FEATURES: { name: string; versions: Versions }[];
export declare function browserFloor(code: string): { used: string[]; floor: Versions };
