// The consent notice of the analytics tag (components/analytics-consent.tsx). The reader's choice is
// kept in this browser only; Google's script is added to the page only after "Setuju", now or on an
// earlier visit. "Tolak" loads nothing, and neither choice is asked again.
const CHOICE_KEY = "rinews-analitik";
const notice = document.getElementById("persetujuan-analitik");

function storedChoice() {
  try {
    return localStorage.getItem(CHOICE_KEY);
  } catch {
    return null;
  }
}

function remember(choice) {
  try {
    localStorage.setItem(CHOICE_KEY, choice);
  } catch {
    // Storage off (some private windows): the choice holds for this page only.
  }
}

function loadTag(id) {
  window.dataLayer = window.dataLayer || [];
  const script = document.createElement("script");
  script.async = true;
  if (id.startsWith("GTM-")) {
    window.dataLayer.push({ "gtm.start": Date.now(), event: "gtm.js" });
    script.src = `https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(id)}`;
  } else {
    // gtag.js reads its commands as `arguments` objects, not arrays.
    window.gtag = function gtag() {
      window.dataLayer.push(arguments);
    };
    window.gtag("js", new Date());
    window.gtag("config", id);
    script.src = `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`;
  }
  document.head.append(script);
}

if (notice) {
  const id = notice.dataset.analyticsId;
  const choice = storedChoice();
  if (choice === "setuju") loadTag(id);
  else if (choice !== "tolak") {
    notice.hidden = false;
    for (const button of notice.querySelectorAll("button[data-consent]")) {
      button.addEventListener("click", () => {
        remember(button.dataset.consent);
        notice.hidden = true;
        if (button.dataset.consent === "setuju") loadTag(id);
      });
    }
  }
}
