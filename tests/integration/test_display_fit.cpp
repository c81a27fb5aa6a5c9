// Every text on every page fits its box, at the wall sizes people hang:
// 1280x720, 1920x1080, 3840x2160 and portrait 1080x1920. Judged from the
// layout's own measurements (the sidecar lists every text's box and every
// panel): no text runs off the screen or out of its panel, no two texts lie
// on each other, and nothing the wall says of its own accord is shortened.
// Only the board's own long strings (titles, leads) may end in an ellipsis.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "render_support.hpp"
#include "wres/model/board.hpp"

using namespace wres::test;

namespace {

const std::string kEllipsis = "\xE2\x80\xA6";

struct Box {
  double x, y, w, h;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
};

Box text_box(const nlohmann::json& t) { return {t["x"], t["y"], t["w"], t["h"]}; }

void strings_in(const nlohmann::json& j, std::vector<std::string>& out) {
  if (j.is_string())
    out.push_back(j.get<std::string>());
  else if (j.is_structured())
    for (const auto& e : j) strings_in(e, out);
}

// A shortened text is the board's own words cut to fit ("1.1  Develop Incl…",
// "4 wk late, due Dec 2024 · EDI Team · EDI strategy act…"): the cut falls
// inside a string of the board, never in the wall's own words.
bool from_the_board(std::string shown, const std::vector<std::string>& board_strings) {
  shown = shown.substr(0, shown.find(kEllipsis));
  while (!shown.empty() && shown.back() == ' ') shown.pop_back();
  if (auto dot = shown.rfind(" \xC2\xB7 "); dot != std::string::npos) shown = shown.substr(dot + 4);
  std::vector<std::string> candidates{shown};  // or after an action id: "1.1  Develop", "1.1 Develop"
  if (auto sp = shown.find(' '); sp != std::string::npos)
    candidates.push_back(shown.substr(shown.find_first_not_of(' ', sp)));
  for (const auto& c : candidates)
    for (const auto& s : board_strings)
      if (!c.empty() && s.rfind(c, 0) == 0) return true;
  return false;
}

// A snapshot with something on every page: NSCHT as it is, with the QR code to
// its accessible twin in the header ([twin] url; the other boards have none);
// Cambridgeshire a month after its date (overdue and due-soon actions), with changes recorded.
// "nscht+banner": NSCHT under a config error's banner, which takes the body's height.
std::string full_snapshot(const std::string& name) {
  const bool banner = name.ends_with("+banner");
  const std::string board = banner ? name.substr(0, name.find('+')) : name;
  std::string as_of = board == "cambridgeshire" ? " --as-of 2025-02-01" : "";
  std::ifstream in(snapshot_of(board, as_of));
  auto j = nlohmann::json::parse(in);
  if (board == "nscht" && !banner) j["twin_url"] = "https://intranet.example.nhs.uk/wres";
  if (banner) {
    j["config"] = {{"ok", false},
                   {"errors", {{{"file", "board.toml"}, {"line", 3}, {"column", 5}, {"message", "expected a date"}}}}};
    return write_shot_file("fit-" + board + "-banner.json", j.dump());
  }
  if (j["plans"].empty()) return write_shot_file("fit-" + board + ".json", j.dump());  // no plans: no changes to make
  const auto& plan = j["plans"][0];
  const auto& acts = plan["actions"];
  j["changes"] = nlohmann::json::array();
  const char* moves[][2] = {{"on_track", "overdue"},
                            {"not_started", "in_progress"},
                            {"", "not_reported"},
                            {"in_progress", "complete"},
                            {"paused", "removed"}};
  for (std::size_t i = 0; i < std::size(moves) && i < acts.size(); ++i)
    j["changes"].push_back({{"plan", plan["id"]},
                            {"action", acts[i]["id"]},
                            {"title", acts[i]["title"]},
                            {"from", moves[i][0]},
                            {"to", moves[i][1]},
                            {"at", "2025-01-27T09:1" + std::to_string(i) + ":00"}});
  return write_shot_file("fit-" + board + ".json", j.dump());
}

void check_fit(const nlohmann::json& side, const std::vector<std::string>& board_strings, const std::string& what) {
  double W = side["width"], H = side["height"];
  std::vector<Box> panels;
  for (const auto& p : side["panels"]) panels.push_back({p[0], p[1], p[2], p[3]});
  const auto& texts = side["text_boxes"];
  ASSERT_FALSE(texts.empty()) << what;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string t = texts[i]["text"];
    Box b = text_box(texts[i]);
    EXPECT_TRUE(b.x >= -1 && b.y >= -1 && b.right() <= W + 1 && b.bottom() <= H + 1)
        << what << ": off the screen: '" << t << "'";
    // The innermost panel the text starts in must hold all of it.
    const Box* in = nullptr;
    for (const auto& p : panels)
      if (b.x + 1 >= p.x && b.x + 1 <= p.right() && b.y + 1 >= p.y && b.y + 1 <= p.bottom() &&
          (!in || p.w * p.h < in->w * in->h))
        in = &p;
    if (in) {
      EXPECT_TRUE(b.right() <= in->right() + 1 && b.bottom() <= in->bottom() + 1)
          << what << ": out of its panel: '" << t << "' ends at " << b.right() << "," << b.bottom()
          << ", panel ends at " << in->right() << "," << in->bottom();
    }
    if (t.find(kEllipsis) != std::string::npos) {
      EXPECT_TRUE(from_the_board(t, board_strings)) << what << ": the wall's own words cut short: '" << t << "'";
    }
    for (std::size_t k = i + 1; k < texts.size(); ++k) {
      Box o = text_box(texts[k]);
      double ox = std::min(b.right(), o.right()) - std::max(b.x, o.x);
      double oy = std::min(b.bottom(), o.bottom()) - std::max(b.y, o.y);
      EXPECT_FALSE(ox > 2 && oy > 2) << what << ": '" << t << "' lies on '" << texts[k]["text"].get<std::string>()
                                     << "'";
    }
  }
}

}  // namespace

