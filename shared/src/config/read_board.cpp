// [board], [display] and [rules]: the settings that live in the main file.
#include <algorithm>

#include "readers.hpp"
#include "suggest.hpp"

namespace wres::config {

namespace {
// The WRES began in 2015. A date before it, or years ahead, is a typo far more
// often than a choice, and every due date on the wall is judged against it.
constexpr int kFirstWresYear = 2015;
constexpr int kFurthestAheadYears = 5;

void warn_if_as_of_implausible(TableReader& t, Date as_of, Date today) {
  const std::string shown = "board.as_of = " + to_iso(as_of);
  if (as_of.year < kFirstWresYear)
    t.warn_at("as_of", shown + " is before the WRES began (" + std::to_string(kFirstWresYear) + "), " +
                           std::to_string(today.year - as_of.year) +
                           " years ago: every due date on the wall is judged against it; a typo?");
  else if (as_of.year - today.year > kFurthestAheadYears)
    t.warn_at("as_of", shown + " is " + std::to_string(as_of.year - today.year) + " years ahead of today (" +
                           to_iso(today) + "): every due date on the wall is judged against it; a typo?");
}
}  // namespace

void read_board_section(TableReader& t, Board& b) {
  if (auto v = t.text("organisation", Need::required)) {
    if (v->empty()) t.error_at("organisation", "board.organisation: must not be empty");
    b.organisation = *v;
  }
  if (auto v = t.text("title", Need::required)) b.title = *v;
  b.as_of = t.date("as_of", Need::optional);
  if (b.as_of) warn_if_as_of_implausible(t, *b.as_of, today_local());
  b.local_population_bme_pct = t.number("local_population_bme_pct", Need::optional, 0, 100);
  if (auto v = t.text("term", Need::optional)) {
    // Every label on the wall is built with it: an empty or padded word would
    // read as a missing one.
    if (v->empty() || v->find_first_not_of(' ') == std::string::npos)
      t.error_at("term", "board.term: must not be empty; e.g. \"Global Majority\" (the default is \"BME\")");
    else if (v->front() == ' ' || v->back() == ' ')
      t.error_at("term", "board.term: '" + *v + "' starts or ends with a space");
    else if (v->size() > 40)
      t.error_at("term", "board.term: " + std::to_string(v->size()) +
                             " characters is too long for the wall's labels; the limit is 40");
    else
      b.term = *v;
  }
  t.finish();
}

namespace {

// "HH:MM" to minutes after midnight.
std::optional<int> clock_minutes(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::optional<int> read_clock(TableReader& t, std::string_view key) {
  auto s = t.text(key, Need::required);
  if (!s) return std::nullopt;
  auto m = clock_minutes(*s);
  if (!m) t.error_at(key, t.child_path(key) + ": '" + *s + "' is not a time; expected HH:MM, e.g. \"19:00\"");
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

void read_pages(TableReader& t, DisplaySettings& d) {
  const toml::array* a = t.array("pages", Need::optional);
  if (!a) return;
  std::vector<std::string> pages;
  for (const toml::node& e : *a) {
    auto s = e.as_string();
    if (!s) {
      t.diags().error(loc(e), "display.pages: expected page names in quotes, got " + std::string(type_word(e)));
      continue;
    }
    const auto& known = known_pages();
    if (std::find(known.begin(), known.end(), s->get()) == known.end()) {
      std::string msg = "display.pages: unknown page '" + s->get() + "'";
      if (auto near = closest(s->get(), known))
        msg += "; did you mean '" + *near + "'?";
      else
        msg += "; expected one of: " + join(known, ", ");
      t.diags().error(loc(e), msg);
    } else if (std::find(pages.begin(), pages.end(), s->get()) != pages.end()) {
      t.diags().error(loc(e), "display.pages: page '" + s->get() + "' is listed twice");
    } else {
      pages.push_back(s->get());
    }
  }
  if (a->empty())
    t.error_at("pages", "display.pages: list at least one page");
  else if (!pages.empty())
    d.pages = std::move(pages);
}

}  // namespace

void read_display_section(TableReader& t, DisplaySettings& d) {
  read_pages(t, d);
  if (auto v = t.integer("rotate_seconds", Need::optional, 5, 3600)) d.rotate_seconds = static_cast<int>(*v);
  if (auto v = t.integer("stale_seconds", Need::optional, 10, 86400)) d.stale_seconds = static_cast<int>(*v);
  if (auto v = t.integer("changes_days", Need::optional, 1, 366)) d.changes_days = static_cast<int>(*v);
  read_night(t, d);
  t.finish();
}

void read_rules_section(TableReader& t, Rules& r) {
  if (auto v = t.integer("due_soon_days", Need::optional, 0, 365)) r.due_soon_days = static_cast<int>(*v);
  if (auto v = t.integer("report_stale_days", Need::optional, 1, 3660)) r.report_stale_days = static_cast<int>(*v);
  if (const toml::array* a = t.array("ratio_band", Need::optional)) {
    if (a->size() != 2) {
      t.error_at("ratio_band", "rules.ratio_band: expected two numbers [low, high], e.g. [0.80, 1.25]");
    } else {
      auto lo = number_value(*a->get(0), "rules.ratio_band low", 0.01, 1.0, t.diags());
      auto hi = number_value(*a->get(1), "rules.ratio_band high", 1.0, 100.0, t.diags());
      if (lo && hi) r.ratio_low = *lo, r.ratio_high = *hi;
    }
  }
  auto amber = t.number("gap_amber_pts", Need::optional, 0, 100);
  auto red = t.number("gap_red_pts", Need::optional, 0, 100);
  if (amber) r.gap_amber_pts = *amber;
  if (red) r.gap_red_pts = *red;
  if (r.gap_red_pts < r.gap_amber_pts)
    t.error_at(red ? "gap_red_pts" : "gap_amber_pts", "rules: gap_red_pts must not be below gap_amber_pts");
  if (auto v = t.number("confidence", Need::optional, 0.5, 0.999)) r.confidence = *v;
  if (auto v = t.integer("disciplinary_rolling_years", Need::optional, 1, 2))
    r.disciplinary_rolling_years = static_cast<int>(*v);
  t.finish();
}

void read_privacy_section(TableReader& t, PrivacySettings& p) {
  // Whole numbers only: a threshold of 10.5 responses has no meaning, and above
  // 1000 every survey figure of a trust would disappear.
  if (auto v = t.integer("min_responses", Need::optional, 0, 1000)) p.min_responses = static_cast<int>(*v);
  if (auto v = t.integer("min_count", Need::optional, 0, 1000)) p.min_count = static_cast<int>(*v);
  if (auto v = t.boolean("min_count_hides_ratios", Need::optional)) p.min_count_hides_ratios = *v;
  t.finish();
}

void read_targets_section(TableReader& t, TargetSettings& s) {
  s.where = t.where();
  if (auto g = t.text("group", Need::optional)) {
    if (auto v = band_group_from_name(*g))
      s.group = *v;
    else
      t.error_at("group",
                 "targets.group: unknown group '" + *g + "'; expected one of: all, clinical, non_clinical, medical");
  }
  if (auto b = t.text("base", Need::optional)) {
    if (auto v = target_base_from_name(*b))
      s.base = *v;
    else
      t.error_at("base", "targets.base: unknown base '" + *b +
                             "'; expected \"workforce\" (the Model Employer goal) or \"population\"");
  }
  if (auto v = t.integer("baseline_year", Need::optional, 1990, 2200)) s.baseline_year = static_cast<int>(*v);
  if (auto v = t.integer("target_year", Need::optional, 1990, 2200)) s.target_year = static_cast<int>(*v);
  if (s.baseline_year && *s.baseline_year >= s.target_year)
    t.error_at("baseline_year", "targets.baseline_year: " + std::to_string(*s.baseline_year) +
                                    " must be before target_year " + std::to_string(s.target_year));
  t.finish();
}

}  // namespace wres::config
