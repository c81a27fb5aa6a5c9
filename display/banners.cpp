// Banners: the board file has an error, the data is stale, history is not
// being written. Each says what happened and that the last good data is shown.
#include "chrome.hpp"

namespace display {

std::vector<Banner> banners_for(const wres::Snapshot& s, const WallStatus& st, std::time_t now) {
  std::vector<Banner> out;
  if (st.freshness == Freshness::stale && !st.from_file) {
    std::string when = st.data_time ? clock_text(st.data_time) : "earlier";
    out.push_back({{colour::orange, Shape::triangle, ""},
                   "Data from " + when + ": the WRES daemon is not answering",
                   "Last heard " +
                       (st.last_heard ? ago_text(static_cast<double>(now - st.last_heard)) : std::string("never")) +
                       ". This screen reconnects by itself." + (st.detail.empty() ? "" : " (" + st.detail + ")")});
  }
  if (!s.config.ok && !s.config.errors.empty()) {
    const auto& e = s.config.errors.front();
    std::string more = s.config.errors.size() > 1 ? " (+" + std::to_string(s.config.errors.size() - 1) + " more)" : "";
    out.push_back({{colour::yellow, Shape::triangle, ""},
                   "The board file has " + std::to_string(s.config.errors.size()) + " error" +
                       (s.config.errors.size() == 1 ? "" : "s") + ": showing the last good data",
                   wres::format(e) + more});
  }
  if (s.data_overdue && s.data_as_at)
    out.push_back({{colour::orange, Shape::triangle, ""},
                   "The WRES figures are a reporting cycle out of date",
                   "The latest describe " + wres::format_day(*s.data_as_at) +
                       "; the next WRES year is due. Add it to the board file."});
  for (const auto& c : s.calendars)
    if (c.overdue) {
      const std::string title(wres::family_named(c.family) ? wres::family_named(c.family)->title : c.family);
      out.push_back({{colour::orange, Shape::triangle, ""},
                     "The " + title + " figures are a reporting cycle out of date",
                     "The latest describe " + wres::format_day(c.as_at) + "; the next " + title +
                         " year is due. Add it to the board file."});
    }
  if (!s.storage_error.empty())
    out.push_back({{colour::orange, Shape::square, ""}, "History is not being saved", s.storage_error});
  return out;
}

int banner_lines(const std::vector<Banner>& banners) {
  int n = 0;
  for (const auto& b : banners) n += b.detail.empty() ? 1 : 2;
  return n;
}

void draw_banners(Canvas& c, const Rect& r, const std::vector<Banner>& banners) {
  if (banners.empty()) return;
  const Scale& s = c.s;
  c.dl->AddRectFilled(v2(r.x, r.y), v2(r.right(), r.bottom()), colour::rgb(0x2a, 0x22, 0x10), s.radius);
  c.dl->AddRect(v2(r.x, r.y), v2(r.right(), r.bottom()), banners.front().look.colour, s.radius, 0,
                std::max(2.0f, s.u * 3));
  float y = r.y + s.u * 12, line = std::round(42 * s.u);
  for (const auto& b : banners) {
    float x = r.x + s.gap;
    badge(c, c.fonts.body, x, y + c.fonts.body_bold->FontSize / 2, b.look, false);
    float tx = x + c.fonts.body->FontSize * 1.2f;
    text(c, c.fonts.body_bold, v2(tx, y), b.look.colour, fit(c.fonts.body_bold, b.title, r.right() - tx - s.gap));
    y += line;
    if (!b.detail.empty()) {
      text(c, c.fonts.body, v2(tx, y), colour::text, fit(c.fonts.body, b.detail, r.right() - tx - s.gap));
      y += line;
    }
  }
}

void draw_waiting(Canvas& c, const Rect& screen, const WallStatus& st) {
  Rect mid{screen.x, screen.y + screen.h * 0.36f, screen.w, c.fonts.heading->FontSize * 1.4f};
  bool refused = st.freshness == Freshness::refused;
  text_centred(c, c.fonts.heading, mid, refused ? colour::vermillion : colour::text,
               refused ? "This screen cannot read the board" : "Connecting to the WRES daemon\xE2\x80\xA6");
  std::string sub = refused ? st.detail : "wresd at " + st.socket_path + " \xC2\xB7 retrying by itself";
  Rect line2{screen.x, mid.bottom() + c.s.gap, screen.w, c.fonts.body->FontSize * 1.3f};
  text_centred(c, c.fonts.body, line2, colour::muted, fit(c.fonts.body, sub, screen.w * 0.9f));
  if (!refused && !st.detail.empty()) {
    Rect line3{screen.x, line2.bottom() + c.s.gap, screen.w, c.fonts.small->FontSize * 1.3f};
    text_centred(c, c.fonts.small, line3, colour::faint, fit(c.fonts.small, st.detail, screen.w * 0.9f));
  }
}

}  // namespace display
