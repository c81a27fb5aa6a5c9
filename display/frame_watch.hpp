#pragma once
// Is the wall still doing what its schedule asks? Its systemd watchdog
// (WatchdogSec=) is petted only while it is: a loop stuck in the driver, or a
// picture that no longer changes when the clock on it does, stops the pets
// and systemd restarts the display. Pure: fed the presented frames' hashes.
#include <string>

namespace display {

class FrameWatch {
 public:
  // The wall presents at least one frame a minute (its clock); no good frame
  // for `max_gap` seconds means it is stuck.
  explicit FrameWatch(double max_gap_seconds = 90) : max_gap_(max_gap_seconds) {}
  // A frame was presented at `now` (monotonic seconds). `must_differ`: it was
  // drawn for a new minute with the clock on it, so its pixels cannot equal
  // the last frame's; if they do, the picture is frozen and the frame is not good.
  void presented(double now, const std::string& hash, bool must_differ);
  [[nodiscard]] bool healthy(double now) const { return last_good_ >= 0 && now - last_good_ <= max_gap_; }
  // Why it is not healthy, for the log; empty while it is.
  std::string problem(double now) const;

 private:
  double max_gap_;
  double last_good_ = -1;
  std::string last_hash_;
  bool frozen_ = false;  // the last frame repeated the one before when it had to differ
};

}  // namespace display
