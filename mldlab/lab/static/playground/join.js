// Classroom: ask for the join code the teacher shows, until the server accepts one.

import { t } from "/static/common/i18n.js";

const $ = (id) => document.getElementById(id);

/** Show the join dialog; `tryCode(code)` creates the session (throws on a wrong code). Resolves to the session. */
export function askJoinCode(tryCode) {
  const dialog = $("join-dialog");
  const error = $("join-error");
  return new Promise((resolve) => {
    $("join-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        const session = await tryCode($("join-code").value.trim());
        dialog.close();
        resolve(session);
      } catch (err) {
        error.textContent = err.message || t("join_wrong");
        error.className = "message is-error";
      }
    });
    dialog.addEventListener("cancel", (event) => event.preventDefault());
    dialog.showModal();
    $("join-code").focus();
  });
}
