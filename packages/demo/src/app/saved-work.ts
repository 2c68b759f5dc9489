import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Diagnostic, Plan } from '@remit/core/model';
import type { ItemReading } from '@remit/core/parse';
import type { Directory } from '@remit/core/units';
import type { PlanFilter } from './plan-filter.js';
import type { PlanInput } from './read-plan-input.js';

/**
 * An analyst's work on one plan, as the browser keeps it: the plan with its
 * corrections (the original reading is in each correction), what the reader
 * said, how it is read (directory, groups, inferred leads) and the filter.
 * Kept in this browser's IndexedDB only; nothing leaves the machine.
 */
export interface SavedWork {
  /** the plan's file name: one record per name, the last work on it */
  name: string;
  /** when it was last saved, ISO 8601 */
  savedAt: string;
  origin: PlanInput['origin'];
  format: PlanInput['format'];
  encoding?: string;
  plan: Plan;
  diagnostics: Diagnostic[];
  lines: string[];
  readings?: ItemReading[];
  /** the input as given, when small enough to keep, so that it can be read again */
  readFrom?: string | Uint8Array;
  inferLead: boolean;
  directory?: { name: string; value: Directory };
  expandGroups: boolean;
  filter: PlanFilter;
}

interface WorkDB extends DBSchema {
  work: { key: string; value: SavedWork; indexes: { savedAt: string } };
  last: { key: 'name'; value: string };
}

const DB_NAME = 'remit-dashboard';
/** Recent plans kept at most: the oldest go first. */
export const MAX_RECENT = 20;

/**
 * The browser's store of saved work (`idb` over IndexedDB). Every method
 * resolves; a browser that refuses storage (private windows, a full quota)
 * gives a failure with its reason instead of an exception, and the page goes
 * on with what it holds.
 */
export class WorkStore {
  #db: Promise<IDBPDatabase<WorkDB>> | undefined;

  #open(): Promise<IDBPDatabase<WorkDB>> {
    this.#db ??= openDB<WorkDB>(DB_NAME, 1, {
      upgrade(db) {
        const work = db.createObjectStore('work', { keyPath: 'name' });
        work.createIndex('savedAt', 'savedAt');
        db.createObjectStore('last');
      },
    });
    return this.#db;
  }

  /** Saves the work on a plan and makes it the one a reload opens; keeps the `MAX_RECENT` newest. */
  async save(work: SavedWork): Promise<{ ok: true } | { ok: false; why: string }> {
    try {
      const db = await this.#open();
      const tx = db.transaction(['work', 'last'], 'readwrite');
      await tx.objectStore('work').put(work);
      await tx.objectStore('last').put(work.name, 'name');
      const names = await tx.objectStore('work').index('savedAt').getAllKeys();
      // getAllKeys on an index gives the primary keys, oldest first
      for (const old of names.slice(0, Math.max(0, names.length - MAX_RECENT)))
        await tx.objectStore('work').delete(old);
      await tx.done;
      return { ok: true };
    } catch (error) {
      return { ok: false, why: reason(error) };
    }
  }

  /** The work a reload opens: the last saved, if any. */
  async last(): Promise<SavedWork | undefined> {
    try {
      const db = await this.#open();
      const name = await db.get('last', 'name');
      return name === undefined ? undefined : await db.get('work', name);
    } catch {
      return undefined;
    }
  }

  /** The saved plans, newest first: names and times. */
  async recent(): Promise<{ name: string; savedAt: string }[]> {
    try {
      const db = await this.#open();
      const all = await db.getAllFromIndex('work', 'savedAt');
      return all.reverse().map((w) => ({ name: w.name, savedAt: w.savedAt }));
    } catch {
      return [];
    }
  }

  async get(name: string): Promise<SavedWork | undefined> {
    try {
      return await (await this.#open()).get('work', name);
    } catch {
      return undefined;
    }
  }

  /** Forgets every saved plan. */
  async clear(): Promise<{ ok: true } | { ok: false; why: string }> {
    try {
      const db = await this.#open();
      const tx = db.transaction(['work', 'last'], 'readwrite');
      await tx.objectStore('work').clear();
      await tx.objectStore('last').clear();
      await tx.done;
      return { ok: true };
    } catch (error) {
      return { ok: false, why: reason(error) };
    }
  }
}

function reason(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
