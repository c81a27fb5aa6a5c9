#pragma once
// The WRES family's reader names its nine indicators by number (config
// [[year]] tables, published figures, the indicators an action serves); what
// each one is and how it is judged is its spec in model/family_wres.cpp.
#include <optional>
#include <string_view>

#include "wres/model/family.hpp"

namespace wres {

enum class IndicatorKey {
  workforce = 1,
  recruitment,
  disciplinary,
  training,
  hba_public,
  hba_staff,
  equal_opps,
  discrimination,
  board
};

const MetricSpec& info(IndicatorKey key);  // its spec in the WRES family
// The WRES indicator a spec is, or nullopt for another family's metric.
[[nodiscard]] std::optional<IndicatorKey> wres_key(const MetricSpec& m);
[[nodiscard]] std::optional<IndicatorKey> indicator_from_name(std::string_view name);
[[nodiscard]] std::optional<IndicatorKey> indicator_from_number(long long number);

}  // namespace wres
