#include "wres/model/measure_wording.hpp"

#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace wres {

std::string number_text(double v) {
  std::string n = detail::fmt("%.2f", v);
  while (n.back() == '0') n.pop_back();
  if (n.back() == '.') n.pop_back();
  return n == "-0" ? "0" : n;
}

std::string with_unit(double v, const std::string& unit) {
  std::string n = number_text(v);
  return unit == "%" ? n + "%" : unit.empty() ? n : n + " " + unit;
}

std::string latest_text(const MeasureResult& m) {
  if (!m.latest) return "";
  return with_unit(*m.latest, m.latest_word.empty() ? m.unit : m.latest_word);
}

std::string latest_when(const MeasureResult& m) {
  if (!m.latest) return "";
  return m.latest_date ? month_year(*m.latest_date) : "undated";
}

std::string previous_phrase(const MeasureResult& m) {
  if (!m.previous || !m.previous_date) return "";
  return "previous " + with_unit(*m.previous, m.unit) + ", " + month_year(*m.previous_date);
}

std::string spc_verdict(const MeasureResult& m) {
  if (!m.spc || m.spc->points.empty()) return "";
  const SpcResult& s = *m.spc;
  if (!s.variation)
    return "Too few points for limits (" + std::to_string(s.periods.back().points) + " of " +
           std::to_string(kSpcMinPoints) + ")";
  std::string out(variation_words(*s.variation));
  if (SpcRule r = s.points.back().rule; r != SpcRule::none)
    out += " (" + std::string(rule_words(r, is_high(*s.variation))) + ")";
  if (s.assurance) out += " \xC2\xB7 " + std::string(assurance_words(*s.assurance));
  return out;
}

std::string spc_limits_phrase(const MeasureResult& m) {
  if (!m.spc || !m.spc->lower || !m.spc->upper) return "";
  const SpcResult& s = *m.spc;
  return "mean " + with_unit(s.mean, m.unit) + ", limits " + number_text(*s.lower) + " to " +
         with_unit(*s.upper, m.unit) + " from " + std::to_string(s.baseline) + " points";
}

}  // namespace wres
