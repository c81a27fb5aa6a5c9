// Golden values from seed 003 (NSCHT WRES report 2024), read from the report's
// text and tables, computed from the real example board on disk.
#include <gtest/gtest.h>

#include <cmath>

#include "temp_dir.hpp"
#include "wres/compute/indicators.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/model/wording.hpp"

using namespace wres;

namespace {

// The report's figures in full, as `wresctl snapshot --unredacted` gives them:
// the example keeps the corridor's min_count = 5, which withholds 3, 9 and the
// target's bands from the wall (GoldenNscht.TheCorridorWallWithholdsSmallCounts).
Snapshot full_figures(const Board& b) { return build_snapshot(b, *b.as_of, SnapshotOptions{std::nullopt, true}); }

const Snapshot& nscht() {
  static const Snapshot s = [] {
    LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
    EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
    return full_figures(*r.board);
  }();
  return s;
}

const IndicatorResult& ind(IndicatorKey k) {
  for (const auto& r : nscht().indicators)
    if (r.metric == &info(k)) return r;
  throw std::runtime_error("indicator missing");
}

double round2(double v) { return std::round(v * 100) / 100; }

}  // namespace

TEST(GoldenNscht, BoardLoads) {
  ASSERT_EQ(nscht().indicators.size(), 9u);
  EXPECT_EQ(nscht().as_of, wres::make_date(2024, 9, 30));
}

const ComparatorResult* comparator(const IndicatorResult& r, const std::string& label) {
  for (const auto& c : r.comparators)
    if (c.label == label) return &c;
  return nullptr;
}

TEST(GoldenNscht, TheTrustsOwnWordAndDataDate) {
  EXPECT_EQ(nscht().term, "Global Majority");
  EXPECT_EQ(nscht().schema, 3);
  ASSERT_TRUE(nscht().data_as_at);
  EXPECT_EQ(to_iso(*nscht().data_as_at), "2024-03-31");  // Table 4: "as at 31.3.24"
  EXPECT_FALSE(nscht().data_overdue);                    // as of 30 Sep 2024
  for (const auto& r : nscht().indicators) EXPECT_EQ(to_iso(r.as_at), std::to_string(r.year) + "-03-31");
}

TEST(GoldenNscht, Indicator1WorkforceIs11_11Percent) {
  const auto& r = ind(IndicatorKey::workforce);
  // The national 26.4% counts all trusts' staff, another population: shown, never judged (issue 29.6).
  ASSERT_TRUE(comparator(r, "National (all trusts)"));
  EXPECT_FALSE(comparator(r, "National (all trusts)")->vs);
  EXPECT_EQ(r.year, 2024);
  EXPECT_EQ(round2(r.value), 11.11);  // "increased further to 11.11%"
  EXPECT_EQ(r.source, Source::counts);
  EXPECT_EQ(r.trend, Trend::improved);      // "Improved ... from 9.9% to 11.11%"
  EXPECT_FALSE(r.significant.has_value());  // a count of everyone
  EXPECT_EQ(r.delta_people, 33);            // 182 -> 215 Global Majority staff (Table 4)
  EXPECT_EQ(r.rag, Rag::amber);             // "slightly below the local population rate of 11.17%"
}

