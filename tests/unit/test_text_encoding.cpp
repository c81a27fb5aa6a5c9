// Spreadsheet text as Excel saves it, told apart and read as UTF-8. Expected
// characters are the code page tables' (Windows-1252: 0x92 is U+2019, 0x96 is
// U+2013, 0x80 is U+20AC), written out here, not produced by iconv.
#include <gtest/gtest.h>

#include "wres/importer/text_encoding.hpp"

using namespace wres;

namespace {
// UTF-16 code units as bytes, little- or big-endian.
std::string utf16(std::initializer_list<char16_t> units, bool little) {
  std::string out;
  for (char16_t u : units) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}
const std::string kWelsh = "Ll\xC5\xB7r";  // Llŷr: ŵ ŷ are outside Latin-1
}  // namespace

TEST(TextEncoding, PlainUtf8IsTakenAsItIs) {
  auto d = decode_text("No.,Action\n1," + kWelsh + " \xE2\x80\x94 \xF0\x9F\x98\x80\n");
  EXPECT_TRUE(d.error.empty());
  EXPECT_EQ(d.encoding, TextEncoding::utf8);
  EXPECT_EQ(d.text, "No.,Action\n1," + kWelsh + " \xE2\x80\x94 \xF0\x9F\x98\x80\n");
  EXPECT_TRUE(d.evidence.empty());
}

TEST(TextEncoding, TheUtf8ByteOrderMarkIsDropped) {
  auto d = decode_text("\xEF\xBB\xBFNo.,Action\n");
  EXPECT_EQ(d.encoding, TextEncoding::utf8_bom);
  EXPECT_EQ(d.text, "No.,Action\n");
}

// Excel's "CSV (Comma delimited)" on Windows: curly apostrophe, en dash,
// curly quotes and the euro sign, which read as UTF-8 became '?'.
TEST(TextEncoding, ExcelCsvOnWindowsIsReadAsWindows1252) {
  auto d = decode_text("No.,Action\n1,Staff\x92s network \x96 \x93launch\x94 \x80\x35\x30\n");
  EXPECT_TRUE(d.error.empty()) << d.error;
  EXPECT_EQ(d.encoding, TextEncoding::windows_1252);
  EXPECT_EQ(d.text,
            "No.,Action\n1,Staff\xE2\x80\x99s network \xE2\x80\x93 \xE2\x80\x9Claunch\xE2\x80\x9D \xE2\x82\xAC"
            "50\n");
  EXPECT_EQ(d.evidence, "it is not UTF-8: line 2 has the byte 0x92");
  EXPECT_EQ(encoding_name(d.encoding), "Windows-1252");
}

// Excel's "Unicode text": UTF-16 LE with its mark, tab-separated, CRLF.
TEST(TextEncoding, Utf16WithAByteOrderMarkInBothByteOrders) {
  // "Llŷr 😀\r\n": ŷ is U+0177, the emoji a surrogate pair.
  std::initializer_list<char16_t> units{u'L', u'l', 0x0177, u'r', u' ', 0xD83D, 0xDE00, u'\r', u'\n'};
  const std::string expected = kWelsh + " \xF0\x9F\x98\x80\r\n";
  auto le = decode_text("\xFF\xFE" + utf16(units, true));
  EXPECT_TRUE(le.error.empty()) << le.error;
  EXPECT_EQ(le.encoding, TextEncoding::utf16_le);
  EXPECT_EQ(le.text, expected);
  EXPECT_EQ(le.evidence, "it starts with the UTF-16 LE byte-order mark");
  auto be = decode_text("\xFE\xFF" + utf16(units, false));
  EXPECT_EQ(be.encoding, TextEncoding::utf16_be);
  EXPECT_EQ(be.text, expected);
}

TEST(TextEncoding, WhatIsNoneOfThemIsAnErrorWithItsLine) {
  auto cut = decode_text("\xFF\xFE" + utf16({u'a', u'\n', u'b'}, true) + "c");  // half a character at the end
  EXPECT_EQ(cut.error_line, 2);
  EXPECT_EQ(cut.error,
            "it starts with the UTF-16 LE byte-order mark, but line 2 is not UTF-16 LE "
            "(the file ends half-way through a character)");
  EXPECT_TRUE(cut.text.empty());
  auto lone = decode_text("\xFF\xFE" + utf16({u'a', 0xD83D, u'b'}, true));  // a surrogate without its pair
  EXPECT_EQ(lone.error_line, 1);
  EXPECT_FALSE(lone.error.empty());
  auto bom_then_1252 = decode_text("\xEF\xBB\xBFok\nStaff\x92s\n");
  EXPECT_EQ(bom_then_1252.error,
            "it starts with the UTF-8 byte-order mark, but line 2 has the byte 0x92, which UTF-8 does not allow");
  auto undefined = decode_text("a\nb\n\x81");  // 0x81 has no character in Windows-1252
  EXPECT_EQ(undefined.error_line, 3);
  EXPECT_EQ(undefined.error, "line 3 has the byte 0x81, which is a character in neither UTF-8 nor Windows-1252");
  auto no_mark = decode_text(utf16({u'N', u'o', u'\n'}, true));  // UTF-16 without its mark
  EXPECT_EQ(no_mark.error, "line 1 holds a NUL byte: UTF-16 without a byte-order mark, or not text at all");
  auto nul_char = decode_text("\xFF\xFE" + utf16({u'a', u'\n', 0}, true));
  EXPECT_EQ(nul_char.error, "line 2 holds a NUL character: not text");
}
