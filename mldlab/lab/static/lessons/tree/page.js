// A decision tree growing split by split: the server grows the whole tree (max_depth, criterion) and orders its
// splits best first; after s steps the page shows the first s splits on the plane and in the tree drawing, the
// newest split's impurity numbers and the regions of the tree so far (POST /api/lessons/tree).

import { fmt, h, initLesson, lessonApi, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { axisLabels, CLASS_COLOURS, className, dataControls, drawPoints, keepPlot, legend, paintRegions, rgb }
  from "/static/lessons/knn/plane.js";

const FEATURES = ["x₁", "x₂"];
const NS = "http://www.w3.org/2000/svg";
const state = { dataset: "moons", n_samples: 100, noise: null, seed: 0, criterion: "gini", max_depth: 4, step: 1,
  x: null };
let last = null;
let plot = null;

const $ = (id) => document.getElementById(id);

function svg(tag, attrs = {}, text = null) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  if (text !== null) el.textContent = text;
  return el;
}

function setControls() {
  for (const b of document.querySelectorAll("[data-criterion]")) {
    b.setAttribute("aria-selected", String(b.dataset.criterion === state.criterion));
  }
  $("max-depth").value = state.max_depth === null ? "none" : String(state.max_depth);
}

function rule(node) {
  return `${FEATURES[node.feature]} ≤ ${fmt(node.threshold, 3)}`;
}

function impurityName() {
  return t(`criterion_${state.criterion}`);
}

function drawPlane(out) {
  const data = out.data;
  plot = keepPlot(plot, $("plane"), data.extent, { width: 620, labels: axisLabels(state.dataset) });
  plot.clear();
  paintRegions(plot, out.regions, data.classes.length);
  drawPoints(plot, data);
  for (const s of out.splits) {
    const [x0, x1, y0, y1] = s.box;
    const newest = s.step === out.step;
    const colour = newest ? "#c0392b" : "#14181f";
    const width = newest ? 5 : 2.5;
    if (s.feature === 0) plot.segment(s.threshold, y0, s.threshold, y1, colour, { width });
    else plot.segment(x0, s.threshold, x1, s.threshold, colour, { width });
    const [lx, ly] = s.feature === 0 ? [s.threshold, y1] : [x0, s.threshold];
    plot.text(lx, ly, String(s.step), { dx: s.feature === 0 ? 5 : 6, dy: s.feature === 0 ? 20 : -6, size: 18,
      fill: colour });
  }
  if (out.path) {
    const [a, b] = out.path.x;
    plot.point(a, b, { r: 12, fill: rgb(out.path.prediction), stroke: "#14181f", testid: "tree-point" })
      .setAttribute("stroke-width", 4);
    plot.point(a, b, { r: 3, fill: "#14181f", stroke: "#14181f" });
  }
  legend($("legend"), data);
  $("acc-train").textContent = fmt(out.accuracy.train, 4, { fixed: true, ascii: true });
  $("acc-test").textContent = fmt(out.accuracy.test, 4, { fixed: true, ascii: true });
}

/** I = 1 − Σ p_k² (Gini) or −Σ p_k log₂ p_k (entropy) with the node's counts, = the server's value. */
function impurityTex(name, node) {
  const parts = node.counts.map((c) => `\\tfrac{${c}}{${node.n}}`);
  let sum;
  if (state.criterion === "gini") {
    sum = `1 - ${parts.map((p) => `\\left(${p}\\right)^2`).join(" - ")}`;
  } else {
    const terms = node.counts.map((c, k) => [c, parts[k]]).filter(([c]) => c > 0);
    sum = terms.map(([, p]) => `${p}\\log_2 ${p}`).join(" - ");
    sum = `-${sum}`;
  }
  return `${name} &= ${sum} = ${texNum(node.impurity)}`;
}

