/**
 * Hostile text for every name, title and section a widget draws (RELIABILITY
 * "Hostile content"). Each payload, if it ever ran, would call
 * `window.__remitXss()` or `alert()`; `installXssTrap` counts both.
 */
const RUN = '__remitXss()';

export const HOSTILE_PAYLOADS: readonly string[] = [
  `<img src=x onerror=alert(1)>`,
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${RUN}">`,
  `"><svg onload=alert(1)>`,
  `"><svg onload=${RUN}>`,
  `'><svg/onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `javascript:alert(1)`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `  javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `vbscript:msgbox(1)`,
  `{{constructor.constructor('alert(1)')()}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `{{7*7}}`,
  `\${alert(1)}`,
  `\${${RUN}}`,
  `#{${RUN}}`,
  `<%= ${RUN} %>`,
  `</style><style>*{display:none}</style>`,
  `</style><style>:host{display:none!important}</style>`,
  `<style>body{background:red}</style>`,
  `red;background:url(javascript:${RUN})`,
  `red;background:url(javascript:alert(1))`,
  `#fff;}</style><script>${RUN}</script>`,
  `expression(${RUN})`,
  `url(javascript:${RUN})`,
  `<a href="javascript:${RUN}">click</a>`,
  `<a href=javascript:${RUN}>x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<body onload=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}>`,
  `<audio src=x onerror=${RUN}>`,
  `<object data="javascript:${RUN}">`,
  `<embed src="javascript:${RUN}">`,
  `<link rel=stylesheet href=x onerror=${RUN}>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<marquee onstart=${RUN}>`,
  `<div style="background:url(javascript:${RUN})">`,
  `<foreignObject><div onmouseover=${RUN}>x</div></foreignObject>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><set attributeName=onmouseover to=${RUN}>`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `"onmouseover="${RUN}"`,
  `' onfocus='${RUN}' autofocus='`,
  `" autofocus onfocus="${RUN}`,
  `&lt;img src=x onerror=${RUN}&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `\\u003cimg src=x onerror=${RUN}\\u003e`,
  `%3Cscript%3E${RUN}%3C/script%3E`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<?xml version="1.0"?><script>${RUN}</script>`,
  `__proto__`,
  `constructor`,
  `prototype`,
  `toString`,
  `<img src=x onerror=${RUN}>区委依法治区办`,
  `区司法局<script>${RUN}</script>`,
  `区发改委\u202e<img src=x onerror=${RUN}>`,
  `\u200b<svg onload=${RUN}>\u200b`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<slot name=x onclick=${RUN}>`,
  `<remit-data src="javascript:${RUN}"></remit-data>`,
];

declare global {
  interface Window {
    __remitXss?: () => void;
    __remitXssCount?: number;
  }
}

/**
 * Installs the trap that every payload would spring: `window.__remitXss()`,
 * `alert`, `confirm` and `prompt` increment `window.__remitXssCount`. Returns a
 * function that reads the count; call `restore` to put the originals back.
 */
export function installXssTrap(): { count: () => number; restore: () => void } {
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.__remitXssCount = 0;
  const spring = (): void => {
    window.__remitXssCount = (window.__remitXssCount ?? 0) + 1;
  };
  window.__remitXss = spring;
  window.alert = spring;
  window.confirm = () => (spring(), false);
  window.prompt = () => (spring(), null);
  return {
    count: () => window.__remitXssCount ?? 0,
    restore: () => {
      Object.assign(window, original);
      delete window.__remitXss;
    },
  };
}
