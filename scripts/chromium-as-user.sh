#!/bin/sh
# Starts Chromium as an unprivileged user, with its own sandbox on (server/chromium-launch.ts
# uses this when the server runs as root, where Chromium refuses its sandbox). Pages anyone
# can cite run in that browser: as another user it cannot read the data folder (0700, the
# server's own), and its sandbox confines each page further.
#   CLAIMMARK_CHROMIUM       the Chromium to start
#   CLAIMMARK_CHROMIUM_USER  the user it runs as (an existing account, e.g. nobody)
set -eu
user="$CLAIMMARK_CHROMIUM_USER"
group="$(id -g "$user")"
for arg in "$@"; do
  case "$arg" in
    # Playwright makes the profile folder as this (root) process: hand it to the user.
    --user-data-dir=*) profile="${arg#--user-data-dir=}"; chown -R "$user:$group" "$profile"; export HOME="$profile" ;;
  esac
done
exec setpriv --reuid="$user" --regid="$group" --clear-groups --inh-caps=-all --bounding-set=-all -- "$CLAIMMARK_CHROMIUM" "$@"
