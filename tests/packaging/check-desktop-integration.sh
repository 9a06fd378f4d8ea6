#!/usr/bin/env bash
# Checks one part of the desktop integration in packaging/linux/. Usage: CHECK SOURCE_DIR [METAINFO], CHECK one
# of desktop, appstream, mime, icons; METAINFO is the metainfo as CMake configured it (build/packaging/). Exits 77 (CTest: skipped) with a message when the tool it needs is missing.
set -euo pipefail

check=$1
source_dir=$2
linux_dir=$source_dir/packaging/linux
metainfo=${3:-}
app_id=io.github.anchorline.Anchorline

require() {
    command -v "$1" >/dev/null && return 0
    echo "SKIPPED: $1 is not installed (Debian package $2)"
    exit 77
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $check in
desktop)
    require desktop-file-validate desktop-file-utils
    # Silent on success; it prints warnings and hints without failing, and those count here.
    output=$(desktop-file-validate "$linux_dir/$app_id.desktop" 2>&1) || fail "desktop-file-validate: $output"
    [ -z "$output" ] || fail "desktop-file-validate: $output"
    ;;
appstream)
    require appstreamcli appstream
    [ -f "$metainfo" ] || fail "no configured metainfo given (build the project first): '$metainfo'"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
    ! grep -n '@[A-Z_]*@' "$metainfo" || fail "unconfigured @VARIABLE@ left in $metainfo"
    # Every screenshot URL names a file the repository has in docs/screenshots/.
    screenshots=$(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo")
    [ -n "$screenshots" ] || fail "the metainfo lists no screenshots"
    for url in $screenshots; do
        [ -f "$source_dir/docs/screenshots/$(basename "$url")" ] || fail "screenshot $url: no docs/screenshots/$(basename "$url")"
        case $url in */docs/screenshots/*) ;; *) fail "screenshot $url is not under docs/screenshots/" ;; esac
    done
    ;;
mime)
    require update-mime-database shared-mime-info
    mkdir -p "$work/mime/packages"
    cp "$linux_dir/$app_id.mime.xml" "$work/mime/packages/$app_id.xml"
    update-mime-database "$work/mime" >"$work/log" 2>&1 || fail "update-mime-database: $(cat "$work/log")"
    grep -qx 'application/x-anchorline-session:\*\.anchorline' "$work/mime/globs" ||
        fail "*.anchorline is not mapped to application/x-anchorline-session"
    grep -qx 'application/x-anchorline-session application/json' "$work/mime/subclasses" ||
        fail "application/x-anchorline-session is not a sub-class of application/json"
    grep -q '^MimeType=application/x-anchorline-session;$' "$linux_dir/$app_id.desktop" ||
        fail "the .desktop file does not open application/x-anchorline-session"
    ;;
icons)
    require rsvg-convert librsvg2-bin
    "$source_dir/scripts/render-icons.sh" "$work/hicolor" >/dev/null
    diff -r "$work/hicolor" "$linux_dir/icons/hicolor" ||
        fail "the PNG icons are out of date with resources/icons/anchorline.svg: run scripts/render-icons.sh"
    ;;
*)
    fail "unknown check '$check'"
    ;;
esac
echo "PASS: $check"
