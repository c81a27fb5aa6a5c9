#include "wres/model/indicator_key.hpp"

namespace wres {

const std::array<IndicatorInfo, 9>& all_indicators() {
  using K = IndicatorKey;
  using T = IndicatorKind;
  constexpr auto hi = Direction::higher_is_better;
  constexpr auto lo = Direction::lower_is_better;
  // Directions follow the WRES report's key: "a low score is better" for 2-6 and 8.
  static const std::array<IndicatorInfo, 9> table{{
      {K::workforce, 1, "workforce", "Workforce", T::representation, hi},
      {K::recruitment, 2, "recruitment", "Recruitment", T::ratio, lo},
      {K::disciplinary, 3, "disciplinary", "Disciplinary", T::ratio, lo},
      {K::training, 4, "training", "Training / CPD", T::ratio, lo},
      {K::hba_public, 5, "hba_public", "Bullying from public", T::survey, lo},
      {K::hba_staff, 6, "hba_staff", "Bullying from staff", T::survey, lo},
      {K::equal_opps, 7, "equal_opps", "Equal opportunities", T::survey, hi},
      {K::discrimination, 8, "discrimination", "Discrimination", T::survey, lo},
      {K::board, 9, "board", "Board", T::representation, hi},
  }};
  return table;
}

const IndicatorInfo& info(IndicatorKey key) { return all_indicators()[static_cast<std::size_t>(key) - 1]; }

std::optional<IndicatorKey> indicator_from_name(std::string_view name) {
  for (const auto& i : all_indicators())
    if (i.name == name) return i.key;
  return std::nullopt;
}

std::optional<IndicatorKey> indicator_from_number(long long number) {
  if (number < 1 || number > 9) return std::nullopt;
  return static_cast<IndicatorKey>(number);
}

std::string_view to_string(Direction d) {
  return d == Direction::higher_is_better ? "higher_is_better" : "lower_is_better";
}

}  // namespace wres
