// The lines of an indicator's card under its figure, in words: what qualifies
// the figure, its trend's noise and change, its comparators. One home for the
// wall's cards and the accessible twin's tables.
#include "wres/model/card_wording.hpp"

#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace wres {

namespace {

using detail::kDot;

// A relative likelihood's qualifier: who it favours, its interval, its years.
std::string ratio_qualifier(const IndicatorResult& ind, const std::string& term, bool* few_cases) {
  const char* dot = kDot;
  // Years pooled first: on a narrow card the end of the line is what is cut.
  std::string q = ind.spec().rolling ? std::string(ind.rolling_years == 2 ? "two years pooled" : "one year") + dot : "";
  const std::string interval =
      ind.ci ? "interval " + format_figure(ind.spec(), ind.ci->first) + "-" + format_figure(ind.spec(), ind.ci->second)
             : "";
  if (ind.ci && ind.favours == Favours::neither)
    q += interval + " includes parity";  // one phrase, not "interval includes parity · interval ..."
  else if (ind.ci)
    q += favours_phrase(ind, term) + dot + interval;
  else
    q += favours_phrase(ind, term) + dot + "published figure, no interval";
  if (ind.small_numbers) {
    if (few_cases) *few_cases = true;
    q = "Few cases" + (dot + q);
  }
  return q;
}

}  // namespace

std::string card_qualifier(const IndicatorResult& ind, const std::string& term, bool* few_cases) {
  if (few_cases) *few_cases = false;
  const char* dot = kDot;
  if (ind.embargo && !ind.figure_withheld())
    return "showing " + std::to_string(ind.year) + dot + embargo_text(*ind.embargo);
  if (ind.figure_withheld()) return "no figure, trend or rating is shown";
  const std::string focus(focus_word(ind.family(), term)), reference(ind.family().reference);
  switch (ind.spec().kind) {
    case MetricKind::ratio: return ratio_qualifier(ind, term, few_cases);
    case MetricKind::survey_gap:
      if (!ind.focus_n)  // a tested change had n's: they are hidden as a small count ([privacy] min_count)
        return ind.significant ? "response counts not shown: too few" : "no response counts: change untested";
      return std::to_string(*ind.focus_n) + " " + focus + " responses" +
             (ind.ref_n ? ", " + std::to_string(*ind.ref_n) + " " + reference : std::string());
    case MetricKind::single_group:
      if (!ind.focus_n) return "no response count: change untested";
      return std::to_string(*ind.focus_n) + " " + focus + " responses";
    case MetricKind::score: return "a score out of 10: no test of the change";
    case MetricKind::yes_no: return ind.note.empty() ? "no note given" : ind.note;
    case MetricKind::pay_gap: return pay_phrase(ind);
    default: break;
  }
  if (ind.spec().kind == MetricKind::board_gap) {
    std::string q = exec_phrase(ind);
    if (ind.board_all && ind.basis == BoardBasis::voting)
      q += (q.empty() ? "" : dot) + ("all members " + format_figure(ind.spec(), ind.board_all->pct));
    return q;
  }
  // A count of everyone: its change is real, not a sample's.
  std::string senior = senior_phrase(ind);
  if (ind.declared_pct) return declared_phrase(ind);
  return senior.empty() ? "a count of everyone: no sampling noise" : senior + dot + "no sampling noise";
}

std::string comparators_line(const IndicatorResult& ind) {
  if (ind.spec().kind == MetricKind::pay_gap) return "";  // no comparator is read for a pay gap
  std::string out = comparators_phrase(ind);
  return out.empty() ? "no comparator given" : out;
}

std::string trend_rest(const IndicatorResult& ind) {
  std::string rest = noise_word(ind);
  std::string delta = delta_phrase(ind);
  if (!delta.empty()) rest += (rest.empty() ? "" : " \xC2\xB7 ") + delta;
  if (ind.trend_withheld && ind.previous_year)  // the heading says why there is no trend; this, which year
    rest = "the " + std::to_string(*ind.previous_year) + " figure is withheld";
  else if (ind.trend == Trend::first_year && ind.spec().kind == MetricKind::board_gap && !ind.history.empty() &&
           ind.history.front().year < ind.year)
    rest = "earlier years give all members";
  return rest;
}

}  // namespace wres
