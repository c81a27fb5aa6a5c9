// libFuzzer target: the spreadsheet importer (the encoding told and converted
// with iconv, libcsv reading, then the table to actions, then the TOML
// writer). Oracles besides the sanitizers: the decoded text is UTF-8 with no
// NUL; whatever the table held, the TOML written must load as a board
// (`wresctl import` promises admins a file the daemon will accept).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "wres/config/load.hpp"
#include "wres/importer/delimited_text.hpp"
#include "wres/importer/plan_import.hpp"
#include "wres/importer/plan_toml.hpp"
#include "wres/importer/text_encoding.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the separator and the plan's legend, so both paths are explored.
  char delimiter = (data[0] & 1) ? '\t' : ',';
  std::map<std::string, std::string> legend;
  if (data[0] & 2) legend = {{"blue", "not_started"}, {"purple", "complete"}};
  auto decoded = wres::decode_text({reinterpret_cast<const char*>(data + 1), size - 1});
  if (!decoded.error.empty()) return 0;
  const std::string& text = decoded.text;
  auto again = wres::decode_text(text);
  if (!again.error.empty() ||
      (again.encoding != wres::TextEncoding::utf8 && again.encoding != wres::TextEncoding::utf8_bom)) {
    std::fprintf(stderr, "decoded text is not UTF-8: %s\n", again.error.c_str());
    std::abort();
  }

  auto table = wres::read_delimited(text, delimiter);
  auto plan = wres::import_plan_table(table.rows, "fuzz.csv", legend);
  std::string toml = wres::plan_toml(plan, {"fuzz-plan", "Fuzz plan", legend, "fuzz.csv", {2025, 1, 31}});

  const std::string head = "[board]\norganisation = \"fuzz\"\ntitle = \"fuzz\"\n";
  auto loaded = wres::load_board_text(head + toml, "/nonexistent-wres-fuzz/plan.toml");
  if (!loaded.ok()) {
    std::fprintf(stderr, "imported TOML does not load: %s\n--- TOML ---\n%s\n",
                 wres::format(loaded.errors.front()).c_str(), toml.c_str());
    std::abort();
  }
  return 0;
}
