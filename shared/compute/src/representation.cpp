#include "wres/compute/representation.hpp"

#include <algorithm>

namespace wres {

namespace {

std::size_t pay_order(const std::string& band) {
  const auto& bands = pay_bands();
  return static_cast<std::size_t>(std::find(bands.begin(), bands.end(), band) - bands.begin());
}

}  // namespace

BandShare share_of(std::string band, BandGroup group, long long focus, long long total, double overall) {
  BandShare s;
  s.band = std::move(band), s.group = group, s.focus = focus, s.total = total;
  s.focus_pct = total ? 100.0 * static_cast<double>(focus) / static_cast<double>(total) : 0.0;
  s.vs_overall_pts = s.focus_pct - overall;
  return s;
}

void add_bands(IndicatorResult& r, const YearData& y) {
  for (const auto& b : y.bands) {
    long long total = b.bme + b.white + b.unknown;
    if (total > 0) r.bands.push_back(share_of(b.band, b.group, b.bme, total, r.value));
  }
  std::stable_sort(r.bands.begin(), r.bands.end(), [](const BandShare& a, const BandShare& b) {
    return std::pair{a.group, pay_order(a.band)} < std::pair{b.group, pay_order(b.band)};
  });
  long long bme = 0, total = 0;
  for (const auto& b : bands_in_group(y.bands, BandGroup::all))
    if (is_senior_band(b.band) && b.band != "VSM") bme += b.bme, total += b.bme + b.white + b.unknown;
  if (total > 0) r.senior = share_of("8A-9", BandGroup::all, bme, total, r.value);
}

}  // namespace wres
