#include "wres/model/wording.hpp"

#include <cmath>
#include <cstdio>

namespace wres {

namespace {
std::string fmt(const char* f, double a, double b = 0) {
  char buf[128];
  std::snprintf(buf, sizeof buf, f, a, b);
  return buf;
}
const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* kDot = " \xC2\xB7 ";  // " · "

std::string people(long long n, const char* one, const char* many) {
  return (n > 0 ? "+" : "") + std::to_string(n) + " " + (std::llabs(n) == 1 ? one : many);
}
}  // namespace

std::string format_figure(IndicatorKey key, double v) {
  return info(key).kind == IndicatorKind::ratio ? fmt("%.2f", v) : fmt("%.2f%%", v);
}

bool same_as_shown(double a, double b) { return std::llround(a * 100) == std::llround(b * 100); }

std::string format_day(Date d) {
  return std::to_string(d.day) + " " + kMonths[(d.month - 1) % 12] + " " + std::to_string(d.year);
}
std::string short_day(Date d) { return std::to_string(d.day) + " " + kMonths[(d.month - 1) % 12]; }
std::string month_year(Date d) { return std::string(kMonths[(d.month - 1) % 12]) + " " + std::to_string(d.year); }

std::string trend_word(Trend t) {
  switch (t) {
    case Trend::improved: return "Better";
    case Trend::worse: return "Worse";
    case Trend::same: return "Same";
    case Trend::first_year: break;
  }
  return "First year";
}

std::string noise_word(const IndicatorResult& r) {
  if (!r.significant || (r.trend != Trend::improved && r.trend != Trend::worse)) return "";
  return *r.significant ? "beyond noise" : "within noise";
}

std::string trend_phrase(const IndicatorResult& r) {
  std::string noise = noise_word(r);
  return trend_word(r.trend) + (noise.empty() ? "" : kDot + noise);
}

std::string delta_phrase(const IndicatorResult& r) {
  if (!r.delta || !r.previous_year) return "";
  bool ratio = info(r.key).kind == IndicatorKind::ratio;
  std::string out = fmt(ratio ? "%+.2f" : "%+.1f pts", *r.delta) + " since " + std::to_string(*r.previous_year);
  if (r.delta_people)
    out +=
        kDot + (r.key == IndicatorKey::board ? people(*r.delta_people, r.basis == "voting" ? "voting member" : "member",
                                                      r.basis == "voting" ? "voting members" : "members")
                                             : people(*r.delta_people, "staff", "staff"));
  return out;
}

std::string comparator_phrase(const IndicatorResult& r, const ComparatorResult& c) {
  std::string head = c.label + " " + std::to_string(c.year) + ": ";
  if (!c.value) return head + "not yet available";
  std::string vs = c.vs ? std::string(kDot) + (*c.vs == Comparison::better  ? "better"
                                               : *c.vs == Comparison::worse ? "worse"
                                                                            : "same")
                        : "";
  return head + format_figure(r.key, *c.value) + vs;
}

std::string comparators_phrase(const IndicatorResult& r) {
  std::string out;
  for (const auto& c : r.comparators) out += (out.empty() ? "" : "; ") + comparator_phrase(r, c);
  return out;
}

std::string favours_phrase(const IndicatorResult& r, const std::string& term) {
  if (!r.favours) return "";
  switch (*r.favours) {
    case Favours::white: return "favours White staff";
    case Favours::bme: return "favours " + term + " staff";
    case Favours::neither: break;
  }
  return r.ci ? "interval includes parity" : "at parity";
}

std::string gap_phrase(const IndicatorResult& r) {
  if (r.gap) {
    if (std::fabs(*r.gap) < 0.05) return "level with White staff";
    return fmt("%.1f pts ", std::fabs(*r.gap)) + (*r.gap > 0 ? "worse" : "better") + " than White staff";
  }
  if (r.key == IndicatorKey::board && r.gap_pts)
    return (r.basis == "voting" ? "voting " : "all members ") + fmt("%+.1f pts vs workforce", *r.gap_pts);
  return "";
}

std::string exec_phrase(const IndicatorResult& r) {
  if (!r.exec_withheld.empty()) return "exec withheld: " + r.exec_withheld;
  if (!r.exec_pct) return "";
  std::string out = "exec " + fmt("%.2f%%", *r.exec_pct);
  if (r.exec_gap_pts) out += kDot + fmt("%+.1f pts", *r.exec_gap_pts);
  return out;
}

std::string senior_phrase(const IndicatorResult& r) {
  if (!r.senior) return "";
  if (r.senior->is_withheld()) return "bands 8A-9 withheld: " + r.senior->withheld;
  return fmt("bands 8A-9: %.2f%% (%+.1f pts vs overall)", r.senior->bme_pct, r.senior->vs_overall_pts);
}

std::string as_at_phrase(const IndicatorResult& r) { return "data as at " + format_day(r.as_at); }

std::string embargo_text(const Embargo& e) {
  return std::to_string(e.year) + " results out " +
         (e.published.year == e.year ? short_day(e.published) : format_day(e.published));
}

std::string rules_key(const Rules& r, const std::string& term) {
  return "RAG key" + std::string(kDot) + fmt("2-4: green inside %.2f-%.2f", r.ratio_low, r.ratio_high) +
         " (a four-fifths rule of thumb, not WRES guidance) when the interval includes parity; red above " +
         fmt("%.2f", r.ratio_high) + " when it excludes parity; amber otherwise" + kDot + "5-8: gap to White staff, " +
         fmt("amber from %.1f, red from %.1f pts", r.gap_amber_pts, r.gap_red_pts) + kDot + "1: vs local population" +
         kDot + "9: " + term + " voting members vs workforce, " + fmt("red from %.1f pts below", r.gap_red_pts);
}

}  // namespace wres
