/**
 * A number given on the command line, as a person writes one: digits, with a decimal point unless `whole`,
 * within `min` and `max`; undefined for anything else. JavaScript's Number() reads "" and " " as 0, and
 * "1e3", "0x10" and "Infinity" as numbers, so an option left empty by a script would pass as 0.
 */
export function numberOption(text: string, { min, max = Number.MAX_SAFE_INTEGER, whole = false }: NumberRange): number | undefined {
  if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

export interface NumberRange {
  readonly min: number;
  readonly max?: number;
  /** Only whole numbers. */
  readonly whole?: boolean;
}
