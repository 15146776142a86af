/** A SQL identifier quoted for PostgreSQL and SQLite: `"name"`, with `"` doubled. */
export const quoteIdent = (s: string): string => `"${s.replace(/"/g, '""')}"`;
