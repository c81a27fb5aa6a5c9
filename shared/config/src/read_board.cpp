// [board] and [rules]: the settings that live in the main file ([display]: read_display.cpp).
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
  // Invented or altered figures: said on every page of the wall (DESIGN 8.4).
  if (auto v = t.text("illustrative", Need::optional)) {
    if (v->find_first_not_of(' ') == std::string::npos)
      t.error_at("illustrative",
                 "board.illustrative: must say why the figures are illustrative; e.g. \"WDES figures invented for the "
                 "example\"");
    else if (v->size() > 120)
      t.error_at("illustrative", "board.illustrative: " + std::to_string(v->size()) +
                                     " characters is too long for the wall's header; the limit is 120");
    else
      b.illustrative = *v;
  }
  t.finish();
}

namespace {

void read_pay_gap_rules(TableReader& t, Rules& r) {
  auto amber = t.number("pay_gap_amber_pct", Need::optional, 0, 100);
  auto red = t.number("pay_gap_red_pct", Need::optional, 0, 100);
  if (amber) r.pay_gap_amber_pct = *amber;
  if (red) r.pay_gap_red_pct = *red;
  if (r.pay_gap_red_pct < r.pay_gap_amber_pct)
    t.error_at(red ? "pay_gap_red_pct" : "pay_gap_amber_pct",
               "rules: pay_gap_red_pct must not be below pay_gap_amber_pct");
}

// Off unless set: a score (0-10) has no national threshold.
void read_score_rules(TableReader& t, Rules& r) {
  r.score_amber_gap = t.number("score_amber_gap", Need::optional, 0, 10);
  r.score_red_gap = t.number("score_red_gap", Need::optional, 0, 10);
  if (r.score_amber_gap && r.score_red_gap && *r.score_red_gap < *r.score_amber_gap)
    t.error_at("score_red_gap", "rules: score_red_gap must not be below score_amber_gap");
}

}  // namespace

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
  read_pay_gap_rules(t, r);
  read_score_rules(t, r);
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
  // Once a choice; now min_count always withholds whatever would give a small
  // count back (compute/disclosure.hpp). Still read, so boards that set it load.
  if (auto v = t.boolean("min_count_hides_ratios", Need::optional); v && !*v)
    t.warn_at("min_count_hides_ratios",
              "privacy.min_count_hides_ratios = false no longer has an effect: the shares and ratios made from a "
              "count below min_count are always withheld, since they would give it back; remove the line");
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
