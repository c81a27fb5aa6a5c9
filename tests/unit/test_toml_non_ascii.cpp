// Text other than ASCII in a board file. toml++ 3.3.0 (Debian 12's) reached
// undefined behaviour for some code points where it tests for whitespace; we
// build it with upstream's fix (cmake/TomlPatched.cmake). Under the sanitizer
// build (-fno-sanitize-recover) every test here aborts without that fix.
// Hostile corpus cases 49-51 and 59 are the fuzzer's finds.
#include <gtest/gtest.h>

#include "wres/config/load.hpp"

using namespace wres;

namespace {
const std::string kNonAsciiHead = "[board]\norganisation = \"T\"\n";

LoadResult load(const std::string& text) { return load_board_text(text, "/nonexistent/board.toml"); }

std::string first_error(const LoadResult& r) { return r.errors.empty() ? "" : format(r.errors.front()); }
}  // namespace

TEST(TomlNonAscii, AccentsInStringsAndCommentsLoad) {
  const char* titles[] = {
      "title = \"Égalité — Ωmega\" # café\n",
      "title = 'Égalité — Ωmega'\n",
      "title = \"\"\"Égalité — \"Ωmega\" # not a comment\"\"\"\n",
      "title = '''Égalité\n— Ωmega'''\n",
      "# a comment with é, §, ß, and \xEF\xBB\xBF (U+FEFF) in it\ntitle = \"x\"\n",
  };
  for (const char* t : titles) {
    auto r = load(kNonAsciiHead + t);
    EXPECT_TRUE(r.ok()) << t << first_error(r);
  }
}

TEST(TomlNonAscii, LineEndingBackslashBeforeAnAccentLoads) {
  // Upstream issue #190's case, valid TOML: the backslash trims the newline
  // and the indent, and the é that follows is kept.
  auto r = load(kNonAsciiHead + "title = \"\"\"Widen \\\n    équality\"\"\"\n");
  ASSERT_TRUE(r.ok()) << first_error(r);
  EXPECT_EQ(r.board->title, "Widen équality");
}

TEST(TomlNonAscii, EscapedBackslashAndQuoteBeforeAccents) {
  auto r = load(kNonAsciiHead + "title = \"\"\"a\\\\é \\\" b \\\n   — c\"\"\"\n");
  ASSERT_TRUE(r.ok()) << first_error(r);
  EXPECT_EQ(r.board->title, "a\\é \" b — c");
}

TEST(TomlNonAscii, OutsideQuotesIsASyntaxErrorWithItsPlace) {
  // One code point from each block that sent toml++ 3.3.0 to unreachable
  // code: U+00A7, U+01FE, U+2C60, U+FB30.
  const char* marks[] = {"\u00A7", "\u01FE", "\u2C60", "\uFB30"};
  for (const char* m : marks) {
    auto r = load(kNonAsciiHead + "title = \"x\"\ncount = 1" + m + "\n");
    EXPECT_TRUE(first_error(r).starts_with("/nonexistent/board.toml:4:10: TOML syntax: ")) << m << first_error(r);
  }
}

TEST(TomlNonAscii, InsideABareDateIsASyntaxError) {
  auto r = load(kNonAsciiHead + "title = \"x\"\nas_of = 2024-0Ǿ30\n");
  EXPECT_EQ(first_error(r),
            "/nonexistent/board.toml:4:15: TOML syntax: Error while parsing date: expected 2-digit "
            "month, saw 'Ǿ'");
}

TEST(TomlNonAscii, EscapeOfAnAccentIsASyntaxError) {
  auto r = load(kNonAsciiHead + "title = \"\"\"x\\é\"\"\"\n");
  EXPECT_TRUE(first_error(r).starts_with("/nonexistent/board.toml:3:14: TOML syntax: ")) << first_error(r);
}

TEST(TomlNonAscii, ByteOrderMarkAtTheStartIsFine) {
  auto r = load("\xEF\xBB\xBF" + kNonAsciiHead + "title = \"x\"\n");
  EXPECT_TRUE(r.ok()) << first_error(r);
}
