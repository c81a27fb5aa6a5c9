#include "wres/importer/text_encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>

namespace wres {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

struct Converted {
  std::string text;
  std::optional<std::size_t> bad_at;  // offset in the input of the first byte that is not a character
};

// iconv from `from` to UTF-8, stopping at the first byte it cannot convert.
Converted convert(std::string_view in, const char* from) {
  Converted out;
  iconv_t cd = ::iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) {  // glibc has them all; a broken install should not read as bad text
    out.bad_at = 0;
    return out;
  }
  std::string buf(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());  // iconv's signature; it does not write through it
  std::size_t src_left = in.size(), used = 0;
  while (src_left > 0) {
    char* dst = buf.data() + used;
    std::size_t dst_left = buf.size() - used;
    std::size_t rc = ::iconv(cd, &src, &src_left, &dst, &dst_left);
    used = buf.size() - dst_left;
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      buf.resize(buf.size() * 2);
      continue;
    }
    out.bad_at = in.size() - src_left;  // EILSEQ, or EINVAL: a character cut off at the end
    break;
  }
  ::iconv_close(cd);
  buf.resize(used);
  out.text = std::move(buf);
  return out;
}

int line_of(const std::string& converted_before) {
  return 1 + static_cast<int>(std::count(converted_before.begin(), converted_before.end(), '\n'));
}

std::string hex_byte(unsigned char b) {
  char s[8];
  std::snprintf(s, sizeof s, "0x%02X", b);
  return s;
}

DecodedText from_utf16(std::string_view body, TextEncoding e) {
  DecodedText d;
  d.encoding = e;
  d.evidence = "it starts with the " + std::string(encoding_name(e)) + " byte-order mark";
  Converted c = convert(body, e == TextEncoding::utf16_le ? "UTF-16LE" : "UTF-16BE");
  if (c.bad_at) {
    d.error_line = line_of(c.text);
    d.error = "it starts with the " + std::string(encoding_name(e)) + " byte-order mark, but line " +
              std::to_string(d.error_line) + " is not " + std::string(encoding_name(e)) +
              (*c.bad_at + 1 >= body.size() ? " (the file ends half-way through a character)" : "");
    return d;
  }
  if (auto nul = c.text.find('\0'); nul != std::string::npos) {
    d.error_line = line_of(c.text.substr(0, nul));
    d.error = "line " + std::to_string(d.error_line) + " holds a NUL character: not text";
    return d;
  }
  d.text = std::move(c.text);
  return d;
}

}  // namespace

std::string_view encoding_name(TextEncoding e) {
  switch (e) {
    case TextEncoding::utf8: return "UTF-8";
    case TextEncoding::utf8_bom: return "UTF-8 with a byte-order mark";
    case TextEncoding::utf16_le: return "UTF-16 LE";
    case TextEncoding::utf16_be: return "UTF-16 BE";
    case TextEncoding::windows_1252: return "Windows-1252";
  }
  return "?";
}

DecodedText decode_text(std::string_view bytes) {
  if (bytes.starts_with(kUtf16LeBom)) return from_utf16(bytes.substr(2), TextEncoding::utf16_le);
  if (bytes.starts_with(kUtf16BeBom)) return from_utf16(bytes.substr(2), TextEncoding::utf16_be);
  DecodedText d;
  const bool bom = bytes.starts_with(kUtf8Bom);
  std::string_view body = bom ? bytes.substr(kUtf8Bom.size()) : bytes;
  if (auto nul = body.find('\0'); nul != std::string_view::npos) {
    d.error_line = line_of(std::string(body.substr(0, nul)));
    d.error = "line " + std::to_string(d.error_line) +
              " holds a NUL byte: UTF-16 without a byte-order mark, or not text at all";
    return d;
  }
  Converted utf8 = convert(body, "UTF-8");
  if (!utf8.bad_at) {
    d.encoding = bom ? TextEncoding::utf8_bom : TextEncoding::utf8;
    d.text = std::move(utf8.text);
    return d;
  }
  const int first_bad_line = line_of(utf8.text);
  const std::string bad_byte = hex_byte(static_cast<unsigned char>(body[*utf8.bad_at]));
  d.evidence = "it is not UTF-8: line " + std::to_string(first_bad_line) + " has the byte " + bad_byte;
  if (bom) {
    d.error = "it starts with the UTF-8 byte-order mark, but line " + std::to_string(first_bad_line) +
              " has the byte " + bad_byte + ", which UTF-8 does not allow";
    d.error_line = first_bad_line;
    return d;
  }
  Converted cp = convert(body, "WINDOWS-1252");
  if (cp.bad_at) {
    d.error_line = line_of(cp.text);
    d.error = "line " + std::to_string(d.error_line) + " has the byte " +
              hex_byte(static_cast<unsigned char>(body[*cp.bad_at])) +
              ", which is a character in neither UTF-8 nor Windows-1252";
    return d;
  }
  d.encoding = TextEncoding::windows_1252;
  d.text = std::move(cp.text);
  return d;
}

}  // namespace wres
