// The live drawings (helper B2's views/*.js, each `export function render(el, state, opts)`), called with the
// latest state. A view that is missing or fails to load draws nothing; the rest of the page keeps working.
//
// opts given to every view:
//   points   {train: {x, y}, test: {x, y}, extent}   the data (job.points()), for the boundary view
//   setup    the Setup shown in the controls
//   config   the normalized /api/config
//   lang, t  the language and the UI text function (views' own keys live in text/views.{en,ko}.json)
//   showTest whether the test points are drawn
//   selected {layer, unit} | null          the neuron chosen for "show the math"
//   onSelect({layer, unit})                 call when the user picks a neuron (network or neuron view)
//   api      the fetch wrapper of common/api.js (the math view may call /api/math/neuron, /api/math/optimizer)

const NAMES = ["boundary", "neurons", "network", "curves", "confusion", "math"];
const OWN = { curves: { height: 230 } };
const modules = {};
let loading = null;

/** Import every view module once (missing ones are skipped quietly). */
export function loadViews() {
  if (!loading) {
    loading = Promise.all(NAMES.map(async (name) => {
      try {
        modules[name] = await import(`/static/playground/views/${name}.js`);
      } catch (err) {
        console.warn(`view ${name} not available: ${err.message}`);
      }
    }));
  }
  return loading;
}

/** The loaded module of a view, or undefined. */
export function viewModule(name) {
  return modules[name];
}

/** Draw `state` in every view that is loaded. */
export function renderViews(state, opts) {
  for (const name of NAMES) {
    const module = modules[name];
    const el = document.getElementById(`view-${name}`);
    if (!module || typeof module.render !== "function" || !el) continue;
    try {
      module.render(el, state, { ...opts, ...(OWN[name] || {}) });
    } catch (err) {
      console.warn(`view ${name} failed: ${err.message}`);
    }
  }
}
