// Text as the wall draws it. Expected right-to-left forms are the Unicode
// Arabic presentation forms (ArabicShaping.txt, the code charts), written out
// here: سلام is seen initial U+FEB3, lam-alef final ligature U+FEFC, meem
// isolated U+FEE1; خان is khah initial U+FEA7, alef final U+FE8E, noon
// isolated U+FEE5. Drawn left to right, the last letter comes first.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "bidi.hpp"
#include "glyph_set.hpp"

using namespace display;

namespace {
const std::string kSalaam = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85";  // سلام, as typed
const std::string kKhan = "\xD8\xAE\xD8\xA7\xD9\x86";            // خان
// U+FEE1 U+FEFC U+FEB3, and U+FEE5 U+FE8E U+FEA7, in UTF-8.
const std::string kSalaamDrawn = "\xEF\xBB\xA1\xEF\xBB\xBC\xEF\xBA\xB3";
const std::string kKhanDrawn = "\xEF\xBB\xA5\xEF\xBA\x8E\xEF\xBA\xA7";
}  // namespace

TEST(Bidi, LeftToRightTextIsUntouched) {
  EXPECT_EQ(visual_order("Ll\xC5\xB7r a'r t\xC3\xAEm \xC5\xB5yr"), "Ll\xC5\xB7r a'r t\xC3\xAEm \xC5\xB5yr");
  EXPECT_EQ(visual_order("\xE7\xA7\x8D\xE6\x97\x8F\xE5\xB9\xB3\xE7\xAD\x89"),
            "\xE7\xA7\x8D\xE6\x97\x8F\xE5\xB9\xB3\xE7\xAD\x89");
  EXPECT_EQ(visual_order(""), "");
}

TEST(Bidi, UrduIsJoinedAndDrawnRightToLeft) {
  EXPECT_EQ(visual_order(kSalaam), kSalaamDrawn);
  EXPECT_EQ(visual_order(kKhan), kKhanDrawn);
  // A right-to-left title: the words in reverse order too.
  EXPECT_EQ(visual_order(kSalaam + " " + kKhan), kKhanDrawn + " " + kSalaamDrawn);
  // An English line with an Urdu name in it stays left to right around it.
  EXPECT_EQ(visual_order("Lead: " + kKhan + ", HR"), "Lead: " + kKhanDrawn + ", HR");
  // A number straight after right-to-left letters joins their run (the
  // Unicode bidi algorithm's rule N1; browsers show the same).
  EXPECT_EQ(visual_order("Lead: " + kKhan + " (2025)"), "Lead: (2025) " + kKhanDrawn);
}

TEST(GlyphSet, TheSnapshotsCharactersAsDrawn) {
  nlohmann::json snap = {{"title", "Ll\xC5\xB7r"},
                         {"plans", {{{"title", kKhan}, {"actions", nlohmann::json::array()}}}},
                         {"measures", {{{"unit", "\xE4\xBA\xBA"}}}}};  // 人
  GlyphsNeeded g = glyphs_needed(snap);
  // ŷ; the Urdu letters as typed and as drawn; 人. No ASCII.
  std::vector<char32_t> expected{0x0177, 0x0627, 0x062E, 0x0646, 0x4EBA, 0xFE8E, 0xFEA7, 0xFEE5};
  EXPECT_EQ(g.text, expected);
  EXPECT_EQ(g.figures, std::vector<char32_t>{0x4EBA});
}
