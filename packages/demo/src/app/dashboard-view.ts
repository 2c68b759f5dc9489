import { html, nothing, type TemplateResult } from 'lit';
import type { Selection } from '@remit/widgets';
import { detailPanel } from '../panels/detail-panel.js';
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
}

export interface DashboardActions
  extends HeaderActions, SourceActions, PresentationActions, SlideSetupActions {
  select(selection: Selection | null): void;
  exportView(id: ViewId, format: 'svg' | 'png'): void;
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
  const panel = (id: ViewId, title: string, wide = false) =>
    viewPanel({ id, title, body: widget(id), m, onExport: actions.exportView, wide });
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
      </aside>
      <main class="views" id="main">
        ${panel('summary', m.summaryTitle, true)}
        <section class="panel findings-panel wide" aria-labelledby="findings-title">
          <header class="panel-head"><h2 id="findings-title">${m.findingsTitle}</h2></header>
          <div class="panel-body">
            ${
              s.insight
                ? findingsList({
                    list: s.insight.findings(s.lang),
                    insight: s.insight,
                    m,
                    select: actions.select,
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
        ${detailPanel({
          detail: s.insight ? selectionDetail(s.insight, s.selection) : undefined,
          m,
          select: actions.select,
        })}
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
