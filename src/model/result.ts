/** Expected failures are values, not exceptions (STYLE.md §5). */
export type Result<T, E = AttacheError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** A failure with a stable code (see src/model/errors.ts) and a one-line message. */
export interface AttacheError {
  readonly code: string;
  readonly message: string;
  /** The input it concerns (path, `path:line`, URL), when there is one. */
  readonly input?: string;
}
