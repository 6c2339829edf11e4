/** Appends `value` to the list kept under `key` (creating it): linear, unlike rebuilding the list on every append. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
