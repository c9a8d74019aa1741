#!/usr/bin/env bash
# Builds the .deb from a configured and built tree and checks what it holds.
#   packaging/build-and-check-deb.sh build/ci
set -euo pipefail
build_dir="${1:?usage: $0 BUILD_DIR}"
cd "$build_dir"

cpack --config CPackConfig.cmake >/dev/null
deb=$(ls -t thuisindewijk_*_amd64.deb | head -n 1)
dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb")
echo "$contents"

for path in ./usr/bin/thuisindewijk ./usr/bin/thuisindewijk-cli \
    ./usr/share/applications/nl.thuisindewijk.ThuisInDeWijk.desktop \
    ./usr/share/metainfo/nl.thuisindewijk.ThuisInDeWijk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/nl.thuisindewijk.ThuisInDeWijk.svg \
    ./usr/share/doc/thuisindewijk/copyright; do
    grep -q " $path\$" <<<"$contents" || { echo "FOUT: $path ontbreekt in $deb" >&2; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for dependency in libqt6widgets6 libqt6core6 qt6-qpa-plugins libqt6svg6; do
    grep -q "$dependency" <<<"$depends" || { echo "FOUT: Depends mist $dependency: $depends" >&2; exit 1; }
done
echo "$deb: inhoud en afhankelijkheden in orde."
