import { openStore, StoreMissingError } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { CountryRef, CountryResolver } from './countries.js';
import { resolveCountry } from './dossier.js';

/** Thrown for a user mistake the CLI reports in one line with exit status 2. */
export class ViewUsageError extends Error {
  override readonly name = 'ViewUsageError';
}

/** Opens the store for a read command: a missing SQLite file is a usage error, not a new empty store. */
export async function openForReading(db: string | undefined): Promise<Store> {
  try {
    return await openStore(db, { mustExist: true });
  } catch (e) {
    if (e instanceof StoreMissingError) throw new ViewUsageError(e.message);
    throw e;
  }
}

/** A country the user typed, or a one-line usage error. */
export function countryArg(resolver: CountryResolver, q: string): CountryRef {
  const r = resolveCountry(resolver, q);
  if (!r.ok) throw new ViewUsageError(`unknown country: ${JSON.stringify(q)} (use a name like "Peru" or an ISO code like PER)`);
  return r.value;
}

/** Runs `fn` with a store and always closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openForReading(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Maps a ViewUsageError to the CLI's own usage error type (exit status 2). */
export async function asUsage<T>(fn: () => Promise<T>, usage: (message: string) => Error): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ViewUsageError) throw usage(e.message);
    throw e;
  }
}
