#include "wres/model/board.hpp"

#include <algorithm>
#include <array>

#include "wres/model/enum_names.hpp"

namespace wres {

namespace {
constexpr Named<Priority> kPriorityNames[] = {
    {Priority::none, ""}, {Priority::must, "must"}, {Priority::should, "should"}, {Priority::could, "could"}};
// Packed by hand: clang-format would give each entry a line.
// clang-format off
constexpr Named<DueKind> kDueKindNames[] = {{DueKind::date, "date"}, {DueKind::ongoing, "ongoing"},
    {DueKind::annually, "annually"}, {DueKind::quarterly, "quarterly"}, {DueKind::tbc, "tbc"}};
constexpr Named<BandGroup> kBandGroupNames[] = {{BandGroup::all, "all"}, {BandGroup::clinical, "clinical"},
    {BandGroup::non_clinical, "non_clinical"}, {BandGroup::medical, "medical"}};
constexpr Named<TargetBase> kTargetBaseNames[] = {{TargetBase::population, "population"},
    {TargetBase::workforce, "workforce"}};
constexpr Named<PanelControl> kPanelControlNames[] = {{PanelControl::automatic, "auto"}, {PanelControl::dpms, "dpms"},
    {PanelControl::cec, "cec"}, {PanelControl::none, "none"}};
// clang-format on
static_assert(in_value_order(kPriorityNames) && in_value_order(kDueKindNames) && in_value_order(kBandGroupNames) &&
              in_value_order(kTargetBaseNames) && in_value_order(kPanelControlNames));
}  // namespace

std::string_view to_string(Priority p) { return name_of(kPriorityNames, p, ""); }
std::string_view to_string(DueKind k) { return name_of(kDueKindNames, k, "tbc"); }
std::optional<DueKind> due_kind_from_name(std::string_view name) { return value_named(kDueKindNames, name); }
std::string_view to_string(BandGroup g) { return name_of(kBandGroupNames, g, "all"); }
std::optional<BandGroup> band_group_from_name(std::string_view name) { return value_named(kBandGroupNames, name); }
std::string_view to_string(TargetBase b) { return name_of(kTargetBaseNames, b, "population"); }
std::optional<TargetBase> target_base_from_name(std::string_view name) { return value_named(kTargetBaseNames, name); }

std::string_view to_string(PanelControl p) { return name_of(kPanelControlNames, p, "auto"); }
std::optional<PanelControl> panel_control_from_name(std::string_view name) {
  return value_named(kPanelControlNames, name);
}

const std::vector<std::string>& known_pages() {
  static const std::vector<std::string> pages{"overview", "indicators", "wdes",           "pay_gaps", "plans",
                                              "overdue",  "changes",    "representation", "targets",  "measures"};
  return pages;
}

std::string_view group_label(BandGroup g) {
  switch (g) {
    case BandGroup::clinical: return "Clinical";
    case BandGroup::non_clinical: return "Non-clinical";
    case BandGroup::medical: return "Medical";
    case BandGroup::all: break;
  }
  return "All staff";
}

namespace {
// The WRES's medical and dental grades, in its technical guidance's order: the name in the board file, the wall's word.
struct MedicalGrade {
  std::string_view name, label;
};
constexpr MedicalGrade kMedicalGrades[] = {
    {"consultant", "Consultant"}, {"career_grade", "Career grade"}, {"trainee", "Trainee"}};

const MedicalGrade* medical_grade(std::string_view band) {
  for (const auto& g : kMedicalGrades)
    if (g.name == band) return &g;
  return nullptr;
}
}  // namespace

const std::vector<std::string>& pay_bands() {
  static const std::vector<std::string> bands = [] {
    std::vector<std::string> b{"1", "2", "3", "4", "5", "6", "7", "8A", "8B", "8C", "8D", "9", "VSM"};
    for (const auto& g : kMedicalGrades) b.emplace_back(g.name);
    return b;
  }();
  return bands;
}

bool is_medical_grade(std::string_view band) { return medical_grade(band) != nullptr; }

std::string band_label(std::string_view band) {
  if (const MedicalGrade* g = medical_grade(band)) return std::string(g->label);
  if (band == "VSM") return "VSM";
  return "Band " + std::string(band);
}

std::vector<Band> bands_in_group(const std::vector<Band>& bands, BandGroup group) {
  std::vector<Band> out;
  for (const auto& name : pay_bands()) {
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