TEST(GoldenNscht, Indicator1ByBandAgainstTheOverallShare) {
  const auto& r = ind(IndicatorKey::workforce);
  // Table 3: "band 8a-9" 3.74% Global Majority against 11.11% overall (7 of 187, Table 4).
  ASSERT_TRUE(r.senior);
  EXPECT_EQ(r.senior->focus, 7);
  EXPECT_EQ(r.senior->total, 187);
  EXPECT_EQ(round2(r.senior->focus_pct), 3.74);
  EXPECT_NEAR(r.senior->vs_overall_pts, 3.7433 - 11.1111, 1e-3);
  // Clinical band 5 is over-represented (21.1%), non-clinical 8A is 7.7% (Table 4).
  auto band = [&](const char* name, BandGroup g) -> const BandShare& {
    for (const auto& b : r.bands)
      if (b.band == name && b.group == g) return b;
    throw std::runtime_error(std::string("band missing: ") + name);
  };
  EXPECT_EQ(round2(band("5", BandGroup::clinical).focus_pct), 21.11);
  EXPECT_GT(band("5", BandGroup::clinical).vs_overall_pts, 0);
  EXPECT_EQ(round2(band("8A", BandGroup::non_clinical).focus_pct), 7.69);
  EXPECT_EQ(band("VSM", BandGroup::all).total, 7);
  // Medical grades (Table 4, 2024): career grade 11 of 25, consultant 16 of 24,
  // trainee 17 of 23: 44 of 72 = 61.1%, "the exception of medical" (issue 29.8).
  EXPECT_EQ(band("career_grade", BandGroup::medical).focus_pct, 44.0);
  EXPECT_EQ(round2(band("consultant", BandGroup::medical).focus_pct), 66.67);
  EXPECT_EQ(round2(band("trainee", BandGroup::medical).focus_pct), 73.91);
  long long medical = 0, medical_total = 0;
  for (const auto& b : r.bands)
    if (b.group == BandGroup::medical) medical += b.focus, medical_total += b.total;
  EXPECT_EQ(medical, 44);
  EXPECT_EQ(medical_total, 72);
}

TEST(GoldenNscht, Indicator2RecruitmentIs1_21AndWorseWithinNoise) {
  const auto& r = ind(IndicatorKey::recruitment);
  EXPECT_EQ(round2(r.value), 1.21);
  ASSERT_TRUE(r.previous);
  EXPECT_EQ(round2(*r.previous), 1.14);  // "worse (up) from 1.14 to 1.21"
  // Table 1: 2018 1.96, 2021 1.3, 2022 1.27, 2023 1.14, 2024 1.21.
  std::vector<std::pair<int, double>> want{{2018, 1.96}, {2021, 1.30}, {2022, 1.27}, {2023, 1.14}, {2024, 1.21}};
  ASSERT_EQ(r.history.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(r.history[i].year, want[i].first);
    EXPECT_EQ(round2(r.history[i].value), want[i].second) << want[i].first;
  }
  EXPECT_EQ(r.trend, Trend::worse);
  ASSERT_TRUE(r.significant.has_value());
  EXPECT_FALSE(*r.significant);  // z = 0.47 on the change of log ratios
  // The interval 1.03-1.42 excludes parity: amber, favouring White applicants.
  ASSERT_TRUE(r.ci);
  EXPECT_EQ(round2(r.ci->first), 1.03);
  EXPECT_EQ(round2(r.ci->second), 1.42);
  EXPECT_EQ(r.favours, Favours::reference);
  EXPECT_EQ(r.rag, Rag::amber);
  const auto* nat = comparator(r, "National (all trusts)");
  ASSERT_TRUE(nat);
  EXPECT_EQ(nat->year, 2023);  // 2024 "not yet available": the latest published, named as 2023
  EXPECT_EQ(nat->value, 1.59);
  EXPECT_EQ(nat->vs, Comparison::better);  // "likely to remain much better than the national rate"
  EXPECT_EQ(r.history_comparator, "National (all trusts)");
  EXPECT_EQ(r.history[3].comparator, 1.59);           // 2023 from Table 2
  EXPECT_FALSE(r.history[4].comparator.has_value());  // none of its own year for 2024
}

