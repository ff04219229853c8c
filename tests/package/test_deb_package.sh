#!/usr/bin/env bash
# Builds the Debian package from an already built tree (cpack; nothing is compiled), checks what it declares and
# holds, unpacks it into a scratch root and starts the headless station from there the way its systemd unit
# does, on a temporary data folder and a free loopback port, then signs in over HTTP and stops it.
# Usage: test_deb_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
station_pid=""
# Runs on exit under set -e: every step must succeed or be allowed to fail, or the script's status becomes its.
cleanup() {
    [ -z "$station_pid" ] || kill -KILL "$station_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# WIDTHxHEIGHT from a PNG's header (big-endian at bytes 16 and 20).
png_size() {
    local n
    read -r -a n < <(od -An -tu1 -j16 -N8 "$1")
    echo "$(((n[0] << 24) + (n[1] << 16) + (n[2] << 8) + n[3]))x$(((n[4] << 24) + (n[5] << 16) + (n[6] << 8) + n[7]))"
}

# The package ------------------------------------------------------------------------------------------------
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/out/chairside_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one chairside_*.deb, got: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
# Each is what the installed program loads at run time; dpkg says which package holds it here, where the build
# found it. Shared-library scanning finds the linked libraries; the plugins and libsecret (QtKeychain opens it at
# run time) must be named by hand.
for file in qt6/plugins/sqldrivers/libqsqlite.so qt6/plugins/imageformats/libqtiff.so \
    qt6/plugins/platforms/libqxcb.so qt6/plugins/platforms/libqoffscreen.so libsecret-1.so.0 libqt6keychain.so.1 libsodium.so.23; do
    owner=$(dpkg -S "*/$file" | head -n1 | cut -d: -f1)
    [ -n "$owner" ] || fail "no installed package holds $file"
    grep -Eq "(^|, )$owner( |,|$)" <<<"$depends" || fail "Depends lacks $owner (for $file): $depends"
done
grep -Eq "(^|, )adduser(,|$)" <<<"$depends" || fail "Depends lacks adduser (postinst runs it): $depends"

control=$work/control
dpkg-deb -e "$deb" "$control"
grep -qx /etc/default/chairside-station "$control/conffiles" || fail "/etc/default/chairside-station is not a conffile"
for script in postinst prerm postrm; do
    [ -x "$control/$script" ] || fail "$script missing or not executable"
    sh -n "$control/$script" || fail "$script: syntax"
done

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
for path in /usr/bin/chairside /usr/share/applications/org.chairside.Chairside.desktop \
    /usr/share/metainfo/org.chairside.Chairside.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.chairside.Chairside.svg \
    /lib/systemd/system/chairside-station.service /etc/default/chairside-station /usr/share/doc/chairside/copyright; do
    grep -qx "$path" "$work/files" || fail "$path is not in the package"
done

# Unpacked into a scratch root ------------------------------------------------------------------------------------
root=$work/root
dpkg -x "$deb" "$root"
binary=$root/usr/bin/chairside
# No `| grep -q` under pipefail: grep leaving early can kill the writer with SIGPIPE and fail the pipeline.
libraries=$(ldd "$binary")
if grep -q "not found" <<<"$libraries"; then
    echo "$libraries" >&2
    fail "unresolved libraries"
fi

desktop=$root/usr/share/applications/org.chairside.Chairside.desktop
desktop-file-validate "$desktop" | { grep -v ': hint: ' || true; } | { ! grep . >&2; } ||
    fail "desktop-file-validate"
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_program" ] || fail "the desktop entry runs $exec_program, which the package lacks"
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256; do
    png=$root/usr/share/icons/hicolor/$size/apps/$icon.png
    [ -f "$png" ] || fail "no $size icon named $icon"
    [ "$(png_size "$png")" = "$size" ] || fail "the $size icon is $(png_size "$png")"
done

metainfo=$root/usr/share/metainfo/org.chairside.Chairside.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" || { cat "$work/appstream.log"; fail "appstream"; }
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $(basename "$desktop")"
version=$(dpkg-deb -f "$deb" Version)
grep -q "<release version=\"${version%-*}\"" "$metainfo" ||
    fail "the metainfo lists no release ${version%-*} (add it to resources/org.chairside.Chairside.metainfo.xml)"

# The unit, checked by systemd with its program pointing into the scratch root (unknown keys are only warned of).
unit=$root/lib/systemd/system/chairside-station.service
mkdir "$work/units"
sed "s|/usr/bin/chairside|$binary|" "$unit" >"$work/units/chairside-station.service"
systemd-analyze verify "$work/units/chairside-station.service" >"$work/verify.log" 2>&1 || true
if [ -s "$work/verify.log" ]; then
    cat "$work/verify.log" >&2
    fail "systemd-analyze verify"
fi
grep -qx "User=chairside" "$unit" || fail "the unit does not run as chairside"

# The headless station, started by the unit's own command line --------------------------------------------------
# serve_and_sign_in ROOT DATA [USER]: adds an account to the store in DATA, starts the station of the package
# unpacked at ROOT ("" for the installed one) as its unit says (command line, environment, USER), with DATA for
# /var/lib/chairside and a free port, signs in over HTTP and stops it with SIGTERM.
serve_and_sign_in() {
    local root=$1 data=$2 user=${3:-} as=()
    local unit=$root/lib/systemd/system/chairside-station.service binary=$root/usr/bin/chairside
    [ -n "$user" ] && as=(setpriv --reuid="$user" --regid="$user" --init-groups env "HOME=$data")
    "${as[@]}" "$binary" --data-dir "$data" user add --email admin@example.org --role admin --password-stdin \
        <<<"packaged-station-1" >/dev/null || fail "user add"
    local exec_start
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    exec_start=${exec_start//\/usr\/bin\/chairside/$binary}
    exec_start=${exec_start//\/var\/lib\/chairside/$data}
    local log=$work/station.log runtime=$work/runtime
    mkdir -m 0700 "$runtime"
    [ -n "$user" ] && chown "$user:" "$runtime"
    (
        # As systemd: the unit's Environment=, then the options file over it; a free port instead of 8000.
        while IFS= read -r assignment; do export "${assignment#Environment=}"; done < <(grep '^Environment=' "$unit")
        set -a
        # shellcheck disable=SC1091
        . "$root/etc/default/chairside-station"
        set +a
        export CHAIRSIDE_LISTEN=127.0.0.1:0 CHAIRSIDE_DISCOVERY_PORT=0 XDG_RUNTIME_DIR=$runtime
        eval "exec ${as[*]} $exec_start"
    ) >"$log" 2>&1 &
    station_pid=$!
    local url=""
    for _ in $(seq 1 100); do
        url=$(sed -n 's/^Chairside API listening on \(http[^ ]*\).*/\1/p' "$log")
        [ -n "$url" ] && break
        kill -0 "$station_pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$url" ] || { cat "$log" >&2; fail "the packaged station did not start"; }
    echo "packaged station at $url"

    local status login token doctors code=0
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/doctors/")
    [ "$status" = 401 ] || fail "GET /api/doctors/ without a token answered $status, not 401"
    login=$(curl -sf -H 'Content-Type: application/json' \
        -d '{"email": "admin@example.org", "password": "packaged-station-1"}' "$url/api/auth/login/") ||
        fail "sign-in refused"
    token=$(sed -n 's/.*"access" *: *"\([^"]*\)".*/\1/p' <<<"$login")
    [ -n "$token" ] || fail "no access token in $login"
    doctors=$(curl -sf -H "Authorization: Bearer $token" "$url/api/doctors/") || fail "GET /api/doctors/ signed in"
    [[ $doctors == "["* || $doctors == "{"* ]] || fail "GET /api/doctors/ answered $doctors"
    [ -f "$data/chairside.db" ] || fail "no store in $data"

    kill -TERM "$station_pid"
    wait "$station_pid" || code=$?
    station_pid=""
    [ "$code" -eq 0 ] || { cat "$log" >&2; fail "the station exited with $code on SIGTERM"; }
    grep -q "Chairside stopped." "$log" || fail "no clean stop"
    rm -rf "$runtime"
}

data=$work/data
mkdir -m 0700 "$data"
serve_and_sign_in "$root" "$data"

# Installed for real (CI only: CHAIRSIDE_TEST_DPKG_INSTALL=1, as root on a throwaway machine) -------------------
# The maintainer scripts: postinst adds the user, its data folder and its backup folder, remove keeps them and
# an admin's enabling of the service, purge deletes the user, the data folder and the enabling and keeps the
# backups.
if [ "${CHAIRSIDE_TEST_DPKG_INSTALL:-0}" = 1 ]; then
    [ "$(id -u)" -eq 0 ] || fail "CHAIRSIDE_TEST_DPKG_INSTALL=1 needs root"
    ! dpkg -s chairside >/dev/null 2>&1 || fail "chairside is installed on this machine already; not replacing it"
    export DEBIAN_FRONTEND=noninteractive
    # Once purged, apt no longer knows the package and a second purge fails; dpkg --purge is a no-op then.
    [ ! -e /var/backups/chairside ] || fail "/var/backups/chairside exists already; not touching it"
    enabled=/etc/systemd/system/multi-user.target.wants/chairside-station.service
    trap 'dpkg --purge chairside >/dev/null 2>&1 || true; rm -rf /var/backups/chairside; rm -f "$enabled"; cleanup' EXIT
    apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt install"; }
    getent passwd chairside >/dev/null || fail "postinst added no chairside user"
    [ "$(stat -c '%U %a' /var/lib/chairside)" = "chairside 700" ] ||
        fail "/var/lib/chairside is $(stat -c '%U %a' /var/lib/chairside)"
    [ "$(stat -c '%U %a' /var/backups/chairside)" = "chairside 700" ] || fail "no backup folder for chairside"
    serve_and_sign_in "" /var/lib/chairside chairside
    [ "$(stat -c %U /var/lib/chairside/chairside.db)" = chairside ] || fail "the store is not the chairside user's"
    # Enabled as the README says (without a running systemd, enable only makes the link).
    systemctl enable chairside-station.service >/dev/null 2>&1 || fail "systemctl enable chairside-station"
    [ -L "$enabled" ] || fail "enabling made no link"
    # The backup the README asks for before a purge, as the README writes it.
    setpriv --reuid=chairside --regid=chairside --init-groups env HOME=/var/lib/chairside \
        chairside --data-dir /var/lib/chairside backup /var/backups/chairside/before-purge.tar >/dev/null ||
        fail "backup as the chairside user"
    apt-get remove -y -qq chairside >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt remove"; }
    [ ! -e /usr/bin/chairside ] || fail "remove left /usr/bin/chairside"
    [ -f /var/lib/chairside/chairside.db ] && getent passwd chairside >/dev/null || fail "remove took the data or user"
    [ -L "$enabled" ] || fail "remove forgot that the admin enabled the service"
    apt-get purge -y -qq chairside >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt purge"; }
    [ ! -e /var/lib/chairside ] && ! getent passwd chairside >/dev/null && [ ! -e /etc/default/chairside-station ] ||
        fail "purge left the data folder, the user or the options file"
    [ ! -e "$enabled" ] && [ ! -L "$enabled" ] || fail "purge left the service enabled"
    tar -tf /var/backups/chairside/before-purge.tar chairside.db >/dev/null || fail "purge took the backup"
    echo "installed, served, removed and purged"
fi
echo "PASS"
