// Issue 17.1: every action of every plan reaches the wall. The plans page of
// a board with many plans has many screens; each is rendered by the real
// wres-display (--screen N) and every action id of every plan must be drawn on
// one of them. The overview lists every plan of a 50-plan board.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "board_text.hpp"
#include "render_support.hpp"

using namespace wres::test;

namespace {

// Cambridgeshire's 84-action plan (7 screens on its own), NSCHT's two plans
// and `extra` small plans: far more screens than one rotation's 8 turns.
std::string many_plans_snapshot(TempDir& d, int extra) {
  std::string text;
  for (int i = 0; i < extra; ++i) {
    const std::string id = (i < 10 ? "0" : "") + std::to_string(i);
    std::vector<TestAction> actions;
    for (int k = 1; k <= 1 + i % 4; ++k)
      actions.push_back(
          {id + "." + std::to_string(k), "Action " + std::to_string(k), "2025-06", k % 2 ? "on_track" : "complete"});
    text += plan_text(actions, std::string("extra-") + id, std::string("Plan ") + id);
  }
  d.write("more/extra.toml", text);
  std::string cambs = slurp(source_path("deploy/examples/cambridgeshire/board.toml"));
  std::string board = d.write("board.toml", "include = [\"" + source_path("deploy/examples/nscht/plans") +
                                                "/*.toml\", \"more/*.toml\"]\n" + cambs);
  auto r = run(std::string(WRESCTL) + " snapshot --json --config " + board);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return d.write("snapshot.json", r.out);
}

// The plan a plans screen shows: the one whose title heads it (whole, or cut
// with "…").
const nlohmann::json* plan_on(const nlohmann::json& snap, const std::vector<std::string>& texts) {
  for (const auto& plan : snap["plans"]) {
    std::string title = plan["title"];
    for (const auto& t : texts) {
      auto cut = t.find("\xE2\x80\xA6");
      if (t == title || (cut != std::string::npos && cut > 10 && title.rfind(t.substr(0, cut), 0) == 0)) return &plan;
    }
  }
  return nullptr;
}

}  // namespace

TEST(DisplayEveryPlan, EveryActionOfEveryPlanIsOnOneOfThePlansScreens) {
  TempDir d;
  std::string snap_file = many_plans_snapshot(d, 12);
  auto snap = nlohmann::json::parse(slurp(snap_file));
  ASSERT_EQ(snap["plans"].size(), 15u);
  std::map<std::string, std::set<std::string>> seen;  // plan id -> action ids drawn
  int screens = 1;
  for (int screen = 0; screen < screens; ++screen) {
    std::string png = kShots + "/many-plans-" + std::to_string(screen) + ".png";
    auto r = render("--snapshot " + snap_file + " --page plans --screen " + std::to_string(screen), png);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Picture p = load(png);
    screens = p.sidecar["screens"];
    EXPECT_EQ(p.sidecar["screen"], screen);
    std::vector<std::string> texts;  // below the header, whose board title may be a plan's too (Cambridgeshire's)
    for (const auto& t : p.sidecar["text_boxes"])
      if (t["y"].get<double>() > 0.1 * p.h) texts.push_back(t["text"]);
    const nlohmann::json* plan = plan_on(snap, texts);
    ASSERT_NE(plan, nullptr) << "screen " << screen << ": no plan title drawn";
    for (const auto& t : texts) seen[(*plan)["id"]].insert(t);
  }
  // Cambridgeshire's 7, NSCHT's 2 or more, one for each small plan: more than 8.
  EXPECT_GE(screens, 7 + 2 + 12);
  for (const auto& plan : snap["plans"])
    for (const auto& a : plan["actions"])
      EXPECT_TRUE(seen[plan["id"]].count(a["id"])) << "plan " << plan["id"] << " action " << a["id"] << " never drawn";
  auto past = render("--snapshot " + snap_file + " --page plans --screen " + std::to_string(screens),
                     kShots + "/many-plans-past.png");
  EXPECT_EQ(past.exit_code, 2);
  EXPECT_NE(past.err.find("this page has " + std::to_string(screens) + " screens"), std::string::npos) << past.err;
}

// 50 plans: one line each (two columns at 1080p), none left off and no
// "+ N more"; with a plan's overdue count where it has some.
TEST(DisplayEveryPlan, TheOverviewListsEveryPlanOfAFiftyPlanBoard) {
  TempDir d;
  std::string snap_file = many_plans_snapshot(d, 47);
  auto snap = nlohmann::json::parse(slurp(snap_file));
  ASSERT_EQ(snap["plans"].size(), 50u);
  std::string png = kShots + "/fifty-plans-overview.png";
  ASSERT_EQ(render("--snapshot " + snap_file + " --page overview", png).exit_code, 0);
  Picture p = load(png);
  std::vector<std::string> texts;
  for (const auto& t : p.sidecar["texts"]) texts.push_back(t);
  EXPECT_TRUE(plan_on(snap, {"Plan 46"}));  // the finder itself
  for (const auto& plan : snap["plans"]) {
    std::string title = plan["title"];
    bool drawn = std::any_of(texts.begin(), texts.end(), [&](const std::string& t) {
      auto cut = t.find("\xE2\x80\xA6");
      return t == title || (cut != std::string::npos && title.rfind(t.substr(0, cut), 0) == 0 && cut >= 10);
    });
    EXPECT_TRUE(drawn) << title;
  }
  for (const auto& t : texts) EXPECT_EQ(t.find(" more plans"), std::string::npos) << t;
  std::size_t actions = 0;
  for (const auto& plan : snap["plans"]) actions += plan["actions"].size();
  EXPECT_NE(std::find(texts.begin(), texts.end(), "50 plans \xC2\xB7 " + std::to_string(actions) + " actions"),
            texts.end());
}
