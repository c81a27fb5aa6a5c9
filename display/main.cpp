// wres-display: the full-screen wall dashboard for WRES Kiosk.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdio>

#include "app.hpp"
#include "link.hpp"
#include "wres/model/board.hpp"
#include "wres/protocol/protocol.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "wres-display - the WRES Kiosk wall screen. Shows the board wresd publishes, full screen,\n"
      "rotating its pages; keeps the last good picture when the daemon or the board file fails."};
  app.footer(
      "DESCRIPTION\n"
      "  Connects to wresd (retrying forever with backoff) and rotates the board's pages full screen,\n"
      "  as the board's [display] section says (--list-pages names them all).\n"
      "  When the daemon stops answering the last picture stays up with 'data from HH:MM' and a stale\n"
      "  banner; a board with errors shows the file:line and message while the last good data stays.\n"
      "  The screen is blank during the board's night hours, and the panel put to standby where it can\n"
      "  be ([display] panel: DPMS under X, HDMI-CEC through cec-client). Renders only when the picture\n"
      "  changes. Each frame put on screen is read back, hashed and reported to wresd (its shown history,\n"
      "  wresctl shown), and answers wresctl screenshot. Under systemd with WatchdogSec= it tells the\n"
      "  watchdog all is well only while frames keep coming and change when the clock on them does.\n"
      "  Keys (windowed or with a keyboard): left/right change page, Esc or Q close a window.\n\n"
      "FILES\n"
      "  /run/wres/wresd.sock                     the packaged daemon's socket, used when present\n"
      "  ~/.cache/wres/last-snapshot.json         the last snapshot, shown at start before wresd answers\n\n"
      "EXIT STATUS\n"
      "  0 closed; 1 no window or GL context, or --screenshot could not be written; 2 bad options,\n"
      "  an unreadable --snapshot, or a --page with nothing to show.\n\n"
      "EXAMPLES\n"
      "  wres-display --monitor 1                                   full screen on the second monitor\n"
      "  wres-display --windowed 1280x720                           try it in a window\n"
      "  wres-display --page plans --screenshot plans.png           a page for a board paper\n"
      "  wres-display --snapshot snap.json --screenshot o.png       from `wresctl snapshot --json`");
  display::AppOptions o;
  o.socket_path = wres::protocol::client_socket_path();
  o.cache_path = display::default_cache_path();
  std::string windowed;
  int stale = 0;
  bool no_cache = false;
  app.add_option("--socket", o.socket_path, "wresd's socket")->capture_default_str();
  app.add_option("--monitor", o.monitor, "Full screen on this monitor (0 = primary)")->check(CLI::NonNegativeNumber);
  app.add_option("--windowed", windowed, "A window of WxH pixels instead of full screen, e.g. 1920x1080");
  app.add_option("--snapshot", o.snapshot_file,
                 "Show this snapshot JSON file (wresctl snapshot --json) instead of wresd");
  app.add_option("--screenshot", o.screenshot, "Render offscreen, write this PNG (and PNG.json) and exit");
  std::string pages;  // the one list of the wall's pages (wres::known_pages)
  for (const auto& name : wres::known_pages()) pages += (pages.empty() ? "" : ", ") + name;
  app.add_option("--page", o.page, "Page for --screenshot: " + pages);
  bool list_pages = false;
  app.add_flag("--list-pages", list_pages, "Print every page's name, one a line, in rotation order, and exit");
  app.add_option("--screen", o.screen,
                 "Which of the page's screens for --screenshot, from 0 (the sidecar's \"screens\" says how many)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--screenshot-after", o.screenshot_after, "Run live this many seconds before the screenshot");
  app.add_option("--frame-log", o.frame_log,
                 "Append a JSON line (time, page, freshness, banners) for every frame put on screen");
  app.add_option("--name", o.wall_name,
                 "This wall's name in wresd's shown history and wresctl status (default: the host name, and "
                 ":N for --monitor N)");
  app.add_option("--stale-seconds", stale,
                 "Say the data is stale after this long without the daemon (default: the board's)");
  app.add_option("--cache", o.cache_path, "Where the last snapshot is kept across restarts")->capture_default_str();
  app.add_flag("--no-cache", no_cache, "Neither read nor write the snapshot cache");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : 2;
  }
  if (list_pages) {
    for (const auto& name : wres::known_pages()) std::printf("%s\n", name.c_str());
    return 0;
  }
  if (!windowed.empty()) {
    int w = 0, h = 0;
    if (std::sscanf(windowed.c_str(), "%dx%d", &w, &h) != 2 || w < 320 || h < 240 || w > 16384 || h > 16384) {
      std::fprintf(stderr, "wres-display: --windowed '%s': expected WIDTHxHEIGHT, e.g. 1920x1080\n", windowed.c_str());
      return 2;
    }
    o.windowed = std::pair{w, h};
  }
  if (stale > 0) o.stale_seconds = stale;
  if (o.wall_name.empty()) {
    char host[256] = "wall";
    ::gethostname(host, sizeof host - 1);
    o.wall_name = std::string(host).substr(0, 60) + (o.monitor > 0 ? ":" + std::to_string(o.monitor) : "");
  }
  o.cache = !no_cache;
  if (!o.page.empty() && o.screenshot.empty()) {
    std::fprintf(stderr, "wres-display: --page goes with --screenshot\n");
    return 2;
  }
  return display::run_app(o);
}