TEST(GoldenNscht, Indicator3DisciplinaryIs1_83WorseWithSmallNumbers) {
  const auto& r = ind(IndicatorKey::disciplinary);
  EXPECT_EQ(round2(r.value), 1.83);  // "a disciplinary measure score of 1.83"
  EXPECT_EQ(round2(*r.previous), 0.00);
  // The report says "worse (up) from no cases"; 2023 had no Global Majority
  // cases, so no likelihood to hold 1.83 against: no side, no ratio points
  // (issue 29.1), and the tile says which year had none.
  EXPECT_EQ(r.trend, Trend::not_compared);
  EXPECT_FALSE(r.delta);
  EXPECT_FALSE(r.significant);
  EXPECT_EQ(trend_word(r.trend), "Not compared");
  EXPECT_EQ(delta_phrase(r), "none in one group in 2023");
  ASSERT_TRUE(r.ci);
  EXPECT_EQ(round2(r.ci->first), 0.53);  // 3 cases: the interval spans parity
  EXPECT_EQ(round2(r.ci->second), 6.37);
  EXPECT_TRUE(r.small_numbers);
  EXPECT_EQ(r.favours, Favours::neither);
  EXPECT_EQ(r.rag, Rag::amber);  // no false alarm
  EXPECT_EQ(r.rolling_years, 1);
  EXPECT_EQ(comparator(r, "National (all trusts)")->vs, Comparison::worse);  // national 1.03
}

// With disciplinary_rolling_years = 2, 2023+2024 pool to (3 / 397) / (24 / 3331)
// = 1.05 (cases 0+3 and 11+13; staff 182+215 and 1626+1705, Tables 4 and 7);
// 2022 gives only a published one-year 0.00, so the pooled figure has no
// pooled year to compare with: no "Worse · +1.05 since 2022" (issue 29.4).
TEST(GoldenNscht, APooledFigureIsComparedOnlyWithPooledYears) {
  LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  ASSERT_TRUE(r.ok());
  r.board->rules.disciplinary_rolling_years = 2;
  Snapshot s = full_figures(*r.board);
  const IndicatorResult* d = nullptr;
  for (const auto& x : s.indicators)
    if (x.metric == &info(IndicatorKey::disciplinary)) d = &x;
  ASSERT_TRUE(d);
  EXPECT_EQ(d->rolling_years, 2);
  EXPECT_EQ(round2(d->value), 1.05);
  EXPECT_EQ(d->trend, Trend::first_year);
  EXPECT_FALSE(d->previous);
  EXPECT_FALSE(d->delta);
  EXPECT_EQ(trend_heading(*d), "No earlier figure");
  ASSERT_EQ(d->history.size(), 1u);  // one basis on the chart: the pooled year alone
}

// "When medical staff are removed from the data, the 2024 score changes to 1.09"
// (section 3): the trust's own reading travels with its figure, in its words (issue 29.7).
TEST(GoldenNscht, TheTrustsOwnReadingBesideItsFigure) {
  EXPECT_EQ(ind(IndicatorKey::training).note, "1.09 excluding medical staff (the trust's figure)");
  EXPECT_EQ(ind(IndicatorKey::workforce).note, "9.25% excluding medical staff (the trust's figure)");
  EXPECT_EQ(ind(IndicatorKey::recruitment).note, "");
  // A note never travels with a withheld figure: free text cannot be checked for the count it might give away.
  LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  ASSERT_TRUE(r.ok());
  r.board->years.back().notes["disciplinary"] = "3 cases";
  Snapshot wall = build_snapshot(*r.board, *r.board->as_of);
  for (const auto& x : wall.indicators)
    if (x.metric == &info(IndicatorKey::disciplinary)) {
      EXPECT_TRUE(x.figure_withheld());
      EXPECT_EQ(x.note, "");
    }
  EXPECT_EQ(full_figures(*r.board).indicators.size(), wall.indicators.size());
}

TEST(GoldenNscht, Indicator4TrainingFurtherFromParity) {
  const auto& r = ind(IndicatorKey::training);
  EXPECT_EQ(r.value, 0.74);
  EXPECT_EQ(r.source, Source::published);
  EXPECT_EQ(r.trend, Trend::worse);  // 0.83 -> 0.74: further from parity
  EXPECT_FALSE(r.significant.has_value());
  EXPECT_FALSE(r.ci.has_value());
  EXPECT_EQ(r.favours, Favours::focus);
  EXPECT_EQ(r.rag, Rag::amber);
  EXPECT_EQ(comparator(r, "National (all trusts)")->vs, Comparison::worse);  // 1.12 is nearer parity
  EXPECT_EQ(comparator_phrase(r, *comparator(r, "National (all trusts)")),
            "National (all trusts) 2023: 1.12 \xC2\xB7 further from parity, on the other side");
}

