import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ZoomState } from './network.view.js';

/** What the gestures tell the element. */
export interface GestureCallbacks {
  /** the node under a pointer event and its screen position, or undefined for the background */
  nodeAt(event: Event): { i: number; x: number; y: number } | undefined;
  zoomed(zoom: ZoomState): void;
  dragStart(i: number): void;
  /** `x`, `y`: where the node should be, in the chart's pixels */
  dragMove(i: number, x: number, y: number): void;
  dragEnd(i: number): void;
}

type Subject = { i: number; x: number; y: number };

/**
 * Zoom, pan and node dragging on a chart `<svg>`, with d3-zoom and d3-drag.
 *
 * - A plain wheel scrolls the host page; Ctrl/⌘ + wheel or a pinch zooms, so
 *   the chart never traps the page's scrolling.
 * - Dragging a node moves it; dragging the background pans. Pointer positions
 *   are taken relative to the `<svg>` node itself (`container`), which is
 *   right inside a shadow root where events are retargeted.
 * - No transitions: zoom changes are immediate (reduced motion, and nothing
 *   left to interrupt on disconnect).
 *
 * Call `attach(svg)` after each render (it is idempotent); the listeners are
 * removed when the host disconnects or the `<svg>` is replaced.
 */
export class NetworkGestures implements ReactiveController {
  #callbacks: GestureCallbacks;
  #attached: { svg: SVGSVGElement; zoom: ZoomBehavior<SVGSVGElement, unknown> } | undefined;

  constructor(host: ReactiveControllerHost, callbacks: GestureCallbacks) {
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Adds zoom and drag to `svg`, starting from `state`; does nothing when already attached to it. */
  attach(svg: SVGSVGElement, state: ZoomState): void {
    if (this.#attached?.svg === svg) return;
    this.detach();
    const cb = this.#callbacks;
    const zooming = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      .duration(0)
      .filter((event: Event) => {
        const e = event as WheelEvent;
        if (e.type === 'wheel') return e.ctrlKey || e.metaKey;
        if (e.type === 'dblclick') return !cb.nodeAt(e);
        return !e.ctrlKey && !e.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        cb.zoomed({ k, x, y });
      });
    const dragging = drag<SVGSVGElement, unknown, Subject>()
      .container(() => svg)
      .subject((event: D3DragEvent<SVGSVGElement, unknown, Subject>) => {
        // A null subject leaves the gesture to d3-zoom (panning).
        return (cb.nodeAt(event.sourceEvent as Event) ?? null) as Subject;
      })
      .on('start', (event: D3DragEvent<SVGSVGElement, unknown, Subject>) =>
        cb.dragStart(event.subject.i),
      )
      .on('drag', (event: D3DragEvent<SVGSVGElement, unknown, Subject>) =>
        cb.dragMove(event.subject.i, event.x, event.y),
      )
      .on('end', (event: D3DragEvent<SVGSVGElement, unknown, Subject>) =>
        cb.dragEnd(event.subject.i),
      );
    // Drag listens first: on a node it stops the event, so only the background pans.
    select(svg).call(dragging).call(zooming);
    select(svg).property('__zoom', toTransform(state));
    this.#attached = { svg, zoom: zooming };
  }

  /** Removes every listener d3 added. */
  detach(): void {
    const a = this.#attached;
    this.#attached = undefined;
    if (a) select(a.svg).on('.zoom', null).on('.drag', null);
  }

  /** Zooms by `factor` around the centre. */
  zoomBy(factor: number): void {
    const a = this.#attached;
    if (a) a.zoom.scaleBy(select(a.svg), factor);
  }

  /** Sets the zoom; the `zoomed` callback follows. */
  set(state: ZoomState): void {
    const a = this.#attached;
    if (a) a.zoom.transform(select(a.svg), toTransform(state));
    else this.#callbacks.zoomed(state);
  }
}

function toTransform(z: ZoomState) {
  return zoomIdentity.translate(z.x, z.y).scale(z.k);
}
