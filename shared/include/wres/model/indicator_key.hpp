#pragma once
// The nine WRES indicators and what "better" means for each.
#include <array>
#include <optional>
#include <string_view>

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

enum class IndicatorKind {
  representation,  // 1 and 9: BME share of a headcount, compared to the local population
  ratio,           // 2-4: relative likelihood, 1.00 is parity
  survey           // 5-8: staff survey percentages, BME against White
};

enum class Direction { higher_is_better, lower_is_better };

struct IndicatorInfo {
  IndicatorKey key;
  int number;
  std::string_view name;   // config and JSON key
  std::string_view label;  // short label for people
  IndicatorKind kind;
  Direction direction;
};

const std::array<IndicatorInfo, 9>& all_indicators();
const IndicatorInfo& info(IndicatorKey key);
std::optional<IndicatorKey> indicator_from_name(std::string_view name);
std::optional<IndicatorKey> indicator_from_number(long long number);
std::string_view to_string(Direction d);

}  // namespace wres
