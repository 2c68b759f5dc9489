import { html, svg, type TemplateResult } from 'lit';
import type { Incidence } from '@remit/core/model';
import { RemitElement } from '../../src/shared/remit-element.js';

/** A minimal RemitElement for testing the shared behaviour: one bar per unit. */
export class TestChart extends RemitElement {
  protected defaultLabel(): string {
    return 'test chart';
  }

  protected renderReady(inc: Incidence): TemplateResult {
    const height = inc.units.length * 20;
    return html`<svg
      part="chart"
      role="group"
      aria-label=${this.accessibleName}
      width="300"
      height=${height}
      viewBox="0 0 300 ${height}"
    >
      ${inc.units.map(
        (unit, u) => svg`<g
          data-unit=${unit.id}
          role="button"
          tabindex="0"
          aria-label=${unit.name}
          aria-pressed=${this.selection.isSelected('unit', unit.id) ? 'true' : 'false'}
          @click=${() => this.selection.toggle({ kind: 'unit', id: unit.id })}
          @pointerenter=${() => this.selection.hover({ kind: 'unit', id: unit.id })}
        >
          <rect y=${u * 20} width=${20 + (inc.byUnit[u]?.length ?? 0) * 10} height="16"></rect>
          <text x="200" y=${u * 20 + 12}>${unit.name}</text>
        </g>`,
      )}
    </svg>`;
  }
}

if (!customElements.get('test-chart')) customElements.define('test-chart', TestChart);

declare global {
  interface HTMLElementTagNameMap {
    'test-chart': TestChart;
  }
}
