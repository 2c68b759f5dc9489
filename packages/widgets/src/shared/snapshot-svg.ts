const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws HTML content (cards, tables) as a detached `<svg>` for export: each
 * element matching `boxes` becomes a rectangle with its computed background,
 * border colour and radius; the text of each element matching `texts` becomes
 * one `<text>` per rendered line, placed where the browser drew it, in its
 * computed colour and font. `data-*` attributes are copied to the shapes.
 * Pass the result to `exportSvg` (e.g. from a `RemitElement.exportRoot()`
 * override). Text stays text (`textContent`).
 */
export function snapshotSvg(
  container: Element,
  selectors: { boxes: string; texts: string },
): SVGSVGElement {
  const origin = container.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const el of container.querySelectorAll(selectors.boxes)) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const rect = document.createElementNS(SVG_NS, 'rect');
    set(rect, {
      x: r.left - origin.left,
      y: r.top - origin.top,
      width: r.width,
      height: r.height,
      rx: parseFloat(style.borderTopLeftRadius) || 0,
      fill: style.backgroundColor,
    });
    if (parseFloat(style.borderTopWidth) > 0) {
      set(rect, { stroke: style.borderTopColor, 'stroke-width': style.borderTopWidth });
    }
    copyData(el, rect);
    svg.appendChild(rect);
  }
  for (const el of container.querySelectorAll(selectors.texts)) {
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize) || 13;
    for (const line of renderedLines(el)) {
      const text = document.createElementNS(SVG_NS, 'text');
      set(text, {
        x: line.left - origin.left,
        y: line.top - origin.top + (line.height + size * 0.7) / 2,
        fill: style.color,
        'font-size': size,
        'font-weight': style.fontWeight,
      });
      text.textContent = line.text;
      copyData(el, text);
      svg.appendChild(text);
    }
  }
  return svg;
}

function set(el: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) {
    el.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);
  }
}

function copyData(from: Element, to: Element): void {
  for (const attr of from.attributes) {
    if (attr.name.startsWith('data-')) to.setAttribute(attr.name, attr.value);
  }
}

interface Line {
  text: string;
  left: number;
  top: number;
  height: number;
}

/**
 * The lines the browser drew for an element's text, found from the box of
 * each character (a Range per code point), joined while they share a top.
 */
function renderedLines(el: Element): Line[] {
  const lines: Line[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let current: Line | undefined;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const data = node.data;
    for (let i = 0; i < data.length;) {
      const step = data.codePointAt(i)! > 0xffff ? 2 : 1;
      range.setStart(node, i);
      range.setEnd(node, i + step);
      const box = range.getBoundingClientRect();
      const ch = data.slice(i, i + step);
      i += step;
      if (box.width === 0 && box.height === 0) continue; // collapsed white space
      if (current && Math.abs(box.top - current.top) < box.height / 2) {
        current.text += ch;
      } else {
        current = { text: ch, left: box.left, top: box.top, height: box.height };
        lines.push(current);
      }
    }
  }
  range.detach();
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
}
