#pragma once
// One family's metrics as rows for a spreadsheet, from the published
// snapshot: what the wall says, withheld figures withheld.
#include <string>
#include <vector>

#include "wres/model/snapshot.hpp"

namespace wresctl {

// A header, then a row per metric of `family` the snapshot has.
std::vector<std::vector<std::string>> family_rows(const wres::Snapshot& s, const wres::FamilySpec& family);

}  // namespace wresctl
