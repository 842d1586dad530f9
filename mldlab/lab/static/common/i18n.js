// UI strings in Korean and English: loads /static/text/{lang}.json plus a page's own text files, `t(key)`,
// the `data-i18n*` attributes, and the language select (data-testid="language", values ko/en).
//
//   import { initI18n, t, onLangChange } from "/static/common/i18n.js";
//   await initI18n({ extra: ["/static/text/views.{lang}.json", "/static/lessons/perceptron/text.json"] });
//   el.textContent = t("play");                      // or <button data-i18n="play"></button> in the HTML
//
// Extra files: a path with "{lang}" holds one language's flat {key: text}; a path without it holds
// {"en": {...}, "ko": {...}}. The language: `lang=` in the URL, else the one chosen before (localStorage), else
// the server's default (/api/config, from `mldlab lab --lang`), else the browser's. The choice is kept in the
// URL (history.replaceState) and in localStorage.
//
// Attributes: data-i18n (text), data-i18n-title, data-i18n-placeholder, data-i18n-aria-label.

import { getConfig, setApiLang } from "./api.js";

export const LANGUAGES = ["ko", "en"];
const STORE_KEY = "mldlab-lab-lang";
const LANGUAGE_NAMES = { ko: "한국어", en: "English" };

let lang = "en";
let extras = [];
const strings = { en: {}, ko: {} };
const loaded = new Set();
const listeners = [];

/** The current language ("ko" or "en"). */
export function getLang() {
  return lang;
}

/**
 * The text of `key` in the current language, with `{name}` fields filled from `fields`.
 * A missing key falls back to English, then to the key itself (and a console warning).
 */
export function t(key, fields = {}) {
  let text = strings[lang][key];
  if (text === undefined) text = strings.en[key];
  if (text === undefined) {
    console.warn(`i18n: no text for "${key}"`);
    text = key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in fields ? String(fields[name]) : whole));
}

/** Whether `key` has a text. */
export function has(key) {
  return key in strings[lang] || key in strings.en;
}

/** Call `fn(lang)` after every language switch (pages redraw their own text there). */
export function onLangChange(fn) {
  listeners.push(fn);
}

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`i18n: ${path} answered ${response.status}`);
  return response.json();
}

async function load(code) {
  if (loaded.has(code)) return;
  const base = await fetchJson(`/static/text/${code}.json`);
  Object.assign(strings[code], base);
  for (const path of extras) {
    try {
      if (path.includes("{lang}")) {
        Object.assign(strings[code], await fetchJson(path.replace("{lang}", code)));
      } else {
        const table = await fetchJson(path);
        for (const other of LANGUAGES) Object.assign(strings[other], table[other] || {});
      }
    } catch (err) {
      console.warn(err.message);
    }
  }
  loaded.add(code);
  // English is the fallback of a missing key: keep it loaded too
  if (code !== "en") await load("en");
}

function pick(value) {
  if (!value) return null;
  const code = String(value).toLowerCase().slice(0, 2);
  return LANGUAGES.includes(code) ? code : null;
}

async function initialLang() {
  const fromUrl = pick(new URLSearchParams(location.search).get("lang"));
  if (fromUrl) return fromUrl;
  let stored = null;
  try {
    stored = pick(localStorage.getItem(STORE_KEY));
  } catch {
    stored = null;
  }
  if (stored) return stored;
  const config = await getConfig();
  const fromServer = pick(config.default_language || config.default_lang || config.lang);
  if (fromServer) return fromServer;
  for (const code of navigator.languages || [navigator.language]) {
    const found = pick(code);
    if (found) return found;
  }
  return "en";
}

/** Fill every data-i18n* attribute under `root` with the current language's text. */
export function applyI18n(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll("[data-i18n-aria-label]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  }
}

function keepInUrl(code) {
  const url = new URL(location.href);
  url.searchParams.set("lang", code);
  history.replaceState(history.state, "", url);
}

function wireSelect() {
  for (const select of document.querySelectorAll('select[data-testid="language"]')) {
    if (!select.options.length) {
      for (const code of LANGUAGES) select.add(new Option(LANGUAGE_NAMES[code], code));
    }
    select.value = lang;
    if (!select.dataset.wired) {
      select.dataset.wired = "1";
      select.addEventListener("change", () => setLang(select.value));
    }
  }
}

/** Switch to `code`: load its strings, redraw data-i18n texts, keep it in the URL and localStorage, tell listeners. */
export async function setLang(code) {
  const chosen = pick(code) || "en";
  await load(chosen);
  lang = chosen;
  document.documentElement.lang = chosen;
  setApiLang(chosen, t("error_network"));
  try {
    localStorage.setItem(STORE_KEY, chosen);
  } catch {
    // storage unavailable: the URL still carries the choice
  }
  keepInUrl(chosen);
  applyI18n();
  wireSelect();
  for (const fn of listeners) fn(chosen);
}

/**
 * Load the strings (the common ones plus `extra` files), choose the language, fill the page and wire the
 * language select. Returns the language.
 */
export async function initI18n({ extra = [] } = {}) {
  extras = extra;
  const code = await initialLang();
  await load(code);
  lang = code;
  document.documentElement.lang = code;
  setApiLang(code, t("error_network"));
  keepInUrl(code);
  applyI18n();
  wireSelect();
  return code;
}
