#include "wres/model/wording.hpp"

#include "wres/model/printf_text.hpp"

#include <cmath>

namespace wres {

std::string rag_word(Rag r) {
  switch (r) {
    case Rag::green: return "Green";
    case Rag::amber: return "Amber";
    case Rag::red: return "Red";
    case Rag::none: break;
  }
  return "No rating";
}

namespace {
using detail::fmt;
using detail::kDot;
const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string people(long long n, const char* one, const char* many) {
  return (n > 0 ? "+" : "") + std::to_string(n) + " " + (std::llabs(n) == 1 ? one : many);
}
}  // namespace

std::string format_figure(const MetricSpec& m, double v) {
  switch (m.kind) {
    case MetricKind::ratio: return fmt("%.2f", v);
    case MetricKind::score: return fmt("%.1f", v);
    case MetricKind::yes_no: return v != 0 ? "Yes" : "No";
    case MetricKind::pay_gap: return fmt("%.1f%%", v);  // as pay gap reports give them
    default: return fmt("%.2f%%", v);
  }
}

std::string focus_of(const IndicatorResult& r, std::string_view term) {
  return r.focus.empty() ? std::string(focus_word(r.spec(), term)) : r.focus;
}
std::string reference_of(const IndicatorResult& r) {
  return r.reference.empty() ? std::string(reference_word(r.spec())) : r.reference;
}
std::string metric_label(const IndicatorResult& r, std::string_view term) {
  std::string label(r.spec().label);
  if (!r.spec().reference.empty()) label += " (" + focus_of(r, term) + " vs " + reference_of(r) + ")";
  return label + basis_suffix(r);
}

std::string basis_suffix(const IndicatorResult& r) {
  if (r.spec().kind != MetricKind::board_gap) return "";
  switch (r.basis) {
    case BoardBasis::voting: return " (voting)";
    case BoardBasis::all_members: return " (all members)";
    case BoardBasis::none: break;
  }
  return "";
}

std::string group_people(std::string_view word, const MetricSpec& m) {
  return std::string(word) + (m.people.empty() ? "" : " " + std::string(m.people));
}

bool same_as_shown(double a, double b) { return std::llround(a * 100) == std::llround(b * 100); }

double one_decimal(double v) { return static_cast<double>(std::llround(v * 10)) / 10; }

std::string paid_phrase(double gap, const std::string& reference) {
  const double size = one_decimal(std::fabs(gap));
  if (size == 0) return "paid the same as " + reference;
  return fmt("paid %.1f%% ", size) + (gap > 0 ? "less" : "more") + " than " + reference;
}

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
    case Trend::not_compared: return "Not compared";
    case Trend::first_year: break;
  }
  return "No earlier figure";
}

std::string data_date_phrase(const IndicatorResult& r) {
  if (r.survey_year) return "Staff Survey " + std::to_string(*r.survey_year);
  return short_day(r.as_at) + " " + std::to_string(r.as_at.year);
}

std::string trend_heading(const IndicatorResult& r) {
  if (r.trend_withheld) return "Trend withheld";
  if (r.trend != Trend::first_year) return trend_word(r.trend);
  if (r.spec().kind == MetricKind::board_gap && r.basis == BoardBasis::voting) return "No earlier voting figure";
  return trend_word(r.trend);
}

std::string noise_word(const IndicatorResult& r) {
  if (!r.significant || (r.trend != Trend::improved && r.trend != Trend::worse)) return "";
  return *r.significant ? "statistically significant" : "not statistically significant";
}

std::string noise_word_short(const IndicatorResult& r) {
  const std::string w = noise_word(r);
  return w.empty() ? w : *r.significant ? "significant" : "not significant";
}

std::string trend_phrase(const IndicatorResult& r) {
  std::string noise = noise_word(r);
  return trend_heading(r) + (noise.empty() ? "" : kDot + noise);
}

