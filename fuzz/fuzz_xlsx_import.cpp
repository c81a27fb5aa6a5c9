// libFuzzer target: the .xlsx reader (libzip over the bytes, expat over its
// parts), then the table to actions and the TOML writer. Oracles besides the
// sanitizers: a workbook read or refused, never a crash or an allocation past
// the caps; every cell problem is named sheet!cell; the TOML written loads.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "wres/config/load.hpp"
#include "wres/importer/plan_import.hpp"
#include "wres/importer/plan_toml.hpp"
#include "wres/importer/xlsx_sheet.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Smaller caps than wresctl's, so the fuzzer explores rather than unpacks.
  const wres::XlsxLimits limits{.max_part_bytes = 4u << 20, .max_rows = 2000};
  auto sheet = wres::read_xlsx({reinterpret_cast<const char*>(data), size}, "", limits);
  for (const auto& p : sheet.problems)
    if (p.message.rfind(sheet.sheet + "!", 0) != 0) {
      std::fprintf(stderr, "cell problem not named by sheet!cell: %s\n", p.message.c_str());
      std::abort();
    }
  if (!sheet.error.empty()) return 0;
  auto plan = wres::import_plan_table(sheet.rows, "fuzz.xlsx");
  std::string toml = wres::plan_toml(plan, {"fuzz-plan", "Fuzz plan", {}, "fuzz.xlsx", {2025, 1, 31}});
  const std::string head = "[board]\norganisation = \"fuzz\"\ntitle = \"fuzz\"\n";
  auto loaded = wres::load_board_text(head + toml, "/nonexistent-wres-fuzz/plan.toml");
  if (!loaded.ok()) {
    std::fprintf(stderr, "imported TOML does not load: %s\n", wres::format(loaded.errors.front()).c_str());
    std::abort();
  }
  return 0;
}
