// Export: the trained model as mldlab's save file (a download), the same network as PyTorch or Keras code
// (shown in a dialog with a copy button).

import { api } from "/static/common/api.js";
import { t } from "/static/common/i18n.js";

const $ = (id) => document.getElementById(id);

function filename(response, fallback) {
  const header = response.headers.get("content-disposition") || "";
  const match = header.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match ? decodeURIComponent(match[1]) : fallback;
}

async function downloadModel() {
  const response = await api("/api/export/model", { raw: true });
  const blob = await response.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename(response, "playground.mldlab");
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function showCode(kind) {
  const text = await api(`/api/export/${kind}`);
  const code = $("export-code");
  code.textContent = typeof text === "string" ? text : text.code || JSON.stringify(text, null, 2);
  code.hidden = false;
  code.dataset.kind = kind;
  $("export-copy").hidden = false;
  $("export-copy").textContent = t("copy");
}

async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  button.textContent = t("copied");
}

/** Wire the export dialog and its buttons. */
export function initExport() {
  const dialog = $("export-dialog");
  $("export-open").addEventListener("click", () => dialog.showModal());
  $("export-close").addEventListener("click", () => dialog.close());
  $("export-model").addEventListener("click", () => downloadModel().catch(() => dialog.close()));
  $("export-pytorch").addEventListener("click", () => showCode("pytorch").catch(() => dialog.close()));
  $("export-keras").addEventListener("click", () => showCode("keras").catch(() => dialog.close()));
  $("export-copy").addEventListener("click", () => copyText($("export-code").textContent, $("export-copy")));
}

/** Copy `text` to the clipboard and say so on `button`. */
export { copyText };