std::string delta_phrase(const IndicatorResult& r) {
  if (r.trend == Trend::not_compared && r.previous && r.previous_year)  // which year had none
    return same_as_shown(*r.previous, 0) ? "none in one group in " + std::to_string(*r.previous_year)
                                         : "none in one group this year";
  if (!r.delta || !r.previous_year) return "";
  if (r.spec().kind == MetricKind::yes_no)  // no amount: what it was
    return std::string(*r.previous == 0 ? "No" : "Yes") + " in " + std::to_string(*r.previous_year);
  const MetricKind kind = r.spec().kind;
  const char* form = kind == MetricKind::ratio ? "%+.2f" : kind == MetricKind::score ? "%+.1f" : "%+.1f pts";
  std::string out = fmt(form, *r.delta) + " since " + std::to_string(*r.previous_year);
  if (r.delta_people)
    out += kDot + (kind == MetricKind::board_gap
                       ? people(*r.delta_people, r.basis == BoardBasis::voting ? "voting member" : "member",
                                r.basis == BoardBasis::voting ? "voting members" : "members")
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
  // Ratios either side of parity: "worse" would read as "worse off"; say how
  // far from parity instead (training 0.74 against 1.12 favours the other group).
  const bool other_side = r.spec().kind == MetricKind::ratio && c.vs && *c.vs != Comparison::same &&
                          (r.value - 1.0) * (*c.value - 1.0) < 0 && !same_as_shown(r.value, 1.0) &&
                          !same_as_shown(*c.value, 1.0);
  if (other_side)
    vs = std::string(kDot) + (*c.vs == Comparison::worse ? "further from" : "nearer") + " parity, on the other side";
  return head + format_figure(r.spec(), *c.value) + vs;
}

std::string comparators_phrase(const IndicatorResult& r) {
  std::string out;
  for (const auto& c : r.comparators) out += (out.empty() ? "" : "; ") + comparator_phrase(r, c);
  return out;
}

std::string favours_phrase(const IndicatorResult& r, const std::string& term) {
  if (!r.favours) return "";
  switch (*r.favours) {
    case Favours::reference: return "favours " + std::string(r.family().reference) + " staff";
    case Favours::focus: return "favours " + std::string(focus_word(r.family(), term)) + " staff";
    case Favours::neither: break;
  }
  return r.ci ? "interval includes parity" : "at parity";
}

std::string gap_phrase(const IndicatorResult& r) {
  const std::string reference(r.family().reference);
  if (r.gap && r.spec().kind == MetricKind::score) {
    if (std::fabs(*r.gap) < 0.05) return "level with " + reference + " staff";
    return fmt("%.1f ", std::fabs(*r.gap)) + (*r.gap > 0 ? "lower" : "higher") + " than " + reference + " staff";
  }
  if (r.gap) {
    if (std::fabs(*r.gap) < 0.05) return "level with " + reference + " staff";
    return fmt("%.1f pts ", std::fabs(*r.gap)) + (*r.gap > 0 ? "worse" : "better") + " than " + reference + " staff" +
           (r.gap_significant == false ? kDot + std::string("not statistically significant") : "");
  }
  if (r.spec().kind == MetricKind::pay_gap) return paid_phrase(r.value, group_people(reference_of(r), r.spec()));
  if (r.spec().kind == MetricKind::board_gap && r.gap_pts)
    return (r.basis == BoardBasis::voting ? "voting " : "all members ") + fmt("%+.1f pts vs workforce", *r.gap_pts);
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
  return fmt("bands 8A-9: %.2f%% (%+.1f pts vs overall)", r.senior->focus_pct, r.senior->vs_overall_pts);
}

std::string declared_phrase(const IndicatorResult& r) {
  if (!r.declared_pct) return "";
  return fmt("declared by %.1f%% of staff", *r.declared_pct);
}

std::string pay_phrase(const IndicatorResult& r) {
  const std::string average = r.spec().key.ends_with(".median") ? "median" : "mean";
  std::string out = r.pay ? average + " hourly pay " +
                                fmt("\xC2\xA3%.2f vs \xC2\xA3%.2f", r.pay->focus, r.pay->reference) + " (" +
                                group_people(reference_of(r), r.spec()) + ")"
                          : std::string("published gap; no hourly pay given");
  if (r.declared_pct) out += kDot + fmt("%.1f%% declared", *r.declared_pct);
  return out;
}

std::string quartile_phrase(const IndicatorResult& r, std::string_view term) {
  if (r.bands.size() != 4) return "";
  if (r.bands.front().is_withheld()) return "quartiles withheld: " + r.bands.front().withheld;
  const double overall = r.bands.front().focus_pct - r.bands.front().vs_overall_pts;
  return group_people(focus_of(r, term), r.spec()) +
         fmt(": %.1f%% of the lowest-paid quarter", r.bands.front().focus_pct) +
         fmt(", %.1f%% of the highest (%.1f%% overall)", r.bands.back().focus_pct, overall);
}

std::string as_at_phrase(const IndicatorResult& r) { return "data as at " + format_day(r.as_at); }

std::string embargo_text(const Embargo& e) {
  return std::to_string(e.year) + " results out " +
         (e.published.year == e.year ? short_day(e.published) : format_day(e.published));
}

std::string rules_key(const FamilySpec& f, const Rules& r, const std::string& term) {
  std::string out = "RAG key";
  auto part = [&](MetricKind k, const std::string& words) {
    if (std::string n = family_numbers(f, k); !n.empty()) out += kDot + n + ": " + words;
  };
  const std::string source = f.band_source.empty()
                                 ? "a four-fifths rule of thumb, not " + std::string(f.title) + " guidance"
                                 : std::string(f.band_source);
  part(MetricKind::ratio, fmt("green inside %.2f-%.2f", r.ratio_low, r.ratio_high) + " (" + source +
                              ") when the interval includes parity; red above " + fmt("%.2f", r.ratio_high) +
                              " when it excludes parity; amber otherwise");
  part(MetricKind::survey_gap,
       "gap to " + std::string(f.reference) + " staff, " +
           fmt("amber from %.1f, red from %.1f pts", r.gap_amber_pts, r.gap_red_pts) +
           fmt(", amber at worst when not statistically significant (%.0f%%)", r.confidence * 100));
  if (!f.share_reference.empty()) part(MetricKind::share, "vs " + std::string(f.share_reference));
  part(MetricKind::board_gap, std::string(focus_word(f, term)) + " voting members vs workforce, " +
                                  fmt("red from %.1f pts below", r.gap_red_pts));
  const bool scores_rated = r.score_amber_gap || r.score_red_gap;
  if (scores_rated)
    part(MetricKind::score, "score below " + std::string(f.reference) + " staff's, " +
                                (r.score_amber_gap ? fmt("amber from %.1f", *r.score_amber_gap) : "") +
                                (r.score_amber_gap && r.score_red_gap ? ", " : "") +
                                (r.score_red_gap ? fmt("red from %.1f", *r.score_red_gap) : ""));
  // Pay gaps are named, not numbered: one rule for them all.
  if (family_numbers(f, MetricKind::pay_gap) != "")
    out += kDot +
           fmt("pay gaps either way: amber from %.1f%%, red from %.1f%%", r.pay_gap_amber_pct, r.pay_gap_red_pct) +
           " (a rule of thumb, not a national threshold); a gap is the difference in hourly pay as a % of the "
           "second group's: above 0, the first group is paid less";
  // Kinds no rule rates: said, so that a grey tile is not read as a failure.
  std::string unrated;
  for (const auto& m : f.metrics)
    if ((m.kind == MetricKind::share && f.share_reference.empty()) || (m.kind == MetricKind::score && !scores_rated) ||
        m.kind == MetricKind::single_group || m.kind == MetricKind::yes_no)
      unrated += (unrated.empty() ? "" : ", ") + std::string(m.number);
  if (!unrated.empty()) out += kDot + unrated + ": no rating";
  return out;
}

}  // namespace wres
