// What every lesson page shares: the top bar (lab, lessons, previous/next, language), its strings, the call to
// the lesson's API, formulas with KaTeX and numbers as text. Every number a page shows comes from the server.
//
//   import { initLesson, lessonApi, tex, fmt, t } from "/static/lessons/common/lesson.js";
//   await initLesson("perceptron", { onLang: redraw });   // loads common + the page's text.json, builds the bar
//   const out = await lessonApi("perceptron", { w0: 1 }); // POST /api/lessons/perceptron; errors in the message area
//   tex(el, "\\hat{y} = \\sigma(z)");                     // KaTeX (display style) into el

import { api, clearMessage, showMessage } from "/static/common/api.js";
import { applyI18n, getLang, initI18n, onLangChange, t } from "/static/common/i18n.js";

export { t, getLang, applyI18n, showMessage };

/** The lessons in the order of the decks: [name, owner's text key prefix]. */
export const LESSONS = [
  "perceptron", "activations", "losses", "gradient-descent", "backprop",
  "learning-rate", "optimizers", "batch-size", "overfitting", "landscape",
  "knn", "tree", "forest",
  "kmeans", "dbscan", "pca",
  "draw-digit", "char-rnn",
];

/** The text key of a lesson's title or description: "lesson_perceptron_title", "lesson_learning_rate_desc". */
export function lessonKey(name, what) {
  return `lesson_${name.replace(/-/g, "_")}_${what}`;
}

function link(href, text, cls) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  if (cls) a.className = cls;
  return a;
}

function withLang(href) {
  return `${href}?lang=${getLang()}`;
}

/** Build (or rebuild, after a language switch) the top bar into <header id="lesson-bar">. */
function buildBar(name) {
  const bar = document.getElementById("lesson-bar");
  if (!bar) return;
  const select = bar.querySelector('select[data-testid="language"]');
  bar.replaceChildren();
  bar.classList.add("lab-bar");
  bar.append(link(withLang("/"), t("lesson_lab_title"), "lab-title"));
  const nav = document.createElement("nav");
  nav.append(link(withLang("/"), t("nav_playground")), link(withLang("/lessons"), t("nav_lessons")));
  const at = LESSONS.indexOf(name);
  if (at > 0) nav.append(link(withLang(`/lessons/${LESSONS[at - 1]}`), `← ${t(lessonKey(LESSONS[at - 1], "title"))}`));
  if (at >= 0 && at < LESSONS.length - 1) {
    nav.append(link(withLang(`/lessons/${LESSONS[at + 1]}`), `${t(lessonKey(LESSONS[at + 1], "title"))} →`));
  }
  const spacer = document.createElement("span");
  spacer.className = "spacer";
  const label = document.createElement("label");
  label.textContent = t("language");
  label.htmlFor = "lesson-language";
  const choice = select || document.createElement("select");
  choice.id = "lesson-language";
  choice.dataset.testid = "language";
  bar.append(nav, spacer, label, choice);
}

/**
 * Load the common lesson strings and the page's own text.json, choose the language, build the top bar and fill
 * every data-i18n attribute. `onLang(lang)` runs after each language switch (and not at start: call it yourself).
 * `name` is the lesson's folder ("perceptron"), or "index" for the list of lessons.
 */
export async function initLesson(name, { onLang = null } = {}) {
  const extra = ["/static/lessons/common/text.json"];
  if (name !== "index") extra.push(`/static/lessons/${name}/text.json`);
  // the page's HTML holds the bar's language select, so that i18n.js wires it; the bar is built around it
  const lang = await initI18n({ extra });
  const refresh = () => {
    buildBar(name);
    applyI18n();
    document.title = `${t(name === "index" ? "nav_lessons" : lessonKey(name, "title"))} · ${t("lesson_lab_title")}`;
    const select = document.querySelector('select[data-testid="language"]');
    if (select) select.value = getLang();
  };
  refresh();
  for (const el of document.querySelectorAll("[data-tex]")) tex(el, el.dataset.tex, { inline: true });
  onLangChange((code) => {
    refresh();
    if (onLang) onLang(code);
  });
  return lang;
}

const calls = {};

/**
 * POST `body` to /api/lessons/<path>. An error answer is shown in the message area and thrown. When a newer
 * call with the same `key` (default: the path) was made meanwhile, this one resolves to null: draw only the latest.
 */
export async function lessonApi(path, body = {}, { key = path } = {}) {
  const n = (calls[key] = (calls[key] || 0) + 1);
  const out = await api(`/api/lessons/${path}`, { method: "POST", body });
  if (n !== calls[key]) return null;
  clearMessage();
  return out;
}

/** Render `latex` with KaTeX into `el` (display style unless inline); plain text if KaTeX is missing. */
export function tex(el, latex, { inline = false } = {}) {
  if (!el) return;
  if (window.katex) {
    window.katex.render(latex, el, { displayMode: !inline, throwOnError: false, output: "html" });
  } else {
    el.textContent = latex;
  }
}

/**
 * A server number as text: at most `digits` decimals, trailing zeros dropped ("0.0025", "−6", "3").
 * `{ fixed: true }` keeps the zeros ("0.5000"). Uses the true minus sign unless `{ ascii: true }`.
 */
export function fmt(value, digits = 4, { fixed = false, ascii = false } = {}) {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  let text;
  if (value !== 0 && Math.abs(value) < 10 ** -digits) {
    text = value.toExponential(2);
  } else {
    text = value.toFixed(digits);
    if (!fixed && text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
    if (text === "-0") text = "0";
  }
  return ascii ? text : text.replace(/^-/, "−");
}

/** A number for LaTeX: like fmt, in braces with a parenthesis when negative and `paren` is set. */
export function texNum(value, digits = 4, { paren = false } = {}) {
  let text = fmt(value, digits, { ascii: true });
  const power = text.match(/^(-?[\d.]+)e([+-]\d+)$/);
  if (power) text = `${power[1]} \\times 10^{${Number(power[2])}}`;
  return paren && text.startsWith("-") ? `(${text})` : text;
}

/**
 * `fn` with the latest arguments, one call at a time (for drags and sliders): while a call runs, further calls
 * only update the arguments, and the latest runs when it ends (at most one per animation frame). A dragging
 * class sends the server one request at a time each, never a queue.
 */
export function throttle(fn) {
  let pending = null;
  let running = false;
  return (...args) => {
    pending = args;
    if (running) return;
    running = true;
    (async () => {
      while (pending) {
        const next = pending;
        pending = null;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        try {
          await fn(...next);
        } catch {
          // the message area shows what went wrong; the next call may succeed
        }
      }
      running = false;
    })();
  };
}

/** A new element: h("div", {class: "x", "data-testid": "y"}, child, "text", ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) el.append(child);
  return el;
}

/** Keep a slider and its number box in step; `onInput(value)` on every change of either. */
export function pairSlider(range, box, onInput) {
  range.addEventListener("input", () => {
    box.value = range.value;
    onInput(Number(range.value));
  });
  box.addEventListener("input", () => {
    if (box.value === "" || !Number.isFinite(Number(box.value))) return;
    range.value = box.value;
    onInput(Number(box.value));
  });
}