TEST(GoldenNscht, Indicator5HbaFromPublicBetterWithinNoise) {
  const auto& r = ind(IndicatorKey::hba_public);
  EXPECT_EQ(r.value, 30.21);
  EXPECT_EQ(r.previous, 40.48);
  EXPECT_EQ(r.focus_n, 96);
  // "Our 2024 WRES score for HBA ... (2023 staff survey data)": said as the survey's year, not 31 March 2024.
  EXPECT_EQ(r.survey_year, 2023);
  EXPECT_EQ(data_date_phrase(r), "Staff Survey 2023");
  EXPECT_FALSE(ind(IndicatorKey::recruitment).survey_year.has_value());  // counts: the day they describe
  EXPECT_EQ(data_date_phrase(ind(IndicatorKey::recruitment)), "31 Mar 2024");
  EXPECT_EQ(r.trend, Trend::improved);  // the direction is said...
  ASSERT_TRUE(r.significant.has_value());
  EXPECT_FALSE(*r.significant);     // ...but the report's "improved significantly" is not, at 95%
  EXPECT_NEAR(*r.gap, 5.61, 1e-9);  // "by nearly 6 percentage points"
  // 5.6 points from 96 responses (z about 1.3 against White 24.60%) is within
  // chance at 95%: amber at worst, and it says so (issue 29.3; red before).
  EXPECT_EQ(r.rag, Rag::amber);
  EXPECT_EQ(r.rag_reason, "5.6 pts worse than White staff: not statistically significant (95%)");
  EXPECT_EQ(r.gap_significant, false);
  EXPECT_EQ(gap_phrase(r), "5.6 pts worse than White staff \xC2\xB7 not statistically significant");
  // Discrimination's 11.2 points from 94 and 1114 responses is beyond chance: the gap alone.
  EXPECT_EQ(gap_phrase(ind(IndicatorKey::discrimination)), "11.2 pts worse than White staff");
  const auto* mh = comparator(r, "Mental health trusts");
  ASSERT_TRUE(mh);
  EXPECT_EQ(mh->year, 2024);
  EXPECT_EQ(mh->value, 31.43);
  EXPECT_EQ(mh->vs, Comparison::better);  // "slightly better than average (31.4%)"
  const auto* nat = comparator(r, "National (all trusts)");
  ASSERT_TRUE(nat);  // had a 2023 figure; 2024 is not yet available, never repeated
  EXPECT_EQ(nat->year, 2024);
  EXPECT_FALSE(nat->value.has_value());
  // History diamonds follow one named series: the mental health trusts, 2020-2024.
  EXPECT_EQ(r.history_comparator, "Mental health trusts");
  EXPECT_EQ(r.history.front().year, 2018);
  EXPECT_FALSE(r.history.front().comparator.has_value());
  EXPECT_EQ(r.history.back().comparator, 31.43);
}

TEST(GoldenNscht, Indicators6To8SayTheDirection) {
  EXPECT_EQ(ind(IndicatorKey::hba_staff).value, 20.83);
  EXPECT_EQ(ind(IndicatorKey::hba_staff).trend, Trend::improved);  // "Reduced ... slightly"
  EXPECT_EQ(ind(IndicatorKey::equal_opps).value, 62.77);
  EXPECT_EQ(ind(IndicatorKey::equal_opps).trend, Trend::worse);  // "Worse on ... equal opportunities"
  EXPECT_EQ(ind(IndicatorKey::discrimination).value, 15.96);
  EXPECT_EQ(ind(IndicatorKey::discrimination).trend, Trend::worse);  // "worse (up) from 12.8% to 16.0%"
  EXPECT_NEAR(*ind(IndicatorKey::discrimination).gap, 11.2, 1e-9);   // "grown to 11%"
  EXPECT_EQ(ind(IndicatorKey::discrimination).rag, Rag::red);
  EXPECT_EQ(comparator(ind(IndicatorKey::discrimination), "Mental health trusts")->vs, Comparison::worse);
  for (auto k : {IndicatorKey::hba_staff, IndicatorKey::equal_opps, IndicatorKey::discrimination})
    EXPECT_FALSE(ind(k).significant.value_or(true)) << info(k).key;
}

