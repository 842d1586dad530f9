// The optimizer's hyper-parameters and the learning-rate schedule, drawn from /api/config
// (each parameter: {name, default, min, max}, with PyTorch's names: momentum, betas, eps, alpha, rho ...).

import { t, has } from "/static/common/i18n.js";

const $ = (id) => document.getElementById(id);
let config = null;
let onChange = () => {};

function label(name, index) {
  if (name === "betas") return index === 0 ? "β₁" : "β₂";
  const key = `param_${name}`;
  return has(key) ? t(key) : name;
}

function numberField(testid, text, value, spec) {
  const field = document.createElement("label");
  field.className = "field";
  const span = document.createElement("span");
  span.textContent = text;
  const input = document.createElement("input");
  input.type = "number";
  input.step = "any";
  input.dataset.testid = testid;
  if (spec.min !== undefined && spec.min !== null) input.min = spec.min;
  if (spec.max !== undefined && spec.max !== null) input.max = spec.max;
  input.value = value;
  input.addEventListener("change", () => onChange());
  field.append(span, input);
  return field;
}

function checkField(testid, text, value) {
  const field = document.createElement("label");
  field.className = "row check";
  const input = document.createElement("input");
  input.type = "checkbox";
  input.dataset.testid = testid;
  input.checked = Boolean(value);
  input.addEventListener("change", () => onChange());
  const span = document.createElement("span");
  span.textContent = text;
  field.append(input, span);
  return field;
}

const PRIMARY = new Set(["momentum", "betas", "rho", "alpha", "step_size", "gamma", "T_max"]);
const opened = {};

function drawParams(box, prefix, specs, values) {
  box.replaceChildren();
  const more = document.createElement("details");
  more.className = "more-options";
  const summary = document.createElement("summary");
  summary.textContent = t("more_options");
  const moreBox = document.createElement("div");
  moreBox.className = "grid2";
  more.append(summary, moreBox);
  more.open = Boolean(opened[prefix]);
  more.addEventListener("toggle", () => {
    opened[prefix] = more.open;
  });
  for (const spec of specs) {
    const into = PRIMARY.has(spec.name) ? box : moreBox;
    const value = values && values[spec.name] !== undefined ? values[spec.name] : spec.default;
    if (typeof spec.default === "boolean") {
      into.append(checkField(`${prefix}-${spec.name}`, label(spec.name), value));
    } else if (Array.isArray(spec.default)) {
      spec.default.forEach((d, i) => {
        into.append(numberField(`${prefix}-${spec.name}-${i}`, label(spec.name, i), (value || spec.default)[i], spec));
      });
    } else {
      into.append(numberField(`${prefix}-${spec.name}`, label(spec.name), value, spec));
    }
  }
  if (moreBox.children.length) box.append(more);
}

function readParams(box, prefix, specs) {
  const out = {};
  for (const spec of specs) {
    if (typeof spec.default === "boolean") {
      out[spec.name] = box.querySelector(`[data-testid="${prefix}-${spec.name}"]`).checked;
    } else if (Array.isArray(spec.default)) {
      out[spec.name] = spec.default.map((d, i) => Number(box.querySelector(`[data-testid="${prefix}-${spec.name}-${i}"]`).value));
    } else {
      out[spec.name] = Number(box.querySelector(`[data-testid="${prefix}-${spec.name}"]`).value);
    }
  }
  return out;
}

const optimizerSpec = (name) => config.optimizers.find((o) => o.name === name) || { name, params: [] };
const scheduleSpec = (name) => config.schedules.find((s) => s.name === name) || { name, params: [] };

/** Fill the optimizer and schedule selects; `notify()` after every change. */
export function initOptimizerControls(cfg, notify) {
  config = cfg;
  onChange = notify;
  $("optimizer").addEventListener("change", () => {
    drawParams($("optimizer-params"), "opt", optimizerSpec($("optimizer").value).params, null);
    onChange();
  });
  $("schedule").addEventListener("change", () => {
    drawParams($("schedule-params"), "sched", scheduleSpec($("schedule").value).params, null);
    onChange();
  });
  drawOptionLabels();
}

/** Option texts of the two selects in the current language. */
export function drawOptionLabels() {
  const opt = $("optimizer");
  const keep = opt.value;
  opt.replaceChildren(...config.optimizers.map((o) => new Option(t(`opt_${o.name}`), o.name)));
  if (keep) opt.value = keep;
  const sched = $("schedule");
  const keepSched = sched.value;
  sched.replaceChildren(new Option(t("schedule_none"), ""),
    ...config.schedules.map((s) => new Option(t(`schedule_${s.name}`), s.name)));
  sched.value = keepSched || "";
  for (const box of [$("optimizer-params"), $("schedule-params")]) {
    for (const summary of box.querySelectorAll("summary")) summary.textContent = t("more_options");
    for (const span of box.querySelectorAll("label > span")) {
      const input = span.parentElement.querySelector("input");
      const [, name, index] = input.dataset.testid.match(/^(?:opt|sched)-(.+?)(?:-(\d))?$/);
      span.textContent = label(name, Number(index || 0));
    }
  }
}

/** {optimizer: {name, ...params}, schedule: null | {name, ...params}} from the controls. */
export function readOptimizer() {
  const name = $("optimizer").value;
  const optimizer = { name, ...readParams($("optimizer-params"), "opt", optimizerSpec(name).params) };
  const sname = $("schedule").value;
  const schedule = sname ? { name: sname, ...readParams($("schedule-params"), "sched", scheduleSpec(sname).params) } : null;
  return { optimizer, schedule };
}

/** Show a Setup's optimizer and schedule. */
export function writeOptimizer(optimizer, schedule) {
  $("optimizer").value = optimizer.name;
  drawParams($("optimizer-params"), "opt", optimizerSpec(optimizer.name).params, optimizer);
  $("schedule").value = schedule ? schedule.name : "";
  drawParams($("schedule-params"), "sched", schedule ? scheduleSpec(schedule.name).params : [], schedule);
}
