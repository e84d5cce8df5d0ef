/** A deep copy of `value` with `edit` applied: versioned data broken in one place, for its schema's tests. */
export function editedCopy<T>(value: unknown, edit: (copy: T) => void): T {
  const copy = structuredClone(value) as T;
  edit(copy);
  return copy;
}
