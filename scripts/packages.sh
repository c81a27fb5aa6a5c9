# The Debian packages WRES Kiosk needs, in one place (sourced by setup.sh, demo.sh
# and .ci/scheduled).
# To build and run wresd, wres-display and wresctl, and to screenshot the wall
# on a machine without a screen (Xvfb, Mesa):
product_packages=(build-essential cmake ninja-build ccache pkg-config libboost-dev libsqlite3-dev libimgui-dev
                  libstb-dev libglfw3-dev libgl-dev libtomlplusplus-dev nlohmann-json3-dev libspdlog-dev libcli11-dev
                  libzstd-dev libsystemd-dev libcsv-dev libb64-dev libzip-dev libexpat1-dev libxlsxwriter-dev
                  libfribidi-dev libxxhash-dev libxext-dev prometheus-cpp-dev fonts-inter xvfb xauth libgl1-mesa-dri
                  libkainjow-mustache-dev libqrencode-dev)
# Besides, for the tests and benchmarks: GoogleTest and Google Benchmark, the
# Noto fonts the multilingual board is drawn with (fonts-noto-cjk is 91 MB
# installed), a systemd to verify the units, and cage to run the wall under Wayland.
test_packages=(libgtest-dev libgmock-dev libbenchmark-dev systemd time xinit fonts-noto-core fonts-noto-cjk cage
               xwayland chromium zbar-tools)
# clang builds the sanitizer and fuzz presets (it compiles ASan code twice as
# fast as GCC, and a second compiler's warnings come free).
sanitizer_packages=(clang libclang-rt-14-dev)
