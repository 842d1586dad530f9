// A character RNN reads what the learner types. The server (POST /api/lessons/char-rnn) runs the text, one
// character at a time, through an LSTM trained on the bundled Korean or English text and sends the hidden state hₜ
// after each character (one column of the heat map each) and the probabilities of the next character after the
// last one (the ten likeliest as bars). "Continue" asks the model to write on, drawing each character from
// softmax(logits / T) with the temperature T of the slider.

import { fmt, getLang, h, initLesson, lessonApi, pairSlider, t, tex, throttle } from "/static/lessons/common/lesson.js";
import { bars, colour, visible } from "/static/lessons/draw-digit/cnn.js";

const START = { en: "Every morning the teacher ", ko: "아버지는 자전거를 " };
const SAMPLE_LENGTH = 120;
const state = { model: null, temperature: 0.8, seed: 0 };
let last = null;
let sampled = null;
let poll = null;

const $ = (id) => document.getElementById(id);

function model() {
  return state.model || getLang();
}

/** The hidden states as a heat map: one column per character (its label below), one row per unit of hₜ. */
function drawHidden() {
  const box = $("hidden");
  if (!last || last.status !== "ready") {
    box.replaceChildren();
    $("hidden-note").textContent = "";
    return;
  }
  const T = last.chars.length;
  const H = last.hidden_size;
  const room = Math.max(320, box.clientWidth - 8);
  const cw = Math.max(18, Math.min(44, Math.floor(room / T))); // wider than the box: it scrolls, newest in view
  const ch = Math.max(2, Math.min(6, Math.floor(330 / H)));
  const label = 30;
  const canvas = h("canvas", { "data-testid": "hidden-map", "data-columns": T });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(cw * T * ratio);
  canvas.height = Math.round((ch * H + label) * ratio);
  canvas.style.width = `${cw * T}px`;
  canvas.style.height = `${ch * H + label}px`;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  last.hidden.forEach((column, t) => column.forEach((v, u) => {
    ctx.fillStyle = colour(v, 1, true);
    ctx.fillRect(t * cw, u * ch, cw, ch);
  }));
  ctx.strokeStyle = "rgba(20,24,31,0.25)";
  ctx.lineWidth = 1;
  for (let c = 1; c < T; c += 1) {
    ctx.beginPath();
    ctx.moveTo(c * cw + 0.5, 0);
    ctx.lineTo(c * cw + 0.5, ch * H);
    ctx.stroke();
  }
  const font = getComputedStyle(document.body).fontFamily;
  const size = Math.min(24, cw - 1);
  ctx.font = `700 ${size}px ${font}`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  last.chars.forEach((c, i) => {
    ctx.fillStyle = c === " " || c === "\n" ? "#8a5a00" : "#14181f";
    ctx.fillText(visible(c), i * cw + cw / 2, ch * H + label / 2);
  });
  box.replaceChildren(canvas);
  box.scrollLeft = box.scrollWidth; // the last characters typed
  $("hidden-note").textContent = t("hidden_note", { H, T });
}

function drawNext() {
  if (!last || last.status !== "ready") {
    $("next").replaceChildren();
    $("next-title").textContent = t("next_title_none");
    return;
  }
  const after = visible(last.chars[last.chars.length - 1]);
  $("next-title").textContent = t("next_title", { c: after });
  const items = last.next.map((item) => ({ label: visible(item.char), p: item.p }));
  // the likeliest fills the height, unless it is below 20 %: a model that has not learned shows low, even bars
  bars($("next"), items, { highlight: 0, height: 280, top: Math.max(items[0].p, 0.2) });
}

function drawSample() {
  const el = $("sampled");
  if (!sampled || !last || last.status !== "ready") {
    el.replaceChildren();
    return;
  }
  el.replaceChildren(document.createTextNode(last.chars.join("")),
    h("mark", { "data-testid": "sample-text", text: sampled.text }));
  tex($("sample-formula"), `p(c) = \\operatorname{softmax}\\!\\left(\\frac{\\text{logits}}{T}\\right)_c, \\quad T = ${fmt(sampled.temperature, 2)}`);
}

function drawStatus() {
  const el = $("status");
  const text = $("text").value;
  $("count").textContent = t("count", { n: [...text].length, max: 200 });
  el.classList.toggle("warn", Boolean(last && last.status !== "ready"));
  if (!text) el.textContent = t("status_empty");
  else if (!last) el.textContent = "";
  else if (last.status === "training") el.textContent = t("status_training");
  else if (last.status === "failed") el.textContent = last.text;
  else el.textContent = t("status_ready", { V: last.vocab_size, c: visible(last.next[0].char), p: fmt(last.next[0].p * 100, 1) });
  const notice = $("notice");
  notice.hidden = !(last && last.notice);
  notice.textContent = last && last.notice ? last.notice : "";
}

function draw() {
  $("model").value = model();
  tex($("hidden-formula"), "\\mathbf{h}_t = \\operatorname{LSTM}(\\mathbf{x}_t, \\mathbf{h}_{t-1}), \\quad "
    + "p(c_{t+1}) = \\operatorname{softmax}(W \\mathbf{h}_t + \\mathbf{b})");
  drawHidden();
  drawNext();
  drawSample();
  drawStatus();
  document.body.dataset.status = last ? last.status : "";
  document.body.dataset.model = last ? last.model : "";
}

async function update({ sample = 0 } = {}) {
  const text = $("text").value;
  if (!text) {
    last = null;
    draw();
    return;
  }
  const body = { text, model: model(), temperature: state.temperature, sample, seed: state.seed };
  let out;
  try {
    out = await lessonApi("char-rnn", body);
  } catch {
    last = null;
    draw();
    return;
  }
  if (!out) return;
  last = out;
  clearTimeout(poll);
  if (out.status === "training") poll = setTimeout(() => refresh(), 1000);
  if (out.sample) sampled = { text: out.sample, temperature: out.temperature };
  draw();
}

const refresh = throttle(update);

function start() {
  $("text").value = START[model()];
  sampled = null;
  refresh();
}

async function main() {
  await initLesson("char-rnn", { onLang: () => (state.model ? draw() : start()) });
  $("text").addEventListener("input", () => {
    sampled = null; // a continuation of another text
    refresh();
  });
  $("model").addEventListener("change", () => {
    state.model = $("model").value;
    start();
  });
  pairSlider($("temperature-range"), $("temperature"), (value) => {
    state.temperature = Math.max(0.1, Math.min(2, value));
  });
  $("sample").addEventListener("click", () => {
    state.seed += 1;
    update({ sample: SAMPLE_LENGTH });
  });
  window.addEventListener("resize", () => drawHidden());
  $("text").value = START[model()];
  await update();
  document.body.dataset.ready = "1";
}

main();
