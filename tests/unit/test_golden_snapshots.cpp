// The snapshot JSON of every example board and of the disclosure tests' board,
// as stored in tests/golden/: a change of model (issue 28 moves the WRES onto
// indicator families) may add fields, never change what a board says. The
// stored files were written before that change (schema 2) and are the
// baseline it is held to: the only differences allowed are schema 3's new
// fields (family, metric, kind, focus, reference), `favours` naming the
// family's groups (focus | reference | neither) where schema 2 named them
// (bme | white), and WRES 1's local population figure moved from
// `reference` (now the reference group's word) to `reference_pct`. A difference fails with the first line that differs.
//   WRES_UPDATE_GOLDEN=1 build/tests/unit_tests --gtest_filter='GoldenSnapshots.*'
// rewrites them: only for a change meant to alter what walls show, reviewed
// line by line in the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "small_cells_board.hpp"
#include "temp_dir.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/protocol/snapshot_json.hpp"

using namespace wres;

namespace {

struct Case {
  const char* name;
  std::string board;  // a path, or the text itself when `text`
  bool text = false;
  bool unredacted = false;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const char* b : {"nscht", "cambridgeshire", "ccs", "st-helens", "citycare"})
    out.push_back({b, test::source_path(std::string("deploy/examples/") + b + "/board.toml")});
  out.push_back({"nscht-unredacted", test::source_path("deploy/examples/nscht/board.toml"), false, true});
  out.push_back({"small-cells", test::kSmallCells, true});
  out.push_back({"small-cells-unredacted", test::kSmallCells, true, true});
  return out;
}

// The snapshot as published at the board's own as_of (a fixed day: 2025-06-30
// for a board without one), embargoes judged on that day too.
std::string snapshot_text(const Case& c) {
  LoadResult r = c.text ? load_board_text(c.board, "board.toml") : load_board(c.board);
  if (!r.ok()) return "load failed: " + format(r.errors.front());
  Date day = r.board->as_of.value_or(Date{2025, 6, 30});
  Snapshot s = build_snapshot(*r.board, day, SnapshotOptions{day, c.unredacted});
  s.generated_at = "(fixed for the golden file)";
  return snapshot_to_json(s).dump(1) + "\n";
}

// Schema 3 as schema 2 said it: what the model change may add taken away.
std::string as_schema_2(const std::string& text) {
  auto j = nlohmann::json::parse(text);
  j["schema"] = 2;
  // The wall's new family pages are in the default rotation.
  auto drop_new_pages = [](nlohmann::json& pages) {
    if (!pages.is_array()) return;
    for (const char* added : {"wdes", "pay_gaps"})
      pages.erase(std::remove(pages.begin(), pages.end(), added), pages.end());
  };
  if (j.contains("display")) {
    drop_new_pages(j["display"]["pages"]);
    if (j["display"].contains("schedule"))
      for (auto& w : j["display"]["schedule"]) drop_new_pages(w["pages"]);
  }
  // The pay gap family's rules.
  for (const char* added : {"pay_gap_amber_pct", "pay_gap_red_pct", "score_amber_gap", "score_red_gap"})
    j["rules"].erase(added);
  for (auto& r : j["indicators"]) {
    for (const char* added : {"family", "metric", "kind", "focus", "reference"}) r.erase(added);
    r.erase("gap_significant");  // issue 29.3: whether a survey gap is beyond chance
    // A share's reference figure: `reference` in schema 2, the group's word has it now.
    if (r.contains("reference_pct")) r["reference"] = r["reference_pct"], r.erase("reference_pct");
    if (r.contains("favours") && r["favours"].is_string()) {
      const std::string f = r["favours"];
      r["favours"] = f == "focus" ? "bme" : f == "reference" ? "white" : f;
    }
  }
  if (j.contains("measures"))
    for (auto& m : j["measures"]) m.erase("spc");  // issue 30: the measure's XmR chart
  return j.dump(1) + "\n";
}

std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ea = !std::getline(a, la), eb = !std::getline(b, lb);
    if (ea && eb) return "";
    if (ea != eb || la != lb)
      return "line " + std::to_string(line) + ":\n  golden: " + (ea ? "(end)" : la) +
             "\n  now:    " + (eb ? "(end)" : lb);
  }
}

}  // namespace

TEST(GoldenSnapshots, EveryBoardSaysWhatItSaidBefore) {
  const bool update = std::getenv("WRES_UPDATE_GOLDEN") != nullptr;
  for (const auto& c : cases()) {
    const std::string path = test::source_path(std::string("tests/golden/") + c.name + ".json");
    const std::string now = snapshot_text(c);
    ASSERT_EQ(now.rfind("load failed", 0), std::string::npos) << c.name << ": " << now;
    if (update) {
      std::ofstream(path, std::ios::binary) << as_schema_2(now);
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path << " is missing: WRES_UPDATE_GOLDEN=1 writes it";
    std::stringstream golden;
    golden << in.rdbuf();
    EXPECT_EQ(first_difference(golden.str(), as_schema_2(now)), "") << c.name << " (" << path << ")";
  }
}
