/** Share links for an article: plain URLs of each network's share page, so no script is loaded for them. */
export function shareLinks(url: string, title: string): { network: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}
