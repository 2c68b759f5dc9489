/**
 * Bracket characters as the parser treats them, in folded text: `(` `[` `【` `〔`
 * `{` open and `)` `]` `】` `〕` `}` close, any closer matching any opener (published
 * text mixes them: `(责任单位：区财政局）`).
 */
export function isOpenBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x3010 || c === 0x3014 || c === 0x7b;
}

export function isCloseBracket(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x3011 || c === 0x3015 || c === 0x7d;
}
