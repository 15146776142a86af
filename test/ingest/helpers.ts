import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInputs, type ReadOptions, type ReadOutcome } from '../../src/ingest/index.js';

/** A fresh temp folder for one test file. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'attache-ingest-'));

/** Writes files (relative path → content) under a folder; returns their full paths. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): string[] {
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  });
}

/** Every outcome of reading the inputs. */
export async function readAllOutcomes(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(inputs, options)) out.push(o);
  return out;
}

/** A seed-shaped dump written for these tests (Azerbaijan–Peru, 2017). */
export const DUMP_STORY = [
  ' date 2017-08-17 Azerbaijan and Peru eye closer ties, says envoy (PHOTO)',
  '',
  '2017-08-17 11:27 | www.caspiandesk.example | 1',
  '',
  'Baku, Azerbaijan, Aug.17',
  '',
  'By Nigar Aliyeva – Caspian Desk:',
  '',
  'Azerbaijan and Peru can work together in bilateral and multilateral formats, the chargé d\'affaires of Peru in Baku, Luis Chang Boldrini, told Caspian Desk.',
  '',
  'The two countries established diplomatic relations in 1996, and their ties have grown steadily since then, though more slowly than the diplomat would like.',
  '',
  'He recalled that Azerbaijan opened its embassy in Lima in 2015 and that Peru inaugurated its own embassy in Baku in 2017.',
  '',
  'On July 28 the diplomat met Foreign Minister Elmar Mammadyarov to discuss how the opening of the Peruvian embassy could give relations a new start.',
  '',
  'The sides are now preparing the first meeting under the protocol of cooperation signed by the two foreign ministries in 2007, he said.',
  '',
  'A parliamentary friendship group brings together members of the legislatures of both countries, he added.',
  '',
  '---',
  '',
  'Follow the author on Twitter: @caspiandesk',
  '',
].join('\n');
