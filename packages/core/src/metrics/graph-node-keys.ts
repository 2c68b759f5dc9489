/**
 * The graphology node key of each unit id: the id itself, except for ids that
 * name an `Object.prototype` property (`constructor`, `toString`, `__proto__` …).
 * graphology keeps each node's neighbours in a plain object, so such a key
 * makes it see ties that do not exist and refuse to add real ones. Those ids get
 * `unit:` + id, with `#` appended until the key is taken by no other id.
 *
 * The node's `id` attribute always holds the unit id as written.
 *
 * @example graphNodeKeys(['u1', 'constructor']) // ['u1', 'unit:constructor']
 */
export function graphNodeKeys(ids: readonly string[]): string[] {
  const taken = new Set(ids);
  const escaped = new Map<string, string>();
  return ids.map((id) => {
    if (!(id in Object.prototype)) return id;
    let key = escaped.get(id);
    if (key === undefined) {
      key = `unit:${id}`;
      while (taken.has(key)) key += '#';
      taken.add(key);
      escaped.set(id, key);
    }
    return key;
  });
}
