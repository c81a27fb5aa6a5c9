#pragma once
// One indicator's figure in one WRES year, with what is needed to judge it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wres/compute/stats.hpp"
#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

struct Observation {
  int year = 0;
  Date as_at;
  double value = 0;  // % for 1, 5-9; ratio for 2-4
  Source source = Source::published;
  std::optional<LogRatio> log_ratio;        // 2-4 from counts
  std::optional<double> ref_pct;            // survey gaps: the reference group's %
  std::optional<long long> focus_n, ref_n;  // survey gaps: respondents
  std::optional<int> survey_year;           // survey figures: the NHS Staff Survey they come from
  std::optional<long long> people;          // a share: the focus group's people; a board gap: its members of `basis`
  BoardBasis basis = BoardBasis::none;      // board gaps: whose share the figure is
  int rolling_years = 1;                    // 3: years pooled
  // Every count of people the figure is made from, each group's and what is
  // left of its whole ("not appointed", "not in a case"): a figure from a
  // count below [privacy] min_count would give that count back
  // (compute/disclosure.cpp). Empty for survey and published figures.
  std::vector<long long> counts;
  const char* counted = "people";  // what the counts count, in "fewer than 5 people"
  // Board gaps: each group of members (focus and reference counts, when
  // given) and the same year's workforce share of the focus group.
  struct Members {
    long long focus = 0, reference = 0;
  };
  std::optional<Members> all_members, voting, exec;
  std::optional<double> workforce_pct;
  std::optional<double> declared_pct;  // a share of everyone: the % whose group is recorded
  std::string note;                    // a yes or no: what the board file says of it; else the year's notes.<key>
  std::optional<HourlyPay> pay;        // a pay gap: each group's average hourly pay, when given
  // The groups' words where the board names its own (a pay gap's focus and reference); empty: the spec's.
  std::string focus_word, reference_word;
  // The year's comparators (DESIGN 7.4), by the metric's key; null: none.
  const std::vector<Comparator>* comparators = nullptr;
};

// Every family's reader side builds its figures with these.
// (a/n) / (b/m) from validated counts (n, m, b > 0), with its log ratio for tests and intervals.
Observation ratio_from_counts(long long a, long long n, long long b, long long m);
// `part` of `whole` people: a share, made from both counts.
Observation share_from_counts(long long part, long long whole);

// nullopt when the year has neither counts nor a published figure for `key`.
[[nodiscard]] std::optional<Observation> observe(const YearData& year, IndicatorKey key);
// Indicator 3 pooled over `year` and `before` (NHS England's two-year
// average for small numbers); nullopt unless both have counts.
[[nodiscard]] std::optional<Observation> observe_disciplinary_pooled(const YearData& year, const YearData& before);
// One quantity per series, the latest year's: a two-year pooled figure is
// held only against pooled years, a one-year figure against one-year ones
// (published or from counts), a board's voting share against voting shares.
// Comparing across would show a change that never happened.
void keep_one_basis(std::vector<Observation>& series);

// What a standard's year (WRES or WDES) says of each of its figures: a survey
// figure's NHS Staff Survey (the year before the standard's, "2024 WRES (2023
// staff survey)", unless the year gives survey_year) and the trust's own note
// on the metric (a yes or no keeps its own).
void add_year_context(Observation& o, int year, std::optional<int> survey_year,
                      const std::map<std::string, std::string>& notes, std::string_view key);

// The year's survey block for indicators 5-8.
const std::optional<Survey>& survey_of(const YearData& year, IndicatorKey key);

}  // namespace wres
