// Passkeys (SEC-10, SEC-11): a form marked data-passkey="create" or "request" asks the server for
// a challenge, lets the browser make or use a passkey, and posts the browser's answer as
// CredentialJson. Nothing is kept in browser storage (SEC-5). Without this script the form posts
// an empty answer and the page explains that passkeys need JavaScript.
(() => {
  if (window.circlesPasskeys) {
    return;
  }
  window.circlesPasskeys = true;

  const supported = () =>
    typeof window.PublicKeyCredential === "function" &&
    typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function" &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

  const say = (form, text) => {
    const message = form.querySelector("[data-passkey-message]");
    if (message) {
      message.textContent = text;
      message.hidden = false;
    }
  };

  const run = async (form, submitter) => {
    if (!supported()) {
      say(form, form.dataset.passkeyUnsupported);
      return;
    }
    const token = form.querySelector("input[name='__RequestVerificationToken']");
    const response = await fetch(form.dataset.optionsUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: token ? { RequestVerificationToken: token.value } : {},
    });
    if (!response.ok || !(response.headers.get("content-type") || "").includes("application/json")) {
      throw new Error("options");
    }
    const options = await response.json();
    const credential = form.dataset.passkey === "create"
      ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
      : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
    form.querySelector("input[name='CredentialJson']").value = JSON.stringify(credential);
    if (submitter) {
      submitter.disabled = true;
    }
    form.submit();
  };

  const start = () => {
    for (const form of document.querySelectorAll("form[data-passkey]")) {
      form.addEventListener("submit", (event) => {
        if (!form.reportValidity()) {
          return;
        }
        event.preventDefault();
        run(form, event.submitter).catch(() => say(form, form.dataset.passkeyFailed));
      });
    }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
