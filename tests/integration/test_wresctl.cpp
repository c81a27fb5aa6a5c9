// The real wresctl binary on real files: exit codes and output as specified.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "run_process.hpp"

using namespace wres::test;

namespace {
const std::string kCtl = WRESCTL;
std::string example(const char* name) { return source_path(std::string("deploy/examples/") + name + "/board.toml"); }
}  // namespace

TEST(WresctlValidate, ExamplesAreValid) {
  for (const char* b : {"nscht", "cambridgeshire", "ccs", "st-helens", "citycare"}) {
    auto r = run(kCtl + " validate " + example(b));
    EXPECT_EQ(r.exit_code, 0) << b << "\n" << r.out << r.err;
    EXPECT_EQ(r.out, "");
  }
}

// The README's board-file reference is the admins' manual: it must stay a valid board.
TEST(WresctlValidate, ReadmeExampleIsValid) {
  std::ifstream in(source_path("README.md"));
  std::string line, toml;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside && line == "```toml") inside = true;
    else if (inside && line == "```") break;
    else if (inside && line.rfind("include", 0) != 0) toml += line + "\n";  // its includes are not in the README
  }
  ASSERT_FALSE(toml.empty());
  TempDir d;
  auto r = run(kCtl + " validate " + d.write("board.toml", toml));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(WresctlValidate, InvalidPrintsEveryErrorAndExits1) {
  TempDir d;
  auto f = d.write("b.toml", "[board]\norganisation = 1\ntitle = \"T\"\n[[year]]\nwres_year = 2024\n"
                             "workforce = { bme = -1, white = 0 }\n");
  auto r = run(kCtl + " validate " + f);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, f + ":2:16: board.organisation: expected a string in quotes, got an integer\n" + f +
                       ":6:21: year.workforce.bme: a count cannot be negative (-1)\n");
}

TEST(WresctlValidate, MissingFileAndUsage) {
  auto r = run(kCtl + " validate /nonexistent.toml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "/nonexistent.toml:1:1: cannot open file: No such file or directory\n");
  EXPECT_EQ(run(kCtl + " validate").exit_code, 2);
  EXPECT_EQ(run(kCtl + " frobnicate").exit_code, 2);
  EXPECT_EQ(run(kCtl + " --help").exit_code, 0);
}

TEST(WresctlSnapshot, JsonForTheDefaultBoard) {
  auto r = run(kCtl + " snapshot --config " + example("nscht") + " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["as_of"], "2024-09-30");
  bool found = false;
  for (const auto& i : j["indicators"])
    if (i["key"] == "disciplinary") {
      found = true;
      EXPECT_NEAR(i["value"].get<double>(), 1.83, 0.005);
      EXPECT_EQ(i["small_numbers"], true);
    }
  EXPECT_TRUE(found);
}

TEST(WresctlSnapshot, AsOfChangesDerivedStates) {
  // Seen on 2024-11-01, the 2024-25 plan's unfinished October actions (1.1,
  // 1.3 and 2.8 "Oct 2024", 3.7 "10.2024") are overdue.
  auto r = run(kCtl + " snapshot --config " + example("nscht") + " --as-of 2024-11-01 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["as_of"], "2024-11-01");
  for (const auto& p : j["plans"]) {
    if (p["id"] == "ib-2024") {
      EXPECT_EQ(p["overdue"], nlohmann::json({"1.1", "1.3", "2.8", "3.7"}));
    }
  }
}

TEST(WresctlSnapshot, BadInputs) {
  auto bad_date = run(kCtl + " snapshot --config " + example("nscht") + " --as-of 2024-13-40 --json");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("not a date"), std::string::npos);
  TempDir d;
  auto f = d.write("b.toml", "[board]\n");
  auto invalid = run(kCtl + " snapshot --config " + f + " --json");
  EXPECT_EQ(invalid.exit_code, 1);
  EXPECT_EQ(invalid.out, "");
  EXPECT_NE(invalid.err.find(f + ":1:1: missing 'board.organisation'"), std::string::npos) << invalid.err;
}

TEST(WresctlSnapshot, TableWithoutJson) {
  auto r = run(kCtl + " snapshot --config " + example("nscht"));
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Recruitment"), std::string::npos);
  EXPECT_NE(r.out.find("appointments needed: 2"), std::string::npos);
}
