#!/bin/sh
# Starts Varnish in front of the portal, in the foreground (for systemd, tests and trying it out):
#   VARNISH_PORT  where Varnish listens (default 6081)
#   BACKEND       the portal's host:port (default 127.0.0.1:3000)
#   PURGE_ALLOW   addresses that may purge, space-separated (default: 127.0.0.1 ::1)
#   PURGE_SECRET  optional: a purge carrying it in X-Purge-Secret is allowed from anywhere
#   VARNISH_DIR   working directory (-n), where portal-local.vcl is written (default: a new temp dir)
#   VARNISH_STORAGE  cache size (default 256m)
# The portal purges it when PURGE_URLS=http://<this host>:<VARNISH_PORT>/ is set in its environment.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
port=${VARNISH_PORT:-6081}
backend=${BACKEND:-127.0.0.1:3000}
allow=${PURGE_ALLOW-127.0.0.1 ::1}
workdir=${VARNISH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/portal-varnish.XXXXXX")}
varnishd=$(command -v varnishd || echo /usr/sbin/varnishd)

if [ ! -x "$varnishd" ]; then
  echo "varnishd not found: install Varnish 7 and its modules (apt-get install varnish varnish-modules)" >&2
  exit 1
fi
case "$backend" in
  *:*) ;;
  *) echo "BACKEND must be host:port, not \"$backend\"" >&2; exit 1 ;;
esac
case "${PURGE_SECRET:-}" in
  *\"*|*\\*) echo "PURGE_SECRET may not contain quotes or backslashes" >&2; exit 1 ;;
esac

mkdir -p "$workdir"
# Run as root, varnishd compiles the VCL as its own unprivileged user, which must read this folder.
chmod a+rx "$workdir"
{
  echo "backend default {"
  echo "  .host = \"${backend%:*}\";"
  echo "  .port = \"${backend##*:}\";"
  echo "  .first_byte_timeout = 30s;"
  echo "}"
  echo "acl purgers {"
  for address in $allow; do echo "  \"$address\";"; done
  # An ACL needs an entry: this one matches no client.
  echo "  ! \"0.0.0.0\"/0;"
  echo "}"
  echo "sub portal_check_purge_secret {"
  if [ -n "${PURGE_SECRET:-}" ]; then
    echo "  if (req.http.X-Purge-Secret == \"$PURGE_SECRET\") { set req.http.X-Purge-Allowed = \"secret\"; }"
  fi
  echo "  unset req.http.X-Purge-Secret;"
  echo "}"
} > "$workdir/portal-local.vcl"

echo "Varnish on :$port in front of $backend (working directory $workdir)"
exec "$varnishd" -F -n "$workdir" -a ":$port" -T 127.0.0.1:0 \
  -p vcl_path="$workdir:$here" -f "$here/portal.vcl" \
  -s "malloc,${VARNISH_STORAGE:-256m}"
