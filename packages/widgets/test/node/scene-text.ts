/** A scene as text: one mark per line, so a changed mark shows as a changed line. */
export function sceneText(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + sceneText(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    // as JSON: no functions, no undefined fields
    const entries = Object.entries(value).filter(
      ([, v]) => v !== undefined && typeof v !== 'function',
    );
    if (entries.every(([, v]) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    const inner = indent + '  ';
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${sceneText(v, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
