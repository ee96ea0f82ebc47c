import type { Problem } from './problems.ts';

/**
 * What reading or deciding something gives: the value, with warnings that do not stop it, or the
 * problems that do. Every parser and loader of the core answers with one, so a caller handles them all alike.
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A result's two sides, for a type that adds to one of them (e.g. a failure that says more). */
export type Success<T> = Extract<Result<T>, { ok: true }>;
export type Failure = Extract<Result<never>, { ok: false }>;

export const success = <T>(value: T, warnings: readonly Problem[] = []): Success<T> => ({ ok: true, value, warnings });

export const failure = <T = never>(problems: readonly Problem[]): Result<T> => ({ ok: false, problems });

/** The same result with its value changed, warnings kept. */
export function mapResult<T, U>(result: Result<T>, change: (value: T) => U): Result<U> {
  return result.ok ? success(change(result.value), result.warnings) : result;
}

/** The value of a result, collecting its problems and warnings; `fallback` stands in for a broken input. */
export function take<T>(result: Result<T>, fallback: T, into: { fatal: Problem[]; warnings: Problem[] }): T {
  if (!result.ok) {
    into.fatal.push(...result.problems);
    return fallback;
  }
  into.warnings.push(...result.warnings);
  return result.value;
}
