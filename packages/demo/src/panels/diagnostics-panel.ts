import { html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '@remit/core/model';
import type { DashboardMessages } from '../app/messages.js';
import type { PlanInput } from '../app/read-plan-input.js';

/** Characters of a source line shown around the place a diagnostic points at. */
const SNIPPET = 72;

/**
 * The reader's diagnostics for one input, each with its place (line, column,
 * field) and, when it names a line, a snippet of that line.
 */
export function diagnosticsPanel(input: PlanInput, m: DashboardMessages): TemplateResult {
  const list = input.diagnostics;
  const count = (s: Diagnostic['severity']) => list.filter((d) => d.severity === s).length;
  return html`<section class="diagnostics" aria-labelledby="diagnostics-title" data-diagnostics>
    <h3 id="diagnostics-title">
      ${m.diagnosticsTitle}
      <span class="muted" data-diagnostics-count
        >${
          list.length === 0
            ? m.noDiagnostics
            : m.diagnosticsCount(count('error'), count('warning'), count('info'))
        }</span
      >
    </h3>
    ${input.plan ? nothing : html`<p class="unreadable" role="alert">${m.unreadable} ${input.name}</p>`}
    ${
      list.length === 0
        ? nothing
        : html`<ol class="diagnostic-list">
            ${list.map((d) => diagnosticItem(d, input.lines, m))}
          </ol>`
    }
  </section>`;
}

function diagnosticItem(
  d: Diagnostic,
  lines: readonly string[],
  m: DashboardMessages,
): TemplateResult {
  const text = d.line !== undefined ? lines[d.line - 1] : undefined;
  return html`<li class="diagnostic ${d.severity}" data-code=${d.code} data-line=${d.line ?? ''}>
    <span class="badge ${d.severity}">${m.severity[d.severity]}</span>
    ${d.line !== undefined ? html`<span class="place">${m.line(d.line, d.column)}</span>` : nothing}
    ${d.field ? html`<code class="field">${d.field}</code>` : nothing}
    <span class="message">${m.diagnostic(d)}</span>
    ${
      text !== undefined && text.trim() !== ''
        ? html`<pre
            class="snippet"
          ><span class="line-no">${d.line}</span>${snippet(text, d.column)}</pre>`
        : nothing
    }
    <code class="code muted">${d.code}</code>
  </li>`;
}

/** The line, or a window of it around the column, with the column's character marked. */
function snippet(line: string, column: number | undefined): TemplateResult {
  const chars = [...line];
  const at = column !== undefined && column >= 1 && column <= chars.length ? column - 1 : -1;
  let from = 0;
  if (chars.length > SNIPPET)
    from = at < 0 ? 0 : Math.max(0, Math.min(at - 24, chars.length - SNIPPET));
  const to = Math.min(chars.length, from + SNIPPET);
  const head = (from > 0 ? '…' : '') + chars.slice(from, at < 0 ? to : at).join('');
  const tail = (c: number) => chars.slice(c, to).join('') + (to < chars.length ? '…' : '');
  if (at < 0 || at >= to) return html`${head}${at < 0 ? (to < chars.length ? '…' : '') : ''}`;
  return html`${head}<mark>${chars[at]}</mark>${tail(at + 1)}`;
}
