// [[pay_gap]]: one pay gap report (DESIGN 8.3), the pay gap family's reader.
// A gap that could not be computed (no figures, a pay of zero) and quartiles
// that do not make a whole are refused here, at the field that makes it so.
#include <algorithm>
#include <cmath>

#include "readers.hpp"
#include "suggest.hpp"

namespace wres::config {

namespace {

// The kinds are the spec's: "ethnicity" of "ethnicity.mean".
std::vector<std::string> pay_gap_kinds() {
  std::vector<std::string> kinds;
  for (const auto& m : pay_gap_family().metrics) {
    std::string k(key_stem(m));
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  }
  return kinds;
}

std::optional<std::string> read_kind(TableReader& t) {
  auto kind = t.text("kind", Need::required);
  if (!kind) return std::nullopt;
  const auto kinds = pay_gap_kinds();
  if (std::find(kinds.begin(), kinds.end(), *kind) != kinds.end()) return kind;
  std::string msg = "pay_gap.kind: '" + *kind + "' is not a pay gap";
  msg += suggestion(*kind, kinds);
  t.error_at("kind", msg);
  return std::nullopt;
}

// A group's word, when the board gives its own: never empty.
std::string read_word(TableReader& t, const char* key) {
  auto w = t.text(key, Need::optional);
  if (w && w->empty()) t.error_at(key, t.child_path(key) + ": is empty; leave it out for the usual word");
  return w.value_or("");
}

// One average, both groups, in pounds an hour: a gap needs the reference group's pay above zero.
std::optional<HourlyPay> read_pair(TableReader& t, const std::string& average) {
  const std::string f = "focus_" + average, r = "reference_" + average;
  auto fv = t.number(f, Need::optional, 0, 10000), rv = t.number(r, Need::optional, 0, 10000);
  if (fv.has_value() != rv.has_value()) {
    if (t.get(f) && t.get(r)) return std::nullopt;  // one is out of range: already said
    t.error_at(fv ? f : r, t.child_path(fv ? f : r) + ": give " + f + " and " + r + " together");
    return std::nullopt;
  }
  if (!fv) return std::nullopt;
  if (*rv == 0) {
    t.error_at(r, t.child_path(r) + ": is 0, which divides the gap by zero");
    return std::nullopt;
  }
  return HourlyPay{*fv, *rv};
}

void read_hourly(TableReader& y, PayGapReport& out) {
  auto t = y.child("hourly", Need::optional);
  if (!t) return;
  out.mean = read_pair(*t, "mean");
  out.median = read_pair(*t, "median");
  t->finish();
}

void read_published(TableReader& y, PayGapReport& out) {
  auto t = y.child("published", Need::optional);
  if (!t) return;
  // A gap is below 100% (the focus group paid nothing); a negative gap, the focus group paid more, has no floor
  // but a sane one.
  out.published_mean_pct = t->number("mean_pct", Need::optional, -1000, 99.99);
  out.published_median_pct = t->number("median_pct", Need::optional, -1000, 99.99);
  t->finish();
}

// Quartiles: all four once each, every quarter with someone in it.
void read_quartiles(TableReader& y, PayGapReport& out) {
  std::vector<PayQuartile> qs;
  bool ok = true;
  for (const toml::table* tt : y.tables("quartiles", Need::optional)) {
    TableReader t(*tt, y.child_path("quartiles"), y.diags());
    auto q = t.integer("quartile", Need::required, 1, 4);
    auto f = t.count("focus", Need::required), r = t.count("reference", Need::required);
    t.finish();
    if (!q || !f || !r) {
      ok = false;
      continue;
    }
    if (std::any_of(qs.begin(), qs.end(), [&](const PayQuartile& p) { return p.quartile == *q; })) {
      t.error_at("quartile", "quartiles: quartile " + std::to_string(*q) + " is given twice in this report");
      ok = false;
    } else if (*f + *r == 0) {
      t.error_at("focus", "quartiles: quartile " + std::to_string(*q) + " has nobody in it (focus + reference is 0)");
      ok = false;
    }
    qs.push_back({static_cast<int>(*q), *f, *r});
  }
  if (!ok || qs.empty()) return;
  if (qs.size() != 4) {
    y.error_at("quartiles", y.child_path("quartiles") + ": expected all four quartiles (1 = lowest paid .. 4), got " +
                                std::to_string(qs.size()));
    return;
  }
  std::sort(qs.begin(), qs.end(), [](const PayQuartile& a, const PayQuartile& b) { return a.quartile < b.quartile; });
  out.quartiles = std::move(qs);
}

std::string pct(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f%%", v);
  return b;
}

// A gap given both ways should be one figure: say so when they part by more than rounding.
void check_agrees(TableReader& y, const std::optional<HourlyPay>& h, std::optional<double> published, const char* key) {
  if (!h || !published) return;
  const double computed = (h->reference - h->focus) / h->reference * 100;
  if (std::fabs(computed - *published) > 0.05 + 1e-9)
    y.warn_at("published", y.child_path("published") + "." + key + ": " + pct(*published) + " differs from the " +
                               pct(computed) + " the hourly figures give; the wall shows " + pct(computed));
}

}  // namespace

std::optional<PayGapReport> read_pay_gap(TableReader& t) {
  PayGapReport p;
  p.where = t.where();
  auto kind = read_kind(t);
  const bool year = read_year_head(t, "year", p.year, p.as_at);
  p.focus = read_word(t, "focus");
  p.reference = read_word(t, "reference");
  read_hourly(t, p);
  read_published(t, p);
  read_quartiles(t, p);
  p.declared_pct = t.number("declared_pct", Need::optional, 0, 100);
  const bool figures = p.mean || p.median || p.published_mean_pct || p.published_median_pct;
  if (!figures && !t.get("hourly") && !t.get("published"))
    t.error(
        "pay_gap: no figures; give hourly = { focus_mean = ..., reference_mean = ... } or published = { "
        "mean_pct = ... }");
  check_agrees(t, p.mean, p.published_mean_pct, "mean_pct");
  check_agrees(t, p.median, p.published_median_pct, "median_pct");
  t.finish();
  if (!kind || !year || !figures) return std::nullopt;
  p.kind = *kind;
  return p;
}

}  // namespace wres::config
