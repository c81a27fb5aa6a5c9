#pragma once
// A board with small counts everywhere a corridor wall could give one away:
// the disclosure tests' board (unit and daemon).
#include <string>

namespace wres::test {

// 200 staff, every one in a band; bands 6 given whole and in parts; small
// counts in 6 (non-clinical), 8A (both parts), 8B, 8C and 7; the targets'
// non-clinical rows start from a 2023 count of 1; 2 Global Majority cases;
// 2 Global Majority staff without training; 2 voting and 1 executive member;
// a 2024 survey of 9 responses; 2025's survey under embargo until 2099.
inline const std::string kSmallCells = R"(
[board]
organisation = "Small Cells NHS Trust"
title = "Illustrative: small counts"
local_population_bme_pct = 20.0
term = "Global Majority"
[privacy]
min_count = 5
[targets]
group = "non_clinical"
baseline_year = 2023
[[year]]
wres_year = 2023
workforce = { bme = 38, white = 160 }
disciplinary = { bme_cases = 6, white_cases = 12 }
hba_staff = { bme_pct = 30.0, white_pct = 20.0, bme_n = 40, white_n = 150 }
bands = [ { band = "8A", group = "non_clinical", bme = 1, white = 6 },
          { band = "8B", group = "all", bme = 0, white = 6 } ]
[[year]]
wres_year = 2024
workforce = { bme = 42, white = 158 }
recruitment = { bme_shortlisted = 100, bme_appointed = 30, white_shortlisted = 300, white_appointed = 120 }
disciplinary = { bme_cases = 2, white_cases = 10 }
training = { bme_accessed = 40, white_accessed = 150 }
hba_staff = { bme_pct = 44.4, white_pct = 20.0, bme_n = 9, white_n = 150 }
board = { bme = 2, white = 10, voting_bme = 2, voting_white = 6, exec_bme = 1, exec_white = 5 }
bands = [
  { band = "5", group = "clinical", bme = 20, white = 60 },
  { band = "5", group = "non_clinical", bme = 10, white = 30 },
  { band = "6", group = "all", bme = 6, white = 34 },
  { band = "6", group = "clinical", bme = 5, white = 25 },
  { band = "6", group = "non_clinical", bme = 1, white = 9 },
  { band = "7", group = "all", bme = 2, white = 8 },
  { band = "8A", group = "clinical", bme = 2, white = 10 },
  { band = "8A", group = "non_clinical", bme = 1, white = 7 },
  { band = "8B", group = "all", bme = 0, white = 6 },
  { band = "8C", group = "all", bme = 1, white = 3 },
]
[[year]]
wres_year = 2025
survey_published = 2099-03-13
hba_staff = { bme_pct = 37.77, white_pct = 12.34, bme_n = 99, white_n = 1110 }
)";

}  // namespace wres::test
