// The whole setup in the address: /?setup=<base64url of the Setup JSON>, or /?preset=<name>.
// The page rewrites the address (history.replaceState) whenever the setup changes, so the link can be shared.

/** Base64url (RFC 4648 §5, no padding) of the UTF-8 bytes of JSON.stringify(value). */
export function encodeSetup(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The value encoded by encodeSetup; throws on text that is not base64url JSON. */
export function decodeSetup(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** What the address asks for: {setup} (decoded), {preset}, {setupError} (undecodable), plus join/teacher codes. */
export function readUrl() {
  const params = new URLSearchParams(location.search);
  const out = { join: params.get("join"), teacher: params.get("teacher") };
  const setup = params.get("setup");
  if (setup) {
    try {
      out.setup = decodeSetup(setup);
    } catch {
      out.setupError = true;
    }
  } else if (params.get("preset")) {
    out.preset = params.get("preset");
  }
  return out;
}

/** The shareable address of `setup` (keeps the language; never carries the teacher's code). */
export function linkFor(setup) {
  const url = new URL(location.href);
  url.searchParams.delete("preset");
  url.searchParams.delete("teacher");
  url.searchParams.set("setup", encodeSetup(setup));
  return url.toString();
}

/** Put `setup` in the address bar without a new history entry. */
export function writeUrl(setup) {
  history.replaceState(history.state, "", linkFor(setup));
}

/** Take the teacher's code out of the address (it must not show on a projector). */
export function dropTeacherCode() {
  const url = new URL(location.href);
  if (!url.searchParams.has("teacher")) return;
  url.searchParams.delete("teacher");
  history.replaceState(history.state, "", url);
}
