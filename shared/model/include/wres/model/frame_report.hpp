#pragma once
// What a wall put on its screen. The display sends one for every frame it
// presents after a change; wresd keeps a row each time the view changes
// (page, screen, snapshot, night or panel), not one per frame: the shown
// history, "what did the wall show at 09:00 on board day?".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wres {

// What the panel itself is doing. At night the wall draws black; where it can,
// it also puts the panel to standby, so a dark wall at night never reads as a fault.
enum class PanelState {
  on,       // showing the board
  standby,  // night: put to standby (DPMS or HDMI-CEC)
  black     // night: a black frame only (no way to switch the panel off, or it failed)
};

std::string_view to_string(PanelState p);
[[nodiscard]] std::optional<PanelState> panel_state_from_name(std::string_view name);
// The words for a person: "on", "panel off (night)", "black (night)".
std::string_view panel_words(PanelState p);

struct FrameReport {
  std::string wall{};      // the wall's name: wres-display --name, else host name and monitor
  std::string page{};      // a page name, or "waiting" while there is nothing to show
  int screen = 0;          // of the page's screens (a long plans page has several)
  long long revision = 0;  // wresd's snapshot revision drawn; 0 for a cached or file snapshot
  std::string at{};        // local ISO 8601, when it reached the screen
  std::int64_t at_unix = 0;
  std::string hash{};  // XXH3-64 of the presented pixels, 16 hex digits
  int width = 0, height = 0;
  bool night = false;
  PanelState panel = PanelState::on;
  std::string freshness{};  // live, stale, waiting, refused, file (as the wall's footer says)
  // Only in the shown history, never from a wall: why nothing is known of the
  // wall's picture from this time on ("disconnected", "no frame for 120 s").
  // A wall's last row must not be read as what it showed after it went away.
  std::string gap{};

  // Whether two frames show the same view: frames of one view differ only by
  // the clock and the burn-in shift, and are not worth a row each.
  [[nodiscard]] bool same_view(const FrameReport& o) const {
    return page == o.page && screen == o.screen && revision == o.revision && night == o.night && panel == o.panel &&
           freshness == o.freshness && width == o.width && height == o.height;
  }
};

}  // namespace wres
