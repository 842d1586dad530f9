// The presets menu (the slides' examples, from /api/config): choosing one loads its setup and says what it shows.

import { api, showMessage } from "/static/common/api.js";
import { getLang, t } from "/static/common/i18n.js";

const $ = (id) => document.getElementById(id);
let presets = [];
let onAnswer = () => {};

/** The presets' titles in the current language (the one loaded last stays chosen until the setup changes). */
export function drawPresets() {
  const select = $("presets");
  const keep = select.value;
  select.replaceChildren(new Option(t("presets_choose"), ""),
    ...presets.map((p) => new Option(p[`title_${getLang()}`] || p.title || p.name, p.name)));
  select.value = keep;
}

/** Show `name` as the chosen preset, or none ("") once the user changed the setup. */
export function showPreset(name) {
  $("presets").value = presets.some((p) => p.name === name) ? name : "";
}

/** Load the preset `name`: its setup goes to the server, its description to the message area. */
export async function loadPreset(name) {
  const preset = await api(`/api/presets/${encodeURIComponent(name)}`);
  const out = await api("/api/setup", { method: "PUT", body: preset.setup });
  onAnswer(out);
  showMessage(`${preset.title} — ${preset.description}`, "info");
}

/** Fill the menu from the config; `answer(out)` gets the server's answer to the new setup. */
export function initPresets(config, answer) {
  presets = config.presets;
  onAnswer = answer;
  drawPresets();
  $("presets").addEventListener("change", () => {
    const name = $("presets").value;
    if (name) loadPreset(name).then(() => showPreset(name)).catch(() => showPreset(""));
  });
}
