import { readFileSync } from 'node:fs';
import type { Plover } from '../model/event.js';
import { dataPath } from '../util/paths.js';

/** What a CAMEO event code means: its name, quad class, Goldstein weight and PLOVER mapping. */
export interface CameoInfo {
  /** The code as written (`057`, `1663`, `19`). */
  readonly code: string;
  /** A short English name. */
  readonly name: string;
  /** 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
  readonly quadClass: 1 | 2 | 3 | 4;
  /** Goldstein conflict–cooperation weight, −10…+10. */
  readonly goldstein: number;
  /** PLOVER event type, mode and context; null for the codes PLOVER dropped (01, 02). */
  readonly plover: Plover | null;
  /** The two-digit root category (`05`). */
  readonly root: string;
}

interface CodesFile {
  readonly codes: readonly CameoInfo[];
}

/**
 * The CAMEO code table (data/cameo/codes.json). `info()` accepts any code and falls back to the
 * nearest listed parent (`0571` → `057`, `199` → `19`), so codes from other dictionaries still
 * get a quad class, weight and PLOVER mapping.
 */
export class CameoTable {
  private readonly byCode: ReadonlyMap<string, CameoInfo>;

  constructor(private readonly entries: readonly CameoInfo[]) {
    this.byCode = new Map(entries.map((e) => [e.code, Object.freeze({ ...e })]));
  }

  /** Reads the table shipped in `data/cameo/codes.json`. */
  static load(path: string = dataPath('cameo', 'codes.json')): CameoTable {
    const file = JSON.parse(readFileSync(path, 'utf8')) as CodesFile;
    if (!Array.isArray(file.codes)) throw new Error(`attache: ${path} has no "codes" array`);
    return new CameoTable(file.codes);
  }

  /** The entry for `code`, or for its nearest parent code; null when not even the root is known. */
  info(code: string): CameoInfo | null {
    let c = code.trim();
    if (!/^\d{2,4}$/.test(c)) return null;
    while (c.length >= 2) {
      const hit = this.byCode.get(c);
      if (hit) return hit;
      c = c.slice(0, -1);
    }
    return null;
  }

  /** True when `code` itself (not only a parent) is in the table. */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Every entry, in CAMEO order. */
  all(): readonly CameoInfo[] {
    return [...this.byCode.values()];
  }
}
