// The hidden layers: add or remove a layer, add or remove neurons, the activation g of each layer.
// One row per layer: "Layer 1   [−] 4 neurons [+]   g: [tanh]".

import { t } from "/static/common/i18n.js";

let layers = [];
let limits = { max_layers: 8, max_units: 32 };
let activations = [];
let onChange = () => {};

const $ = (id) => document.getElementById(id);

function button(text, testid, label, handler, disabled) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small icon";
  b.textContent = text;
  b.dataset.testid = testid;
  b.setAttribute("aria-label", label);
  b.title = label;
  b.disabled = disabled;
  b.addEventListener("click", handler);
  return b;
}

function changed() {
  draw();
  onChange();
}

/** Redraw the layer rows in the current language. */
export function draw() {
  const box = $("layers");
  box.replaceChildren();
  $("layer-count").textContent = layers.length === 1 ? t("hidden_layers_one") : t("hidden_layers_count", { n: layers.length });
  $("remove-layer").disabled = layers.length === 0;
  $("add-layer").disabled = layers.length >= limits.max_layers;
  if (!layers.length) {
    const p = document.createElement("p");
    p.className = "hint";
    p.textContent = t("no_hidden_layers");
    box.append(p);
  }
  layers.forEach((layer, i) => {
    const row = document.createElement("div");
    row.className = "layer-row";
    row.dataset.testid = `layer-${i + 1}`;
    const name = document.createElement("span");
    name.className = "layer-name";
    name.textContent = t("layer_n", { n: i + 1 });
    const units = document.createElement("span");
    units.className = "layer-units";
    units.dataset.testid = `units-${i + 1}`;
    units.textContent = layer.units === 1 ? t("neurons_one") : t("neurons_n", { n: layer.units });
    const minus = button("−", `remove-neuron-${i + 1}`, t("remove_neuron"), () => {
      layer.units -= 1;
      changed();
    }, layer.units <= 1);
    const plus = button("+", `add-neuron-${i + 1}`, t("add_neuron"), () => {
      layer.units += 1;
      changed();
    }, layer.units >= limits.max_units);
    const select = document.createElement("select");
    select.dataset.testid = `activation-${i + 1}`;
    select.dataset.control = "hidden";
    select.setAttribute("aria-label", t("activation"));
    for (const name of activations) select.add(new Option(t(`act_${name}`), name));
    select.value = layer.activation;
    select.addEventListener("change", () => {
      layer.activation = select.value;
      onChange();
    });
    const g = document.createElement("span");
    g.className = "layer-g";
    g.textContent = t("activation_short");
    row.append(name, minus, units, plus, g, select);
    box.append(row);
  });
}

/** Wire the +/− layer buttons; `notify()` is called after every change. */
export function initNetworkControls(config, notify) {
  limits = config.limits;
  activations = config.activations;
  onChange = notify;
  $("add-layer").addEventListener("click", () => {
    const last = layers[layers.length - 1];
    layers.push({ units: last ? last.units : 4, activation: last ? last.activation : "tanh" });
    changed();
  });
  $("remove-layer").addEventListener("click", () => {
    layers.pop();
    changed();
  });
}

/** The hidden layers as the Setup has them: [{units, activation}, ...]. */
export function readHidden() {
  return layers.map((layer) => ({ units: layer.units, activation: layer.activation }));
}

/** Show the Setup's hidden layers. */
export function writeHidden(hidden) {
  layers = (hidden || []).map((layer) => ({ units: layer.units, activation: layer.activation }));
  draw();
}
