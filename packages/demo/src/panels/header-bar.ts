import { html, type TemplateResult } from 'lit';
import { DATA_EXPORTS, type DataExport } from '../app/data-exports.js';
import type { DashboardMessages } from '../app/messages.js';
import type { Theme, UiLang } from '../app/settings.js';

export interface HeaderActions {
  setLang(lang: UiLang): void;
  setTheme(theme: Theme): void;
  present(): void;
  print(): void;
  exportData(id: DataExport['id']): void;
  /** sets the plan's title and subtitle as slides, exports and print show them */
  rename(title: string, subtitle: string): void;
}

/** The dashboard's title bar: plan title, language, theme, presentation, print and data export. */
export function headerBar(options: {
  title: string;
  subtitle: string;
  lang: UiLang;
  theme: Theme;
  hasPlan: boolean;
  m: DashboardMessages;
  actions: HeaderActions;
}): TemplateResult {
  const { title, subtitle, lang, theme, hasPlan, m, actions } = options;
  const pressed = (on: boolean) => (on ? 'true' : 'false');
  return html`<header class="top-bar">
    <div class="brand">
      <span class="logo" aria-hidden="true">R</span>
      <div>
        <p class="product">Remit · <span data-tagline>${m.tagline}</span></p>
        <h1 data-plan-title>${title}</h1>
        <p class="subtitle muted" data-plan-subtitle>${subtitle}</p>
        ${hasPlan ? renameForm(title, subtitle, m, actions) : ''}
      </div>
    </div>
    <nav class="controls" aria-label=${m.toolbar}>
      <div class="segmented" role="group" aria-label=${m.language}>
        <button
          type="button"
          data-lang="zh-CN"
          lang="zh-CN"
          aria-pressed=${pressed(lang === 'zh-CN')}
          @click=${() => actions.setLang('zh-CN')}
        >
          中文
        </button>
        <button
          type="button"
          data-lang="en"
          lang="en"
          aria-pressed=${pressed(lang === 'en')}
          @click=${() => actions.setLang('en')}
        >
          English
        </button>
      </div>
      <div class="segmented" role="group" aria-label=${m.theme}>
        <button
          type="button"
          data-theme-choice="light"
          aria-pressed=${pressed(theme === 'light')}
          @click=${() => actions.setTheme('light')}
        >
          ${m.light}
        </button>
        <button
          type="button"
          data-theme-choice="dark"
          aria-pressed=${pressed(theme === 'dark')}
          @click=${() => actions.setTheme('dark')}
        >
          ${m.dark}
        </button>
      </div>
      <button
        type="button"
        class="primary"
        data-action="present"
        ?disabled=${!hasPlan}
        @click=${actions.present}
      >
        ${m.present}
      </button>
      <button type="button" data-action="print" ?disabled=${!hasPlan} @click=${actions.print}>
        ${m.print}
      </button>
      <details class="menu" data-export-menu>
        <summary class="button">${m.exportData}</summary>
        <ul role="list">
          ${DATA_EXPORTS.map(
            (x) =>
              html`<li>
                <button
                  type="button"
                  data-export-data=${x.id}
                  ?disabled=${!hasPlan}
                  @click=${(e: Event) => {
                    actions.exportData(x.id);
                    (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
                  }}
                >
                  ${x.label(m)}
                </button>
              </li>`,
          )}
        </ul>
      </details>
    </nav>
  </header>`;
}

/**
 * The title and subtitle as the user wants them on slides, exports and paper
 * (a file without a title shows its file name until then).
 */
function renameForm(
  title: string,
  subtitle: string,
  m: DashboardMessages,
  actions: HeaderActions,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    actions.rename(
      String(data.get('title') ?? '').trim(),
      String(data.get('subtitle') ?? '').trim(),
    );
    form.closest('details')?.removeAttribute('open');
  };
  return html`<details class="rename">
    <summary data-action="rename">${m.rename}</summary>
    <form @submit=${submit}>
      <label
        >${m.renameTitle} <input name="title" .value=${title} required maxlength="200"
      /></label>
      <label
        >${m.renameSubtitle} <input name="subtitle" .value=${subtitle} maxlength="200"
      /></label>
      <button type="submit">${m.renameApply}</button>
    </form>
  </details>`;
}
