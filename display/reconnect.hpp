#pragma once
// How long the display waits before trying wresd again. Pure: unit tested.
//
// While no daemon is there (no socket file, or nobody listening on it) the
// wall polls every kAbsentPoll, so it is live within a second of wresd
// starting: a connect() to a missing socket costs next to nothing. Only a
// daemon that is there and keeps failing us (no answer, a refused handshake)
// is backed off, doubling up to kMaxBackoff.
#include <chrono>

namespace display {

enum class Attempt {
  session_held,    // connected and spoke; the session has ended
  daemon_absent,   // no socket, or nothing listening on it
  daemon_failing,  // a daemon answered badly, or not in time
};

inline constexpr std::chrono::milliseconds kAbsentPoll{250};
inline constexpr std::chrono::milliseconds kFirstBackoff{500};
inline constexpr std::chrono::milliseconds kMaxBackoff{30'000};

std::chrono::milliseconds next_reconnect_delay(std::chrono::milliseconds previous, Attempt attempt);

}  // namespace display
