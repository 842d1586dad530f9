// Classroom mode. For students: apply the teacher's locks (control disabled, 🔒) and hidden controls.
// For the teacher: a panel to lock or hide each control, push a preset or the teacher's own setup to every
// student, and an overview of the class (number of students, their epochs and losses).

import { api, showMessage } from "/static/common/api.js";
import { getLang, t } from "/static/common/i18n.js";
import { CONTROL_IDS } from "./controls.js";

const $ = (id) => document.getElementById(id);
let locks = { locked: [], hidden: [] };
let role = "solo";
let presets = [];
let currentSetup = () => null;
let overviewTimer = null;

/** The ids of the controls locked for this browser (none for the teacher). */
export function lockedSet() {
  return new Set(role === "teacher" ? [] : locks.locked);
}

/** Disable the locked controls and hide the hidden ones; call again after redrawing controls. */
export function applyLocks(next = locks) {
  locks = { locked: next.locked || [], hidden: next.hidden || [] };
  const locked = lockedSet();
  const hidden = new Set(role === "teacher" ? [] : locks.hidden);
  for (const el of document.querySelectorAll("[data-control]")) {
    const id = el.dataset.control;
    el.classList.toggle("is-locked", locked.has(id));
    el.classList.toggle("is-hidden-by-teacher", hidden.has(id));
    const controls = el.matches("input, select, button, textarea") ? [el] : el.querySelectorAll("input, select, button, textarea");
    for (const control of controls) {
      if (locked.has(id)) {
        if (!control.disabled) {
          control.disabled = true;
          control.dataset.lockDisabled = "1";
        }
      } else if (control.dataset.lockDisabled) {
        control.disabled = false;
        delete control.dataset.lockDisabled;
      }
    }
  }
}

function esc(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function label(id) {
  return esc(t(`ctl_${id.replace(/-/g, "_")}`));
}

async function sendLocks() {
  const panel = $("teacher-panel");
  const pick = (kind) => [...panel.querySelectorAll(`input[data-kind="${kind}"]:checked`)].map((i) => i.value);
  const out = await api("/api/teacher/locks", { method: "POST", body: { locked: pick("lock"), hidden: pick("hide") } });
  locks = { locked: out.locked || pick("lock"), hidden: out.hidden || pick("hide") };
  showMessage(t("teacher_locks_sent"), "info");
}

async function push(body) {
  await api("/api/teacher/preset", { method: "POST", body });
  showMessage(t("teacher_pushed"), "info");
}

async function refreshOverview() {
  const box = $("teacher-overview");
  if (!box) return;
  let out;
  try {
    out = await api("/api/teacher/overview", { quiet: true });
  } catch {
    return;
  }
  const students = Array.isArray(out.sessions) ? out.sessions : [];
  const count = typeof out.students === "number" ? out.students : students.length;
  const lines = [t("teacher_students", { n: count, playing: out.playing ?? 0 })];
  students.forEach((s, i) => {
    const loss = s.test_loss ?? s.loss;
    lines.push(t("teacher_student_line", {
      n: i + 1, epoch: s.epoch ?? 0, loss: typeof loss === "number" ? loss.toFixed(4) : "–",
    }));
  });
  box.textContent = lines.join("\n");
}

/** Draw the teacher panel in the current language (only for the teacher). */
export function drawTeacherPanel() {
  const panel = $("teacher-panel");
  $("teacher-link").hidden = role !== "teacher";
  if (role !== "teacher") {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const rows = CONTROL_IDS.map((id) => `
    <tr><th scope="row">${label(id)}</th>
      <td><input type="checkbox" data-kind="lock" value="${id}" data-testid="lock-${id}"
           ${locks.locked.includes(id) ? "checked" : ""} aria-label="${t("teacher_lock")}: ${label(id)}"></td>
      <td><input type="checkbox" data-kind="hide" value="${id}" data-testid="hide-${id}"
           ${locks.hidden.includes(id) ? "checked" : ""} aria-label="${t("teacher_hide")}: ${label(id)}"></td></tr>`);
  const options = presets.map((p) => `<option value="${esc(p.name)}">${esc(p[`title_${getLang()}`] || p.name)}</option>`)
    .join("");
  panel.innerHTML = `
    <h2>${t("teacher_panel")}</h2>
    <div class="teacher-grid">
      <div>
        <h3>${t("teacher_controls")}</h3>
        <div class="teacher-table"><table>
          <thead><tr><th></th><th>${t("teacher_lock")}</th><th>${t("teacher_hide")}</th></tr></thead>
          <tbody>${rows.join("")}</tbody></table></div>
      </div>
      <div>
        <h3>${t("teacher_push")}</h3>
        <div class="row">
          <select id="teacher-preset" data-testid="teacher-preset" aria-label="${t("presets")}">${options}</select>
          <button type="button" id="teacher-push-preset" data-testid="teacher-push-preset">${t("teacher_push_preset")}</button>
        </div>
        <div class="row"><button type="button" id="teacher-push-setup" data-testid="teacher-push-setup">
          ${t("teacher_push_setup")}</button></div>
        <h3>${t("teacher_overview")}</h3>
        <pre class="overview" id="teacher-overview" data-testid="teacher-overview"></pre>
      </div>
    </div>`;
  panel.querySelectorAll("input[data-kind]").forEach((input) => {
    input.addEventListener("change", () => sendLocks().catch(() => {}));
  });
  $("teacher-push-preset").addEventListener("click", () => push({ preset: $("teacher-preset").value }).catch(() => {}));
  $("teacher-push-setup").addEventListener("click", () => push({ setup: currentSetup() }).catch(() => {}));
  refreshOverview();
}

/**
 * Start classroom behaviour for `session` ({role, locks}). `presetList` is the config's presets and `setup()` gives
 * the teacher's current setup.
 */
export function initClassroom(session, presetList, setup) {
  role = session.role || "solo";
  presets = presetList;
  currentSetup = setup;
  locks = { locked: (session.locks && session.locks.locked) || [], hidden: (session.locks && session.locks.hidden) || [] };
  drawTeacherPanel();
  applyLocks();
  if (role === "teacher" && !overviewTimer) overviewTimer = setInterval(refreshOverview, 3000);
}
