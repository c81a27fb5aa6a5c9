// The guard in front of toml++ 3.3.0 (config/toml_guard.cpp): text other than
// ASCII where toml++ would meet undefined behaviour is refused with its line
// and column; everywhere TOML allows it, it loads as before. The refused
// cases themselves are in the hostile corpus (49-51).
#include <gtest/gtest.h>

#include "wres/config/load.hpp"

using namespace wres;

namespace {
const std::string kHead = "[board]\norganisation = \"T\"\n";

LoadResult load(const std::string& text) { return load_board_text(text, "/nonexistent/board.toml"); }

std::string first_error(const LoadResult& r) { return r.errors.empty() ? "" : format(r.errors.front()); }
}  // namespace

TEST(TomlGuard, AccentsInStringsAndCommentsStillLoad) {
  const char* titles[] = {
      "title = \"Égalité — Ωmega\" # café\n",
      "title = 'Égalité — Ωmega'\n",
      "title = \"\"\"Égalité — \"Ωmega\" # not a comment\"\"\"\n",
      "title = '''Égalité\n— Ωmega'''\n",
      "# a comment with é, §, ß, and ﻿ (U+FEFF) in it\ntitle = \"x\"\n",
  };
  for (const char* t : titles) {
    auto r = load(kHead + t);
    EXPECT_TRUE(r.ok()) << t << first_error(r);
  }
}

TEST(TomlGuard, BackslashesInMultiLineStringsThatAreSafe) {
  // An escaped backslash before é, an escaped quote, and a line-ending
  // backslash followed by a code point outside the hazardous blocks (U+2014).
  auto r = load(kHead + "title = \"\"\"a\\\\é \\\" b \\\n   — c\"\"\"\n");
  ASSERT_TRUE(r.ok()) << first_error(r);
  EXPECT_EQ(r.board->title, "a\\é \" b — c");
}

TEST(TomlGuard, ClosingQuotesAfterAMultiLineStringDoNotOpenAnother) {
  // """a""""" is a"" : were the extra quotes read as a new string, the §
  // outside quotes on the next line would be missed.
  auto r = load(kHead + "title = \"\"\"a\"\"\"\"\"\nx = 1§\n");
  EXPECT_EQ(first_error(r), "/nonexistent/board.toml:4:6: '§' (U+00A7) outside quotes: TOML allows text other "
                            "than ASCII only inside quoted strings and comments");
}

TEST(TomlGuard, EscapeOfANonAsciiCharacterInAMultiLineString) {
  auto r = load(kHead + "title = \"\"\"x\\é\"\"\"\n");
  EXPECT_EQ(first_error(r), "/nonexistent/board.toml:3:14: 'é' (U+00E9) after a backslash in a \"\"\" string: not "
                            "an escape (\\n, \\t, \\\", \\\\, \\uXXXX)");
}

TEST(TomlGuard, ColumnsCountCharactersNotBytes) {
  auto r = load(kHead + "title = \"ééé\" é\n");
  EXPECT_TRUE(first_error(r).starts_with("/nonexistent/board.toml:3:15: 'é'")) << first_error(r);
}

TEST(TomlGuard, ByteOrderMarkAtTheStartIsFine) {
  auto r = load("\xEF\xBB\xBF" + kHead + "title = \"x\"\n");
  EXPECT_TRUE(r.ok()) << first_error(r);
}
