import { type AppError, invalidInput } from '../errors.ts';
import type { CommandIo } from './command.ts';

/** A command's option readers, whose errors end with its usage text. */
export function optionsFor(usage: string) {
  const usageError = (message: string, where: string): AppError => invalidInput(`${message}\n\nusage: ${usage}`, where);
  /** A string option as given ('' included: for some, it clears the field), or undefined. */
  const option = (io: CommandIo, name: string): string | undefined => {
    const value = io.options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const required = (io: CommandIo, name: string): string => {
    const value = option(io, name);
    if (!value?.trim()) throw usageError(`--${name} is required`, `--${name}`);
    return value;
  };
  return { usageError, option, required };
}

/** "now", or an ISO 8601 time with its offset: a time given to the CLI is an instant, never a guess about time zones. */
export function instantOption(value: string, name: string): Date {
  if (value === 'now') return new Date();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw invalidInput(`--${name} "${value}" is not a time such as 2026-03-02T17:00:00-05:00 (with its offset) or "now"`, `--${name}`);
  }
  return new Date(value);
}