function drawSplit(out) {
  const I = state.criterion === "gini" ? "\\mathrm{Gini}" : "H";
  const general = state.criterion === "gini" ? `${I} = 1 - \\sum_k p_k^2` : `${I} = -\\sum_k p_k \\log_2 p_k`;
  const s = out.splits[out.step - 1];
  if (!s) {
    const root = out.nodes[0];
    $("split-title").textContent = t("no_split_title");
    tex($("split-formula"), `\\begin{aligned} ${general} \\\\ ${impurityTex(`${I}(\\text{root})`, root)} \\end{aligned}`);
    $("split-text").textContent = t("no_split_text", { n: root.n, name: className(out.data, root.class) });
    return;
  }
  $("split-title").textContent = t("split_title", { step: s.step, rule: rule(s) });
  const l = s.left;
  const r = s.right;
  tex($("split-formula"), `\\begin{aligned} ${general} \\\\ ${impurityTex(`${I}(t)`, s)} \\\\ `
    + `${impurityTex(`${I}(t_L)`, l)} \\\\ ${impurityTex(`${I}(t_R)`, r)} \\\\ `
    + `\\Delta I &= ${I}(t) - \\tfrac{N_L}{N_t} ${I}(t_L) - \\tfrac{N_R}{N_t} ${I}(t_R) \\\\ `
    + `&= ${texNum(s.impurity)} - \\tfrac{${l.n}}{${s.n}} \\cdot ${texNum(l.impurity)} - \\tfrac{${r.n}}{${s.n}} \\cdot ${
      texNum(r.impurity)} \\\\ &= \\mathbf{${texNum(s.decrease)}} \\end{aligned}`);
  $("split-text").textContent = t("split_text", { n: s.n, depth: s.depth, rule: rule(s), left: l.n, right: r.n,
    decrease: fmt(s.decrease), weighted: fmt(s.weighted_decrease), impurity: impurityName() });
}

/** The tree so far: leaves side by side in order, each parent above the middle of its children. */
function drawTree(out) {
  const byId = new Map(out.nodes.map((n) => [n.id, n]));
  const leaves = out.nodes.filter((n) => n.left === undefined).length;
  const compact = leaves > 6; // a big tree: narrower boxes without the impurity line
  const W = compact ? 150 : 200;
  const H = compact ? 74 : 102;
  const GAP_X = 16;
  const GAP_Y = 52;
  const place = new Map();
  let slot = 0;
  const walk = (id) => {
    const node = byId.get(id);
    if (node.left === undefined) {
      place.set(id, slot);
      slot += 1;
    } else {
      walk(node.left);
      walk(node.right);
      place.set(id, (place.get(node.left) + place.get(node.right)) / 2);
    }
  };
  walk(0);
  const depth = Math.max(...out.nodes.map((n) => n.depth));
  const width = Math.max(1, slot) * (W + GAP_X) + GAP_X;
  const height = (depth + 1) * (H + GAP_Y) + 20;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "plot", role: "img" });
  root.style.width = `${width}px`;
  root.style.maxWidth = "100%";
  root.style.minWidth = `${Math.min(width, slot * 120)}px`;
  const cx = (id) => GAP_X + place.get(id) * (W + GAP_X) + W / 2;
  const top = (n) => 16 + n.depth * (H + GAP_Y);
  const newest = out.step > 0 ? out.splits[out.step - 1].id : -1;
  const onPath = new Set(out.path ? out.path.nodes : []);
  for (const n of out.nodes) {
    if (n.left === undefined) continue;
    for (const [child, word] of [[n.left, t("yes")], [n.right, t("no")]]) {
      const c = byId.get(child);
      const walked = onPath.has(n.id) && onPath.has(child);
      root.append(svg("line", { x1: cx(n.id), y1: top(n) + H, x2: cx(child), y2: top(c),
        stroke: walked ? "#14181f" : "#4a5361", "stroke-width": walked ? 6 : 2 }));
      const label = svg("text", { x: (cx(n.id) + cx(child)) / 2, y: (top(n) + H + top(c)) / 2 + 5,
        "text-anchor": "middle", class: "edge-label" }, word);
      root.append(label);
    }
  }
  for (const n of out.nodes) {
    const purity = Math.max(...n.counts) / n.n;
    const base = CLASS_COLOURS[n.class % CLASS_COLOURS.length];
    const a = 0.12 + 0.5 * Math.max(0, (purity - 0.5) / 0.5);
    const fill = `rgb(${base.map((ch) => Math.round(255 + (ch - 255) * a)).join(",")})`;
    const isNew = n.id === newest || n.parent === newest;
    const g = svg("g", { "data-node": n.id });
    g.append(svg("rect", { x: cx(n.id) - W / 2, y: top(n), width: W, height: H, rx: 8, fill,
      class: `node-box${isNew ? " new" : ""}${onPath.has(n.id) ? " on-path" : ""}` }));
    const lines = n.left !== undefined ? [[rule(n), "node-rule"]] : [[`→ ${className(out.data, n.class)}`, "node-rule"]];
    if (!compact) lines.push([`${state.criterion === "gini" ? "Gini" : "H"} = ${fmt(n.impurity, 3)}`, "node-text"]);
    lines.push([`N = ${n.n}  [${n.counts.join(", ")}]`, "node-text"]);
    lines.forEach(([text, cls], i) => g.append(svg("text", { x: cx(n.id), y: top(n) + 30 + i * 28,
      "text-anchor": "middle", class: cls }, text)));
    if (n.step) {
      g.append(svg("circle", { cx: cx(n.id) - W / 2 + 2, cy: top(n) + 2, r: 13, fill: n.id === newest ? "#c0392b"
        : "#14181f" }));
      g.append(svg("text", { x: cx(n.id) - W / 2 + 2, y: top(n) + 8, "text-anchor": "middle", class: "node-step" },
        String(n.step)));
    }
    root.append(g);
  }
  $("tree").replaceChildren(root);
}

