#include "toml_guard.hpp"

#include <cstdio>
#include <optional>

namespace wres::config {

bool trips_toml_whitespace_test(char32_t c) {
  // Worked out from toml++ 3.3.0's is_non_ascii_horizontal_whitespace(): the
  // 0x3FA-wide blocks it sends to an unreachable default, less the three
  // whitespace code points it answers before that.
  return (c >= 0xA1 && c <= 0x499) || (c >= 0x2C5E && c <= 0x3057 && c != 0x3000) ||
         (c >= 0xFB26 && c <= 0xFEFE);
}

namespace {

enum class Where { code, comment, basic, literal, ml_basic, ml_literal };

// Walks the text as TOML's lexer would, far enough to know whether a byte is
// inside a string or a comment. Columns count code points, as toml++'s do.
class Scanner {
 public:
  Scanner(const std::string& text, const std::string& path, Diagnostics& diags)
      : t_(text), path_(path), diags_(diags) {}
  bool run();

 private:
  std::optional<char32_t> decode(std::size_t at, std::size_t& len) const;
  bool starts(std::size_t at, const char* s) const { return t_.compare(at, std::char_traits<char>::length(s), s) == 0; }
  void step(std::size_t n);  // advance n bytes, keeping line and column
  bool refuse(char32_t c, const char* where);
  bool code_byte();
  bool string_may_start() const;
  bool after_ml_backslash();
  void close_ml(char quote);

  const std::string& t_;
  const std::string& path_;
  Diagnostics& diags_;
  std::size_t i_ = 0;
  int line_ = 1, col_ = 1;
  Where in_ = Where::code;
  char last_ = '\n';  // the last code byte that was not a space: where a string may start
  bool stop_ = false;  // invalid UTF-8: toml++ reports it better
};

std::optional<char32_t> Scanner::decode(std::size_t at, std::size_t& len) const {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(t_[at + k]); };
  unsigned char c0 = b(0);
  len = c0 < 0x80 ? 1 : (c0 >> 5) == 6 ? 2 : (c0 >> 4) == 14 ? 3 : (c0 >> 3) == 30 ? 4 : 0;
  if (len == 0 || at + len > t_.size()) return std::nullopt;
  char32_t cp = len == 1 ? c0 : c0 & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  return cp;
}

void Scanner::step(std::size_t n) {
  for (std::size_t k = 0; k < n && i_ < t_.size(); ++k, ++i_) {
    auto c = static_cast<unsigned char>(t_[i_]);
    if (c == '\n') ++line_, col_ = 1;
    else if ((c & 0xC0) != 0x80) ++col_;
  }
}

bool Scanner::refuse(char32_t c, const char* where) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  std::size_t len = 0;
  decode(i_, len);
  diags_.error({path_, line_, col_}, "'" + t_.substr(i_, len) + "' (" + code + ") " + where);
  return false;
}

// A quote opens a string only where a key or a value begins. Inside a bare
// value (`as_of = 20"4-...`) toml++ reads on as that value, through its
// whitespace test, so what follows is checked as code (found by fuzz_config).
bool Scanner::string_may_start() const {
  return last_ == '\n' || last_ == '=' || last_ == '[' || last_ == ',' || last_ == '{' || last_ == '.';
}

bool Scanner::code_byte() {
  char c = t_[i_];
  if (c == '#') return in_ = Where::comment, step(1), true;
  if ((c == '"' || c == '\'') && string_may_start()) {
    last_ = c;
    if (starts(i_, "\"\"\"")) return in_ = Where::ml_basic, step(3), true;
    if (starts(i_, "'''")) return in_ = Where::ml_literal, step(3), true;
    in_ = c == '"' ? Where::basic : Where::literal;
    return step(1), true;
  }
  if (static_cast<unsigned char>(c) < 0x80) {
    if (c != ' ' && c != '\t' && c != '\r') last_ = c;
    return step(1), true;
  }
  if (i_ == 0 && starts(0, "\xEF\xBB\xBF")) return step(3), true;  // a BOM: toml++ skips it
  std::size_t len = 0;
  auto cp = decode(i_, len);
  if (!cp) return stop_ = true, true;
  return refuse(*cp, "outside quotes: TOML allows text other than ASCII only inside quoted strings and comments");
}

// After a backslash in a """ string: the next code point, and after a
// line-ending backslash the first one past the whitespace, go through
// toml++'s whitespace test.
bool Scanner::after_ml_backslash() {
  step(1);
  bool line_ending = false;
  while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\r' || t_[i_] == '\n')) {
    line_ending = true;
    step(1);
  }
  if (i_ >= t_.size()) return true;
  std::size_t len = 0;
  auto cp = decode(i_, len);
  if (!cp) return stop_ = true, true;
  if (trips_toml_whitespace_test(*cp))
    return refuse(*cp, line_ending ? "straight after a line-ending backslash in a \"\"\" string, which toml++ 3.3 "
                                     "mishandles: drop the backslash, or start the next line with an ASCII character"
                                   : "after a backslash in a \"\"\" string: not an escape (\\n, \\t, \\\", \\\\, \\uXXXX)");
  if (!line_ending) step(len);  // the escaped character itself
  return true;
}

// Up to two more quotes may close a multi-line string: """a""""" is a"".
void Scanner::close_ml(char quote) {
  step(3);
  for (int k = 0; k < 2 && i_ < t_.size() && t_[i_] == quote; ++k) step(1);
  in_ = Where::code;
}

bool Scanner::run() {
  while (i_ < t_.size() && !stop_) {
    char c = t_[i_];
    bool ok = true;
    switch (in_) {
      case Where::code: ok = code_byte(); break;
      case Where::comment: if (c == '\n') in_ = Where::code; step(1); break;
      case Where::basic:
        if (c == '"' || c == '\n') in_ = Where::code;
        step(c == '\\' ? 2 : 1);
        break;
      case Where::literal: if (c == '\'' || c == '\n') in_ = Where::code; step(1); break;
      case Where::ml_basic:
        if (starts(i_, "\"\"\"")) close_ml('"');
        else if (c == '\\') ok = after_ml_backslash();
        else step(1);
        break;
      case Where::ml_literal:
        if (starts(i_, "'''")) close_ml('\'');
        else step(1);
        break;
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace

bool check_toml_hazards(const std::string& text, const std::string& shown_path, Diagnostics& diags) {
  return Scanner(text, shown_path, diags).run();
}

}  // namespace wres::config
