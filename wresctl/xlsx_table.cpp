#include "xlsx_table.hpp"

#include <xlsxwriter.h>

#include <algorithm>

#include "wres/model/date.hpp"

namespace wresctl {

namespace {
bool write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& text, lxw_format* date_format) {
  if (text.size() == 10) {
    if (auto d = wres::parse_iso_date(text)) {
      lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
      return worksheet_write_datetime(ws, r, c, &dt, date_format) == LXW_NO_ERROR;
    }
  }
  return worksheet_write_string(ws, r, c, text.c_str(), nullptr) == LXW_NO_ERROR;
}
}  // namespace

namespace {
bool write_sheet(lxw_workbook* wb, const SheetTable& sheet, lxw_format* bold, lxw_format* date) {
  const auto& rows = sheet.rows;
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
  bool ok = ws != nullptr;
  std::vector<std::size_t> width;
  for (std::size_t r = 0; ok && r < rows.size(); ++r)
    for (std::size_t c = 0; ok && c < rows[r].size(); ++c) {
      const std::string& t = rows[r][c];
      if (r == 0)
        ok = worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), t.c_str(), bold) == LXW_NO_ERROR;
      else
        ok = write_cell(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), t, date);
      if (width.size() <= c) width.resize(c + 1, 8);
      width[c] = std::max(width[c], std::min<std::size_t>(t.size(), 60));
    }
  if (ok && !rows.empty()) {
    for (std::size_t c = 0; c < width.size(); ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), static_cast<double>(width[c]) + 2,
                           nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows.size() - 1), static_cast<lxw_col_t>(rows[0].size() - 1));
  }
  return ok;
}
}  // namespace

bool write_xlsx_workbook(const std::string& path, const std::vector<SheetTable>& sheets, std::ostream& err) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) {
    err << "wresctl export: cannot create " << path << "\n";
    return false;
  }
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy-mm-dd");
  bool ok = true;
  for (const auto& sheet : sheets) ok = ok && write_sheet(wb, sheet, bold, date);
  lxw_error closed = workbook_close(wb);  // writes the file, and frees the workbook either way
  if (!ok || closed != LXW_NO_ERROR) {
    err << "wresctl export: cannot write " << path << ": " << lxw_strerror(closed) << "\n";
    return false;
  }
  return true;
}

}  // namespace wresctl
