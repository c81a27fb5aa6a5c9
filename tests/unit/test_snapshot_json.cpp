#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "temp_dir.hpp"
#include "wres/compute/measures.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;
using nlohmann::json;

namespace {
// Every key with a figure in it: the full figures (`--unredacted`), since the
// example's corridor min_count withholds 3, 9 and the targets' bands.
Snapshot nscht_snapshot() {
  LoadResult r = load_board(test::source_path("deploy/examples/nscht/board.toml"));
  EXPECT_TRUE(r.ok());
  return build_snapshot(*r.board, *r.board->as_of, SnapshotOptions{std::nullopt, true});
}
const json& find_key(const json& arr, const std::string& key) {
  for (const auto& e : arr)
    if (e.value("key", e.value("id", std::string{})) == key) return e;
  throw std::runtime_error("no " + key);
}
}  // namespace

TEST(SnapshotJson, ContractKeys) {
  json j = snapshot_to_json(nscht_snapshot());
  EXPECT_EQ(j["schema"], 3);
  EXPECT_EQ(j["term"], "Global Majority");
  EXPECT_EQ(j["data_as_at"], "2024-03-31");
  EXPECT_EQ(j["data_overdue"], false);
  EXPECT_EQ(j["as_of"], "2024-09-30");
  EXPECT_EQ(j["organisation"], "North Staffordshire Combined Healthcare NHS Trust");
  EXPECT_EQ(j["config"]["ok"], true);
  EXPECT_TRUE(j["config"]["errors"].is_array());
  const json& rec = find_key(j["indicators"], "recruitment");
  for (const char* k : {"key", "number", "year", "as_at", "value", "previous", "delta", "trend", "significant", "rag",
                        "rag_reason", "favours", "comparators", "ci", "small_numbers", "history"})
    EXPECT_TRUE(rec.contains(k)) << k;
  EXPECT_EQ(rec["number"], 2);
  EXPECT_EQ(rec["year"], 2024);
  EXPECT_EQ(rec["as_at"], "2024-03-31");
  EXPECT_NEAR(rec["value"].get<double>(), 1.2074, 1e-4);
  EXPECT_EQ(rec["trend"], "worse");
  EXPECT_EQ(rec["significant"], false);
  EXPECT_EQ(rec["favours"], "reference");  // schema 3: the family's groups (DESIGN 8.4)
  // Schema 3's words for what the figure is: its family, number as printed, kind and groups.
  EXPECT_EQ(rec["family"], "wres");
  EXPECT_EQ(rec["metric"], "2");
  EXPECT_EQ(rec["kind"], "ratio");
  EXPECT_EQ(rec["focus"], "Global Majority");
  EXPECT_EQ(rec["reference"], "White");
  EXPECT_EQ(rec["ci"].size(), 2u);
  EXPECT_EQ(rec["comparators"][0]["label"], "National (all trusts)");
  EXPECT_EQ(rec["comparators"][0]["year"], 2023);
  EXPECT_EQ(rec["comparators"][0]["vs"], "better");
  // No test applies to a published-only figure or a count of everyone: null, not absent.
  EXPECT_TRUE(find_key(j["indicators"], "training")["significant"].is_null());
  const json& wf = find_key(j["indicators"], "workforce");
  EXPECT_TRUE(wf["significant"].is_null());
  EXPECT_EQ(wf["delta_people"], 33);
  EXPECT_EQ(wf["kind"], "share");
  EXPECT_EQ(wf["reference_pct"], 11.17);  // the local population share: `reference` is the group's word now
  for (const char* k : {"band", "group", "bme", "total", "bme_pct", "vs_overall_pts"})
    EXPECT_TRUE(wf["bands"][0].contains(k)) << k;
  EXPECT_EQ(wf["senior"]["band"], "8A-9");
  const json& board = find_key(j["indicators"], "board");
  EXPECT_EQ(board["trend"], "first_year");
  for (const char* k : {"basis", "gap_pts", "exec_pct", "exec_gap_pts"}) EXPECT_TRUE(board.contains(k)) << k;
  const json& hba = find_key(j["indicators"], "hba_public");
  EXPECT_TRUE(hba["comparators"][1]["value"].is_null());  // "not yet available"
  EXPECT_TRUE(hba["comparators"][1]["vs"].is_null());
  EXPECT_EQ(j["targets"]["needed"], 2);
  EXPECT_EQ(j["targets"]["group"], "non_clinical");
  EXPECT_EQ(j["targets"]["base"], "population");
  EXPECT_EQ(j["targets"]["base_pct"], 11.17);
  EXPECT_EQ(j["targets"]["bands"][0]["band"], "8A");
  for (const char* k : {"current", "target", "needed", "trajectory", "on_path"})
    EXPECT_TRUE(j["targets"]["bands"][0].contains(k));
  const json& plan = find_key(j["plans"], "ib-2024");
  for (const char* k : {"id", "title", "total", "percent_complete", "counts", "overdue", "due_soon", "quiet"})
    EXPECT_TRUE(plan.contains(k)) << k;
  for (const char* k : {"not_started", "on_track", "at_risk", "off_track", "complete", "overdue"})
    EXPECT_TRUE(plan["counts"].contains(k)) << k;
  EXPECT_TRUE(j["measures"].is_array());
  EXPECT_TRUE(j["changes"].is_array());
}

