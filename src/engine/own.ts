/**
 * A record's own value for a key, never one inherited from Object.prototype:
 * `gradePoints["toString"]` must be "no such grade", not a function.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
