#pragma once
// What frames every page: header (who, what, when), footer (link state and
// page indicator) and banners (errors and staleness, never hiding the data).
#include <ctime>
#include <string>
#include <vector>

#include "qr_code.hpp"
#include "schedule.hpp"
#include "widgets.hpp"

namespace display {

struct WallStatus {
  Freshness freshness = Freshness::waiting;
  bool connected = false;
  bool from_file = false;     // showing a --snapshot file, no daemon involved
  std::string detail;         // why the link is down or refused
  std::time_t data_time = 0;  // when the shown data arrived
  std::time_t last_heard = 0;
  std::string socket_path;
};

struct Banner {
  Look look;
  std::string title;
  std::string detail;  // may be empty
};

struct PageTab {
  std::string title;
  bool current = false;
};

std::vector<Banner> banners_for(const wres::Snapshot& s, const WallStatus& st, std::time_t now);
int banner_lines(const std::vector<Banner>& banners);

// `qr`: the code to the accessible twin ([twin] url), or null.
void draw_header(Canvas& c, const Rect& r, const wres::Snapshot& s, std::time_t now, const QrCode* qr = nullptr);
// The code for the snapshot's [twin] url; nullopt without one.
std::optional<QrCode> twin_code(const wres::Snapshot& s);
void draw_footer(Canvas& c, const Rect& r, const WallStatus& st, const std::vector<PageTab>& tabs, std::time_t now);
void draw_banners(Canvas& c, const Rect& r, const std::vector<Banner>& banners);
// Nothing to show yet, or refused: a full screen that says why and what happens next.
void draw_waiting(Canvas& c, const Rect& screen, const WallStatus& st);

}  // namespace display
