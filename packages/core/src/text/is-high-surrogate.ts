/** True for the first half of a UTF-16 surrogate pair (U+D800–U+DBFF): a text cut after it splits a character. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
