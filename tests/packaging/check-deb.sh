#!/usr/bin/env bash
# Builds the .deb with CPack into a temporary directory, checks its control fields, unpacks it with dpkg -x and
# checks that the files are in the standard places and that the unpacked binaries run.
# Usage: BUILD_DIR VERSION. Exits 77 (CTest: skipped) when cpack's DEB tools are missing.
set -euo pipefail

build_dir=$1
version=$2
app_id=io.github.anchorline.Anchorline

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed (Debian package dpkg-dev)"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    fail "cpack: $(cat "$work/cpack.log")"
debs=("$work"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work, found: ${debs[*]}"
deb=${debs[0]}
echo "Built $(basename "$deb")"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = anchorline ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project is $version"
depends=$(field Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the binaries' libraries) and the explicit run-time plugin package.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6; do
    [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]] || fail "Depends lacks $package"
done

root=$work/root
dpkg -x "$deb" "$root"
for path in \
    usr/bin/anchorline \
    usr/bin/anchorline-cli \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/mime/packages/$app_id.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/doc/anchorline/copyright; do
    [ -f "$root/$path" ] || fail "$path is not in the package"
done
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}x${size} icon"
done
[ -x "$root/usr/bin/anchorline" ] && [ -x "$root/usr/bin/anchorline-cli" ] || fail "binaries are not executable"

cli_version=$("$root/usr/bin/anchorline-cli" --version)
[ "$cli_version" = "anchorline-cli $version" ] || fail "anchorline-cli --version printed '$cli_version'"
app_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/anchorline" --version)
[ "$app_version" = "Anchorline $version" ] || fail "anchorline --version printed '$app_version'"
echo "PASS: $cli_version, $app_version"
