#pragma once
// Rendering with the real wres-display under Xvfb (ctest's one server, else
// xvfb-run, when no DISPLAY is set) and reading back the PNG and its sidecar: shared by the render tests.
#include <gtest/gtest.h>

#include <stb/stb_image.h>

#include <cctype>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_process.hpp"
#include "temp_dir.hpp"

namespace wres::test {

namespace fs = std::filesystem;

inline const std::string kShots = std::string(WRES_BUILD_DIR) + "/screenshots";

// The X server ctest started for the whole run (tests/support/xvfb_fixture.sh),
// if it is still alive: ":N", or "" when there is none.
inline std::string shared_x_server() {
  std::string dir = std::string(WRES_BUILD_DIR) + "/xvfb/", display;
  pid_t pid = 0;
  std::ifstream(dir + "display") >> display;
  std::ifstream(dir + "pid") >> pid;
  if (display.size() < 2 || pid <= 0 || ::kill(pid, 0) != 0) return "";
  return fs::exists("/tmp/.X11-unix/X" + display.substr(1)) ? display : "";
}

inline std::string display_cmd() {
  std::string prefix;
  const bool own_display = std::getenv("DISPLAY") != nullptr;
  if (std::string x = own_display ? "" : shared_x_server(); !x.empty()) {
    prefix = "env DISPLAY=" + x + " ";
  } else if (!own_display) {
    // An auth file of our own (-f): xvfb-run then has no temp directory to
    // remove at exit, a step that failed once (exit 5) with many running side by side.
    static int n = 0;
    fs::create_directories(kShots + "/xauth");
    std::string auth = kShots + "/xauth/" + std::to_string(::getpid()) + "-" + std::to_string(++n);
    prefix = "xvfb-run -a -f " + auth + " -s '-screen 0 1280x1024x24' ";
  }
#ifdef WRES_DISPLAY_PRELOAD
  // Sanitizer build: Mesa's driver is unloaded at exit with pointers to its
  // own allocations still in its data, so LeakSanitizer reports them as leaks
  // from "<unknown module>". Keeping the driver loaded makes them reachable
  // again; leaks in our code are still reported.
  prefix += "env LD_PRELOAD='" WRES_DISPLAY_PRELOAD "' ";
#endif
  return prefix + WRES_DISPLAY;
}

// ctest runs test processes in parallel: write aside, then rename (atomic).
inline std::string write_shot_file(const std::string& name, const std::string& text) {
  fs::create_directories(kShots);
  std::string out = kShots + "/" + name;
  std::string tmp = out + "." + std::to_string(::getpid());
  std::ofstream(tmp, std::ios::binary) << text;
  fs::rename(tmp, out);
  return out;
}

// Snapshot JSON of an example board, made by the real wresctl.
inline std::string snapshot_of(const std::string& board, const std::string& extra_args = "") {
  auto r = run(std::string(WRESCTL) + " snapshot --json" + extra_args + " --config " +
               source_path("deploy/examples/" + board + "/board.toml"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string suffix;  // one file per set of arguments: " --as-of 2025-01-06" -> "-as-of-2025-01-06"
  for (char ch : extra_args)
    if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-')
      suffix += ch;
    else if (!suffix.empty() && suffix.back() != '-')
      suffix += '-';
  return write_shot_file(board + (suffix.empty() || suffix[0] == '-' ? suffix : "-" + suffix) + ".json", r.out);
}

struct Picture {
  int w = 0, h = 0;
  std::vector<unsigned char> rgb;
  nlohmann::json sidecar;
  // Pixels within `tol` of a colour, in the rectangle (fractions of the picture).
  int count(unsigned r, unsigned g, unsigned b, double x0 = 0, double y0 = 0, double x1 = 1, double y1 = 1,
            int tol = 10) const {
    int n = 0;
    for (int y = static_cast<int>(y0 * h); y < static_cast<int>(y1 * h); ++y)
      for (int x = static_cast<int>(x0 * w); x < static_cast<int>(x1 * w); ++x) {
        const unsigned char* p =
            &rgb[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 3];
        if (std::abs(p[0] - static_cast<int>(r)) <= tol && std::abs(p[1] - static_cast<int>(g)) <= tol &&
            std::abs(p[2] - static_cast<int>(b)) <= tol)
          ++n;
      }
    return n;
  }
  double share_not_background() const {
    return 1.0 - static_cast<double>(count(0x10, 0x14, 0x1b, 0, 0, 1, 1, 3)) / (w * h);
  }
};

inline Picture load(const std::string& png) {
  Picture p;
  int channels = 0;
  unsigned char* data = stbi_load(png.c_str(), &p.w, &p.h, &channels, 3);
  if (!data) return p;
  p.rgb.assign(data, data + static_cast<std::size_t>(p.w) * static_cast<std::size_t>(p.h) * 3);
  stbi_image_free(data);
  std::ifstream side(png + ".json");
  if (side) p.sidecar = nlohmann::json::parse(side, nullptr, false);
  return p;
}

inline ProcessResult render(const std::string& args, const std::string& png) {
  fs::remove(png);
  return run(display_cmd() + " --no-cache " + args + " --screenshot " + png);
}

// Okabe-Ito colours of theme.hpp.
inline constexpr unsigned kRed[] = {0xd5, 0x5e, 0x00}, kAmber[] = {0xe6, 0x9f, 0x00}, kGreen[] = {0x00, 0x9e, 0x73},
                          kPurple[] = {0xcc, 0x79, 0xa7}, kBlue[] = {0x56, 0xb4, 0xe9}, kYellow[] = {0xf0, 0xe4, 0x42};

}  // namespace wres::test
