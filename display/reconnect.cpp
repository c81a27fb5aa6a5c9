#include "reconnect.hpp"

#include <algorithm>

namespace display {

std::chrono::milliseconds next_reconnect_delay(std::chrono::milliseconds previous, Attempt attempt) {
  switch (attempt) {
    case Attempt::session_held: return kFirstBackoff;
    case Attempt::daemon_absent: return kAbsentPoll;
    case Attempt::daemon_failing: break;
  }
  return std::clamp(previous * 2, kFirstBackoff, kMaxBackoff);
}

}  // namespace display
