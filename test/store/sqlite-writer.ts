// A worker thread for the SQLite concurrency test: opens its own connection to the file and
// writes a share of the articles. Run directly (as the test runner does), it does nothing.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { article, country, day, event } from './fixtures.js';

interface Job { readonly path: string; readonly from: number; readonly to: number }

async function run(job: Job): Promise<void> {
  const store = await SqliteStore.open(job.path, { busyTimeoutMs: 20_000 });
  try {
    for (let i = job.from; i < job.to; i++) {
      const a = article(`w-${i}`, `Wire ${i}`, [`Georgia and Peru established diplomatic relations, report ${i} says.`]);
      const e = event(a, 0, { kind: 'relations.establish', source: country('GEO'), target: country('PER'), date: day(i % 2 ? '1998' : '1998-02-01'), sentence: a.text.split('\n\n')[1]! });
      await store.putArticle(a, [e]);
    }
  } finally {
    await store.close();
  }
  parentPort?.postMessage('done');
}

if (!isMainThread && workerData) void run(workerData as Job);
