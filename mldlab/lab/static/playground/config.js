// What the playground may offer, from GET /api/config, in one shape the controls can rely on.
// A missing part falls back to the contract's lists (docs: /work/notes/lab.md), so the page still draws.

const FEATURES = ["x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"];
const ACTIVATIONS = ["relu", "tanh", "sigmoid", "leaky_relu", "linear"];
const OUTPUTS = ["binary", "multiclass", "regression"];
const LOSSES = { binary: ["bce", "mse"], multiclass: ["cross_entropy"], regression: ["mse"] };
const DEFAULT_LOSS = { binary: "bce", multiclass: "cross_entropy", regression: "mse" };
const OPTIMIZERS = [
  { name: "sgd", params: [{ name: "weight_decay", default: 0, min: 0, max: 1 }] },
  { name: "momentum", params: [{ name: "momentum", default: 0.9, min: 0, max: 1 }] },
  { name: "nesterov", params: [{ name: "momentum", default: 0.9, min: 0, max: 1 }] },
  { name: "adagrad", params: [{ name: "eps", default: 1e-10, min: 0, max: 1 }] },
  { name: "adadelta", params: [{ name: "rho", default: 0.9, min: 0, max: 1 }, { name: "eps", default: 1e-6, min: 0, max: 1 }] },
  { name: "rmsprop", params: [{ name: "alpha", default: 0.99, min: 0, max: 1 }, { name: "eps", default: 1e-8, min: 0, max: 1 }] },
  { name: "adam", params: [{ name: "betas", default: [0.9, 0.999], min: 0, max: 1 }, { name: "eps", default: 1e-8, min: 0, max: 1 }] },
];
const SCHEDULES = [
  { name: "step", params: [{ name: "step_size", default: 100, min: 1 }, { name: "gamma", default: 0.5, min: 0, max: 1 }] },
  { name: "exponential", params: [{ name: "gamma", default: 0.99, min: 0, max: 1 }] },
  { name: "cosine", params: [{ name: "T_max", default: 100, min: 1 }] },
];
const DATASETS = [
  { name: "circles", task: "binary" }, { name: "xor", task: "binary" }, { name: "gaussians", task: "binary" },
  { name: "spirals", task: "binary" }, { name: "moons", task: "binary" }, { name: "pass_exam", task: "binary" },
  { name: "linear", task: "regression" }, { name: "polynomial", task: "regression" }, { name: "sine", task: "regression" },
];
const LIMITS = { max_layers: 8, max_units: 32, max_epochs: 10000, min_samples: 20, max_samples: 1000 };

function asList(value) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") return Object.entries(value).map(([name, item]) => ({ name, ...item }));
  return [];
}

function names(value, fallback) {
  const list = asList(value).map((item) => (typeof item === "string" ? item : item.name)).filter(Boolean);
  return list.length ? list : fallback;
}

function params(item) {
  return asList(item.params || item.hyperparameters || item.parameters || []).map((p) => ({ ...p }));
}

/** The task ("binary" | "multiclass" | "regression") of a data set entry from the server. */
function taskOf(item) {
  const task = item.task || item.output || "binary";
  if (task === "classification") return (item.n_classes || item.classes || 2) > 2 ? "multiclass" : "binary";
  return task;
}

/** GET /api/config's answer in the playground's shape. */
export function normalizeConfig(raw = {}) {
  const datasets = asList(raw.datasets).map((d) => (typeof d === "string" ? { name: d, task: "binary" } : { ...d, task: taskOf(d) }));
  const optimizers = asList(raw.optimizers).map((o) => (typeof o === "string" ? { name: o, params: [] } : { ...o, params: params(o) }));
  const schedules = asList(raw.schedules)
    .map((s) => (typeof s === "string" ? { name: s, params: [] } : { ...s, params: params(s) }))
    .filter((s) => s.name && s.name !== "none");
  const fallbackSchedule = (name) => SCHEDULES.find((s) => s.name === name);
  return {
    datasets: datasets.length ? datasets : DATASETS,
    features: names(raw.features, FEATURES),
    oneDFeatures: names(raw.one_d_features, ["x1", "x1^2", "sin_x1"]),
    activations: names(raw.activations, ACTIVATIONS),
    outputs: names(raw.outputs, OUTPUTS),
    optimizers: optimizers.length ? optimizers : OPTIMIZERS,
    schedules: schedules.length
      ? schedules.map((s) => (s.params.length ? s : { ...s, params: (fallbackSchedule(s.name) || { params: [] }).params }))
      : SCHEDULES,
    presets: asList(raw.presets),
    limits: { ...LIMITS, ...(raw.limits || {}) },
    classroom: Boolean(raw.classroom),
    raw,
  };
}

/** Whether data set entry `d` has one input (x1 → y regression sets). */
export function isOneD(d) {
  return Boolean(d && (d.inputs === 1 || d.one_d));
}

/** {default, max} of a data set entry's noise. */
export function noiseOf(d) {
  const noise = d && d.noise;
  if (noise && typeof noise === "object") return { default: noise.default, max: noise.max };
  return { default: undefined, max: d && d.noise_max !== undefined ? d.noise_max : 1 };
}

/** The losses that fit an output kind, the first being its default. */
export function lossesFor(output) {
  return LOSSES[output] || ["mse"];
}

/** The default loss of an output kind. */
export function defaultLoss(output) {
  return DEFAULT_LOSS[output] || "mse";
}

/** Feature names as the slides write them: x₁, x₁², x₁x₂, sin x₁ … */
export function featureLabel(name) {
  const sub = (s) => s.replace(/1/g, "₁").replace(/2/g, "₂");
  if (name.startsWith("sin_")) return `sin ${sub(name.slice(4))}`;
  return sub(name).replace("^₂", "²");
}
