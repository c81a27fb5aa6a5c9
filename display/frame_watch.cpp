#include "frame_watch.hpp"

#include <cmath>

namespace display {

void FrameWatch::presented(double now, const std::string& hash, bool must_differ) {
  frozen_ = must_differ && !last_hash_.empty() && hash == last_hash_;
  if (!frozen_) last_good_ = now;
  last_hash_ = hash;
}

std::string FrameWatch::problem(double now) const {
  if (healthy(now)) return {};
  if (last_good_ < 0) return "no frame presented yet";
  const std::string since = std::to_string(static_cast<long>(std::lround(now - last_good_))) + " s";
  return frozen_ ? "the picture has not changed for " + since + " though its clock moved (frozen?)"
                 : "no frame presented for " + since;
}

}  // namespace display
