import { html, nothing, type TemplateResult } from 'lit';
import type { Selection } from '@remit/widgets';
import { detailPanel } from '../panels/detail-panel.js';
import { filterBar, type FilterActions } from '../panels/filter-bar.js';
import { correctionsPanel, type CorrectionsActions } from '../panels/corrections-panel.js';
import { savedPanel, type SavedActions } from '../panels/saved-panel.js';
import { glossaryLink, glossaryPanel, type GlossaryActions } from '../panels/glossary-panel.js';
import type { GlossaryId } from './glossary.js';
import { tracePanel } from '../panels/trace-panel.js';
import { sourceLinesOf, type Trace } from './trace.js';
import { decodeBytes } from '@remit/core/io';
import type { Finding } from '@remit/core';
import { editPanel, type EditActions } from '../panels/edit-panel.js';
import type { EditHistory } from './plan-edits.js';
import { readingPanel, type ReadingActions } from '../panels/reading-panel.js';
import { planReading, readsOtherwise, type ReadingChoices } from './plan-reading.js';
import type { Diagnostic, Plan } from '@remit/core/model';
import type { AddressMiss } from './page-address.js';
import { isFiltered, type PlanFilter } from './plan-filter.js';
import { findingsList } from '../panels/findings-panel.js';
import { headerBar, type HeaderActions } from '../panels/header-bar.js';
import {
  presentationView,
  slideSetup,
  presentationSlides,
  type PresentationActions,
  type SlideChoices,
  type SlideSetupActions,
} from '../panels/presentation-view.js';
import { sourcePanel, type SourceActions } from '../panels/source-panel.js';
import { viewPanel, type ViewId } from '../panels/view-panel.js';
import type { DashboardMessages } from './messages.js';
import type { PlanInsight } from './plan-insight.js';
import { planHeading } from './plan-heading.js';
import type { PlanInput } from './read-plan-input.js';
import { selectionDetail } from './selection-detail.js';
import type { Theme, UiLang } from './settings.js';

/** Everything the dashboard draws from. */
export interface DashboardState {
  lang: UiLang;
  theme: Theme;
  input: PlanInput;
  failed: PlanInput | undefined;
  insight: PlanInsight | undefined;
  selection: Selection | null;
  busy: boolean;
  dragging: boolean;
  /** the slide shown, or `null` outside presentation mode */
  slide: number | null;
  blank: boolean;
  /** the heatmap slide's cell size, once measured */
  slideCell: number | undefined;
  /** the workload slide's chart height, once measured */
  slideBarsHeight: number | undefined;
  /** while printing, widgets are drawn light whatever the theme */
  printing: boolean;
  /**
   * a title and subtitle the user set for this plan (slides, exports, print),
   * in place of the document's; cleared when another plan is opened
   */
  naming: { title: string; subtitle: string } | undefined;
  /** the presenter's order, left-out slides and slide titles (see `slidesFor`) */
  slideChoices: SlideChoices;
  /** the earlier plan the plan shown is compared with (its insight holds the comparison) */
  earlier: PlanInput | undefined;
  /** a file that could not be read as the earlier plan */
  earlierFailed: PlanInput | undefined;
  /** what every view is narrowed to (the store holds that part of the plan) */
  filter: PlanFilter;
  /** what the page's address asked for that the plan shown lacks */
  addressMisses: AddressMiss[];
  /** the directory and group expansion the plan is read with */
  reading: ReadingChoices;
  /** what the directory and the expansion said about the plan */
  readingNotes: Diagnostic[];
  /** a file that could not be opened as a unit directory, and why */
  directoryFailed: { name: string; why: string } | undefined;
  /** the corrections made to the plan as written, to undo and redo */
  edits: EditHistory;
  /** why the last correction asked for was not made */
  correctionNote: string | undefined;
  /** the plans kept in this browser, newest first */
  recent: { name: string; savedAt: string }[];
  /** the work reopened when the page loaded, if any */
  resumed: { name: string; savedAt: string } | undefined;
  /** why the work could not be kept, or that it was cleared */
  saveNote: string | undefined;
  /** the glossary entry shown, when the glossary is open */
  glossaryOpen: GlossaryId | undefined;
  /** the items behind the figure the user pressed */
  trace: Trace | undefined;
  /** the work last kept in the browser: when, and the plan as kept */
  lastSaved: { at: string; plan: Plan } | undefined;
}