function drawTable(out) {
  $("col-impurity").textContent = impurityName();
  const body = document.querySelector("[data-testid=splits] tbody");
  body.replaceChildren(...out.splits.map((s) => h("tr", { class: s.step === out.step ? "active" : null },
    h("td", { text: String(s.step) }), h("td", { text: String(s.depth) }), h("td", { class: "text", text: rule(s) }),
    h("td", { text: String(s.n) }), h("td", { text: `[${s.counts.join(", ")}]` }),
    h("td", { text: fmt(s.impurity) }), h("td", { text: fmt(s.decrease) }), h("td", { text: fmt(s.weighted_decrease) }))));
}

function drawPath(out) {
  if (!out.path) {
    $("path").textContent = out.step > 0 ? t("path_hint") : t("path_none");
    $("engine-text").textContent = "";
    return;
  }
  const p = out.path;
  const rules = out.path.nodes.slice(0, -1).map((id, i) => {
    const node = out.nodes.find((n) => n.id === id);
    const left = out.path.nodes[i + 1] === node.left;
    return `${rule(node)}? ${t(left ? "yes" : "no")}`;
  });
  $("path").textContent = t("path_text", { x: `(${fmt(p.x[0], 2)}, ${fmt(p.x[1], 2)})`, rules: rules.join(" → "),
    name: className(out.data, p.prediction), p: fmt(Math.max(...p.proba), 3) });
  $("engine-text").textContent = out.text;
}

function draw(out) {
  $("step").textContent = String(out.step);
  $("n-splits").textContent = String(out.n_splits);
  $("back").disabled = out.step === 0;
  $("reset").disabled = out.step === 0;
  $("next").disabled = out.step >= out.n_splits;
  $("all").disabled = out.step >= out.n_splits;
  drawPlane(out);
  drawSplit(out);
  drawTree(out);
  drawPath(out);
  drawTable(out);
}

async function update() {
  const asked = state.step;
  let out;
  try {
    out = await lessonApi("tree", state);
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  last = out;
  if (state.step === asked) state.step = out.step; // "grow all" asks for 255: keep the number of splits there are
  draw(out);
}

const refresh = throttle(update);

async function main() {
  // a new language: redraw at once, and ask again for the engine's explanation in it
  await initLesson("tree", { onLang: () => (last ? (draw(last), refresh()) : null) });
  dataControls($("data"), state, () => {
    state.step = 1;
    refresh();
  });
  for (const b of document.querySelectorAll("[data-criterion]")) {
    b.addEventListener("click", () => {
      state.criterion = b.dataset.criterion;
      setControls();
      refresh();
    });
  }
  $("max-depth").addEventListener("change", () => {
    state.max_depth = $("max-depth").value === "none" ? null : Number($("max-depth").value);
    refresh();
  });
  const go = (step) => {
    state.step = Math.max(0, step);
    refresh();
  };
  $("next").addEventListener("click", () => go(state.step + 1));
  $("back").addEventListener("click", () => go(state.step - 1));
  $("reset").addEventListener("click", () => go(0));
  $("all").addEventListener("click", () => go(255));
  document.addEventListener("keydown", (event) => { // a presenter's clicker or the arrow keys: one split at a time
    if (event.target.closest("input, select, textarea") || event.altKey || event.ctrlKey || event.metaKey) return;
    if (["ArrowRight", "PageDown"].includes(event.key) && !$("next").disabled) go(state.step + 1);
    else if (["ArrowLeft", "PageUp"].includes(event.key) && !$("back").disabled) go(state.step - 1);
    else return;
    event.preventDefault();
  });
  $("plane").addEventListener("pointerdown", (event) => {
    if (!plot || !last) return;
    const [a, b, c, d] = last.data.extent;
    const [x1, x2] = plot.at(event);
    state.x = [Math.round(Math.max(a, Math.min(b, x1)) * 1000) / 1000,
      Math.round(Math.max(c, Math.min(d, x2)) * 1000) / 1000];
    refresh();
  });
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
