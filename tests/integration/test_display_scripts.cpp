// Issue 17.2: text outside Latin-1 reaches the wall as written. The test board
// (tests/data/multilingual-board.toml) has Welsh, Polish, Greek, Urdu and
// Chinese, and one emoji no font has. The sidecar says which characters were
// drawn as a box (only the emoji), which fonts the atlas was built from, and
// how right-to-left text was drawn.
#include <gtest/gtest.h>

#include "render_support.hpp"

using namespace wres::test;

namespace {
std::string multilingual_snapshot() {
  auto r = run(std::string(WRESCTL) + " snapshot --json --config " + source_path("tests/data/multilingual-board.toml"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return write_shot_file("multilingual.json", r.out);
}

Picture plans_screen(const std::string& snap, int screen) {
  std::string png = kShots + "/multilingual-plans-" + std::to_string(screen) + ".png";
  auto r = render("--snapshot " + snap + " --page plans --screen " + std::to_string(screen), png);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return load(png);
}

bool drew(const Picture& p, const std::string& text) {
  for (const auto& t : p.sidecar["texts"])
    if (t == text) return true;
  return false;
}
}  // namespace

TEST(DisplayScripts, WelshPolishAndGreekAreDrawnWithTheirOwnLetters) {
  Picture p = plans_screen(multilingual_snapshot(), 0);
  EXPECT_TRUE(drew(p, "Cynllun gweithredu: Ll\xC5\xB7r a'r t\xC3\xAEm \xC5\xB5yr")) << p.sidecar["texts"];
  EXPECT_TRUE(drew(p, "Ll\xC5\xB7r Gw\xC5\xB7n")) << p.sidecar["texts"];
  EXPECT_TRUE(drew(p, "\xC5\x81ucja \xC5\xBB\xC3\xB3\xC5\x82kiewska")) << p.sidecar["texts"];
  // Only the emoji (on another screen) has no font: ŵ ŷ Ł ż and Greek are drawn, not boxed.
  EXPECT_EQ(p.sidecar["drawn_as_box"], nlohmann::json::array({"U+1F600"}));
  EXPECT_EQ(p.sidecar["fonts"], nlohmann::json::array({"Inter", "Noto Naskh Arabic", "Noto Sans CJK SC"}));
  // Welsh titles are drawn in white text, not blank: the heading has pixels.
  EXPECT_GT(p.count(0xf2, 0xf4, 0xf7, 0, 0.13, 0.4, 0.2, 40), 200);
}

// The Urdu plan: its title drawn right to left with the letters joined
// (test_display_text.cpp has the expected forms from the Unicode tables).
TEST(DisplayScripts, UrduIsShapedAndInRightToLeftOrder) {
  Picture p = plans_screen(multilingual_snapshot(), 1);
  const std::string title = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xAE\xD8\xA7\xD9\x86";  // سلام خان
  // U+FEE5 U+FE8E U+FEA7, space, U+FEE1 U+FEFC U+FEB3: خان then سلام, from the left.
  const std::string drawn = "\xEF\xBB\xA5\xEF\xBA\x8E\xEF\xBA\xA7 \xEF\xBB\xA1\xEF\xBB\xBC\xEF\xBA\xB3";
  bool found = false;
  for (const auto& t : p.sidecar["text_boxes"])
    if (t["text"] == title) {
      found = true;
      EXPECT_EQ(t.value("visual", ""), drawn);
    }
  EXPECT_TRUE(found) << p.sidecar["texts"];
  EXPECT_TRUE(drew(p, "Staff network launch \xF0\x9F\x98\x80"));  // the emoji's box is in the line
}

TEST(DisplayScripts, ChineseIsDrawnFromTheCjkFontAndTheAtlasStaysSmall) {
  Picture p = plans_screen(multilingual_snapshot(), 2);
  EXPECT_TRUE(
      drew(p, "\xE7\xA7\x8D\xE6\x97\x8F\xE5\xB9\xB3\xE7\xAD\x89\xE8\xA1\x8C\xE5\x8A\xA8\xE8\xAE\xA1\xE5\x88\x92"));
  EXPECT_EQ(p.sidecar["drawn_as_box"].size(), 1u);
  // Only the characters the board uses are rasterised: a few dozen CJK
  // glyphs keep the atlas at the size of a Latin-only board's.
  EXPECT_LE(p.sidecar["atlas"]["width"].get<int>() * p.sidecar["atlas"]["height"].get<int>(), 2048 * 2048);
}
