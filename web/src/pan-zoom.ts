// Zoom (wheel, buttons) and pan (drag) for an SVG by moving its viewBox, so lines keep their
// width (vector-effect) and clicks on what is drawn still land. A drag never counts as a click.
import { h } from "./elements.js";

export interface Box { x: number; y: number; width: number; height: number }

export interface PanZoom {
  /** Zoom buttons to place beside the drawing. */
  controls: HTMLElement;
  reset(): void;
}

export function panZoom(svg: SVGSVGElement, home: Box, options: { minScale?: number; maxScale?: number } = {}): PanZoom {
  const minScale = options.minScale ?? 0.5;
  const maxScale = options.maxScale ?? 20;
  let box = { ...home };
  const set = () => svg.setAttribute("viewBox", `${box.x} ${box.y} ${box.width} ${box.height}`);
  set();

  /** The drawing's coordinates under a point on the screen. */
  const toBox = (clientX: number, clientY: number) => {
    const r = svg.getBoundingClientRect();
    // preserveAspectRatio meet: the box is scaled by the smaller ratio and centred
    const k = Math.min(r.width / box.width, r.height / box.height) || 1;
    return { x: box.x + (clientX - r.left - (r.width - box.width * k) / 2) / k, y: box.y + (clientY - r.top - (r.height - box.height * k) / 2) / k };
  };

  const zoom = (factor: number, at?: { x: number; y: number }) => {
    const scale = home.width / (box.width / factor);
    if (scale < minScale || scale > maxScale) return;
    const c = at ?? { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    box = { x: c.x - (c.x - box.x) / factor, y: c.y - (c.y - box.y) / factor, width: box.width / factor, height: box.height / factor };
    set();
  };

  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.25 : 0.8, toBox(e.clientX, e.clientY));
  }, { passive: false });

  let drag: { x: number; y: number; box: Box; moved: boolean; id: number } | undefined;
  let justDragged = false;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, box: { ...box }, moved: false, id: e.pointerId };
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.setPointerCapture(e.pointerId); svg.classList.add("dragging"); }
    const r = svg.getBoundingClientRect();
    const k = Math.min(r.width / box.width, r.height / box.height) || 1;
    box = { ...box, x: drag.box.x - dx / k, y: drag.box.y - dy / k };
    set();
  });
  const end = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    justDragged = drag.moved;
    drag = undefined;
    svg.classList.remove("dragging");
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
  svg.addEventListener("click", (e) => {
    if (justDragged) { e.stopPropagation(); e.preventDefault(); }
    justDragged = false;
  }, { capture: true });

  const reset = () => { box = { ...home }; set(); };
  const controls = h("div", { class: "zoom-controls" },
    h("button", { type: "button", title: "zoom in", "aria-label": "zoom in", onclick: () => zoom(1.5) }, "+"),
    h("button", { type: "button", title: "zoom out", "aria-label": "zoom out", onclick: () => zoom(1 / 1.5) }, "−"),
    h("button", { type: "button", title: "whole view", "aria-label": "reset zoom", onclick: reset }, "⤢"),
  );
  return { controls, reset };
}