export interface DashboardActions
  extends
    HeaderActions,
    SourceActions,
    PresentationActions,
    SlideSetupActions,
    FilterActions,
    ReadingActions,
    EditActions,
    CorrectionsActions,
    SavedActions,
    GlossaryActions {
  select(selection: Selection | null): void;
  exportView(id: ViewId, format: 'svg' | 'png'): void;
  traceFinding(finding: Finding): void;
  traceShared(a: string, b: string): void;
  traceUnit(unit: string): void;
  closeTrace(): void;
}

/**
 * The dashboard page: header, plan source and diagnostics, then the views, all
 * on one `<remit-data id="plan">` so that selection links them, and the detail
 * panel of the selection. Widgets get `lang` and `theme` as attributes.
 */
export function dashboardView(
  s: DashboardState,
  m: DashboardMessages,
  actions: DashboardActions,
): TemplateResult {
  const { title, subtitle } = planHeading({
    plan: s.insight?.plan,
    naming: s.naming,
    source: s.input.name,
    m,
  });
  // the document's lines, quoted by the trace and by a selected unit's items
  const lines = sourceLinesOf(s.input.readFrom, (b) => decodeBytes(b).value.text);
  // a chart's name (its accessible name and export title) is its panel's title
  const named = (view: string): string =>
    s.lang === 'zh-CN' ? `${title}：${view}` : `${title}: ${view}`;
  const widget = (tag: ViewId): TemplateResult => {
    const common = { lang: s.lang, theme: s.printing ? 'light' : s.theme };
    switch (tag) {
      case 'summary':
        return html`<remit-summary
          source="plan"
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="summary"
        ></remit-summary>`;
      case 'heatmap':
        return html`<remit-heatmap
          source="plan"
          group=${s.input.parts ? 'part' : 'section'}
          label=${named(m.heatmapTitle)}
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="heatmap"
        ></remit-heatmap>`;
      case 'network':
        return html`<remit-network
          source="plan"
          label=${named(m.networkTitle)}
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="network"
        ></remit-network>`;
      case 'workload':
        return html`<remit-workload
          source="plan"
          breakdown=${s.input.parts ? 'part' : 'role'}
          label=${named(m.workloadTitle)}
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="workload"
        ></remit-workload>`;
      case 'compare':
        return html`<remit-compare
          source="plan"
          .earlier=${s.insight?.earlier?.plan}
          .comparison=${s.insight?.earlier?.comparison}
          label=${named(m.compareTitle)}
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="compare"
        ></remit-compare>`;
      case 'units':
        return html`<remit-table
          source="plan"
          view="units"
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="units"
        ></remit-table>`;
      case 'items':
        return html`<remit-table
          source="plan"
          view="items"
          lang=${common.lang}
          theme=${common.theme}
          data-view-element="items"
        ></remit-table>`;
    }
  };
  // a view of part of the plan says so in its title
  const part = (title: string): string => (isFiltered(s.filter) ? m.filtered(title) : title);
  const panel = (id: ViewId, title: string, wide = false) =>
    viewPanel({ id, title: part(title), body: widget(id), m, onExport: actions.exportView, wide });
  return html`<remit-data id="plan"></remit-data>
    ${headerBar({
      title,
      subtitle,
      lang: s.lang,
      theme: s.theme,
      hasPlan: !!s.insight,
      m,
      actions,
    })}
    <div class="board" ?inert=${s.slide !== null}>
      <aside class="side">
        ${
          s.insight
            ? slideSetup({
                insight: s.insight,
                selection: s.selection,
                choices: s.slideChoices,
                lang: s.lang,
                m,
                actions,
              })
            : nothing
        }
        ${sourcePanel({
          input: s.input,
          failed: s.failed,
          earlier: s.earlier,
          earlierFailed: s.earlierFailed,
          busy: s.busy,
          dragging: s.dragging,
          m,
          actions,
        })}
        ${
          s.input.plan
            ? readingPanel({
                input: s.input,
                reading: s.reading,
                notes: s.readingNotes,
                failed: s.directoryFailed,
                m,
                actions,
                lang: s.lang,
              })
            : nothing
        }
        ${savedPanel({
          recent: s.recent,
          resumed: s.resumed,
          note: s.saveNote,
          // the plan shown is the one kept: nothing unsaved
          saved: s.lastSaved && s.lastSaved.plan === s.input.plan ? s.lastSaved.at : undefined,
          m,
          actions,
        })}
        ${
          s.input.plan
            ? correctionsPanel({
                plan: s.input.plan,
                readings: s.input.readings ?? [],
                history: s.edits,
                note: s.correctionNote,
                asWritten: readsOtherwise(s.reading),
                m,
                actions,
              })
            : nothing
        }
        ${glossaryPanel({ lang: s.lang, open: s.glossaryOpen, m })}
      </aside>
      <main class="views" id="main">
        ${
          s.input.plan
            ? filterBar({
                // the plan as read with the reading choices: merged and expanded units are offered
                plan: planReading(s.input.plan, s.reading).plan,
                filter: s.filter,
                shown: s.insight?.plan.items.length ?? 0,
                misses: s.addressMisses,
                collator: new Intl.Collator(s.lang === 'en' ? 'en' : 'zh-CN'),
                m,
                actions,
              })
            : nothing
        }
        ${panel('summary', m.summaryTitle, true)}
        <section class="panel findings-panel wide" aria-labelledby="findings-title">
          <header class="panel-head"><h2 id="findings-title">${part(m.findingsTitle)}</h2></header>
          <div class="panel-body">
            ${
              s.insight
                ? findingsList({
                    list: s.insight.findings(s.lang),
                    insight: s.insight,
                    m,
                    select: actions.select,
                    after: (f) => {
                      const term = FINDING_TERMS[f.id];
                      return html`<button
                          type="button"
                          class="link small trace-link"
                          data-trace-finding=${f.id}
                          @click=${() => actions.traceFinding(f)}
                        >
                          ${m.traceOf}</button
                        >${term ? glossaryLink(term, s.lang, m, actions) : nothing}`;
                    },
                  })
                : nothing
            }
          </div>
        </section>
        ${panel('heatmap', m.heatmapTitle, true)} ${panel('network', m.networkTitle)}
        ${panel('workload', m.workloadTitle)}
        ${s.insight?.earlier ? panel('compare', m.compareTitle, true) : nothing}
        ${panel('units', m.unitsTable, true)} ${panel('items', m.itemsTable, true)}
      </main>
      <aside class="detail-column">
        ${
          s.trace && s.insight
            ? tracePanel({
                trace: s.trace,
                inc: s.insight.inc,
                lines,
                m,
                select: actions.select,
                close: actions.closeTrace,
                ...(s.insight.earlier
                  ? {
                      earlier: {
                        plan: s.insight.earlier.plan,
                        comparison: s.insight.earlier.comparison,
                      },
                    }
                  : {}),
              })
            : nothing
        }
        ${detailPanel({
          detail: s.insight ? selectionDetail(s.insight, s.selection) : undefined,
          lines,
          m,
          select: actions.select,
          traceShared: actions.traceShared,
          traceUnit: actions.traceUnit,
        })}
        ${
          s.input.plan && s.selection
            ? editPanel({
                plan: s.input.plan,
                selection: s.selection,
                asWritten: readsOtherwise(s.reading),
                m,
                actions,
              })
            : nothing
        }
      </aside>
    </div>
    ${
      s.slide !== null && s.insight
        ? presentationView({
            slide: s.slide,
            slides: presentationSlides(s.insight, s.selection, s.slideChoices),
            titles: s.slideChoices.titles,
            selection: s.selection,
            blank: s.blank,
            cellSize: s.slideCell,
            barsHeight: s.slideBarsHeight,
            title,
            insight: s.insight,
            lang: s.lang,
            theme: s.theme,
            m,
            actions,
          })
        : nothing
    }`;
}

/** The glossary entry each finding's measure is explained by. */
const FINDING_TERMS: Readonly<Record<string, GlossaryId>> = {
  overview: 'assignment',
  busiest: 'rank',
  concentration: 'gini',
  overloaded: 'rank',
  'no-lead': 'no-lead',
  groups: 'group',
};
