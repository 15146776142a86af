import type { Kysely, Transaction } from 'kysely';
import type { Person } from '../model/actor.js';
import type { Article, DupSignature } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import { rowArticle, rowEvent } from './rows.js';
import type { Database } from './schema.js';
import { queryPeople, upsertPeopleIn } from './people.js';
import { activityIn, factsForCountryIn, factsForPairIn, partnersIn, queryEventsIn, statsIn } from './read.js';
import { runPrepared } from './prepared.js';
import { pairFactsPageIn, pairFactsPagesIn, pairOverviewIn } from './pair-pages.js';
import { findDuplicateIn, mergeKeysOf, presentIdsIn, writeBatch } from './write.js';
import type { ArticleInfo, EventQuery, Fact, FactQuery, FactSection, PairFactsPage, PairOverview, PairPageQuery, PartnerActivity, Period, PutItem, PutOptions, PutOutcome, Store, StoreStats } from './store.js';

/**
 * The Store on any kysely dialect: every query is written once here. A subclass supplies the
 * connection, the write transaction (with the database's own locking) and the merge-key locks.
 */
export abstract class KyselyStore implements Store {
  abstract readonly dialect: 'sqlite' | 'postgres';
  protected constructor(protected readonly db: Kysely<Database>) {}

  /**
   * Runs `fn` in one write transaction, serialised against other writers as the database allows.
   * Stores with concurrent writers lock `lockKeys` when `fn` calls `lock` (a no-op after the first
   * call, and where the database serialises writers itself), so a transaction holds them only
   * for the part that needs them.
   */
  protected abstract writeTx<T>(fn: (trx: Transaction<Database> | Kysely<Database>, lock?: () => Promise<void>) => Promise<T>, lockKeys: readonly string[]): Promise<T>;

  async putArticle(article: Article, events: readonly DiploEvent[], signature?: DupSignature): Promise<PutOutcome> {
    const item: PutItem = signature ? { article, events, signature } : { article, events };
    return this.writeTx(async (trx, lock) => (await writeBatch(trx, this.dialect, [item], [], lock))[0]!, mergeKeysOf([item]));
  }

  async putArticles(items: readonly PutItem[], options: PutOptions = {}): Promise<readonly PutOutcome[]> {
    const people = options.people ?? [];
    if (items.length === 0 && people.length === 0) return [];
    return this.writeTx((trx, lock) => writeBatch(trx, this.dialect, items, people, lock), mergeKeysOf(items));
  }

  async hasArticle(id: string): Promise<boolean> {
    const res = await runPrepared(this.db, 'has-article', (d, arg) => d.selectFrom('articles').select('id').where('id', '=', arg(0)), [id]);
    return res.rows.length > 0;
  }

  presentIds(ids: readonly string[]): Promise<ReadonlySet<string>> {
    return presentIdsIn(this.db, ids);
  }

  findDuplicate(signature: DupSignature): Promise<string | null> {
    return findDuplicateIn(this.db, this.dialect, signature);
  }

  async getArticle(id: string): Promise<{ readonly article: Article; readonly events: readonly DiploEvent[] } | null> {
    const row = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const events = await this.db.selectFrom('events').selectAll().where('article_id', '=', id).orderBy('seq').execute();
    return { article: rowArticle(row), events: events.map(rowEvent) };
  }

  async articleInfo(ids: readonly string[]): Promise<readonly ArticleInfo[]> {
    const out: ArticleInfo[] = [];
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 400) {
      const rows = await this.db.selectFrom('articles').select(['id', 'title', 'url', 'published', 'source', 'duplicate_of'])
        .where('id', 'in', unique.slice(i, i + 400)).execute();
      out.push(...rows.map((r) => ({ id: r.id, title: r.title, url: r.url, published: r.published, source: r.source, duplicateOf: r.duplicate_of })));
    }
    return out;
  }

  queryEvents(query: EventQuery): Promise<{ readonly total: number; readonly events: readonly DiploEvent[] }> {
    return queryEventsIn(this.db, query);
  }

  factsForPair(a: string, b: string, query?: FactQuery): Promise<readonly Fact[]> {
    return factsForPairIn(this.db, a, b, query);
  }

  factsForCountry(country: string, query?: FactQuery): Promise<readonly Fact[]> {
    return factsForCountryIn(this.db, country, query);
  }

  partners(country: string, limit?: number): Promise<readonly PartnerActivity[]> {
    return partnersIn(this.db, country, limit);
  }

  activity(): Promise<readonly { readonly country: string; readonly facts: number }[]> {
    return activityIn(this.db);
  }

  people(query?: string): Promise<readonly Person[]> {
    return queryPeople(this.db, query);
  }

  upsertPeople(people: readonly Person[]): Promise<void> {
    return this.writeTx((trx) => upsertPeopleIn(trx, this.dialect, people), []);
  }

  stats(): Promise<StoreStats> {
    return statsIn(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  pairOverview(a: string, b: string, only?: readonly FactSection[]): Promise<PairOverview> {
    return pairOverviewIn(this.db, a, b, only);
  }

  pairFactsPage(a: string, b: string, query: PairPageQuery): Promise<PairFactsPage> {
    return pairFactsPageIn(this.db, a, b, query);
  }

  pairFactsPages(a: string, b: string, queries: readonly PairPageQuery[]): Promise<readonly PairFactsPage[]> {
    return pairFactsPagesIn(this.db, a, b, queries);
  }

  partnersWithin(country: string, period: Period, limit?: number): Promise<readonly PartnerActivity[]> {
    return partnersIn(this.db, country, limit, period);
  }
}
