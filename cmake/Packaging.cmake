# `cpack -G DEB` in the build directory makes wres-kiosk_<version>_<arch>.deb:
# the three programs, the systemd units, the NSCHT example as /etc/wres
# (conffiles: an upgrade never overwrites the admins' board), the other
# examples, the README and docs/ under /usr/share/doc.
include(GNUInstallDirs)
set(WRES_DOCDIR share/doc/wres-kiosk)
set(WRES_EXAMPLE ${PROJECT_SOURCE_DIR}/deploy/examples/nscht)
# The board holds raw counts of people (DESIGN 7.7): 0640, and postinst gives
# it to the group wres on a first install.
install(FILES ${WRES_EXAMPLE}/board.toml ${WRES_EXAMPLE}/indicators.toml DESTINATION /etc/wres
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
install(DIRECTORY ${WRES_EXAMPLE}/plans DESTINATION /etc/wres FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ
        DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/debian/wres-display.default DESTINATION /etc/default RENAME wres-display)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/systemd/wresd.service ${PROJECT_SOURCE_DIR}/deploy/systemd/wres-display.service
              ${PROJECT_SOURCE_DIR}/deploy/systemd/wres-kiosk.service DESTINATION /lib/systemd/system)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/deploy/examples DESTINATION ${WRES_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${WRES_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs DESTINATION ${WRES_DOCDIR} PATTERN screenshots EXCLUDE)
# For the trust's Prometheus and Grafana: alert rules (with their promtool
# tests) and a dashboard of the walls.
install(FILES ${PROJECT_SOURCE_DIR}/deploy/prometheus/wres-alerts.yml ${PROJECT_SOURCE_DIR}/deploy/prometheus/wres-alerts.test.yml
        DESTINATION share/wres/prometheus)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/grafana/wres-walls.json DESTINATION share/wres/grafana)

# Every file under /etc is a conffile.
file(GLOB_RECURSE WRES_PLAN_FILES RELATIVE ${WRES_EXAMPLE} ${WRES_EXAMPLE}/plans/*.toml)
set(WRES_CONFFILES "/etc/wres/board.toml\n/etc/wres/indicators.toml\n/etc/default/wres-display\n")
foreach(f IN LISTS WRES_PLAN_FILES)
  string(APPEND WRES_CONFFILES "/etc/wres/${f}\n")
endforeach()
file(WRITE ${CMAKE_BINARY_DIR}/debian/conffiles "${WRES_CONFFILES}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wres-kiosk)
set(CPACK_PACKAGE_VENDOR "WRES Kiosk")
set(CPACK_PACKAGE_CONTACT "WRES Kiosk team <wres-kiosk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Race-equality (WRES) wall dashboard: daemon, display and admin tool")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "passwd")
# The Noto fonts draw what Inter has no letters for (Arabic and Urdu, Chinese);
# without them such text is drawn as boxes and `wresctl validate` says so.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-inter, fonts-noto-core, fonts-noto-cjk, xinit, xserver-xorg-core, xserver-xorg-input-libinput, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_BINARY_DIR}/debian/conffiles ${PROJECT_SOURCE_DIR}/deploy/debian/postinst ${PROJECT_SOURCE_DIR}/deploy/debian/prerm
    ${PROJECT_SOURCE_DIR}/deploy/debian/triggers)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
