/** A setting as it is now, and each recorded change of it: enough to say what it was at any instant. */
export interface SettingHistory<T> {
  current: T;
  /** In the order they were recorded. */
  changes: { at: string; from: T; to: T }[];
}

/** The setting at `iso`: the last change recorded before it, else what the first later change found, else as it is now. */
export function settingAt<T>(setting: SettingHistory<T>, iso: string): T {
  const before = setting.changes.filter((c) => c.at < iso).at(-1);
  if (before) return before.to;
  return setting.changes[0]?.from ?? setting.current;
}
