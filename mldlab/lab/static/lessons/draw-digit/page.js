// Draw a digit and watch a CNN read it. The learner draws with the mouse, a pen or a finger on a 32×32 grid; the
// server (POST /api/lessons/draw-digit) turns the drawing into the 8×8 image scikit-learn's digits were made of
// (the inked pixels of each 4×4 block, 0 … 16), runs the digits CNN and sends the probabilities of the ten digits
// and every convolution and pooling layer's feature maps. A click on a cell of a map asks for that cell written
// out: its receptive field in the image and the kernel × patch sum (or the pooling window).

import { fmt, h, initLesson, lessonApi, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { bars, colour, heat, largest } from "/static/lessons/draw-digit/cnn.js";

const N = 32;
const BLOCK = 4;
const BRUSH = 1.6; // the pen's radius in grid cells: strokes about three cells wide, like the NIST bitmaps
const pixels = new Uint8Array(N * N);
const state = { tool: "pen", cell: null, inChannel: null };
let last = null;
let poll = null;
let stroke = null;

const $ = (id) => document.getElementById(id);

function grid() {
  const rows = [];
  for (let r = 0; r < N; r += 1) rows.push(Array.from(pixels.subarray(r * N, (r + 1) * N)));
  return rows;
}

/** The drawing, with the 4×4 blocks' borders, and the clicked cell's receptive field (a red frame). */
function drawPad() {
  const canvas = $("pad");
  const ctx = canvas.getContext("2d");
  const s = canvas.width / N;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#14181f";
  for (let i = 0; i < N * N; i += 1) if (pixels[i]) ctx.fillRect((i % N) * s, Math.floor(i / N) * s, s, s);
  ctx.lineWidth = 1;
  for (let k = 0; k <= N; k += 1) {
    ctx.strokeStyle = k % BLOCK === 0 ? "rgba(31,95,191,0.55)" : "rgba(20,24,31,0.08)";
    ctx.beginPath();
    ctx.moveTo(k * s + 0.5, 0);
    ctx.lineTo(k * s + 0.5, canvas.height);
    ctx.moveTo(0, k * s + 0.5);
    ctx.lineTo(canvas.width, k * s + 0.5);
    ctx.stroke();
  }
  const field = last && last.cell ? last.cell.field : null;
  if (field) {
    ctx.strokeStyle = "#c0392b";
    ctx.lineWidth = 4;
    const [r0, r1] = field.rows;
    const [c0, c1] = field.cols;
    ctx.strokeRect(c0 * BLOCK * s + 2, r0 * BLOCK * s + 2, (c1 - c0 + 1) * BLOCK * s - 4, (r1 - r0 + 1) * BLOCK * s - 4);
  }
}

/** Ink (or erase) every cell within the brush of the segment from (x0, y0) to (x1, y1), in grid units. */
function paint(x0, y0, x1, y1) {
  const value = state.tool === "pen" ? 1 : 0;
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2));
  let changed = false;
  for (let k = 0; k <= steps; k += 1) {
    const x = x0 + ((x1 - x0) * k) / steps;
    const y = y0 + ((y1 - y0) * k) / steps;
    for (let r = Math.floor(y - BRUSH); r <= Math.ceil(y + BRUSH); r += 1) {
      for (let c = Math.floor(x - BRUSH); c <= Math.ceil(x + BRUSH); c += 1) {
        if (r < 0 || c < 0 || r >= N || c >= N) continue;
        if ((c + 0.5 - x) ** 2 + (r + 0.5 - y) ** 2 > BRUSH ** 2) continue;
        if (pixels[r * N + c] !== value) {
          pixels[r * N + c] = value;
          changed = true;
        }
      }
    }
  }
  return changed;
}

function at(event) {
  const box = $("pad").getBoundingClientRect();
  return [((event.clientX - box.left) / box.width) * N, ((event.clientY - box.top) / box.height) * N];
}

function onDown(event) {
  event.preventDefault();
  $("pad").setPointerCapture(event.pointerId);
  stroke = at(event);
  if (paint(...stroke, ...stroke)) changed();
}

