import { readdirSync, readFileSync } from 'node:fs';
import type { Plan, Role } from '../../src/model/plan.js';

/** A hand-checked answer in the corpus format (fixtures/corpus/README.md). */
export interface GoldAnswer {
  family: string;
  meta?: { title?: string; docNumber?: string; date?: string };
  items: {
    label?: string;
    title: string;
    deadline?: string;
    units: { name: string; role: Role }[];
  }[];
}

/** A document with its answer: `text` is the file's bytes. */
export interface GoldDocument {
  name: string;
  bytes: Uint8Array;
  gold: GoldAnswer;
}

export const FIXTURES = new URL('../../../../fixtures/', import.meta.url);

/** Every NAME.txt + NAME.gold.json pair in a fixtures folder. */
export function goldDocuments(folder: string): GoldDocument[] {
  const dir = new URL(`${folder}/`, FIXTURES);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/u, '');
      return {
        name,
        bytes: readFileSync(new URL(`${name}.txt`, dir)),
        gold: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as GoldAnswer,
      };
    });
}

/** A plan in the answer's shape: items with label, title, deadline and units (raw name, role). */
export function asAnswer(plan: Plan): GoldAnswer['items'] {
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((item) => ({
    ...(item.label ? { label: item.label } : {}),
    title: item.title,
    ...(item.deadline ? { deadline: item.deadline } : {}),
    units: plan.assignments
      .filter((a) => a.item === item.id)
      .map((a) => ({
        name: a.raw ?? names.get(a.unit)!,
        role: a.role === 'lead' && !a.inferred ? 'lead' : 'member',
      })),
  }));
}

/** The answer's items as the parser writes them (names normalised, no section). */
export function expectedItems(gold: GoldAnswer): GoldAnswer['items'] {
  return gold.items.map((item) => ({
    ...(item.label ? { label: item.label } : {}),
    title: item.title,
    ...(item.deadline ? { deadline: item.deadline } : {}),
    units: item.units.map((u) => ({
      name: u.name.normalize('NFKC').replace(/\s+/gu, ''),
      role: u.role,
    })),
  }));
}

/**
 * Items as the shared scorer compares them: titles by their first ten letters (NFKC, no
 * punctuation or spaces), units by the name as printed (NFKC, no spaces) with their role.
 */
export function compared(items: GoldAnswer['items']): { title: string; units: string[] }[] {
  return items.map((item) => ({
    title: item.title
      .normalize('NFKC')
      .replace(/[\p{P}\p{S}\s]/gu, '')
      .slice(0, 10),
    units: item.units.map((u) => `${u.name.normalize('NFKC').replace(/\s+/gu, '')}|${u.role}`),
  }));
}
