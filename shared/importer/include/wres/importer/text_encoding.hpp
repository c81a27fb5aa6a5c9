#pragma once
// Which encoding a spreadsheet's text export is in, and that text as UTF-8.
// Excel on Windows saves "CSV" in Windows-1252 and "Unicode text" in UTF-16
// with a byte-order mark; read as UTF-8, the first turns curly quotes and
// dashes into '?' and the second into nonsense. Pure: bytes in, text out
// (converted with iconv).
#include <string>
#include <string_view>

namespace wres {

enum class TextEncoding { utf8, utf8_bom, utf16_le, utf16_be, windows_1252 };

struct DecodedText {
  std::string text;  // UTF-8 without a byte-order mark; empty when `error` is set
  TextEncoding encoding = TextEncoding::utf8;
  // How the encoding was told, for a note: "it starts with the UTF-16 LE
  // byte-order mark", "it is not UTF-8: line 3 has the byte 0x92".
  std::string evidence;
  std::string error;  // set when the bytes are text in none of them
  int error_line = 0;
};

// UTF-8 with or without a byte-order mark; UTF-16 LE or BE with one;
// otherwise, when it is not valid UTF-8, Windows-1252.
DecodedText decode_text(std::string_view bytes);

// "UTF-16 LE", "Windows-1252", ...: as an admin would look for it in a Save As box.
std::string_view encoding_name(TextEncoding e);

}  // namespace wres