function onMove(event) {
  if (!stroke) return;
  const events = event.getCoalescedEvents ? event.getCoalescedEvents() : [event];
  let any = false;
  for (const e of events.length ? events : [event]) {
    const next = at(e);
    any = paint(...stroke, ...next) || any;
    stroke = next;
  }
  if (any) changed();
}

function onUp() {
  stroke = null;
}

function changed() {
  drawPad();
  refresh();
}

/** The 8×8 image as grey squares with their counts (0 … 16); `field` (rows, cols) is framed in red. */
function drawImage(el, image, field = null) {
  const cells = [];
  image.forEach((row, r) => row.forEach((v, c) => {
    const cell = h("span", { text: String(v) });
    cell.style.gridArea = `${r + 1} / ${c + 1}`; // placed, so that the frame can lie on top
    cell.style.background = colour(v, 16, false);
    cell.style.color = v > 8 ? "#ffffff" : "#14181f";
    cells.push(cell);
  }));
  if (field) {
    const box = h("i", { class: "field-box", "data-testid": "field-box" });
    box.style.gridRow = `${field.rows[0] + 1} / ${field.rows[1] + 2}`;
    box.style.gridColumn = `${field.cols[0] + 1} / ${field.cols[1] + 2}`;
    cells.push(box);
  }
  el.replaceChildren(...cells);
}

/** A number of a small grid: two decimals, the true minus sign, no "−0.00". */
function two(v) {
  const text = v.toFixed(2);
  return /^-0\.00$/.test(text) ? "0.00" : text.replace(/^-/, "−");
}

function drawPrediction() {
  if (!last || last.status !== "ready") {
    $("prediction").textContent = "—";
    $("confidence").textContent = "—";
    $("bars").replaceChildren();
    return;
  }
  const p = last.probabilities;
  $("prediction").textContent = String(last.prediction);
  $("confidence").textContent = `${fmt(p[last.prediction] * 100, 1)}%`;
  $("accuracy").textContent = `${fmt(last.test_accuracy * 100, 1)}%`;
  bars($("bars"), p.map((v, k) => ({ label: String(k), p: v })), { highlight: last.prediction });
  $("network").textContent = last.network.join("\n");
}

function layerTitle(map, i) {
  const [c, hgt, w] = map.shape;
  const kind = map.kind === "Conv2d" ? t("kind_conv") : t("kind_maxpool");
  return t("map_layer", { n: i + 1, kind, c, h: hgt, w });
}

/** One row per convolution or pooling layer: a small heat map per channel; a click picks a cell. */
function drawMaps() {
  const box = $("maps");
  if (!last || last.status !== "ready") {
    box.replaceChildren();
    return;
  }
  box.replaceChildren(...last.maps.map((map, i) => {
    const limit = largest(map.values);
    const size = 96;
    const row = h("div", { class: "map-row", "data-testid": `maps-layer-${map.layer}` },
      h("div", { class: "map-title" }, h("strong", { text: layerTitle(map, i) }),
        h("span", { class: "note", text: map.kind === "Conv2d" && map.relu ? t("map_relu_next") : "" })));
    const list = h("div", { class: "map-list" });
    map.values.forEach((channel, k) => {
      const canvas = h("canvas", { class: "map", "data-testid": "feature-map", "data-layer": map.layer,
        "data-channel": k, title: t("map_click") });
      const cell = Math.max(4, Math.round(size / channel.length));
      const ctx = heat(canvas, channel, { limit, cell });
      const chosen = state.cell;
      if (chosen && chosen.layer === map.layer && chosen.channel === k) {
        ctx.strokeStyle = "#14181f";
        ctx.lineWidth = Math.max(2, cell / 6);
        ctx.strokeRect(chosen.col * cell + 1, chosen.row * cell + 1, cell - 2, cell - 2);
        canvas.classList.add("chosen");
      }
      canvas.addEventListener("click", (event) => {
        const r = canvas.getBoundingClientRect();
        const col = Math.min(channel[0].length - 1, Math.floor(((event.clientX - r.left) / r.width) * channel[0].length));
        const rowAt = Math.min(channel.length - 1, Math.floor(((event.clientY - r.top) / r.height) * channel.length));
        state.cell = { layer: map.layer, channel: k, row: rowAt, col };
        state.inChannel = null;
        refresh();
      });
      list.append(h("figure", {}, canvas, h("figcaption", { text: String(k + 1) })));
    });
    row.append(list);
    return row;
  }));
}

