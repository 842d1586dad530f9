// The playground page: language, session (solo or classroom), the setup from the address, the controls, the run
// bar, the live views over the WebSocket, presets, the doctor's diagnosis, export, the teacher's panel.

import { api, clearMessage, connectSocket, createSession, dropSession, ensureSession, getConfig, keptSession, showMessage }
  from "/static/common/api.js";
import { getLang, initI18n, onLangChange, t } from "/static/common/i18n.js";
import { normalizeConfig } from "./config.js";
import { currentSetup, drawControlLabels, initControls, readSetup, writeSetup } from "./controls.js";
import { drawClickClasses, initDataActions } from "./data_actions.js";
import { copyText, initExport } from "./export.js";
import { askJoinCode } from "./join.js";
import { drawPresets, initPresets, showPreset } from "./presets.js";
import { applyLocks, drawTeacherPanel, initClassroom, lockedSet } from "./teacher.js";
import { dropTeacherCode, linkFor, readUrl, writeUrl } from "./url_state.js";
import { loadViews, renderViews } from "./views.js";

const $ = (id) => document.getElementById(id);
const page = { config: null, points: null, state: null, running: false, selected: null, socket: null,
  frame: 0, lastMessage: "" };

function fixed(value, digits = 4) {
  return typeof value === "number" && Number.isFinite(value) ? value.toFixed(digits) : "–";
}

function viewOpts() {
  const setup = currentSetup();
  const state = page.state || {};
  const showTest = $("show-test").checked;
  const points = page.points && !showTest ? { ...page.points, test: { x: [], y: [] } } : page.points;
  return {
    points, setup, config: page.config, lang: getLang(), t,
    task: setup ? setup.output : "binary",
    classNames: page.points && Array.isArray(page.points.classes) ? page.points.classes : undefined,
    activations: setup ? setup.hidden.map((layer) => layer.activation) : [],
    showTest,
    selected: page.selected,
    onSelect: (layer, unit) => {
      page.selected = { layer, unit };
      draw();
    },
    api: (path) => api(path, { quiet: true }),
    iteration: state.iteration,
  };
}

function drawReadouts(state) {
  $("epoch").textContent = String(state.epoch ?? 0);
  $("iteration").textContent = String(state.iteration ?? 0);
  $("train-loss").textContent = fixed(state.train_loss);
  $("test-loss").textContent = fixed(state.test_loss);
  const accuracy = state.test_accuracy;
  $("accuracy-readout").hidden = accuracy === null || accuracy === undefined;
  $("test-accuracy").textContent = typeof accuracy === "number" ? `${(accuracy * 100).toFixed(1)}%` : "–";
  const base = Number($("learning-rate").value);
  const now = state.learning_rate;
  $("lr-now").textContent = typeof now === "number" && Math.abs(now - base) > 1e-12 * Math.max(1, base)
    ? t("lr_now", { value: Number(now.toPrecision(4)) }) : "";
}

function draw() {
  if (!page.state) return;
  renderViews(page.state, viewOpts());
}

/** A new state from the server: readouts now, the drawings at the next animation frame. */
function onState(state) {
  page.state = state;
  drawReadouts(state);
  const text = state.message ? state.message.text : "";
  if (text && text !== page.lastMessage) showMessage(text, state.message.level || "info");
  page.lastMessage = text;
  if (!page.frame) {
    page.frame = requestAnimationFrame(() => {
      page.frame = 0;
      draw();
    });
  }
}

/** The doctor's reading as lines of text (the server renders it in the user's language). */
function diagnosisText(out) {
  if (typeof out === "string") return out;
  if (out.text) return out.text;
  if (Array.isArray(out.lines)) return out.lines.map((line) => (typeof line === "string" ? line : line.text)).join("\n");
  return out.summary || out.verdict || "";
}

function setRunning(running) {
  page.running = running;
  const locked = lockedSet();
  $("play").disabled = running || locked.has("play");
  $("pause").disabled = !running || locked.has("play");
  document.body.classList.toggle("is-running", running);
}

/** An answer of /api/setup or a data route ({setup, points, state}); shows it everywhere. */
function onAnswer(out) {
  if (!out) return;
  if (out.setup) {
    writeSetup(out.setup);
    writeUrl(out.setup);
    $("view-neurons").hidden = out.setup.hidden.length === 0;  // no hidden neuron to draw
  }
  if (out.points) page.points = out.points;
  drawClickClasses(currentSetup(), page.points);
  applyLocks();
  if (out.state) onState(out.state);
  if (out.running !== undefined) setRunning(out.running);
}

let pending = null;
/** Send the controls' setup (debounced); a refused one puts the last accepted setup back. */
function onControlsChange() {
  clearTimeout(pending);
  showPreset("");
  pending = setTimeout(async () => {
    const setup = readSetup();
    try {
      onAnswer(await api("/api/setup", { method: "PUT", body: setup }));
      page.lastMessage = "";
    } catch {
      if (currentSetup()) writeSetup(currentSetup());
      applyLocks();
    }
  }, 250);
}

function onSocketMessage(msg) {
  if (msg.type === "state") onState(msg);
  else if (msg.type === "status") setRunning(Boolean(msg.running));
  else if (msg.type === "message") showMessage(msg.text, msg.level || "info");
  else if (msg.type === "setup") {
    onAnswer({ setup: msg.setup, points: msg.points });
    showMessage(t("teacher_sent_setup"), "info");
  } else if (msg.type === "locks") {
    applyLocks({ locked: msg.locked, hidden: msg.hidden });
    setRunning(page.running);
  }
}

