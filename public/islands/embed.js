// Posts from other platforms in article bodies (components/article-body.tsx). The page links to each
// post and loads nothing of the provider; a click here swaps the link for the provider's player, so a
// reader's visit reaches YouTube, Instagram, X, TikTok or Facebook only when they ask for it. The
// frame's address was built by the server from a checked id (lib/body/embeds.ts).
document.addEventListener("click", (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a[data-embed-frame]") : null;
  if (!link) return;
  event.preventDefault();
  const frame = document.createElement("iframe");
  frame.src = link.dataset.embedFrame;
  frame.title = link.dataset.embedTitle;
  frame.className = link.dataset.embedClass;
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.allowFullscreen = true;
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  link.replaceWith(frame);
  frame.focus();
});