namespace {
int count_numbers(const json& j, int& non_finite) {
  if (j.is_number_float()) {
    non_finite += std::isfinite(j.get<double>()) ? 0 : 1;
    return 1;
  }
  int n = 0;
  if (j.is_structured())
    for (const auto& e : j) n += count_numbers(e, non_finite);
  return n;
}
}  // namespace

TEST(SnapshotJson, EveryNumberIsFinite) {
  json j = snapshot_to_json(nscht_snapshot());
  int non_finite = 0;
  EXPECT_GT(count_numbers(j, non_finite), 100);
  EXPECT_EQ(non_finite, 0);
  // And the text parses back as strict JSON (NaN or Infinity would not).
  EXPECT_TRUE(json::accept(j.dump()));
}

TEST(SnapshotJson, RoundTripIsLossless) {
  Snapshot s = nscht_snapshot();
  s.changes.push_back({.plan = "ib-2024",
                       .action = "1.1",
                       .title = "Toolkit",
                       .from = Status::on_track,
                       .to = Status::at_risk,
                       .at = "2024-09-30T10:00:00+01:00"});
  s.config.ok = false;
  s.config.errors.push_back(Diagnostic{SourceLoc{"board.toml", 3, 7}, "bad"});
  json once = snapshot_to_json(s);
  std::string error;
  auto back = snapshot_from_json(once, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(snapshot_to_json(*back), once);
}

TEST(SnapshotJson, ReaderToleratesOddInputAndRejectsOtherSchemas) {
  std::string error;
  EXPECT_FALSE(snapshot_from_json(json::array(), &error));
  EXPECT_FALSE(snapshot_from_json(json{{"schema", 1}}, &error));  // the old words ("no_change") are not read
  EXPECT_NE(error.find("schema 1"), std::string::npos);
  EXPECT_FALSE(snapshot_from_json(json{{"schema", 2}}, &error));  // "favours": "white" is not schema 3's word
  EXPECT_FALSE(snapshot_from_json(json{{"schema", 4}}, &error));
  json odd = {{"schema", 3},
              {"indicators",
               {{{"family", "wres"}, {"key", "recruitment"}, {"value", "high"}},
                {{"family", "wres"}, {"key", "nope"}, {"value", 1}},
                {{"family", "wdes"}, {"key", "discrimination"}, {"value", 1}},  // a WRES key, not a WDES one
                {{"key", "recruitment"}, {"value", 1}}}},                       // no family
              {"plans", 7},
              {"display", {{"rotate_seconds", -5}}}};
  auto s = snapshot_from_json(odd, &error);
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->indicators.empty());  // neither entry is usable
  EXPECT_TRUE(s->plans.empty());
  EXPECT_GE(s->display.rotate_seconds, 1);
}

TEST(SnapshotJson, MeasureChartRoundTripsWithItsVerdictsInWords) {
  Snapshot s = nscht_snapshot();
  Measure m;
  m.id = "hire", m.title = "Days to hire", m.direction = Direction::lower_is_better, m.target = 30;
  const double v[] = {40, 42, 41, 43, 40, 42, 41, 43, 40, 42, 41, 43, 60, 41, 43, 40, 42};
  for (int i = 0; i < 17; ++i) m.readings.push_back({Date{2023 + i / 12, 1 + i % 12, 1}, v[i]});
  m.spc.baseline = 12, m.spc.rebase = {Date{2024, 3, 1}};
  s.measures.push_back(evaluate_measure(m, Date{2025, 1, 1}));
  json once = snapshot_to_json(s);
  const json& spc = once["measures"].back()["spc"];
  EXPECT_EQ(spc["periods"].size(), 2u);
  EXPECT_EQ(spc["points"][12]["rule"], "outside_limits");  // 60 days, in the first period
  EXPECT_EQ(spc["points"][12]["cause"], "concern");
  EXPECT_EQ(spc["points"][12]["special"], true);
  EXPECT_TRUE(spc["variation"].is_null());  // the new period has 3 points: a run chart
  std::string error;
  auto back = snapshot_from_json(once, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(snapshot_to_json(*back), once);
}
