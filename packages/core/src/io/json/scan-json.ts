import type { DiagnosticArgs } from '../../model/diagnostic.js';

/** A problem `scanJson` found, at a UTF-16 offset in the text. */
export interface JsonProblem {
  code: 'json/syntax' | 'json/too-deep';
  message: string;
  offset: number;
  /** the values `message` is built from, `problem` naming the case (see `Diagnostic.args`) */
  args: DiagnosticArgs;
}

/** A key written twice in one object: JSON.parse keeps the last value. */
export interface DuplicateKey {
  key: string;
  /** path of the object holding it, e.g. `items[3]` ('' for the top level) */
  path: string;
  offset: number;
}

export interface JsonScan {
  /** the first syntax error, or a nesting deeper than allowed */
  error?: JsonProblem;
  duplicates: DuplicateKey[];
}

type Frame = { kind: 'object'; keys: Set<string>; key: string } | { kind: 'array'; index: number };

type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'done';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Checks JSON syntax (RFC 8259) in one pass without recursion, so that a
 * syntax error can be placed by offset in every JavaScript engine (their
 * `JSON.parse` messages differ), nesting beyond `maxDepth` is refused before
 * `JSON.parse` or any later walk could overflow a stack, and keys written twice
 * in one object are found. Comments, trailing commas, single quotes and bare
 * keys get messages of their own.
 */
export function scanJson(text: string, maxDepth = 64): JsonScan {
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let state: State = 'value';
  let i = 0;
  const fail = (
    code: JsonProblem['code'],
    message: string,
    args: DiagnosticArgs,
    offset = i,
  ): JsonScan => ({
    error: { code, message, offset, args },
    duplicates,
  });
  const after = (): State => (stack.length === 0 ? 'done' : 'comma-or-end');
  for (;;) {
    i = skipSpace(text, i);
    if (i >= n) {
      if (state === 'done') return { duplicates };
      return stack.length > 0
        ? fail(
            'json/syntax',
            'the text ends inside an object or array; something is missing at the end.',
            { problem: 'ends-inside' },
          )
        : fail('json/syntax', 'the text ends where a value was expected.', {
            problem: 'ends-early',
          });
    }
    const c = text[i]!;
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      return fail('json/syntax', 'comments are not allowed in JSON; remove them.', {
        problem: 'comment',
      });
    }
    switch (state) {
      case 'done':
        return fail('json/syntax', 'unexpected text after the end of the JSON value.', {
          problem: 'after-end',
        });
      case 'colon':
        if (c !== ':')
          return fail('json/syntax', `expected ":" after the property name, found ${show(c)}.`, {
            problem: 'colon',
            found: show(c),
          });
        state = 'value';
        i++;
        break;
      case 'comma-or-end': {
        const top = stack[stack.length - 1]!;
        if (c === ',') {
          if (top.kind === 'array') top.index++;
          state = top.kind === 'object' ? 'key' : 'value';
          i++;
        } else if ((c === '}' && top.kind === 'object') || (c === ']' && top.kind === 'array')) {
          stack.pop();
          state = after();
          i++;
        } else {
          const want = top.kind === 'object' ? '"," or "}"' : '"," or "]"';
          return fail('json/syntax', `expected ${want}, found ${show(c)}.`, {
            problem: 'comma-or-end',
            end: top.kind === 'object' ? '}' : ']',
            found: show(c),
          });
        }
        break;
      }
      case 'key':
      case 'key-or-end': {
        if (c === '}' && state === 'key-or-end') {
          stack.pop();
          state = after();
          i++;
          break;
        }
        if (c === '}')
          return fail(
            'json/syntax',
            'trailing comma before "}"; remove the comma.',
            { problem: 'trailing-comma', end: '}' },
            lastComma(text, i),
          );
        if (c !== '"') {
          const single = c === "'";
          const why = single
            ? 'property names need double quotes, not single quotes'
            : 'expected a property name in double quotes';
          return fail('json/syntax', `${why}, found ${show(c)}.`, {
            problem: single ? 'single-quoted-key' : 'key',
            found: show(c),
          });
        }
        const end = scanString(text, i);
        if (typeof end !== 'number') return { error: end, duplicates };
        const top = stack[stack.length - 1] as Extract<Frame, { kind: 'object' }>;
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (top.keys.has(key))
          duplicates.push({ key, path: pathOf(stack, stack.length - 1), offset: i });
        else top.keys.add(key);
        top.key = key;
        state = 'colon';
        i = end;
        break;
      }
      case 'value':
      case 'value-or-end': {
        if (c === ']' && state === 'value-or-end') {
          stack.pop();
          state = after();
          i++;
          break;
        }
        if ((c === ']' || c === '}') && stack.length > 0) {
          return fail(
            'json/syntax',
            `trailing comma before "${c}"; remove the comma.`,
            { problem: 'trailing-comma', end: c },
            lastComma(text, i),
          );
        }
        if (c === '{' || c === '[') {
          if (stack.length >= maxDepth) {
            return fail(
              'json/too-deep',
              `objects and arrays nest deeper than ${maxDepth} levels; a plan needs far fewer. The file is not a plan.`,
              { depth: maxDepth },
            );
          }
          stack.push(
            c === '{' ? { kind: 'object', keys: new Set(), key: '' } : { kind: 'array', index: 0 },
          );
          state = c === '{' ? 'key-or-end' : 'value-or-end';
          i++;
          break;
        }
        const end = scanScalar(text, i);
        if (typeof end !== 'number') return { error: end, duplicates };
        state = after();
        i = end;
        break;
      }
    }
  }
}

