import { createHash } from 'node:crypto';
import pg from 'pg';

/** Named statements one connection keeps at most; statements seen after that run unnamed. */
const MAX_PREPARED = 200;
/** Statement texts counted at most before the counts start over (bounded memory). */
const MAX_COUNTED = 4000;
/** The statements kept: inserts, whose plan never depends on the values. */
const INSERT = /^\s*insert\s/i;

/**
 * A `pg` client that keeps the inserts it is given again and again as named prepared
 * statements, from their second use on the connection: the server then parses and plans them
 * once (after the five custom plans it compares a generic plan with) instead of on every call.
 * kysely sends every query unnamed, and on the write path, where the same ten inserts carry
 * each batch, parsing and planning them took about a tenth of the server's time. Only
 * parameterised inserts are named: a query's generic plan is made without its values, and one
 * made while a table was small (a sequential scan) would be kept as the table grows. At most
 * `MAX_PREPARED` are kept per connection.
 */
export class PreparingClient extends pg.Client {
  private readonly uses = new Map<string, number>();
  private readonly names = new Map<string, string>();

  // pg's `query` has many overloads; kysely calls `query(text, values)` and expects a promise.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined && INSERT.test(config)) {
      const name = this.nameFor(config);
      if (name) return super.query({ name, text: config, values });
    }
    return super.query(config, values, callback);
  }

  private nameFor(text: string): string | null {
    const known = this.names.get(text);
    if (known) return known;
    if (this.names.size >= MAX_PREPARED) return null;
    const n = (this.uses.get(text) ?? 0) + 1;
    if (n < 2) {
      if (this.uses.size >= MAX_COUNTED) this.uses.clear();
      this.uses.set(text, n);
      return null;
    }
    this.uses.delete(text);
    const name = `attache_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    this.names.set(text, name);
    return name;
  }
}
