/** Per-source state of the token-request side, kept beside the source's own objects rather than on them. */

/** `create` memoised per `key` object, held weakly: e.g. one client authentication or DPoP key pair per source. */
export function oncePer<K extends object, V>(create: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = create(key);
    made.set(key, value);
    return value;
  };
}
