// The board keys of snapshot schema 2 (DESIGN 7.1-7.5, 7.8): each read from a
// real file, and each mistake refused with file:line:col and no board at all.
#include <gtest/gtest.h>

#include "board_file.hpp"
#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"

using namespace wres;
using wres::test::board_of;
using wres::test::only_error;

namespace {

const std::string kSchema2Head = "[board]\norganisation = \"T\"\ntitle = \"T\"\nlocal_population_bme_pct = 10.0\n";

// Two years of bands: 8A and 8B, clinical and non-clinical.
const std::string kBands = R"(
[[year]]
wres_year = 2023
workforce = { bme = 100, white = 900 }
bands = [ { band = "8A", group = "non_clinical", bme = 1, white = 19 },
          { band = "8A", group = "clinical", bme = 0, white = 40 } ]
[[year]]
wres_year = 2024
workforce = { bme = 120, white = 880 }
bands = [ { band = "8A", group = "non_clinical", bme = 1, white = 19 },
          { band = "8B", group = "non_clinical", bme = 0, white = 10 },
          { band = "8A", group = "clinical", bme = 2, white = 48 },
          { band = "7", group = "clinical", bme = 9, white = 41 } ]
)";

}  // namespace

TEST(Schema2Config, TermIsUsedAndMustNotBeEmpty) {
  EXPECT_EQ(board_of(kSchema2Head + "term = \"Global Majority\"\n").term, "Global Majority");
  EXPECT_EQ(board_of(kSchema2Head).term, "BME");
  EXPECT_EQ(only_error(kSchema2Head + "term = \"\"\n").rfind("board.toml:5:8: board.term: must not be empty", 0), 0u);
  EXPECT_EQ(only_error(kSchema2Head + "term = 7\n"),
            "board.toml:5:8: board.term: expected a string in quotes, got an integer");
}

TEST(Schema2Config, AsAtDefaultsToThirtyFirstMarch) {
  Board b = board_of(kSchema2Head +
                     "[[year]]\nwres_year = 2024\npublished = { training = 0.7 }\n"
                     "[[year]]\nwres_year = 2025\nas_at = 2025-04-30\npublished = { training = 0.8 }\n");
  ASSERT_EQ(b.years.size(), 2u);
  EXPECT_EQ(to_iso(b.years[0].as_at), "2024-03-31");
  EXPECT_EQ(to_iso(b.years[1].as_at), "2025-04-30");
  EXPECT_EQ(only_error(kSchema2Head + "[[year]]\nwres_year = 2024\nas_at = \"31/03/2024\"\n"),
            "board.toml:7:9: year.as_at: '31/03/2024' is not a real date; expected YYYY-MM-DD");
}

TEST(Schema2Config, BandGroupsAndAgendaForChangeBands) {
  Board b = board_of(kSchema2Head + kBands);
  ASSERT_EQ(b.years[1].bands.size(), 4u);
  EXPECT_EQ(b.years[1].bands[2].group, BandGroup::clinical);
  EXPECT_EQ(
      only_error(
          kSchema2Head +
          "[[year]]\nwres_year = 2024\nbands = [ { band = \"8A\", group = \"nursing\", bme = 1, white = 2 } ]\n"),
      "board.toml:7:34: bands.group: unknown group 'nursing'; expected one of: all, clinical, non_clinical, medical");
  EXPECT_EQ(
      only_error(kSchema2Head + "[[year]]\nwres_year = 2024\nbands = [ { band = \"8a\", bme = 1, white = 2 } ]\n"),
      "board.toml:7:20: bands.band: '8a' is not an Agenda for Change band or a medical grade; did you mean '8A'?");
  EXPECT_EQ(only_error(kSchema2Head + "[[year]]\nwres_year = 2024\nbands = [ { band = \"consultant\", group = "
                                      "\"clinical\", bme = 16, white = 8 } ]\n"),
            "board.toml:7:20: bands.band: 'consultant' is a medical grade; give it group = \"medical\"");
  EXPECT_NE(
      only_error(kSchema2Head +
                 "[[year]]\nwres_year = 2024\nbands = [ { band = \"8A\", group = \"clinical\", bme = 1, white = 2 },"
                 " { band = \"8A\", group = \"clinical\", bme = 1, white = 2 } ]\n")
          .find("band '8A' (group clinical) is listed twice"),
      std::string::npos);
}

