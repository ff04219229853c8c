# The Debian package (`cpack -G DEB` in the build folder, or installer/build-deb.sh): the binary, the desktop
# entry, its icons and AppStream metainfo, and a systemd unit for a headless station with its own user.
# Debian 12 paths: units go to /lib/systemd/system there (later releases use /usr/lib/systemd/system).

include(GNUInstallDirs)

# `make install` and cpack install what is built and build nothing; `all` stays as fast as it was.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CHAIRSIDE_APP_ID org.chairside.Chairside) # the desktop entry, icon and metainfo name (reverse DNS)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${CHAIRSIDE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${CHAIRSIDE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/installer/icons/${CHAIRSIDE_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/icons/${CHAIRSIDE_APP_ID}-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${CHAIRSIDE_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/installer/chairside-station.service DESTINATION /lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/installer/chairside-station.default DESTINATION /etc/default
        RENAME chairside-station)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/installer/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/chairside)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chairside)
set(CPACK_PACKAGE_VENDOR "The Chairside developers")
set(CPACK_PACKAGE_CONTACT "Chairside maintainers <maintainers@users.noreply.b-seed-4050a147.example>") # as in the commits
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dental clinic station that keeps working offline")
# The package's long description, one paragraph wrapped as dpkg shows it.
set(CPACK_PACKAGE_DESCRIPTION
    "Receptionists book at the front desk, dentists read charts and X-rays beside the chair.
Every station keeps its own SQLite store, keeps working when the network does not, syncs
with the other stations of the clinic on the LAN and serves a REST API.
Includes the desktop application and the chairside-station service: a headless station
running as its own user, with its data in /var/lib/chairside.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # chairside_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shared-library scanning cannot see: the Qt plugins (the SQLite driver; TIFF, which X-ray sensors write;
# the xcb and offscreen platforms are in libqt6gui6, which the scan finds), libsecret (QtKeychain opens it at
# run time to reach the desktop keychain) and adduser (postinst).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-image-formats-plugins, libsecret-1-0, adduser")
# A keychain for the desktop's secrets (without one they go to secrets.json), Wayland's platform plugin (Qt
# falls back to XWayland without it) and Qt's own translations (its dialogs' buttons; ours are built in).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/installer/debian/conffiles;${PROJECT_SOURCE_DIR}/installer/debian/postinst;\
${PROJECT_SOURCE_DIR}/installer/debian/prerm;${PROJECT_SOURCE_DIR}/installer/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
