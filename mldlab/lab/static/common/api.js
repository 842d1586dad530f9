// Talking to the lab server: the session, a fetch wrapper, the message area and a WebSocket that reconnects.
//
//   import { ensureSession, api, connectSocket, showMessage } from "/static/common/api.js";
//   await ensureSession();                         // POST /api/session once per tab (kept in sessionStorage)
//   const out = await api("/api/setup", { method: "PUT", body: setup });   // errors shown in [data-testid=message]
//   const ws = connectSocket((msg) => ..., { onStatus: (open) => ... });   ws.send({ type: "play" });

const SESSION_KEY = "mldlab-lab-session";
let session = null;
let configPromise = null;
let currentLang = null;
let noAnswer = "The lab server does not answer.";

/** An error the server answered with ({"error": {"code", "message", "field"}}) or a network failure. */
export class ApiError extends Error {
  constructor(message, { status = 0, code = "network", field = null } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** The language sent as X-Lab-Lang and the text shown when the server does not answer (i18n.js keeps both). */
export function setApiLang(lang, networkText = null) {
  currentLang = lang;
  if (networkText) noAnswer = networkText;
}

/** The current session: {session, role, lang, limits, classroom, locks} or null. */
export function getSession() {
  return session;
}

/** GET /api/config once per page (data sets, features, optimizers, presets, limits, default language). */
export function getConfig() {
  if (!configPromise) {
    configPromise = fetch("/api/config", { headers: currentLang ? { "X-Lab-Lang": currentLang } : {} })
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
  }
  return configPromise;
}

/** POST /api/session with `body` ({} solo, {join_code} or {teacher_code} in a classroom) and keep the token. */
export async function createSession(body = {}) {
  const out = await request("/api/session", { method: "POST", body, withSession: false });
  session = out;
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(out));
  } catch {
    // storage may be unavailable (private mode): the session lives in this page only
  }
  return out;
}

/** The session this tab had before a reload (kept in sessionStorage), or null. */
export function keptSession() {
  if (session) return session;
  try {
    const kept = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null");
    if (kept && kept.session) session = kept;
  } catch {
    // a damaged entry: no session
  }
  return session;
}

/** The tab's session if it has one (reused after a reload), else a new solo session. */
export async function ensureSession(body = {}) {
  return keptSession() || createSession(body);
}

/** Forget the tab's session (e.g. the server restarted and does not know the token any more). */
export function dropSession() {
  session = null;
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // nothing kept
  }
}

function headers(withSession, json) {
  const h = {};
  if (json) h["Content-Type"] = "application/json";
  if (withSession && session) h["X-Lab-Session"] = session.session;
  if (currentLang) h["X-Lab-Lang"] = currentLang;
  return h;
}

async function request(path, { method = "GET", body, form, withSession = true, raw = false } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: headers(withSession, body !== undefined && !form),
      body: form ? form : body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(noAnswer);
  }
  if (!response.ok) {
    let detail = {};
    try {
      detail = (await response.json()).error || {};
    } catch {
      detail = {};
    }
    throw new ApiError(detail.message || `${response.status} ${response.statusText}`, {
      status: response.status,
      code: detail.code || String(response.status),
      field: detail.field || null,
    });
  }
  if (raw) return response;
  const type = response.headers.get("content-type") || "";
  return type.includes("application/json") ? response.json() : response.text();
}

/**
 * Call the lab's HTTP API with the session and language headers.
 *
 * options: method, body (JSON), form (FormData), raw (return the Response), quiet (do not show errors).
 * An error answer is shown in the page's message area and thrown as ApiError. An unknown session (the server
 * restarted) gets one new solo session and one retry.
 */
export async function api(path, options = {}) {
  try {
    return await request(path, options);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401 && session && !session.classroom && !options.retried) {
      dropSession();
      await createSession({});
      return api(path, { ...options, retried: true });
    }
    if (!options.quiet) showMessage(err.message, "error");
    throw err;
  }
}

/** Show `text` in the page's message area ([data-testid=message]); level: error | warning | info. */
export function showMessage(text, level = "info") {
  const el = document.querySelector('[data-testid="message"]');
  if (!el) return;
  el.textContent = text || "";
  el.classList.remove("is-error", "is-warning", "is-info");
  if (text) el.classList.add(`is-${level}`);
  el.dataset.level = text ? level : "";
  el.dataset.code = "";
}

/** Empty the message area. */
export function clearMessage() {
  showMessage("", "info");
}

/**
 * Open the session's WebSocket (/ws?session=...) and keep it open: on a drop it reconnects after 0.5, 1, 2, 4 s
 * (at most 8 s). Messages sent while closed wait and go out when it is open again.
 *
 * onMessage(msg) gets each parsed message; options.onStatus(open) tells when it opens or drops; options.onGone(code)
 * when the server closed it for good (4401: unknown session, 4000: the session's socket moved to another tab).
 * Returns {send(obj), close()}.
 */
export function connectSocket(onMessage, { onStatus = () => {}, onGone = () => {} } = {}) {
  let ws = null;
  let closed = false;
  let delay = 500;
  const queue = [];

  function open() {
    if (closed || !session) return;
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(`${proto}//${location.host}/ws?session=${encodeURIComponent(session.session)}`);
    ws.onopen = () => {
      delay = 500;
      onStatus(true);
      while (queue.length) ws.send(queue.shift());
    };
    ws.onmessage = (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch {
        return;
      }
      onMessage(msg);
    };
    ws.onclose = (event) => {
      onStatus(false);
      if (closed) return;
      if (event.code === 4401 || event.code === 4000) {
        // 4401: the server does not know the session; 4000: another tab took it over. Do not fight for it.
        closed = true;
        onGone(event.code);
        return;
      }
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 8000);
    };
  }

  open();
  return {
    send(obj) {
      const text = JSON.stringify(obj);
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(text);
      else queue.push(text);
    },
    close() {
      closed = true;
      if (ws) ws.close();
    },
  };
}
