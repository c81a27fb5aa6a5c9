#include "wres/importer/delimited_text.hpp"

#include <csv.h>

namespace wres {

namespace {

struct Collector {
  DelimitedText out;
  TextRow row;
  int line = 1;       // the line of the byte being fed
  int row_start = 0;  // 0 until the current row's first byte
  bool has_content = false;
};

void on_field(void* data, std::size_t len, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  c->row.cells.emplace_back(data ? static_cast<const char*>(data) : "", data ? len : 0);
  if (len) c->has_content = true;
}

void on_row(int, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  if (c->has_content) {
    c->row.line = c->row_start ? c->row_start : c->line;
    c->out.rows.push_back(std::move(c->row));
  }
  c->row = {};
  c->row_start = 0;
  c->has_content = false;
}

}  // namespace

DelimitedText read_delimited(std::string_view text, char delimiter) {
  Collector c;
  csv_parser p{};
  csv_init(&p, 0);
  csv_set_delim(&p, static_cast<unsigned char>(delimiter));
  // libcsv trims spaces and tabs around unquoted cells; a tab is a delimiter here.
  csv_set_space_func(&p, [](unsigned char ch) { return ch == ' ' ? 1 : 0; });
  // Fed a byte at a time so every row knows the line it starts on; spreadsheets
  // are small and libcsv keeps no per-call state worth amortising.
  for (char ch : text) {
    if (!c.row_start && ch != '\n' && ch != '\r') c.row_start = c.line;
    if (csv_parse(&p, &ch, 1, on_field, on_row, &c) != 1) {
      c.out.error = csv_strerror(csv_error(&p));
      c.out.error_line = c.line;
      csv_free(&p);
      return c.out;
    }
    if (ch == '\n') ++c.line;
  }
  // libcsv forgives a quote left open at the end of the file (the rest becomes
  // one cell); that hides rows, so it is an error. 2 is libcsv's FIELD_BEGUN.
  if (p.quoted && p.pstate == 2) {
    c.out.error = "a quoted cell is never closed";
    c.out.error_line = c.row_start ? c.row_start : c.line;
    csv_free(&p);
    return c.out;
  }
  if (csv_fini(&p, on_field, on_row, &c) != 0) {
    c.out.error = csv_strerror(csv_error(&p));
    c.out.error_line = c.row_start ? c.row_start : c.line;
  }
  csv_free(&p);
  return c.out;
}

bool looks_like_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csv_field(std::string_view text) {
  std::string guarded;
  if (looks_like_formula(text)) {  // a spreadsheet would run it: OWASP's quote prefix makes it text
    guarded = "'" + std::string(text);
    text = guarded;
  }
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out(text.size() * 2 + 2, '\0');
  out.resize(csv_write(out.data(), out.size(), text.data(), text.size()));
  return out;
}

std::string_view unguard_formula(std::string_view cell) {
  if (cell.size() >= 2 && cell.front() == '\'' && looks_like_formula(cell.substr(1))) return cell.substr(1);
  return cell;
}

}  // namespace wres
