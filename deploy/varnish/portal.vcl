# RI News Portal behind Varnish 7 with the xkey module (Debian: varnish, varnish-modules).
# The origin names each public page's cache tags in `xkey`; the portal purges them by tag on every
# change (lib/cache/shared-cache-purge.ts): PURGE with `xkey-purge` drops pages at once, with
# `xkey-softpurge` marks them stale, served for their grace while one fetch refreshes them.
# The backend, the ACL of who may purge and the purge secret are in portal-local.vcl, which
# start.sh writes from the environment (BACKEND, PURGE_ALLOW, PURGE_SECRET).
vcl 4.1;

import xkey;

include "portal-local.vcl";

sub vcl_recv {
  if (req.method == "PURGE") {
    unset req.http.X-Purge-Allowed;
    if (client.ip ~ purgers) {
      set req.http.X-Purge-Allowed = "acl";
    }
    call portal_check_purge_secret;
    if (!req.http.X-Purge-Allowed) {
      return (synth(403, "Forbidden"));
    }
    set req.http.X-Purged = "0";
    if (req.http.xkey-purge) {
      set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
    }
    if (req.http.xkey-softpurge) {
      set req.http.X-Purged = xkey.softpurge(req.http.xkey-softpurge);
    }
    return (synth(200, "Purged " + req.http.X-Purged));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # The newsroom and the API answer each person on their own.
  if (req.url ~ "^/(redaksi|admin|api)(/|\?|$)") {
    return (pass);
  }
  # A signed-in member of staff is never answered from, and never fills, the shared cache.
  if (req.http.Cookie ~ "(^|;\s*)(__Host-)?rinews_session=") {
    return (pass);
  }
  # Next's client-side navigation asks for another representation of the page (RSC).
  if (req.http.RSC || req.http.Next-Router-State-Tree) {
    return (pass);
  }
  # Public pages, feeds, framework files and media read no cookie.
  unset req.http.Cookie;
  unset req.http.Authorization;
  return (hash);
}

sub vcl_backend_response {
  if (bereq.uncacheable) {
    return (deliver);
  }
  # Only what the origin marks shared-cacheable is kept; Set-Cookie never is.
  if (beresp.http.Set-Cookie
      || !beresp.http.Cache-Control
      || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
      || beresp.http.Cache-Control !~ "(s-maxage|max-age)=[1-9]") {
    set beresp.uncacheable = true;
    set beresp.ttl = 10s;
    return (deliver);
  }
  # The origin served its own stale copy while it renders the page anew (for a soft change, or
  # for at most 0.5 s after a listing changed): kept already expired, only to answer the readers
  # who wait for it and those of the next half second while one fetch gets the new page. Not
  # kept at all (hit-for-miss), every reader of a busy page would go to the origin at once.
  if (beresp.http.x-nextjs-cache == "STALE") {
    set beresp.ttl = 0s;
    set beresp.grace = 500ms;
    return (deliver);
  }
  # Soft-purged pages are served stale this long while one fetch refreshes them.
  set beresp.grace = 5m;
  # Pages arrive gzipped from the origin (it compresses once per version) and are kept so; a
  # client that does not take gzip gets them uncompressed by Varnish. Media are images: as they are.
  return (deliver);
}

sub vcl_deliver {
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