class DisplayFit : public ::testing::TestWithParam<std::tuple<const char*, const char*>> {};

TEST_P(DisplayFit, EveryTextFitsItsBoxOnEveryPage) {
  auto [board, size] = GetParam();
  std::string snap = full_snapshot(board);
  std::vector<std::string> board_strings;
  std::ifstream in(snap);
  strings_in(nlohmann::json::parse(in), board_strings);
  int shown = 0;
  for (const std::string& page : wres::known_pages()) {  // every page the board file may name
    std::string png = kShots + "/fit-" + board + "-" + page + "-" + size + ".png";
    auto r = render("--snapshot " + snap + " --page " + page + " --windowed " + size, png);
    if (r.exit_code == 2 && r.err.find("nothing to show") != std::string::npos) continue;  // skipped in the rotation
    ASSERT_EQ(r.exit_code, 0) << page << " " << size << "\n" << r.err;
    ++shown;
    Picture p = load(png);
    ASSERT_TRUE(p.sidecar.is_object()) << png;
    check_fit(p.sidecar, board_strings, std::string(board) + " " + page + " at " + size);
  }
  EXPECT_GE(shown, 2) << "too few pages had anything to show";
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, DisplayFit,
    ::testing::Values(std::make_tuple("nscht", "1280x720"), std::make_tuple("nscht", "1920x1080"),
                      std::make_tuple("nscht", "3840x2160"), std::make_tuple("nscht", "1080x1920"),
                      std::make_tuple("cambridgeshire", "1280x720"), std::make_tuple("cambridgeshire", "1920x1080"),
                      std::make_tuple("cambridgeshire", "3840x2160"), std::make_tuple("cambridgeshire", "1080x1920"),
                      std::make_tuple("st-helens", "1280x720"), std::make_tuple("ccs", "1280x720"),
                      std::make_tuple("citycare", "1280x720"), std::make_tuple("illustrative", "1280x720"),
                      std::make_tuple("illustrative", "1920x1080"), std::make_tuple("illustrative", "3840x2160"),
                      std::make_tuple("illustrative", "1080x1920"), std::make_tuple("nscht+banner", "1920x1080"),
                      std::make_tuple("nscht+banner", "1280x720")),
    [](const auto& param_info) {
      std::string n = std::string(std::get<0>(param_info.param)) + "_" + std::get<1>(param_info.param);
      std::replace(n.begin(), n.end(), '-', '_');
      std::replace(n.begin(), n.end(), '+', '_');
      return n;
    });
