// The test set's confusion matrix: rows are the true classes, columns the predicted ones.
//
//   render(el, state, opts)   opts: {t, classNames: [...] (names for state.confusion.labels)}
//
// Each cell holds its count; its shade is the share of its row (how many of that true class landed there):
// blue on the diagonal (right), orange off it (wrong), so the colour reads without knowing the numbers.
// Below: the accuracy = diagonal / all.

import { instance, make, tr } from "./common.js";

const views = new WeakMap();

function create(el) {
  el.classList.add("mv-view", "mv-confusion");
  const table = make("table", "mv-matrix");
  table.dataset.testid = "confusion-table";
  const accuracy = make("p", "mv-accuracy");
  accuracy.dataset.testid = "confusion-accuracy";
  const empty = make("p", "mv-empty");
  el.replaceChildren(table, accuracy, empty);
  return { table, accuracy, empty, key: "" };
}

/** Draw state.confusion in `el` (a note instead for regression, where it is null). */
export function render(el, state, opts = {}) {
  const view = instance(views, el, () => create(el));
  const confusion = state && state.confusion;
  const names = confusion ? (opts.classNames || confusion.labels).map(String) : [];
  const key = JSON.stringify([confusion, names, tr(opts, "view_true"), tr(opts, "view_accuracy")]);
  if (key === view.key) return;
  view.key = key;
  view.table.hidden = !confusion;
  view.accuracy.hidden = !confusion;
  view.empty.hidden = Boolean(confusion);
  if (!confusion) {
    view.empty.textContent = tr(opts, "view_no_confusion");
    return;
  }
  const matrix = confusion.matrix;
  const head = make("tr");
  const corner = make("th", "mv-corner");
  corner.append(make("span", "mv-corner-true", tr(opts, "view_true")), make("span", "mv-corner-predicted",
    tr(opts, "view_predicted")));
  head.append(corner, ...names.map((name) => make("th", "mv-col", name)));
  const rows = [head];
  let right = 0;
  let total = 0;
  matrix.forEach((row, i) => {
    const tr_ = make("tr");
    tr_.append(make("th", "mv-row", names[i]));
    const sum = row.reduce((a, b) => a + b, 0);
    row.forEach((count, j) => {
      const cell = make("td", i === j ? "mv-right" : "mv-wrong", String(count));
      cell.dataset.testid = `confusion-${i}-${j}`;
      const share = sum ? count / sum : 0;
      const hue = i === j ? "43, 111, 214" : "229, 131, 43";
      cell.style.background = `rgba(${hue}, ${(0.08 + 0.82 * share).toFixed(3)})`;
      cell.style.color = i === j && share > 0.55 ? "#ffffff" : "#14181f";
      tr_.append(cell);
      total += count;
      if (i === j) right += count;
    });
    rows.push(tr_);
  });
  view.table.replaceChildren(...rows);
  const accuracy = total ? right / total : 0;
  view.accuracy.textContent = tr(opts, "view_confusion_accuracy", {
    accuracy: `${(100 * accuracy).toFixed(1)}%`, right, total });
}
