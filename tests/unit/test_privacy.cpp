// Disclosure control (DESIGN 7.7): a survey figure from fewer than
// min_responses, counts below min_count, survey results before their
// publication day. Thresholds are tried at N-1, N and N+1, from real files.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "board_file.hpp"
#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;
using wres::test::board_of;
using wres::test::only_error;

namespace {

const std::string kPrivacyHead = "[board]\norganisation = \"T\"\ntitle = \"T\"\nlocal_population_bme_pct = 11.17\n";

const IndicatorResult* find(const Snapshot& s, IndicatorKey k) {
  for (const auto& r : s.indicators)
    if (r.metric == &info(k)) return &r;
  return nullptr;
}

// HBA from staff in 2023 (22.10% of 86) and 2024 (37.77% of `bme_n`, White 12.34% of `white_n`).
std::string survey_board_of(long long bme_n, long long white_n, const std::string& extra = "") {
  return kPrivacyHead + extra +
         "[[year]]\nwres_year = 2023\nhba_staff = { bme_pct = 22.10, white_pct = 16.90, bme_n = 86, white_n = 1126 "
         "}\n" +
         "[[year]]\nwres_year = 2024\nhba_staff = { bme_pct = 37.77, white_pct = 12.34, bme_n = " +
         std::to_string(bme_n) + ", white_n = " + std::to_string(white_n) + " }\n";
}

Snapshot snap(const std::string& text, SnapshotOptions o = {}) {
  return build_snapshot(board_of(text), Date{2024, 9, 30}, o);
}

}  // namespace

TEST(Privacy, SurveyFigureWithheldBelowMinResponses) {
  for (long long n : {10, 11, 12}) {
    SCOPED_TRACE(n);
    Snapshot s = snap(survey_board_of(n, 1116));
    const IndicatorResult* r = find(s, IndicatorKey::hba_staff);
    ASSERT_TRUE(r);
    std::string json = snapshot_to_json(s).dump();
    if (n < 11) {
      EXPECT_TRUE(r->figure_withheld());
      EXPECT_EQ(r->withheld, "fewer than 11 responses");
      EXPECT_EQ(r->rag, Rag::none);
      EXPECT_TRUE(r->trend_withheld);
      EXPECT_EQ(json.find("37.77"), std::string::npos);  // nowhere in what is published
      EXPECT_EQ(json.find("12.34"), std::string::npos);
      EXPECT_EQ(json.find("25.43"), std::string::npos);  // nor the gap that would give it away
    } else {
      EXPECT_FALSE(r->figure_withheld());
      EXPECT_EQ(r->value, 37.77);
      EXPECT_FALSE(r->trend_withheld);
      EXPECT_EQ(r->trend, Trend::worse);
    }
  }
}

TEST(Privacy, EitherGroupBelowTheThresholdWithholdsThatGroup) {
  Snapshot s = snap(survey_board_of(98, 10));
  const IndicatorResult* r = find(s, IndicatorKey::hba_staff);
  EXPECT_FALSE(r->figure_withheld());
  EXPECT_EQ(r->value, 37.77);
  EXPECT_FALSE(r->ref_pct.has_value());
  EXPECT_FALSE(r->gap.has_value());
  EXPECT_EQ(r->rag, Rag::none);
  EXPECT_EQ(snapshot_to_json(s).dump().find("12.34"), std::string::npos);
}

TEST(Privacy, NoTrendAgainstAWithheldYear) {
  // 2023 from 10 responses is withheld; 2024 from 98 is shown, without a trend against 2023.
  std::string text = kPrivacyHead +
                     "[[year]]\nwres_year = 2023\nhba_staff = { bme_pct = 44.44, white_pct = 16.90, bme_n = 10 }\n"
                     "[[year]]\nwres_year = 2024\nhba_staff = { bme_pct = 20.83, white_pct = 16.13, bme_n = 98 }\n";
  Snapshot s = snap(text);
  const IndicatorResult* r = find(s, IndicatorKey::hba_staff);
  EXPECT_FALSE(r->figure_withheld());
  EXPECT_TRUE(r->trend_withheld);
  EXPECT_FALSE(r->previous.has_value());
  EXPECT_FALSE(r->delta.has_value());
  ASSERT_EQ(r->history.size(), 2u);
  EXPECT_TRUE(r->history[0].withheld);
  std::string json = snapshot_to_json(s).dump();
  EXPECT_EQ(json.find("44.44"), std::string::npos);
  EXPECT_EQ(json.find("-23.61"), std::string::npos);  // the delta
}