function scanScalar(text: string, i: number): number | JsonProblem {
  const c = text[i]!;
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return NUMBER.lastIndex;
    return {
      code: 'json/syntax',
      message: 'malformed number.',
      offset: i,
      args: { problem: 'number' },
    };
  }
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  const problem =
    c === "'"
      ? 'single-quoted-string'
      : /^(?:NaN|Infinity|undefined)/u.test(text.slice(i, i + 9))
        ? 'not-a-json-value'
        : 'value';
  const why =
    problem === 'single-quoted-string'
      ? 'strings need double quotes, not single quotes'
      : problem === 'not-a-json-value'
        ? 'NaN, Infinity and undefined are not JSON values'
        : `expected a value, found ${show(c)}`;
  return {
    code: 'json/syntax',
    message: `${why}.`,
    offset: i,
    args: problem === 'value' ? { problem, found: show(c) } : { problem },
  };
}

/** The offset just after the closing quote of the string starting at `start`. */
function scanString(text: string, start: number): number | JsonProblem {
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) {
      return code === 0x0a || code === 0x0d
        ? {
            code: 'json/syntax',
            message: 'a string runs past the end of its line; close it with " or write \\n.',
            offset: start,
            args: { problem: 'string-past-line' },
          }
        : {
            code: 'json/syntax',
            message: 'a control character inside a string must be escaped.',
            offset: i,
            args: { problem: 'control-in-string' },
          };
    }
    if (code === 0x5c) {
      const e = text[i + 1] ?? '';
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) {
          return {
            code: 'json/syntax',
            message: 'malformed \\u escape; it needs four hex digits.',
            offset: i,
            args: { problem: 'unicode-escape' },
          };
        }
        i += 5;
      } else if (ESCAPES.has(e)) {
        i++;
      } else {
        return {
          code: 'json/syntax',
          message: `invalid escape "\\${e}" in a string.`,
          offset: i,
          args: { problem: 'escape', escape: e },
        };
      }
    }
  }
  return {
    code: 'json/syntax',
    message: 'a string never closes; add the missing ".',
    offset: start,
    args: { problem: 'unclosed-string' },
  };
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

function lastComma(text: string, i: number): number {
  const comma = text.lastIndexOf(',', i);
  return comma >= 0 ? comma : i;
}

function pathOf(stack: readonly Frame[], upTo: number): string {
  let path = '';
  for (let k = 0; k < upTo; k++) {
    const frame = stack[k]!;
    path += frame.kind === 'array' ? `[${frame.index}]` : path === '' ? frame.key : `.${frame.key}`;
  }
  return path;
}

function show(c: string): string {
  return JSON.stringify(c);
}
