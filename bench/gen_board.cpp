// Writes a generated board of N actions (1,000 per plan file) for benchmarks:
//   gen_board OUT_DIR N
// Indicator years are the NSCHT example's, so the whole pipeline is exercised
// (one year a line, as an array of inline tables).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_board OUT_DIR N_ACTIONS\n";
    return 2;
  }
  fs::path out = argv[1];
  long n = std::stol(argv[2]);
  fs::create_directories(out / "plans");
  std::ofstream(out / "board.toml") << R"(include = ["plans/*.toml"]
year = [
  { wres_year = 2023, workforce = { bme = 182, white = 1626, unknown = 39 }, recruitment = { bme_shortlisted = 397, bme_appointed = 106, white_shortlisted = 1719, white_appointed = 523 }, disciplinary = { bme_cases = 0, white_cases = 11 }, hba_public = { bme_pct = 40.48, white_pct = 26.00, bme_n = 84 } },
  { wres_year = 2024, workforce = { bme = 215, white = 1705, unknown = 15 }, recruitment = { bme_shortlisted = 612, bme_appointed = 149, white_shortlisted = 1422, white_appointed = 418 }, disciplinary = { bme_cases = 3, white_cases = 13 }, hba_public = { bme_pct = 30.21, white_pct = 24.60, bme_n = 96 }, bands = [ { band = "8A", bme = 2, white = 24 }, { band = "8B", bme = 0, white = 10 } ] },
]
[board]
organisation = "Generated Trust"
title = "Generated board"
as_of = 2024-09-30
local_population_bme_pct = 11.17
)";
  const char* statuses[] = {"red", "amber", "green", "blue", "not_started"};
  const char* dues[] = {"2024-06", "2024-10-15", "2025-03", "ongoing", "quarterly", "annually", "tbc"};
  long per_plan = 1000;
  for (long p = 0; p * per_plan < n; ++p) {
    char name[32];
    std::snprintf(name, sizeof name, "plan-%04ld.toml", p);
    std::ofstream f(out / "plans" / name);
    f << "[[plan]]\nid = \"plan-" << p << "\"\ntitle = \"Generated plan " << p << "\"\n";
    for (long a = 0; a < per_plan && p * per_plan + a < n; ++a) {
      long i = p * per_plan + a;
      f << "\n[[plan.action]]\nid = \"" << a << "\"\ntitle = \"Generated action " << i
        << " with a realistic length of title text\"\ntheme = \"Theme " << (a % 7) << "\"\nlead = \"Lead " << (i % 13)
        << "\"\nindicators = [" << (1 + i % 9) << "]\ndue = \"" << dues[i % 7] << "\"\nstatus = \"" << statuses[i % 5]
        << "\"\nupdates = [ { date = 2024-0" << (1 + i % 9) << "-15, text = \"Progress note " << i << "\" } ]\n";
    }
  }
  std::cout << out.string() << ": " << n << " actions\n";
  return 0;
}
