// [display]: which pages, how long each, at what hours of which days, and the
// night hours.
#include <algorithm>

#include "readers.hpp"
#include "suggest.hpp"
#include "wres/model/page_schedule.hpp"

namespace wres::config {

namespace {

constexpr long long kMinSeconds = 5, kMaxSeconds = 3600;

// "HH:MM" to minutes after midnight; "24:00" only where `end_of_day` is allowed.
std::optional<int> clock_minutes(std::string_view s, bool end_of_day = false) {
  if (end_of_day && s == "24:00") return 24 * 60;
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::optional<int> read_clock(TableReader& t, std::string_view key, bool end_of_day = false) {
  auto s = t.text(key, Need::required);
  if (!s) return std::nullopt;
  auto m = clock_minutes(*s, end_of_day);
  if (!m)
    t.error_at(key, t.child_path(key) + ": '" + *s + "' is not a time; expected HH:MM, e.g. \"19:00\"" +
                        (end_of_day ? " (\"24:00\" for the end of the day)" : ""));
  return m;
}

void read_night(TableReader& parent, DisplaySettings& d) {
  auto t = parent.child("night", Need::optional);
  if (!t) return;
  auto off = read_clock(*t, "off"), on = read_clock(*t, "on");
  if (off && on) {
    if (*off == *on)
      t->error(t->path() + ": 'off' and 'on' are the same time; remove [display].night to keep the screen on");
    else
      d.night = NightHours{*off, *on};
  }
  t->finish();
}

// A known page name, or an error naming the nearest one.
std::optional<std::string> page_name(const toml::node& e, const std::string& what, Diagnostics& diags) {
  auto s = e.as_string();
  if (!s) {
    diags.error(loc(e), what + ": expected a page name in quotes or { page = \"overdue\", seconds = 40 }, got " +
                            std::string(type_word(e)));
    return std::nullopt;
  }
  const auto& known = known_pages();
  if (std::find(known.begin(), known.end(), s->get()) != known.end()) return s->get();
  std::string msg = what + ": unknown page '" + s->get() + "'";
  msg += suggestion(s->get(), known);
  diags.error(loc(e), msg);
  return std::nullopt;
}

// One entry of a pages list: "overdue" or { page = "overdue", seconds = 40 }.
std::optional<std::string> page_entry(const toml::node& e, const std::string& what, PageSet& set, Diagnostics& diags) {
  const toml::table* tbl = e.as_table();
  if (!tbl) return page_name(e, what, diags);
  TableReader t(*tbl, what, diags);
  std::optional<std::string> name;
  if (const toml::node* p = t.get("page", Need::required)) name = page_name(*p, what + ".page", diags);
  auto seconds = t.integer("seconds", Need::required, kMinSeconds, kMaxSeconds);
  t.finish();
  if (name && seconds) set.seconds[*name] = static_cast<int>(*seconds);
  return name;
}

// `pages = [...]` of [display] or of a schedule window; false when absent.
bool read_page_set(TableReader& t, PageSet& out, Need need) {
  const toml::array* a = t.array("pages", need);
  if (!a) return false;
  const std::string what = t.child_path("pages");
  PageSet set;
  set.pages.clear();
  for (const toml::node& e : *a) {
    auto name = page_entry(e, what, set, t.diags());
    if (!name) continue;
    if (std::find(set.pages.begin(), set.pages.end(), *name) != set.pages.end())
      t.diags().error(loc(e), what + ": page '" + *name + "' is listed twice");
    else
      set.pages.push_back(*name);
  }
  if (a->empty()) t.error_at("pages", what + ": list at least one page");
  if (!set.pages.empty()) out = std::move(set);
  return true;
}

unsigned read_days(TableReader& t) {
  if (!t.get("days")) return 0x7F;
  unsigned days = 0;
  for (const toml::node& e : t.elements("days")) {
    auto s = e.as_string();
    auto d = s ? day_from_name(s->get()) : std::nullopt;
    if (d)
      days |= 1U << *d;
    else
      t.diags().error(loc(e), t.child_path("days") + ": expected a day such as \"Mon\" or \"Tuesday\", got " +
                                  (s ? "'" + s->get() + "'" : std::string(type_word(e))));
  }
  if (t.elements("days").empty())
    t.error_at("days", t.child_path("days") + ": list at least one day, or leave it out for every day");
  return days;
}

std::optional<PageWindow> read_window(TableReader& t) {
  PageWindow w;
  w.days = read_days(t);
  auto from = read_clock(t, "from"), to = read_clock(t, "to", true);
  bool has_pages = read_page_set(t, w.set, Need::required);
  t.finish();
  if (!from || !to || !has_pages || w.days == 0) return std::nullopt;
  if (*to <= *from) {
    t.error_at("to", t.child_path("to") + ": must be after 'from' (" + clock_text(*from) +
                         "); a window across midnight is two windows, one ending \"24:00\"");
    return std::nullopt;
  }
  w.from_minute = *from, w.to_minute = *to;
  return w;
}

// Two windows in force at once would leave the wall to guess: an error at the
// later one, naming both.
void read_schedule(TableReader& parent, DisplaySettings& d) {
  std::vector<SourceLoc> where;
  for (const toml::table* tbl : parent.tables("schedule", Need::optional)) {
    TableReader t(*tbl, parent.child_path("schedule"), parent.diags());
    auto w = read_window(t);
    if (!w) continue;
    for (std::size_t i = 0; i < d.schedule.size(); ++i)
      if (overlaps(*w, d.schedule[i]))
        parent.diags().error(t.where(), t.path() + ": " + describe(*w) + " overlaps the window at line " +
                                            std::to_string(where[i].line) + " (" + describe(d.schedule[i]) +
                                            "): the wall would not know which pages to show");
    d.schedule.push_back(std::move(*w));
    where.push_back(t.where());
  }
}

}  // namespace

void read_display_section(TableReader& t, DisplaySettings& d) {
  read_page_set(t, d.usual, Need::optional);
  if (auto v = t.integer("rotate_seconds", Need::optional, kMinSeconds, kMaxSeconds))
    d.rotate_seconds = static_cast<int>(*v);
  if (auto v = t.integer("stale_seconds", Need::optional, 10, 86400)) d.stale_seconds = static_cast<int>(*v);
  if (auto v = t.integer("changes_days", Need::optional, 1, 366)) d.changes_days = static_cast<int>(*v);
  if (auto v = t.text("panel", Need::optional)) {
    if (auto p = panel_control_from_name(*v))
      d.panel = *p;
    else
      t.error_at("panel", "display.panel: '" + *v + "' is not auto, dpms, cec or none");
  }
  read_night(t, d);
  read_schedule(t, d);
  t.finish();
}

}  // namespace wres::config
