import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardMessages } from '../app/messages.js';

/** The views of the dashboard that can be exported as pictures. */
export type ViewId = 'summary' | 'heatmap' | 'network' | 'workload' | 'compare' | 'units' | 'items';

/**
 * A titled panel around one widget, with buttons that download the widget's
 * picture as SVG or PNG (the widget's own `toSVG` / `toPNG`).
 */
export function viewPanel(options: {
  id: ViewId;
  title: string;
  body: TemplateResult;
  m: DashboardMessages;
  onExport: (id: ViewId, format: 'svg' | 'png') => void;
  exportable?: boolean;
  wide?: boolean;
}): TemplateResult {
  const { id, title, body, m, onExport, exportable = true } = options;
  return html`<section
    class="panel view ${options.wide ? 'wide' : ''}"
    id="view-${id}"
    aria-labelledby="view-${id}-title"
    data-panel=${id}
  >
    <header class="panel-head">
      <h2 id="view-${id}-title">${title}</h2>
      ${
        exportable
          ? html`<div class="panel-actions" role="group" aria-label=${m.exportData}>
              <button
                type="button"
                class="small"
                data-export-view=${id}
                data-format="svg"
                aria-label=${m.downloadAs(title, 'SVG')}
                @click=${() => onExport(id, 'svg')}
              >
                SVG
              </button>
              <button
                type="button"
                class="small"
                data-export-view=${id}
                data-format="png"
                aria-label=${m.downloadAs(title, 'PNG')}
                @click=${() => onExport(id, 'png')}
              >
                PNG
              </button>
            </div>`
          : nothing
      }
    </header>
    <div class="panel-body">${body}</div>
  </section>`;
}
