#pragma once
// Tables written as an Excel workbook with libxlsxwriter: a sheet each, the
// first row a bold header with a filter, frozen. Cells stay text (an action
// number "1.10" must not become the number 1.1, a month "2025-03" must not
// become a day) except full dates (YYYY-MM-DD), which become date cells.
#include <ostream>
#include <string>
#include <vector>

namespace wresctl {

struct SheetTable {
  std::string name;
  std::vector<std::vector<std::string>> rows;  // the first is the header
};

// False, with the reason on `err`, when it cannot be written.
[[nodiscard]] bool write_xlsx_workbook(const std::string& path, const std::vector<SheetTable>& sheets,
                                       std::ostream& err);

}  // namespace wresctl
