#include "wres/compute/observation.hpp"

namespace wres {

namespace {

Observation make(double value, Source source) {
  Observation o;
  o.value = value;
  o.source = source;
  return o;
}

std::optional<Observation::Members> members(std::optional<long long> focus, std::optional<long long> reference) {
  if (!focus || !reference) return std::nullopt;
  return Observation::Members{*focus, *reference};
}

// Indicator 9: the WRES asks for voting members; all members where no split is given.
std::optional<Observation> board_from_counts(const BoardMembers& b) {
  Observation o;
  if (b.voting_bme && b.voting_white) {
    o = share_from_counts(*b.voting_bme, *b.voting_bme + *b.voting_white);
    o.basis = BoardBasis::voting;
  } else {
    o = share_from_counts(b.bme, b.bme + b.white);
    o.basis = BoardBasis::all_members;
  }
  o.counted = "members";
  o.all_members = members(b.bme, b.white);
  o.voting = members(b.voting_bme, b.voting_white);
  o.exec = members(b.exec_bme, b.exec_white);
  return o;
}

std::optional<Observation> from_counts(const YearData& y, IndicatorKey key) {
  switch (key) {
    case IndicatorKey::workforce: {
      if (!y.workforce) return std::nullopt;
      const auto& w = *y.workforce;
      return share_from_counts(w.bme, w.bme + w.white + w.unknown);
    }
    case IndicatorKey::recruitment: {
      if (!y.recruitment) return std::nullopt;
      const auto& r = *y.recruitment;  // White appointment rate over BME appointment rate
      return ratio_from_counts(r.white_appointed, r.white_shortlisted, r.bme_appointed, r.bme_shortlisted);
    }
    case IndicatorKey::disciplinary:  // BME entry rate over White entry rate
      if (!y.disciplinary || !y.workforce) return std::nullopt;
      return ratio_from_counts(y.disciplinary->bme_cases, y.workforce->bme, y.disciplinary->white_cases,
                               y.workforce->white);
    case IndicatorKey::training:  // White access rate over BME access rate
      if (!y.training || !y.workforce) return std::nullopt;
      return ratio_from_counts(y.training->white_accessed, y.workforce->white, y.training->bme_accessed,
                               y.workforce->bme);
    case IndicatorKey::board:
      if (!y.board) return std::nullopt;
      return board_from_counts(*y.board);
    default: return std::nullopt;
  }
}

}  // namespace

void add_year_context(Observation& o, int year, std::optional<int> survey_year,
                      const std::map<std::string, std::string>& notes, std::string_view key) {
  if (o.source == Source::survey) o.survey_year = survey_year.value_or(year - 1);
  if (auto n = notes.find(std::string(key)); n != notes.end() && o.note.empty()) o.note = n->second;
}

void keep_one_basis(std::vector<Observation>& series) {
  if (series.empty()) return;
  const int rolling = series.back().rolling_years;
  const BoardBasis basis = series.back().basis;
  std::erase_if(series, [&](const Observation& o) { return o.rolling_years != rolling || o.basis != basis; });
}

// (a/n) / (b/m) from validated counts (n, m, b > 0 checked by the config reader).
Observation ratio_from_counts(long long a, long long n, long long b, long long m) {
  Observation o =
      make((static_cast<double>(a) / static_cast<double>(n)) / (static_cast<double>(b) / static_cast<double>(m)),
           Source::counts);
  o.log_ratio = log_rate_ratio(a, n, b, m);
  o.counts = {a, n - a, b, m - b};
  return o;
}

// `part` of `whole` people: a share, made from both counts.
Observation share_from_counts(long long part, long long whole) {
  Observation o = make(percent(part, whole), Source::counts);
  o.people = part;
  o.counts = {part, whole - part};
  return o;
}

std::optional<Observation> observe(const YearData& y, IndicatorKey key) {
  std::optional<Observation> o;
  if (info(key).kind == MetricKind::survey_gap) {
    const auto& s = survey_of(y, key);
    if (!s) return std::nullopt;
    o = make(s->bme_pct, Source::survey);
    o->ref_pct = s->white_pct, o->focus_n = s->bme_n, o->ref_n = s->white_n;
  } else {
    o = from_counts(y, key);  // counts win over a published figure
    if (!o) {
      auto p = y.published.find(key);
      if (p == y.published.end()) return std::nullopt;
      o = make(p->second, Source::published);
      if (key == IndicatorKey::board) o->basis = BoardBasis::all_members;  // as the WRES reports publish it
    }
  }
  o->year = y.wres_year;
  o->as_at = y.as_at;
  o->comparators = &y.comparators;
  add_year_context(*o, y.wres_year, y.survey_year, y.notes, info(key).key);
  return o;
}

std::optional<Observation> observe_disciplinary_pooled(const YearData& y, const YearData& before) {
  if (!y.disciplinary || !y.workforce || !before.disciplinary || !before.workforce) return std::nullopt;
  long long bme_cases = y.disciplinary->bme_cases + before.disciplinary->bme_cases;
  long long white_cases = y.disciplinary->white_cases + before.disciplinary->white_cases;
  long long bme = y.workforce->bme + before.workforce->bme, white = y.workforce->white + before.workforce->white;
  Observation o = ratio_from_counts(bme_cases, bme, white_cases, white);
  o.year = y.wres_year, o.as_at = y.as_at, o.rolling_years = 2, o.comparators = &y.comparators;
  return o;
}

const std::optional<Survey>& survey_of(const YearData& y, IndicatorKey key) {
  switch (key) {
    case IndicatorKey::hba_public: return y.hba_public;
    case IndicatorKey::hba_staff: return y.hba_staff;
    case IndicatorKey::equal_opps: return y.equal_opps;
    default: return y.discrimination;
  }
}

}  // namespace wres
