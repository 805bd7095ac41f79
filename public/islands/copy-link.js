// "Salin tautan" on article pages (components/share-links.tsx). The button is hidden in the HTML, so
// with JavaScript off there is no button that does nothing; this shows it and copies the address.
for (const button of document.querySelectorAll("button[data-copy-url]")) {
  const status = document.getElementById(button.dataset.copyStatus);
  const url = button.dataset.copyUrl;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = "Tautan disalin.";
    } catch {
      status.textContent = `Tidak bisa menyalin; salin manual: ${url}`;
    }
  });
}
