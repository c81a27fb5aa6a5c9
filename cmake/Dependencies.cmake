# Every dependency comes from a Debian package; nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(Boost 1.74 REQUIRED)
find_package(SQLite3 REQUIRED)
pkg_check_modules(TOMLPP REQUIRED tomlplusplus)
include(${CMAKE_CURRENT_LIST_DIR}/TomlPatched.cmake)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
# stb_truetype reads the wall's fonts' character maps (shared: validate warns
# about text no font has); FriBidi orders and shapes right-to-left text.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
# libcsv (Debian libcsv-dev) has no CMake or pkg-config file.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY csv REQUIRED)
add_library(Csv::csv UNKNOWN IMPORTED)
set_target_properties(Csv::csv PROPERTIES IMPORTED_LOCATION "${CSV_LIBRARY}" INTERFACE_INCLUDE_DIRECTORIES "${CSV_INCLUDE_DIR}")
# libb64 (Debian libb64-dev) carries a wall's PNG in a JSON message; no
# pkg-config file either.
find_path(B64_INCLUDE_DIR b64/cencode.h REQUIRED)
find_library(B64_LIBRARY b64 REQUIRED)
add_library(B64::b64 UNKNOWN IMPORTED)
set_target_properties(B64::b64 PROPERTIES IMPORTED_LOCATION "${B64_LIBRARY}" INTERFACE_INCLUDE_DIRECTORIES "${B64_INCLUDE_DIR}")
# .xlsx: libzip for the container, expat for its XML (wresctl import), and
# libxlsxwriter to write one (wresctl export --xlsx).
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# The accessible twin's page template (header-only; it HTML-escapes every value).
find_path(WRES_MUSTACHE_INCLUDE kainjow/mustache.hpp REQUIRED)
if(WRES_BUILD_DISPLAY OR WRES_TSAN)
  # The QR code to the accessible twin on the wall (display_layout).
  pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
endif()
if(WRES_BUILD_DISPLAY)
  find_package(OpenGL REQUIRED)
  pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
  pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui stb)
  pkg_check_modules(FRIBIDI REQUIRED IMPORTED_TARGET fribidi)
  # Xext's DPMS puts the panel to standby at night under X.
  pkg_check_modules(XEXT REQUIRED IMPORTED_TARGET xext x11)
endif()
if(NOT WRES_BUILD_FUZZ)
  # XXH3 hashes each frame the wall presents (its link reports it: the shown
  # history); wresd hashes a capture's pixels the same way before passing it on.
  pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
endif()
if(NOT WRES_BUILD_FUZZ)
  # wresd's metrics for Prometheus: the registry and text format (core), and
  # the HTTP /metrics exposer (pull).
  find_package(prometheus-cpp CONFIG REQUIRED)
endif()
if(WRES_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(WRES_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
