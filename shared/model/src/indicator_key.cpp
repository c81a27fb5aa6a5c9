#include "wres/model/indicator_key.hpp"

namespace wres {

const MetricSpec& info(IndicatorKey key) { return wres_family().metrics[static_cast<std::size_t>(key) - 1]; }

std::optional<IndicatorKey> wres_key(const MetricSpec& m) {
  const auto& all = wres_family().metrics;
  if (&m < all.data() || &m >= all.data() + all.size()) return std::nullopt;
  return static_cast<IndicatorKey>(&m - all.data() + 1);
}

std::optional<IndicatorKey> indicator_from_name(std::string_view name) {
  for (const auto& m : wres_family().metrics)
    if (m.key == name) return wres_key(m);
  return std::nullopt;
}

std::optional<IndicatorKey> indicator_from_number(long long number) {
  if (number < 1 || number > 9) return std::nullopt;
  return static_cast<IndicatorKey>(number);
}

}  // namespace wres
