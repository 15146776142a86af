/** Thrown by a command for a bad flag value or a missing argument: the CLI exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
