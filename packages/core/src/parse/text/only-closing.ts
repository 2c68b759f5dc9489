import { isWhiteSpaceCode } from './white-space.js';

/**
 * True when [from, to) of folded text holds only what may close a paragraph:
 * white space, `。` `.` `;` `,` and closing brackets `)` `]` `】` `〕`.
 */
export function onlyClosing(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isClosingCode(key.charCodeAt(i))) return false;
  return true;
}

function isClosingCode(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0x2e ||
    c === 0x3b ||
    c === 0x2c ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x3011 ||
    c === 0x3015 ||
    isWhiteSpaceCode(c)
  );
}