/** A small table of numbers, each cell tinted by its value (`strong`: the cell to stress, e.g. a maximum). */
function numberGrid(title, rows, { signed = true, limit = largest(rows), inside = null, strong = null, testid } = {}) {
  const table = h("table", { class: "numbers grid-numbers", "data-testid": testid });
  rows.forEach((row, r) => {
    const tr = h("tr");
    row.forEach((v, c) => {
      const td = h("td", { text: inside && !inside[r][c] ? "0" : two(v) });
      td.style.background = colour(v, limit, signed);
      if (Math.abs(v) > 0.6 * limit) td.style.color = "#ffffff";
      if (inside && !inside[r][c]) td.classList.add("padded");
      if (strong && strong[0] === r && strong[1] === c) td.classList.add("strong");
      tr.append(td);
    });
    table.append(tr);
  });
  return h("figure", { class: "grid-figure" }, h("figcaption", { text: title }), table);
}

/** A convolution cell (explain.convolution's numbers): one input map's patch ⊙ kernel = products, then the sum. */
function convCell(cell) {
  const e = cell.explained;
  const count = e.channels.length;
  if (state.inChannel === null || state.inChannel >= count) {
    const sums = e.channel_sums.map(Math.abs);
    state.inChannel = sums.indexOf(Math.max(...sums)); // the input map that adds most
  }
  const c = state.inChannel;
  const tabs = $("in-channels");
  tabs.hidden = count === 1;
  tabs.replaceChildren(h("span", { class: "tabs-label", text: t("in_channel") }), ...e.channels.map((ch, i) => {
    const b = h("button", { type: "button", "aria-selected": String(i === c), text: String(ch + 1),
      "data-testid": `in-channel-${i}` });
    b.addEventListener("click", () => {
      state.inChannel = i;
      drawCell();
    });
    return b;
  }));
  const inside = e.padded[c].map((row) => row.map((p) => !p));
  $("cell-grids").replaceChildren(
    numberGrid(t("grid_patch", { c: e.channels[c] + 1 }), e.patch[c], { limit: Math.max(largest(e.patch), 1e-9),
      inside, testid: "grid-patch" }),
    h("span", { class: "grid-op", text: "⊙" }),
    numberGrid(t("grid_kernel"), e.kernel[c], { limit: largest(e.kernel), testid: "grid-kernel" }),
    h("span", { class: "grid-op", text: "=" }),
    numberGrid(t("grid_products"), e.products[c], { limit: largest(e.products), testid: "grid-products" }));
  const term = (v) => texNum(v, 3, { paren: true });
  const parts = count === 1 ? e.products[0].flat().map(term) : e.channel_sums.map(term);
  const width = count === 1 ? 3 : 4;
  const lines = [];
  for (let i = 0; i < parts.length; i += width) lines.push(parts.slice(i, i + width).join(" + "));
  const general = count === 1 ? "\\sum_{m,n} w_{mn}\\, x_{mn}" : "\\sum_{c} \\sum_{m,n} w_{cmn}\\, x_{cmn}";
  let sum = `z &= b + ${general} \\\\ &= ${term(e.bias)} + ${lines.join(" \\\\ &\\quad + ")}`
    + ` \\\\ &= \\mathbf{${texNum(e.value, 4)}}`;
  const map = last.maps.find((m) => m.layer === cell.layer);
  if (map && map.relu) sum += ` \\\\ \\operatorname{ReLU}(z) &= \\max(0, z) = ${texNum(Math.max(0, e.value), 4)}`;
  tex($("cell-formula"), `\\begin{aligned} ${sum} \\end{aligned}`);
  $("cell-verdict").textContent = e.matches ? t("cell_same", { z: fmt(e.layer_value, 4) }) : t("cell_differs");
  $("engine-text").textContent = cell.text;
}