TEST(Privacy, MinResponsesCanBeSetAndTurnedOff) {
  EXPECT_TRUE(find(snap(survey_board_of(19, 1116, "[privacy]\nmin_responses = 20\n")), IndicatorKey::hba_staff)
                  ->figure_withheld());
  EXPECT_FALSE(find(snap(survey_board_of(20, 1116, "[privacy]\nmin_responses = 20\n")), IndicatorKey::hba_staff)
                   ->figure_withheld());
  EXPECT_FALSE(find(snap(survey_board_of(3, 1116, "[privacy]\nmin_responses = 0\n")), IndicatorKey::hba_staff)
                   ->figure_withheld());
}

TEST(Privacy, UnredactedGivesEverythingAndSaysSo) {
  Snapshot s = snap(survey_board_of(10, 1116), SnapshotOptions{std::nullopt, true});
  EXPECT_TRUE(s.unredacted);
  EXPECT_EQ(find(s, IndicatorKey::hba_staff)->value, 37.77);
  EXPECT_EQ(snapshot_to_json(s)["unredacted"], true);
  EXPECT_EQ(snapshot_to_json(snap(survey_board_of(10, 1116)))["unredacted"], false);
}

namespace {
// Non-clinical 8A: 4 of 26 (Global Majority of all staff); 8B: 0 of 10; 8C: 1 of 4.
std::string bands_board_of(int min_count) {
  return kPrivacyHead + "[privacy]\nmin_count = " + std::to_string(min_count) +
         "\n[[year]]\nwres_year = 2024\nworkforce = { bme = 215, white = 1705, unknown = 15 }\n"
         "bands = [ { band = \"8A\", bme = 4, white = 22 }, { band = \"8B\", bme = 0, white = 10 }, { band = \"8C\", "
         "bme = 1, white = 3 } ]\n";
}
const BandTarget& target(const Snapshot& s, const std::string& band) {
  for (const auto& b : s.targets->bands)
    if (b.band == band) return b;
  throw std::runtime_error("no band " + band);
}
}  // namespace

TEST(Privacy, CountsBelowMinCountAreHidden) {
  for (int m : {4, 5, 6}) {  // 8A has 4 Global Majority staff
    SCOPED_TRACE(m);
    Snapshot s = snap(bands_board_of(m));
    ASSERT_TRUE(s.targets);
    EXPECT_EQ(target(s, "8A").is_withheld(), 4 < m);
    EXPECT_TRUE(target(s, "8B").is_withheld());  // 0 of 10: "0 of 10 staff" would name nobody, and everyone
    EXPECT_TRUE(target(s, "8C").is_withheld());  // 4 staff in the band
    EXPECT_TRUE(s.targets->needed_withheld);     // the total would give the withheld bands away
    const auto& bands = find(s, IndicatorKey::workforce)->bands;
    EXPECT_EQ(bands[0].is_withheld(), 4 < m);
    if (4 < m) {
      EXPECT_EQ(bands[0].focus_pct, 0);  // the share would give the count back (4 of 26)
    }
    auto json = snapshot_to_json(s);
    EXPECT_TRUE(json["targets"]["needed"].is_null());
    EXPECT_TRUE(json["targets"]["bands"][1]["current"].is_null());
  }
  Snapshot off = snap(bands_board_of(0));
  EXPECT_FALSE(target(off, "8B").is_withheld());
  EXPECT_FALSE(off.targets->needed_withheld);
}

TEST(Privacy, MinCountWithholdsTheSharesAndRatiosMadeFromTheCount) {
  Snapshot s = snap(bands_board_of(5));
  const auto& bands = find(s, IndicatorKey::workforce)->bands;
  EXPECT_TRUE(bands[0].is_withheld());  // 4 of 26
  EXPECT_EQ(bands[0].withheld, "fewer than 5 BME staff");
  EXPECT_TRUE(snapshot_to_json(s)["indicators"][0]["bands"][0]["bme_pct"].is_null());
  // The disciplinary ratio from 3 cases is withheld too.
  Snapshot d = snap(kPrivacyHead +
                    "[privacy]\nmin_count = 5\n[[year]]\nwres_year = 2024\n"
                    "workforce = { bme = 215, white = 1705 }\ndisciplinary = { bme_cases = 3, white_cases = 13 }\n");
  const IndicatorResult* r = find(d, IndicatorKey::disciplinary);
  EXPECT_TRUE(r->figure_withheld());
  EXPECT_EQ(r->withheld, "fewer than 5 people");
  EXPECT_EQ(snapshot_to_json(d).dump().find("1.83"), std::string::npos);
}

