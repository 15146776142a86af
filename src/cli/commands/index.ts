import type { RegisterCommand } from './types.js';
import { register as extract } from './extract.js';
import { register as ingest } from './ingest.js';
import { register as events } from './events.js';
import { register as dossier } from './dossier.js';
import { register as people } from './people.js';
import { register as country } from './country.js';
import { register as evaluate } from './eval.js';
import { register as serve } from './serve.js';
import { register as enqueue } from './enqueue.js';
import { register as worker } from './worker.js';
import { register as status } from './status.js';
import { register as exportStore } from './export.js';
import { register as importStore } from './import.js';

/** Every subcommand, in the order `attache --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [
  extract, ingest, events, dossier, people, country, evaluate, serve,
  enqueue, worker, status, exportStore, importStore,
];
