#include "wres/model/board.hpp"

#include <algorithm>
#include <array>

namespace wres {

std::string_view to_string(Priority p) {
  switch (p) {
    case Priority::must:
      return "must";
    case Priority::should:
      return "should";
    case Priority::could:
      return "could";
    case Priority::none:
      break;
  }
  return "";
}

std::string_view to_string(DueKind k) {
  switch (k) {
    case DueKind::date:
      return "date";
    case DueKind::ongoing:
      return "ongoing";
    case DueKind::annually:
      return "annually";
    case DueKind::quarterly:
      return "quarterly";
    case DueKind::tbc:
      return "tbc";
  }
  return "tbc";
}

std::optional<DueKind> due_kind_from_name(std::string_view name) {
  for (DueKind k : {DueKind::date, DueKind::ongoing, DueKind::annually, DueKind::quarterly, DueKind::tbc})
    if (to_string(k) == name) return k;
  return std::nullopt;
}

const std::vector<std::string>& known_pages() {
  static const std::vector<std::string> pages{"overview", "indicators",     "plans",   "overdue",
                                              "changes",  "representation", "targets", "measures"};
  return pages;
}

std::string_view to_string(BandGroup g) {
  switch (g) {
    case BandGroup::clinical:
      return "clinical";
    case BandGroup::non_clinical:
      return "non_clinical";
    case BandGroup::medical:
      return "medical";
    case BandGroup::all:
      break;
  }
  return "all";
}

std::optional<BandGroup> band_group_from_name(std::string_view name) {
  for (BandGroup g : {BandGroup::all, BandGroup::clinical, BandGroup::non_clinical, BandGroup::medical})
    if (to_string(g) == name) return g;
  return std::nullopt;
}

std::string_view group_label(BandGroup g) {
  switch (g) {
    case BandGroup::clinical:
      return "Clinical";
    case BandGroup::non_clinical:
      return "Non-clinical";
    case BandGroup::medical:
      return "Medical";
    case BandGroup::all:
      break;
  }
  return "All staff";
}

std::string_view to_string(TargetBase b) { return b == TargetBase::workforce ? "workforce" : "population"; }

const std::vector<std::string>& afc_bands() {
  static const std::vector<std::string> bands{"1", "2", "3", "4", "5", "6", "7", "8A", "8B", "8C", "8D", "9", "VSM"};
  return bands;
}

std::vector<Band> bands_in_group(const std::vector<Band>& bands, BandGroup group) {
  std::vector<Band> out;
  for (const auto& name : afc_bands()) {
    Band row{name, group};
    bool any = false, whole = false;
    for (const auto& b : bands) whole = whole || (b.band == name && b.group == BandGroup::all);
    for (const auto& b : bands) {
      if (b.band != name) continue;
      bool take = group == BandGroup::all ? (whole ? b.group == BandGroup::all : true) : b.group == group;
      if (!take) continue;
      row.bme += b.bme, row.white += b.white, row.unknown += b.unknown, any = true;
    }
    if (any) out.push_back(std::move(row));
  }
  return out;
}

const YearData* find_year(const std::vector<YearData>& years, int wres_year) {
  for (const auto& y : years)
    if (y.wres_year == wres_year) return &y;
  return nullptr;
}

bool is_senior_band(std::string_view band) {
  return band == "8A" || band == "8B" || band == "8C" || band == "8D" || band == "9" || band == "VSM";
}

}  // namespace wres
