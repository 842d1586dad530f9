// What the session-3 pages (kmeans, dbscan, pca) share: the cluster colours, points coloured by cluster (grey
// before any assignment), a centre marker μⱼ, subscript digits and a colour chip.
//
//   drawClustered(plot, out.data.x, labels);  centre(plot, [x1, x2], j, { hollow, drag });

import { fmt } from "/static/lessons/common/lesson.js";

/** Ten clearly different colours (the first two are the class colours of the other pages). */
const CLUSTER_COLOURS = ["#e5832b", "#2b6fd6", "#009e73", "#cc79a7", "#56b4e9", "#a61b1b", "#7b4fb8", "#b89b00",
  "#8c564b", "#17becf"];
const GREY = "#8a94a3";

/** Cluster j's colour; −1 (DBSCAN's noise, or no cluster yet) grey. */
export function clusterColour(j) {
  return j < 0 ? GREY : CLUSTER_COLOURS[j % CLUSTER_COLOURS.length];
}

/** The points x coloured by `labels` (null: all grey, not assigned yet). */
export function drawClustered(plot, x, labels) {
  x.forEach(([a, b], i) => {
    const el = plot.point(a, b, { r: 6, fill: clusterColour(labels ? labels[i] : -1), stroke: "#ffffff" });
    el.setAttribute("stroke-width", 1.5);
    el.style.pointerEvents = "none";
  });
}

/** A centre μⱼ: a big ringed disc in the cluster's colour named beside it; `hollow` (dashed) for an old centre. */
export function centre(plot, [a, b], j, { hollow = false, drag = null } = {}) {
  const el = plot.point(a, b, { r: hollow ? 10 : 13, fill: hollow ? "#ffffff" : clusterColour(j), stroke: "#14181f",
    drag, testid: hollow ? null : `centre-${j + 1}` });
  el.setAttribute("stroke-width", hollow ? 3 : 4);
  if (hollow) el.setAttribute("stroke-dasharray", "4 3");
  if (!drag) el.style.pointerEvents = "none";
  if (!hollow) plot.text(a, b, `μ${subscript(j + 1)}`, { dx: 15, dy: -12, size: 21 }).style.pointerEvents = "none";
}

const SUB = "₀₁₂₃₄₅₆₇₈₉";

/** 12 → "₁₂". */
export function subscript(n) {
  return String(n).split("").map((d) => SUB[Number(d)]).join("");
}

/** A point as text: "(1.23, −0.4)". */
export function pointText(p, digits = 3) {
  return `(${p.map((v) => fmt(v, digits)).join(", ")})`;
}

/** A coloured chip for cluster j (a table cell or legend). */
export function swatch(j) {
  const el = document.createElement("span");
  el.className = "swatch";
  el.style.background = clusterColour(j);
  return el;
}
