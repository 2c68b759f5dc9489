/** A coordinate or share rounded to 0.01, as every drawn and exported number is. */
export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