TEST(GoldenNscht, Indicator9IsVotingMembershipAgainstTheWorkforce) {
  const auto& r = ind(IndicatorKey::board);
  EXPECT_EQ(r.basis, BoardBasis::voting);
  EXPECT_EQ(round2(r.value), 27.27);  // Table 8: 3 of 11 voting members
  ASSERT_TRUE(r.gap_pts && r.exec_pct && r.exec_gap_pts);
  EXPECT_EQ(std::round(*r.gap_pts * 10) / 10, 16.2);       // 27.27 - 11.11
  EXPECT_EQ(round2(*r.exec_pct), 28.57);                   // "28.57% ... Executive members"
  EXPECT_EQ(std::round(*r.exec_gap_pts * 10) / 10, 17.5);  // 28.57 - 11.11
  EXPECT_EQ(round2(r.board_all->pct), 21.43);              // "to 21.43%"
  EXPECT_EQ(r.rag, Rag::green);
  // Earlier years give all members only (Table 9): not compared with voting members.
  EXPECT_EQ(r.trend, Trend::first_year);
  EXPECT_FALSE(r.previous.has_value());
  EXPECT_EQ(r.history.size(), 1u);
  EXPECT_TRUE(r.comparators.empty());
  // The all-member series as its own line (issue 29.5): Table 9's 7.7, 7.7, 15.4,
  // 14.3, 23.1, 21.4, 20.0, 14.3 for 2016-2023, then 2024's 3 of 14 = 21.43%.
  ASSERT_EQ(r.all_member_history.size(), 9u);
  EXPECT_EQ(r.all_member_history.front().year, 2016);
  EXPECT_EQ(r.all_member_history.front().value, 7.7);
  EXPECT_EQ(r.all_member_history[4].value, 23.1);  // 2020
  EXPECT_EQ(r.all_member_history[7].value, 14.3);  // 2023
  EXPECT_EQ(r.all_member_history.back().year, 2024);
  EXPECT_EQ(round2(r.all_member_history.back().value), 21.43);
}

TEST(GoldenNscht, AspirationalTargetNamesItsGroupAndBase) {
  // Table 5: non-clinical 8A-8D against the local population: +1 in 8A, +1 in 8B, +2 in all.
  ASSERT_TRUE(nscht().targets);
  const Targets& t = *nscht().targets;
  EXPECT_EQ(t.year, 2024);
  EXPECT_EQ(t.group, BandGroup::non_clinical);
  EXPECT_EQ(t.base, TargetBase::population);
  EXPECT_EQ(t.base_pct, 11.17);
  EXPECT_EQ(t.target_year, 2028);
  ASSERT_EQ(t.bands.size(), 4u);
  EXPECT_EQ(t.bands[0].band, "8A");
  EXPECT_EQ(t.bands[0].target, 3);
  EXPECT_EQ(t.bands[0].needed, 1);
  EXPECT_EQ(t.bands[1].target, 1);
  EXPECT_EQ(t.bands[1].needed, 1);
  EXPECT_EQ(t.bands[2].needed, 0);
  EXPECT_EQ(t.bands[3].needed, 0);
  EXPECT_EQ(t.needed, 2);
  // The report publishes the 2028 end state only, no path to it: the example
  // sets no baseline_year, so the wall draws no line and judges no band by one.
  EXPECT_FALSE(t.baseline_year.has_value());
  for (const auto& band : t.bands) {
    EXPECT_TRUE(band.trajectory.empty()) << band.band;
    EXPECT_FALSE(band.on_path.has_value()) << band.band;
  }
}

