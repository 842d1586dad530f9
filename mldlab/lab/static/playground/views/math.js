// "Show the math": the selected neuron's z = w₀ + Σ xᵢwᵢ and g(z) with today's numbers, and the optimizer's update
// rule with its current terms. The numbers and formulas come from the server (mldlab.explain through
// GET /api/math/neuron and GET /api/math/optimizer); this view only lays them out, with KaTeX when the page has
// loaded it (window.katex) and as readable plain text when it has not.
//
//   render(el, state, opts)   opts: {t, lang, api(path) -> Promise<json>, selected: {layer, unit} | null,
//                                    probe: [x1, x2] | null, math: {neuron, optimizer} (fixed answers, no requests)}
//
// An answer is {markdown, latex?, text?}: `latex` (the neuron's z and g(z) with numbers, or the optimizer's rule)
// is shown large on top, the Markdown (explain's step-by-step rendering) below it; the optimizer's steps for each
// parameter tensor fold away except the first. selected.layer counts as state.network.layers does (1 = the first
// hidden layer); the server's `layer` counts Linear layers from 0, hence layer − 1 in the request.
//
// Requests are few: again when the selection, the point, the language, the learning rate or the run's stop
// changes, and while training at most
// once every REFRESH ms; an answer that arrives after a newer request was sent is dropped.

import { instance, make, tr } from "./common.js";

const views = new WeakMap();
const REFRESH = 1500;

function create(el) {
  el.classList.add("mv-view", "mv-math");
  const neuronTitle = make("h3", "mv-math-title");
  const neuron = make("div", "mv-math-body");
  neuron.dataset.testid = "math-neuron";
  const optimizerTitle = make("h3", "mv-math-title");
  const optimizer = make("div", "mv-math-body");
  optimizer.dataset.testid = "math-optimizer";
  el.replaceChildren(neuronTitle, neuron, optimizerTitle, optimizer);
  return {
    neuron: { title: neuronTitle, body: neuron, key: null, shown: null, sent: 0, at: 0, iteration: null, fold: false },
    optimizer: { title: optimizerTitle, body: optimizer, key: null, shown: null, sent: 0, at: 0, iteration: null,
      fold: true },
  };
}

/** Lay out the math of the selected neuron and of the optimizer in `el`. */
export function render(el, state, opts = {}) {
  const view = instance(views, el, () => create(el));
  const sizes = state && state.network ? state.network.layers : null;
  // a selection the network no longer has (a layer or neuron removed) counts as none
  const selected = opts.selected && (!sizes || (opts.selected.layer >= 1 && opts.selected.layer < sizes.length &&
    opts.selected.unit < sizes[opts.selected.layer])) ? opts.selected : null;
  view.neuron.title.textContent = selected
    ? tr(opts, "view_math_neuron", { layer: selected.layer, unit: selected.unit + 1 })
    : tr(opts, "view_math_neuron_none");
  view.optimizer.title.textContent = tr(opts, "view_math_optimizer");
  const lang = opts.lang || "";
  if (opts.math) {
    show(view.neuron, selected ? opts.math.neuron : null, opts, lang);
    show(view.optimizer, opts.math.optimizer, opts, lang);
    return;
  }
  if (!selected) {
    show(view.neuron, null, opts, lang);
  } else {
    const query = new URLSearchParams({ layer: selected.layer - 1, unit: selected.unit });
    if (opts.probe) {
      query.set("x1", opts.probe[0]);
      query.set("x2", opts.probe[1]);
    }
    request(view.neuron, `/api/math/neuron?${query}`, state, opts, lang);
  }
  request(view.optimizer, "/api/math/optimizer", state, opts, lang);
}

function request(part, path, state, opts, lang) {
  if (typeof opts.api !== "function") return;
  // a stop (diverged, early stopping) changes the numbers at once: ask again now
  const key = state ? `${path}|${lang}|${state.stopped}` : `${path}|${lang}`;
  const iteration = state ? state.iteration : null;
  const now = Date.now();
  const changed = key !== part.key;
  const lr = state ? state.learning_rate : null;
  // a new learning rate (typed in, or a schedule's) is shown soon, but at most about three times a second
  const stale = (iteration !== part.iteration && now - part.at >= REFRESH) || (lr !== part.lr && now - part.at >= 300);
  if (!changed && !stale) return;
  part.key = key;
  part.iteration = iteration;
  part.lr = lr;
  part.at = now;
  const ticket = ++part.sent;
  if (changed) part.body.classList.add("mv-math-waiting");
  Promise.resolve(opts.api(path))
    .then((data) => {
      if (ticket === part.sent) show(part, data, opts, lang);
    })
    .catch(() => {
      if (ticket === part.sent) part.body.classList.remove("mv-math-waiting");
    });
}

