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

# Installing it for real shows that its dependencies resolve and the installed binaries run.
# Only as root (CI); the package is removed again afterwards.
if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
    trap 'dpkg -r thuisindewijk >/dev/null' EXIT
    /usr/bin/thuisindewijk-cli --version
    QT_QPA_PLATFORM=offscreen /usr/bin/thuisindewijk --version
    for path in /usr/share/applications/nl.thuisindewijk.ThuisInDeWijk.desktop \
        /usr/share/icons/hicolor/scalable/apps/nl.thuisindewijk.ThuisInDeWijk.svg; do
        [ -f "$path" ] || { echo "FOUT: $path is niet geïnstalleerd" >&2; exit 1; }
    done
    echo "$deb: installeert en start."
fi
