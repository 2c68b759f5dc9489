import { html, nothing, type TemplateResult } from 'lit';
import type { PlanComparison } from '@remit/core/compare';
import type { Incidence, Plan } from '@remit/core/model';
import type { Selection } from '@remit/widgets';
import { roleWord, type DashboardMessages } from '../app/messages.js';
import type { Trace } from '../app/trace.js';

/** Characters of a source line quoted at most. */
const QUOTE = 160;

/**
 * The items behind a figure the user pressed: what the figure is, how many
 * items make it, and each item with its units and roles and the line of the
 * document it was read from, quoted. Every title selects its item.
 */
export function tracePanel(options: {
  trace: Trace;
  inc: Incidence;
  /** the document's lines (empty for a plan read from JSON or CSV) */
  lines: readonly string[];
  m: DashboardMessages;
  select: (s: Selection | null) => void;
  close: () => void;
  /** the comparison with an earlier plan, when one is open: a unit's trace then shows its change */
  earlier?: { plan: Plan; comparison: PlanComparison };
}): TemplateResult {
  const { trace, inc, lines, m, select, close, earlier } = options;
  const name = (unit: string) => inc.units[inc.unitIndex.get(unit) ?? -1]?.name ?? unit;
  const title =
    trace.what.kind === 'metric'
      ? m.traceMetric(trace.what.metric)
      : trace.what.kind === 'finding'
        ? m.traceFinding
        : trace.what.kind === 'unit'
          ? m.traceUnit(name(trace.what.unit))
          : m.traceShared(name(trace.what.a), name(trace.what.b));
  return html`<section
    class="panel trace"
    aria-labelledby="trace-title"
    data-trace=${trace.what.kind}
  >
    <header class="panel-head">
      <h2 id="trace-title" tabindex="-1">${title}</h2>
      <button type="button" class="small" data-action="close-trace" @click=${close}>
        ${m.closeTrace}
      </button>
    </header>
    <p class="muted" data-trace-count>${m.traceCount(trace.items.length)}</p>
    <ol class="detail-list trace-items">
      ${trace.items.map((id) => {
        const i = inc.itemIndex.get(id);
        if (i === undefined) return nothing;
        const item = inc.items[i]!;
        const units = (inc.byItem[i] ?? []).map((k) => {
          const a = inc.assignments[k]!;
          return `${name(a.unit)}（${roleWord(m, a.role, a.inferred === true)}）`;
        });
        return html`<li data-trace-item=${id}>
          <button
            type="button"
            class="link"
            data-select-kind="item"
            data-select-id=${id}
            @click=${() => select({ kind: 'item', id })}
          >
            ${item.label ? html`<span class="label">${item.label}</span>` : nothing}${item.title}
          </button>
          <span class="muted">${units.join('、')}</span>
          ${sourceQuote(item, lines, m)}
        </li>`;
      })}
    </ol>
    ${trace.what.kind === 'unit' && earlier ? changeOf(trace.what.unit, inc, earlier, m) : nothing}
  </section>`;
}

/**
 * A unit's change since the earlier plan, item by item (core's comparison):
 * the items it gained (of this plan) and lost (of the earlier one), and where
 * it took or left the lead.
 */
function changeOf(
  unit: string,
  inc: Incidence,
  earlier: { plan: Plan; comparison: PlanComparison },
  m: DashboardMessages,
): TemplateResult | typeof nothing {
  const entry = earlier.comparison.units.find((u) => u.after.some((a) => a.id === unit));
  if (!entry) return nothing;
  const now = (id: string) => {
    const item = inc.items[inc.itemIndex.get(id) ?? -1];
    return item ? `${item.label ?? ''}${item.title}` : id;
  };
  const before = new Map(earlier.plan.items.map((i) => [i.id, `${i.label ?? ''}${i.title}`]));
  const groups: { key: string; label: string; titles: string[] }[] = [
    {
      key: 'added',
      label: m.changeAdded,
      titles: entry.changes.added.flatMap((c) => c.after.map(now)),
    },
    {
      key: 'removed',
      label: m.changeRemoved,
      titles: entry.changes.removed.flatMap((c) => c.before.map((id) => before.get(id) ?? id)),
    },
    {
      key: 'lead-gained',
      label: m.changeLeadGained,
      titles: entry.changes.leadGained.flatMap((c) => c.after.map(now)),
    },
    {
      key: 'lead-lost',
      label: m.changeLeadLost,
      titles: entry.changes.leadLost.flatMap((c) => c.after.map(now)),
    },
  ].filter((g) => g.titles.length > 0);
  return html`<h3 class="reading-sub">${m.changeSince}</h3>
    ${
      groups.length === 0
        ? html`<p class="muted" data-trace-change="none">${m.noChange}</p>`
        : groups.map(
            (g) =>
              html`<p class="detail-facts" data-trace-change=${g.key}>${g.label}</p>
                <ul class="detail-list">
                  ${g.titles.map((t) => html`<li>${t}</li>`)}
                </ul>`,
          )
    }`;
}

/**
 * The line of the document an item was read from, quoted (at most `QUOTE`
 * characters) after its line number; nothing for an item without a line (a
 * plan read from JSON or CSV).
 */
export function sourceQuote(
  item: { line?: number },
  lines: readonly string[],
  m: DashboardMessages,
): TemplateResult | typeof nothing {
  const text = item.line !== undefined ? lines[item.line - 1]?.trim() : undefined;
  if (!text) return nothing;
  return html`<blockquote class="source-quote" data-source-line=${item.line!}>
    <span class="muted">${m.sourceLineOf(item.line!)}</span>
    ${text.length > QUOTE ? `${text.slice(0, QUOTE)}…` : text}
  </blockquote>`;
}
