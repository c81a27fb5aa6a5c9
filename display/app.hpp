#pragma once
// The wall display: a window (or an offscreen target for screenshots), the
// link to wresd, and a loop that renders only when something changed.
#include <optional>
#include <string>

namespace display {

struct AppOptions {
  std::string socket_path;
  int monitor = 0;
  std::optional<std::pair<int, int>> windowed;  // width, height
  std::string snapshot_file;                    // show this snapshot instead of asking wresd
  std::string screenshot;                       // write one page to this PNG and exit
  std::string page;                             // the page for --screenshot
  int screen = 0;                               // which of its screens (a long plans page has many)
  double screenshot_after = 0;                  // keep running this many seconds first (live screenshots)
  std::optional<int> stale_seconds;             // overrides [display].stale_seconds
  std::string cache_path;
  bool cache = true;
  std::string frame_log;  // append a JSON line per frame put on screen (tests, diagnosis)
  std::string wall_name;  // in frame reports and wresctl status; default: host name (and :monitor)
};

int run_app(const AppOptions& o);

}  // namespace display