TEST(GoldenNscht, APathOnlyFromTheBoardsOwnBaselineYear) {
  LoadResult lr = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  ASSERT_TRUE(lr.ok());
  Board b = *lr.board;
  b.targets.baseline_year = 2023;  // the board's own straight line, 2023 to 2028
  Snapshot s = full_figures(b);
  ASSERT_TRUE(s.targets);
  EXPECT_EQ(s.targets->baseline_year, 2023);
  // 8A: 1 in 2023 to 3 in 2028 is 1.4 people by 2024, so 1; 2 are in post: on the line.
  const auto& a = s.targets->bands[0];
  ASSERT_EQ(a.trajectory.size(), 6u);
  EXPECT_EQ(a.trajectory[1].year, 2024);
  EXPECT_EQ(a.trajectory[1].target, 1);
  EXPECT_EQ(a.trajectory.back().target, 3);
  EXPECT_EQ(a.on_path, true);
}

TEST(GoldenNscht, TheWholeTrustNeedsFourteen) {
  // The same board with the group left at "all": clinical and non-clinical
  // 8A-8D and VSM together (Table 4) need +14, not +2.
  LoadResult lr = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  ASSERT_TRUE(lr.ok());
  Board b = *lr.board;
  b.targets.group = BandGroup::all;
  b.targets.baseline_year.reset();
  Snapshot s = full_figures(b);
  ASSERT_TRUE(s.targets);
  EXPECT_EQ(s.targets->needed, 14);
  // 8A: 3 of 112 now; 13 at 11.17%.
  EXPECT_EQ(s.targets->bands[0].total, 112);
  EXPECT_EQ(s.targets->bands[0].target, 13);
  EXPECT_EQ(s.targets->bands.back().band, "VSM");
  // The Model Employer base: the trust's own workforce share, 11.11%.
  b.targets.base = TargetBase::workforce;
  s = full_figures(b);
  EXPECT_EQ(round2(s.targets->base_pct), 11.11);
}

// The example keeps the README's corridor setting (issue 29.15): 3 cases, the
// board's 11 voting members (3 Global Majority) and the 8A-8D bands (2, 0, 1 and
// 1 Global Majority colleagues, Table 5) are counts a corridor could put a name to.
TEST(GoldenNscht, TheCorridorWallWithholdsSmallCounts) {
  LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.board->privacy.min_count, 5);
  Snapshot wall = build_snapshot(*r.board, *r.board->as_of);
  auto on_wall = [&](IndicatorKey k) -> const IndicatorResult& {
    for (const auto& x : wall.indicators)
      if (x.metric == &info(k)) return x;
    throw std::runtime_error("indicator missing");
  };
  EXPECT_EQ(on_wall(IndicatorKey::disciplinary).withheld, "fewer than 5 people");
  EXPECT_EQ(on_wall(IndicatorKey::board).withheld, "fewer than 5 members");
  EXPECT_FALSE(on_wall(IndicatorKey::recruitment).figure_withheld());  // 1.21 from hundreds of applicants
  EXPECT_EQ(on_wall(IndicatorKey::recruitment).value, ind(IndicatorKey::recruitment).value);
  ASSERT_TRUE(wall.targets);
  for (const auto& b : wall.targets->bands) EXPECT_TRUE(b.is_withheld()) << b.band;
  EXPECT_TRUE(wall.targets->needed_withheld);  // +2 would give 8A and 8B back
}

TEST(GoldenNscht, NothingNonFinite) {
  for (const auto& r : nscht().indicators) {
    EXPECT_TRUE(std::isfinite(r.value));
    for (const auto& h : r.history) EXPECT_TRUE(std::isfinite(h.value));
    if (r.ci) {
      EXPECT_TRUE(std::isfinite(r.ci->first) && std::isfinite(r.ci->second));
    }
  }
}