TEST(Schema2Config, ComparatorsAreLabelledAndDated) {
  Board b = board_of(kSchema2Head +
                     "[[year]]\nwres_year = 2024\npublished = { recruitment = 1.2 }\n"
                     "comparators = [ { label = \"National (all trusts)\", year = 2023, recruitment = 1.59 },\n"
                     "                { label = \"Mental health trusts\", hba_public = 31.4 } ]\n"
                     "national = { training = 1.12 }\n");
  const auto& c = b.years[0].comparators;
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].label, "National (all trusts)");
  EXPECT_EQ(c[0].year, 2023);
  EXPECT_EQ(c[1].year, 2024);  // the enclosing year
  EXPECT_EQ(c[1].values.at("hba_public_bme"), 31.4);
  EXPECT_EQ(c[2].label, "National");  // the shorthand
}

TEST(Schema2Config, ComparatorMistakes) {
  EXPECT_EQ(only_error(kSchema2Head +
                       "[[year]]\nwres_year = 2024\ncomparators = [ { label = \"National\", recruitmnet = 1.59 } ]\n"),
            "board.toml:7:39: unknown key 'comparators.recruitmnet'; did you mean 'recruitment'?");
  EXPECT_EQ(
      only_error(kSchema2Head + "[[year]]\nwres_year = 2024\ncomparators = [ { year = 2023, recruitment = 1.59 } ]\n"),
      "board.toml:7:17: missing 'comparators.label'");
  EXPECT_NE(
      only_error(
          kSchema2Head +
          "[[year]]\nwres_year = 2024\ncomparators = [ { label = \"N\", hba_public = 31, hba_public_bme = 31 } ]\n")
          .find("give the BME figure once"),
      std::string::npos);
  EXPECT_NE(only_error(kSchema2Head + "[[year]]\nwres_year = 2024\ncomparators = [ { label = \"N\" } ]\n")
                .find("'N' gives no figure"),
            std::string::npos);
  EXPECT_EQ(only_error(kSchema2Head +
                       "[[year]]\nwres_year = 2024\ncomparators = [ { label = \"N\", recruitment = \"1.59\" } ]\n"),
            "board.toml:7:46: comparators.recruitment: expected a number, got a string");
}

TEST(Schema2Config, RulesRollingYears) {
  EXPECT_EQ(board_of(kSchema2Head + "[rules]\ndisciplinary_rolling_years = 2\n").rules.disciplinary_rolling_years, 2);
  EXPECT_EQ(only_error(kSchema2Head + "[rules]\ndisciplinary_rolling_years = 3\n"),
            "board.toml:6:30: rules.disciplinary_rolling_years: 3 is out of range; expected 1 to 2");
}