namespace {
std::string embargo_board_of(const std::string& published) {
  return kPrivacyHead +
         "[[year]]\nwres_year = 2024\nhba_staff = { bme_pct = 20.83, white_pct = 16.13, bme_n = 98 }\n"
         "[[year]]\nwres_year = 2025\nsurvey_published = " +
         published +
         "\nhba_staff = { bme_pct = 37.77, white_pct = 12.34, bme_n = 99 }\n"
         "comparators = [ { label = \"Mental health trusts\", hba_staff = 19.99, recruitment = 1.5 } ]\n";
}
}  // namespace

TEST(Privacy, SurveyResultsAreEmbargoedUntilTheirDay) {
  Board b = board_of(embargo_board_of("2025-03-13"));
  for (Date today : {Date{2025, 3, 12}, Date{2025, 3, 13}}) {
    Snapshot s = build_snapshot(b, Date{2025, 3, 1}, SnapshotOptions{today, false});
    const IndicatorResult* r = find(s, IndicatorKey::hba_staff);
    std::string json = snapshot_to_json(s).dump();
    if (today < Date{2025, 3, 13}) {
      EXPECT_EQ(r->year, 2024);  // the year before, shown as such
      EXPECT_EQ(r->value, 20.83);
      ASSERT_TRUE(r->embargo);
      EXPECT_EQ(r->embargo->year, 2025);
      EXPECT_EQ(to_iso(r->embargo->published), "2025-03-13");
      EXPECT_EQ(json.find("37.77"), std::string::npos);
      EXPECT_EQ(json.find("19.99"), std::string::npos);  // national survey results share the day
    } else {
      EXPECT_EQ(r->year, 2025);
      EXPECT_EQ(r->value, 37.77);
      EXPECT_FALSE(r->embargo);
    }
  }
}

TEST(Privacy, AnEmbargoedFirstYearIsWithheldAndSaysWhen) {
  Board b = board_of(kPrivacyHead +
                     "[[year]]\nwres_year = 2025\nsurvey_published = 2025-03-13\n"
                     "hba_staff = { bme_pct = 37.77, white_pct = 12.34, bme_n = 99 }\n");
  Snapshot s = build_snapshot(b, Date{2025, 3, 1}, SnapshotOptions{Date{2025, 3, 1}, false});
  const IndicatorResult* r = find(s, IndicatorKey::hba_staff);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->figure_withheld());
  EXPECT_EQ(r->withheld, "2025 results out 13 Mar");
  EXPECT_EQ(snapshot_to_json(s).dump().find("37.77"), std::string::npos);
}

TEST(Privacy, BadSettingsAreRefusedWithTheirPlace) {
  EXPECT_EQ(only_error(kPrivacyHead + "[privacy]\nmin_responses = -1\n"),
            "board.toml:6:17: privacy.min_responses: -1 is out of range; expected 0 to 1000");
  EXPECT_EQ(only_error(kPrivacyHead + "[privacy]\nmin_responses = 10.5\n"),
            "board.toml:6:17: privacy.min_responses: expected a whole number, got a decimal number");
  EXPECT_EQ(only_error(kPrivacyHead + "[privacy]\nmin_responses = 1001\n"),
            "board.toml:6:17: privacy.min_responses: 1001 is out of range; expected 0 to 1000");
  EXPECT_EQ(only_error(kPrivacyHead + "[privacy]\nmin_count = -5\n"),
            "board.toml:6:13: privacy.min_count: -5 is out of range; expected 0 to 1000");
  EXPECT_EQ(only_error(kPrivacyHead + "[privacy]\nmin_count_hides_ratios = \"yes\"\n"),
            "board.toml:6:26: privacy.min_count_hides_ratios: expected true or false, got a string");
  EXPECT_EQ(only_error(kPrivacyHead + "[[year]]\nwres_year = 2025\nsurvey_published = \"13 March 2025\"\n"),
            "board.toml:7:20: year.survey_published: '13 March 2025' is not a real date; expected YYYY-MM-DD");
  test::TempDir dir;
  dir.write("more.toml", "[privacy]\nmin_count = 5\n");
  LoadResult r = load_board(dir.write("board.toml", "include = [\"more.toml\"]\n" + kPrivacyHead));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(format(r.errors[0]).find("[privacy] belongs in the main board file"), std::string::npos);
}