/** A max-pooling cell (explain.pooling's numbers): the window, its largest value in bold. */
function poolCell(cell) {
  const e = cell.explained;
  $("in-channels").hidden = true;
  $("in-channels").replaceChildren();
  $("cell-grids").replaceChildren(numberGrid(t("grid_window", { c: cell.channel + 1 }), e.window,
    { inside: e.padded.map((row) => row.map((p) => !p)), strong: e.argmax, testid: "grid-window" }));
  const values = e.window.flat().map((v) => texNum(v, 3)).join(",\\ ");
  tex($("cell-formula"), `\\max(${values}) = \\mathbf{${texNum(e.value, 4)}}`);
  const same = e.matches ? t("pool_same", { y: fmt(e.layer_value, 4) }) : t("cell_differs");
  $("cell-verdict").textContent = `${t("pool_max")} ${same}`;
  $("engine-text").textContent = cell.text;
}

function drawCell() {
  const cell = last && last.status === "ready" ? last.cell : null;
  $("cell-panel").classList.toggle("waiting", !cell);
  if (!cell) {
    $("cell-title").textContent = t("cell_title_none");
    $("in-channels").replaceChildren();
    $("cell-grids").replaceChildren();
    $("cell-formula").replaceChildren();
    $("cell-verdict").textContent = t("cell_hint");
    $("engine-text").textContent = "";
    drawImage($("field"), last ? last.image : Array.from({ length: 8 }, () => Array(8).fill(0)));
    return;
  }
  const i = last.maps.findIndex((m) => m.layer === cell.layer);
  $("cell-title").textContent = t("cell_title", { layer: layerTitle(last.maps[i], i), c: cell.channel + 1,
    r: cell.row + 1, col: cell.col + 1 });
  drawImage($("field"), last.image, cell.field);
  if (cell.kind === "Conv2d") convCell(cell);
  else poolCell(cell);
}

function drawStatus() {
  const el = $("status");
  if (!last) {
    el.textContent = "";
    return;
  }
  el.classList.toggle("warn", last.status !== "ready");
  if (last.status === "training") el.textContent = t("status_training");
  else if (last.status === "failed") el.textContent = last.text;
  else if (!pixels.some((v) => v)) el.textContent = t("status_empty");
  else el.textContent = t("status_ready", { d: last.prediction, p: fmt(last.probabilities[last.prediction] * 100, 1) });
}

function draw() {
  drawPad();
  for (const b of document.querySelectorAll("[data-tool]")) b.setAttribute("aria-selected", String(b.dataset.tool === state.tool));
  if (last) drawImage($("image"), last.image);
  drawPrediction();
  drawMaps();
  drawCell();
  drawStatus();
  document.body.dataset.status = last ? last.status : "";
}

async function update() {
  let out;
  try {
    out = await lessonApi("draw-digit", { pixels: grid(), cell: state.cell });
  } catch {
    state.cell = null; // a cell the network does not have: forget it
    return;
  }
  if (!out) return;
  last = out;
  clearTimeout(poll);
  if (out.status === "training") poll = setTimeout(() => refresh(), 1000); // ask again until it is trained
  draw();
}

const refresh = throttle(update);

function load(example) {
  pixels.set(example.pixels.flat());
  refresh();
  drawPad();
}

async function examples() {
  const out = await lessonApi("draw-digit/examples", {});
  $("examples").replaceChildren(...out.examples.map((example) => {
    const canvas = h("canvas", { class: "thumb" });
    heat(canvas, example.image, { limit: 16, signed: false, cell: 5 });
    const b = h("button", { type: "button", class: "example", "data-testid": `example-${example.label}`,
      title: t("example_title", { d: example.label }) }, canvas);
    b.addEventListener("click", () => load(example));
    return b;
  }));
  return out.examples;
}

async function main() {
  await initLesson("draw-digit", { onLang: draw });
  const pad = $("pad");
  pad.addEventListener("pointerdown", onDown);
  pad.addEventListener("pointermove", onMove);
  pad.addEventListener("pointerup", onUp);
  pad.addEventListener("pointercancel", onUp);
  for (const b of document.querySelectorAll("[data-tool]")) {
    b.addEventListener("click", () => {
      state.tool = b.dataset.tool;
      draw();
    });
  }
  $("clear").addEventListener("click", () => {
    pixels.fill(0);
    state.cell = null;
    changed();
  });
  draw();
  const list = await examples();
  pixels.set(list[3].pixels.flat()); // start from a 3 of the data set
  await update();
  document.body.dataset.ready = "1";
}

main();
