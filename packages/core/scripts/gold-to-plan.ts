// Turns a corpus answer (NAME.gold.json) into a Plan JSON file: the bundled
// sample plan is made this way, so it is the hand-checked reading.
//   tsx scripts/gold-to-plan.ts data/xuhui-2020-fazhi.gold.json > data/xuhui-2020-fazhi.json
import { readFileSync } from 'node:fs';
import { PlanBuilder } from '../src/model/plan-builder.js';
import type { Role } from '../src/model/plan.js';

interface Gold {
  source?: string;
  meta?: { title?: string; docNumber?: string; date?: string; issuer?: string };
  items: {
    label?: string;
    section?: string;
    title: string;
    deadline?: string;
    units: { name: string; role: Role }[];
  }[];
}

const gold = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Gold;
const builder = new PlanBuilder({ ...gold.meta, source: gold.source });
const sections = new Map<string, string>();
for (const g of gold.items) {
  let section: string | undefined;
  if (g.section) {
    section = sections.get(g.section);
    if (!section) {
      const m = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?(.*)$/u.exec(
        g.section,
      )!;
      section = builder.section({ title: m[2]!, ...(m[1] ? { label: m[1] } : {}) });
      sections.set(g.section, section);
    }
  }
  const item = builder.item({
    title: g.title,
    ...(g.label ? { label: g.label } : {}),
    ...(section ? { section } : {}),
    ...(g.deadline ? { deadline: g.deadline } : {}),
  });
  for (const u of g.units) builder.assign(item, builder.unit(u.name), u.role, { raw: u.name });
}
process.stdout.write(JSON.stringify(builder.build(), null, 2) + '\n');
