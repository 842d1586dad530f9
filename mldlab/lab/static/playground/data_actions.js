// Changing the points: regenerate (new seed), upload a CSV (x1,x2,label or x1,x2,target), click the picture to add a
// point of the chosen class. The server validates; its error shows in the message area.

import { api, showMessage } from "/static/common/api.js";
import { t } from "/static/common/i18n.js";
import { viewModule } from "./views.js";

const $ = (id) => document.getElementById(id);
let onPoints = () => {};
let getContext = () => ({});
let clickClass = 1;

/** Data coordinates [x1, x2] of a click on the boundary view (B2's toData if it has one, else from the extent). */
function toData(el, event, state) {
  const view = viewModule("boundary");
  if (view && typeof view.toData === "function") return view.toData(el, event);
  const target = el.querySelector("canvas") || el;
  const rect = target.getBoundingClientRect();
  const extent = state && state.boundary ? state.boundary.extent : null;
  if (!extent || !rect.width || !rect.height) return null;
  const [x1min, x1max, x2min, x2max] = extent;
  const fx = (event.clientX - rect.left) / rect.width;
  const fy = (event.clientY - rect.top) / rect.height;
  if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return null;
  return [x1min + fx * (x1max - x1min), x2max - fy * (x2max - x2min)];
}

/** The class buttons of "click to add a point": one per class, or a target value for regression. */
export function drawClickClasses(setup, points) {
  const box = $("click-class");
  box.replaceChildren();
  if (!setup) return;
  if (setup.output === "regression") {
    const input = document.createElement("input");
    input.type = "number";
    input.step = "any";
    input.value = clickClass;
    input.dataset.testid = "click-target";
    input.setAttribute("aria-label", t("click_target"));
    input.addEventListener("change", () => {
      clickClass = Number(input.value);
    });
    const label = document.createElement("label");
    label.className = "row check";
    label.append(document.createTextNode("y ="), input);
    box.append(label);
    return;
  }
  const names = points && Array.isArray(points.classes) ? points.classes : [];
  const labels = new Set([0, 1]);
  names.forEach((name, i) => labels.add(i));
  for (const part of [points && points.train, points && points.test]) {
    for (const y of (part && part.y) || []) labels.add(Number(y));
  }
  if (!labels.has(clickClass)) clickClass = 1;
  for (const label of [...labels].sort((a, b) => a - b)) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `small class-button class-${label}`;
    b.setAttribute("role", "radio");
    b.setAttribute("aria-checked", String(label === clickClass));
    b.dataset.testid = `click-class-${label}`;
    const name = names[label];
    b.textContent = name !== undefined && String(name) !== String(label) ? `${label}: ${name}` : t("class_n", { n: label });
    b.addEventListener("click", () => {
      clickClass = label;
      drawClickClasses(setup, points);
    });
    box.append(b);
  }
}

async function changePoints(path, options) {
  const out = await api(path, options);
  onPoints(out);
}

/**
 * Wire the data buttons. `points(answer)` gets each server answer (points, maybe with setup and state);
 * `context()` gives {state, locked} at the time of a click.
 */
export function initDataActions(handlePoints, context) {
  onPoints = handlePoints;
  getContext = context;
  $("regenerate").addEventListener("click", () => changePoints("/api/data/regenerate", { method: "POST", body: {} }).catch(() => {}));
  $("upload").addEventListener("change", async () => {
    const file = $("upload").files[0];
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    try {
      await changePoints("/api/data/upload", { method: "POST", form });
      showMessage(t("upload_done", { name: file.name }), "info");
    } catch {
      // the server's message is already in the message area
    } finally {
      $("upload").value = "";
    }
  });
  $("view-boundary").addEventListener("click", (event) => {
    const { state, locked } = getContext();
    if (locked.has("points")) return;
    const xy = toData($("view-boundary"), event, state);
    if (!xy) return;
    const point = { x1: Number(xy[0].toFixed(4)), x2: Number(xy[1].toFixed(4)), y: clickClass };
    changePoints("/api/data/points", { method: "POST", body: { points: [point] } }).catch(() => {});
  });
}