function send(message) {
  if (page.socket) page.socket.send(message);
}

function wireRunBar() {
  $("play").addEventListener("click", () => {
    clearMessage();
    page.lastMessage = "";
    send({ type: "play" });
  });
  $("pause").addEventListener("click", () => send({ type: "pause" }));
  $("step").addEventListener("click", () => send({ type: "step", unit: $("step-unit").value }));
  $("reset").addEventListener("click", () => {
    clearMessage();
    page.lastMessage = "";
    send({ type: "reset" });
  });
  $("learning-rate").addEventListener("change", () => {
    const value = Number($("learning-rate").value);
    if ($("learning-rate").value.trim() === "" || !Number.isFinite(value)) {
      showMessage(t("lr_not_a_number"), "error");
      return;
    }
    send({ type: "set", learning_rate: value });
    showPreset("");
    const setup = currentSetup();
    if (setup) {
      setup.learning_rate = value;
      writeUrl(setup);
    }
  });
  $("diagnose").addEventListener("click", async () => {
    const out = await api("/api/diagnosis").catch(() => null);
    if (out) showMessage(diagnosisText(out), "info");
  });
  $("copy-link").addEventListener("click", () => {
    const setup = currentSetup();
    if (setup) copyText(linkFor(setup), $("copy-link"));
    setTimeout(() => ($("copy-link").textContent = t("copy_link")), 2000);
  });
  $("show-test").addEventListener("change", draw);
  document.addEventListener("keydown", (event) => {
    const inField = event.target.closest("input, select, textarea, button, a, dialog, [contenteditable]");
    if (event.code !== "Space" || inField || event.repeat) return;
    event.preventDefault();
    const button = page.running ? $("pause") : $("play");
    if (!button.disabled) button.click();
  });
}

async function startSession(config, url) {
  if (!config.classroom) {
    try {
      return await ensureSession({});
    } catch (err) {
      if (err.status !== 403) throw err;  // 403: the server is a classroom after all (codes needed)
    }
  }
  if (url.teacher) {
    dropTeacherCode();
    try {
      return await createSession({ teacher_code: url.teacher });
    } catch {
      // a wrong teacher code: ask for a join code like everyone else
    }
  }
  if (url.join) {
    try {
      return await createSession({ join_code: url.join });
    } catch {
      // fall through to the dialog
    }
  }
  const kept = keptSession();
  if (kept) return kept;
  return askJoinCode((code) => createSession({ join_code: code }));
}

async function firstSetup(url, session) {
  if (url.setupError) showMessage(t("bad_setup_link"), "error");
  let body = session.setup || {};
  if (url.setup) body = url.setup;
  else if (url.preset) {
    const preset = await api(`/api/presets/${encodeURIComponent(url.preset)}`).catch(() => null);
    if (preset) {
      body = preset.setup;
      showMessage(`${preset.title} — ${preset.description}`, "info");
      page.lastMessage = "";
    }
  }
  try {
    return await api("/api/setup", { method: "PUT", body });
  } catch (err) {
    if (err.status === 401 || err.status === 403) throw err;
    return api("/api/setup", { method: "PUT", body: session.setup || {}, quiet: true });
  }
}

async function main() {
  const views = loadViews();  // B2's drawings load while the page talks to the server
  await initI18n({ extra: ["/static/text/views.{lang}.json"] });
  page.config = normalizeConfig(await getConfig());
  initControls(page.config, onControlsChange);
  initDataActions(onAnswer, () => ({ state: page.state, locked: lockedSet() }));
  initExport();
  wireRunBar();
  const url = readUrl();
  let session = await startSession(page.config, url);
  let answer;
  try {
    answer = await firstSetup(url, session);
  } catch {
    dropSession();
    session = await startSession({ ...page.config, classroom: page.config.classroom }, {});
    answer = await firstSetup({}, session);
  }
  initPresets(page.config, onAnswer);
  if (url.preset && answer && answer.setup) showPreset(url.preset);
  initClassroom(session, page.config.presets, () => currentSetup());
  onAnswer(answer);
  setRunning(false);
  let lost = null;
  page.socket = connectSocket(onSocketMessage, {
    onStatus: (open) => {
      clearTimeout(lost);
      if (open) {
        if ($("message").dataset.code === "offline") clearMessage();
        return;
      }
      setRunning(false);
      lost = setTimeout(() => {
        showMessage(t("error_network"), "warning");
        $("message").dataset.code = "offline";
      }, 1500);
    },
    onGone: (code) => {
      if (code === 4000) {
        showMessage(t("socket_taken"), "warning");
        return;
      }
      dropSession();
      location.reload();
    },
  });
  await views;
  draw();
  document.title = `${t("nav_playground")} · ${t("app_title")}`;
  onLangChange(() => {
    document.title = `${t("nav_playground")} · ${t("app_title")}`;
    drawControlLabels();
    drawClickClasses(currentSetup(), page.points);
    drawPresets();
    drawTeacherPanel();
    applyLocks();
    setRunning(page.running);
    if (page.state) drawReadouts(page.state);
    draw();
  });
  document.body.dataset.ready = "1";
}

main().catch((err) => {
  console.warn(err);
  if (!document.querySelector('[data-testid="message"]').textContent) showMessage(String(err.message || err), "error");
});