TEST(Schema2Config, TargetsSection) {
  Board b = board_of(kSchema2Head +
                     "[targets]\ngroup = \"non_clinical\"\nbase = \"workforce\"\nbaseline_year = 2023\n" + kBands);
  EXPECT_EQ(b.targets.group, BandGroup::non_clinical);
  EXPECT_EQ(b.targets.base, TargetBase::workforce);
  EXPECT_EQ(b.targets.baseline_year, 2023);
  EXPECT_EQ(b.targets.target_year, 2028);
  EXPECT_EQ(only_error(kSchema2Head + "[targets]\ngroup = \"nurses\"\n" + kBands)
                .rfind("board.toml:6:9: targets.group: unknown group 'nurses'", 0),
            0u);
  EXPECT_EQ(only_error(kSchema2Head + "[targets]\nbase = \"census\"\n" + kBands)
                .rfind("board.toml:6:8: targets.base: unknown base 'census'", 0),
            0u);
  EXPECT_EQ(
      only_error(kSchema2Head + "[targets]\ngroup = \"medical\"\n" + kBands),
      "board.toml:5:1: targets.group = \"medical\": no [[year]] lists bands 8A and above with group = \"medical\"");
  EXPECT_NE(only_error(kSchema2Head + "[targets]\nbaseline_year = 2020\n" + kBands)
                .find("baseline_year = 2020: that [[year]] lists no bands"),
            std::string::npos);
  EXPECT_EQ(only_error(kSchema2Head + "[targets]\nbaseline_year = 2028\n" + kBands),
            "board.toml:6:17: targets.baseline_year: 2028 must be before target_year 2028");
  EXPECT_NE(only_error("[board]\norganisation = \"T\"\ntitle = \"T\"\n[targets]\nbase = \"population\"\n" + kBands)
                .find("needs local_population_bme_pct in [board]"),
            std::string::npos);
}

TEST(Schema2Config, TargetsComputeFromTheFile) {
  // Non-clinical 8A-8B with the workforce base of 2024, 12%: 8A 20 -> round(2.4) = 2, 8B 10 -> 1.
  Board b = board_of(kSchema2Head + "[targets]\ngroup = \"non_clinical\"\nbase = \"workforce\"\n" + kBands);
  Snapshot s = build_snapshot(b, Date{2024, 9, 30});
  // Without the board's own baseline_year there is only the end state: no line, no verdict.
  ASSERT_TRUE(s.targets);
  EXPECT_FALSE(s.targets->baseline_year.has_value());
  EXPECT_TRUE(s.targets->bands[0].trajectory.empty());
  EXPECT_FALSE(s.targets->bands[0].on_path.has_value());
  b.targets.baseline_year = 2023;
  s = build_snapshot(b, Date{2024, 9, 30});
  ASSERT_TRUE(s.targets);
  EXPECT_EQ(s.targets->base_pct, 12.0);
  ASSERT_EQ(s.targets->bands.size(), 2u);
  EXPECT_EQ(s.targets->bands[0].target, 2);
  EXPECT_EQ(s.targets->bands[1].target, 1);
  EXPECT_EQ(s.targets->needed, 2);
  // 8A: 1 in 2023 to 2 in 2028 is 1.2 by 2024, so 1; 1 in post: on the path.
  EXPECT_EQ(s.targets->bands[0].on_path, true);
  // 8B was not listed in 2023: its path starts in 2024 at its own count.
  EXPECT_EQ(s.targets->bands[1].trajectory.front().year, 2024);
  // "all" sums the groups per band: 8A 3 of 70 at 12% -> 8; band 7 is not a senior band.
  b.targets.group = BandGroup::all;
  s = build_snapshot(b, Date{2024, 9, 30});
  ASSERT_EQ(s.targets->bands.size(), 2u);
  EXPECT_EQ(s.targets->bands[0].total, 70);
  EXPECT_EQ(s.targets->bands[0].target, 8);
  EXPECT_EQ(s.targets->bands[0].on_path, true);  // 1 in 2023 -> 8 in 2028 is 2.4 by 2024, so 2; 3 in post
  // Behind the path: non-clinical 8A at 60% is 12 by 2028, 3.2 (3) by 2024, with 1 in post.
  b.targets = TargetSettings{};
  b.targets.group = BandGroup::non_clinical, b.targets.base = TargetBase::population;
  b.targets.baseline_year = 2023;
  b.local_population_bme_pct = 60.0;
  s = build_snapshot(b, Date{2024, 9, 30});
  EXPECT_EQ(s.targets->bands[0].target, 12);
  EXPECT_EQ(s.targets->bands[0].trajectory[1].target, 3);
  EXPECT_EQ(s.targets->bands[0].on_path, false);
}
