#include "wres/compute/snapshot_builder.hpp"

#include <algorithm>
#include <map>

#include "wres/compute/disclosure.hpp"
#include "wres/compute/indicators.hpp"
#include "wres/compute/measures.hpp"
#include "wres/compute/pay_gap.hpp"
#include "wres/compute/plan_progress.hpp"
#include "wres/compute/targets.hpp"
#include "wres/compute/wdes.hpp"

namespace wres {

Date effective_as_of(const Board& board, Date today) { return board.as_of.value_or(today); }

namespace {
// `as_of` is more than `cycle` months after `as_at` (31 March + 17 months = 31 August).
bool overdue_after(Date as_of, Date as_at, int cycle) {
  int months = as_at.month - 1 + cycle;
  int year = as_at.year + months / 12, month = months % 12 + 1;
  Date limit = end_of_month(year, month);
  if (as_at.day < limit.day) limit.day = as_at.day;
  return as_of > limit;
}
}  // namespace

bool wres_data_overdue(Date as_of, Date as_at) { return overdue_after(as_of, as_at, kReportingCycleMonths); }

// The next snapshot (a year on) is published within a year of it.
bool pay_gap_data_overdue(Date as_of, Date as_at) { return overdue_after(as_of, as_at, 24); }

namespace {

// The indicators the wall may show (compute/disclosure.hpp): embargoed survey
// years left out before computing (so they reach no trend), each figure from
// too few responses or people withheld while computing, and the band counts
// audited once the targets are known.
// Each embargoed survey metric: its latest published figure says when the
// next is out, or a withheld result says it where no year is published yet.
void add_embargoes(std::vector<IndicatorResult>& out, const std::map<const MetricSpec*, Embargo>& embargoes) {
  std::vector<IndicatorResult> more;
  for (const auto& entry : embargoes) {  // not a structured binding: clang 14 cannot capture one
    const MetricSpec* m = entry.first;
    auto it = std::find_if(out.begin(), out.end(), [m](const IndicatorResult& r) { return r.metric == m; });
    if (it != out.end())
      it->embargo = entry.second;
    else
      more.push_back(embargoed_only(*m, entry.second));
  }
  for (auto& r : more) out.push_back(std::move(r));
  // In the family's order: each spec table is one array.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.metric < b.metric; });
}

void add_public_indicators(const Board& board, Date today, Snapshot& s) {
  std::map<const MetricSpec*, Embargo> embargoes;
  std::vector<YearData> years = years_before_embargo(board, today, embargoes);
  auto out = compute_indicators(board, years, &board.privacy);
  add_embargoes(out, embargoes);
  s.indicators = std::move(out);
  withhold_band_counts(s, years, board.privacy);
  if (board.wdes_years.empty()) return;
  std::map<const MetricSpec*, Embargo> wdes_embargoes;
  auto wdes = compute_wdes(board, wdes_years_before_embargo(board, today, wdes_embargoes), &board.privacy);
  add_embargoes(wdes, wdes_embargoes);
  for (auto& r : wdes) s.indicators.push_back(std::move(r));
}

// Each family's latest data date, and whether its next is due.
void add_calendars(const Board& board, Date as_of, Snapshot& s) {
  auto add = [&](const auto& items, const char* family, bool (*overdue)(Date, Date)) {
    if (items.empty()) return;
    Date latest = items.front().as_at;
    for (const auto& y : items) latest = std::max(latest, y.as_at);
    s.calendars.push_back({family, latest, overdue(as_of, latest)});
  };
  add(board.wdes_years, "wdes", wres_data_overdue);
  add(board.pay_gaps, "pay_gap", pay_gap_data_overdue);
}

}  // namespace

Snapshot build_snapshot(const Board& board, Date as_of, const SnapshotOptions& options) {
  Snapshot s;
  s.as_of = as_of;
  s.organisation = board.organisation;
  s.title = board.title;
  s.local_population_bme_pct = board.local_population_bme_pct;
  s.term = board.term;
  s.illustrative = board.illustrative;
  for (const auto& y : board.years)
    if (!s.data_as_at || y.as_at > *s.data_as_at) s.data_as_at = y.as_at;
  s.data_overdue = s.data_as_at && wres_data_overdue(as_of, *s.data_as_at);
  add_calendars(board, as_of, s);
  s.display = board.display;
  s.rules = board.rules;
  s.privacy = board.privacy;
  s.twin_url = board.twin.url;
  s.unredacted = options.unredacted;
  s.targets = aspirational_targets(board);
  if (options.unredacted) {
    s.indicators = compute_indicators(board);
    for (auto& r : compute_wdes(board, board.wdes_years, nullptr)) s.indicators.push_back(std::move(r));
  } else {
    add_public_indicators(board, options.today.value_or(as_of), s);
  }
  for (auto& r : compute_pay_gaps(board, options.unredacted ? nullptr : &board.privacy))
    s.indicators.push_back(std::move(r));
  s.plans.reserve(board.plans.size());
  for (const auto& p : board.plans) s.plans.push_back(summarise_plan(p, as_of, board.rules));
  for (const auto& m : board.measures) s.measures.push_back(evaluate_measure(m, as_of));
  return s;
}

}  // namespace wres
