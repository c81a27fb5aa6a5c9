#pragma once
// A figure to compare with, named and dated (DESIGN 7.4), for any family.
#include <map>
#include <string>

#include "wres/model/diagnostic.hpp"

namespace wres {

// "National (all trusts)" 2023. Keys are the family's metric keys:
// "recruitment", and for a survey gap "<key>_<focus>" / "<key>_<reference>"
// ("hba_public_bme"; a bare "hba_public" is read as the focus group's figure).
struct Comparator {
  std::string label;
  int year = 0;  // the comparator's own year; the enclosing year unless given
  std::map<std::string, double> values;
  SourceLoc where;
};

// Workforce breakdowns are asked clinical and non-clinical apart (WRES 1 by
// band, WDES 1 by cluster). "all" is a whole-organisation figure; the others are parts.
enum class BandGroup { all, clinical, non_clinical, medical };

}  // namespace wres
