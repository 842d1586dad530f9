// The presets menu (the slides' examples, from /api/config): choosing one loads its setup and says what it shows.

import { api, showMessage } from "/static/common/api.js";
import { getLang, t } from "/static/common/i18n.js";

const $ = (id) => document.getElementById(id);
let presets = [];
let onAnswer = () => {};

/** The presets' titles in the current language. */
export function drawPresets() {
  const select = $("presets");
  select.replaceChildren(new Option(t("presets_choose"), ""),
    ...presets.map((p) => new Option(p[`title_${getLang()}`] || p.title || p.name, p.name)));
  select.value = "";
}

/** Load the preset `name`: its setup goes to the server, its description to the message area. */
export async function loadPreset(name) {
  const preset = await api(`/api/presets/${encodeURIComponent(name)}`);
  const out = await api("/api/setup", { method: "PUT", body: preset.setup });
  onAnswer(out);
  showMessage(`${preset.title}: ${preset.description}`, "info");
}

/** Fill the menu from the config; `answer(out)` gets the server's answer to the new setup. */
export function initPresets(config, answer) {
  presets = config.presets;
  onAnswer = answer;
  drawPresets();
  $("presets").addEventListener("change", () => {
    const name = $("presets").value;
    if (name) loadPreset(name).catch(() => {}).finally(() => ($("presets").value = ""));
  });
}
