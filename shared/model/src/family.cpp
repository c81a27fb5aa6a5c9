#include "wres/model/family.hpp"

#include <array>
#include <vector>

#include "wres/model/enum_names.hpp"

namespace wres {

namespace {
constexpr Named<MetricKind> kKindNames[] = {{MetricKind::ratio, "ratio"},
                                            {MetricKind::share, "share"},
                                            {MetricKind::survey_gap, "survey_gap"},
                                            {MetricKind::score, "score"},
                                            {MetricKind::board_gap, "board_gap"},
                                            {MetricKind::pay_gap, "pay_gap"},
                                            {MetricKind::single_group, "single_group"},
                                            {MetricKind::yes_no, "yes_no"}};
constexpr Named<Direction> kDirectionNames[] = {{Direction::higher_is_better, "higher_is_better"},
                                                {Direction::lower_is_better, "lower_is_better"},
                                                {Direction::neither, "neither"}};
static_assert(in_value_order(kKindNames) && in_value_order(kDirectionNames));
}  // namespace

std::span<const FamilySpec* const> all_families() {
  static const std::array<const FamilySpec*, 3> families{&wres_family(), &wdes_family(), &pay_gap_family()};
  return families;
}

const FamilySpec* family_named(std::string_view id) {
  for (const FamilySpec* f : all_families())
    if (f->id == id) return f;
  return nullptr;
}

const MetricSpec* find_metric(std::string_view family, std::string_view key) {
  const FamilySpec* f = family_named(family);
  if (!f) return nullptr;
  for (const MetricSpec& m : f->metrics)
    if (m.key == key) return &m;
  return nullptr;
}

const FamilySpec& family_of(const MetricSpec& m) {
  const FamilySpec* f = family_named(m.family);
  return f ? *f : wres_family();
}

int metric_number(const MetricSpec& m) {
  int n = 0;
  for (char c : m.number) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
  }
  return n;
}

std::string family_numbers(const FamilySpec& f, MetricKind k) {
  std::vector<std::string_view> n;
  for (const auto& m : f.metrics)
    if (m.kind == k) n.push_back(m.number);
  if (n.empty()) return "";
  return n.size() == 1 ? std::string(n.front()) : std::string(n.front()) + "-" + std::string(n.back());
}

bool is_survey_metric(const MetricSpec& m) {
  return m.kind == MetricKind::survey_gap || m.kind == MetricKind::single_group || m.kind == MetricKind::score;
}

std::string_view focus_word(const FamilySpec& f, std::string_view term) { return f.focus.empty() ? term : f.focus; }

std::string_view focus_word(const MetricSpec& m, std::string_view term) {
  if (!m.focus.empty()) return m.focus;
  return m.reference.empty() ? focus_word(family_of(m), term) : term;  // own groups, focus the board's term
}

std::string_view reference_word(const MetricSpec& m) {
  return m.reference.empty() ? family_of(m).reference : m.reference;
}

std::string_view printed_number(const MetricSpec& m) {
  return !m.number.empty() && m.number.front() >= '0' && m.number.front() <= '9' ? m.number : std::string_view{};
}

std::string_view key_stem(const MetricSpec& m) { return m.key.substr(0, m.key.find('.')); }

std::string_view to_string(MetricKind k) { return name_of(kKindNames, k, "ratio"); }
std::optional<MetricKind> metric_kind_from_name(std::string_view name) { return value_named(kKindNames, name); }

std::string_view to_string(Direction d) { return name_of(kDirectionNames, d, "higher_is_better"); }
std::optional<Direction> direction_from_name(std::string_view name) { return value_named(kDirectionNames, name); }

}  // namespace wres