function show(part, data, opts, lang) {
  const katex = window.katex;
  const key = JSON.stringify([data, lang, Boolean(katex)]);
  part.body.classList.remove("mv-math-waiting");
  if (key === part.shown) return;
  part.shown = key;
  if (!data) {
    part.body.replaceChildren(make("p", "mv-math-hint", tr(opts, "view_math_pick")));
    return;
  }
  const markdown = typeof data === "string" ? data : data.markdown;
  if (markdown && katex) {
    const before = [...part.body.querySelectorAll("details")];
    const open = before.length ? new Set(before.filter((d) => d.open).map((d) => d.dataset.name)) : null;
    const lines = fromMarkdown(markdown, katex, part.fold, open);
    if (data.latex) {
      const formula = make("div", "mv-math-formula");
      katex.render(data.latex, formula, { throwOnError: false, displayMode: false });
      lines.unshift(formula);
    }
    part.body.replaceChildren(...lines);
  } else if (data.text || markdown) {
    part.body.replaceChildren(make("pre", "mv-math-plain", data.text || plain(markdown)));
  } else {
    part.body.replaceChildren(make("pre", "mv-math-plain", JSON.stringify(data, null, 1)));
  }
}

/** explain's Markdown (``**heading**``, ``- `` items indented two spaces per level, ``$…$`` LaTeX) as elements.
 * With `fold`, each top-level item and the lines under it become a <details>: open are those named in `open` (what
 * the user had open before this redraw), else the first one. */
function fromMarkdown(markdown, katex, fold, open) {
  const out = [];
  let group = null;
  for (const raw of markdown.split("\n")) {
    if (!raw.trim()) continue;
    const item = raw.match(/^(\s*)- (.*)$/);
    const depth = item ? item[1].length / 2 + 1 : 0;
    let text = item ? item[2] : raw.trim();
    const heading = /^\*\*.*\*\*$/.test(text);
    if (heading) text = text.slice(2, -2);
    const line = make(heading ? "p" : "div", heading ? "mv-math-heading" : "mv-math-line");
    line.style.paddingLeft = `${Math.max(0, depth - (fold && depth ? 1 : 0)) * 1.2}em`;
    text.split(/(\$[^$]+\$)/).forEach((piece) => {
      if (piece.startsWith("$") && piece.endsWith("$") && piece.length > 1) {
        const span = make("span");
        katex.render(piece.slice(1, -1), span, { throwOnError: false, displayMode: false });
        line.append(span);
      } else if (piece) {
        line.append(document.createTextNode(piece));
      }
    });
    if (fold && depth === 1) {
      group = make("details", "mv-math-group");
      group.dataset.name = text;
      group.open = Boolean(open && open.has(text));
      const summary = make("summary");
      summary.append(...line.childNodes);
      group.append(summary);
      out.push(group);
    } else if (fold && depth > 1 && group) {
      group.append(line);
    } else {
      group = null;
      out.push(line);
    }
  }
  const groups = out.filter((node) => node.tagName === "DETAILS");
  if (groups.length && !groups.some((node) => node.open)) groups[0].open = true;
  return out;
}

/** The Markdown as plain text: no $ signs, no ** marks, LaTeX commands turned into their symbols where common. */
function plain(markdown) {
  const symbols = { "\\cdot": "·", "\\sum": "Σ", "\\sigma": "σ", "\\hat{y}": "ŷ", "\\leftarrow": "←", "\\eta": "η",
    "\\theta": "θ", "\\partial": "∂", "\\sqrt": "√", "\\epsilon": "ε", "\\varepsilon": "ε", "\\beta": "β",
    "\\tanh": "tanh", "\\max": "max" };
  let text = markdown.replace(/\$/g, "").replace(/\*\*/g, "");
  for (const [command, symbol] of Object.entries(symbols)) text = text.split(command).join(symbol);
  return text.replace(/_\{([^}]*)\}/g, "$1").replace(/\^\{([^}]*)\}/g, "^$1").replace(/[{}]/g, "");
}
