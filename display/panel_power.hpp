#pragma once
// The panel itself at night. The wall always draws black at night; where it
// can, it also puts the panel to standby ([display] panel): DPMS under X, or
// HDMI-CEC through cec-client. What it achieved goes into the frame reports,
// so wresctl status says "panel off (night)" and never reads as a fault.
#include <memory>
#include <string>

#include "wres/model/board.hpp"
#include "wres/model/frame_report.hpp"

namespace display {

class PanelPower {
 public:
  virtual ~PanelPower() = default;
  // Night: standby (or black, if that is all there is); day: on. Never blocks
  // the render thread for long (cec-client runs on a thread of its own).
  virtual void set_night(bool night) = 0;
  // What the panel is doing now, as far as the wall knows.
  virtual wres::PanelState state() const = 0;
};

// For the window GLFW opened: its X display for DPMS (Xwayland under cage has
// no DPMS: black, or CEC).
std::unique_ptr<PanelPower> make_panel_power(wres::PanelControl control);

// Only a black frame: no way to switch the panel off.
class BlackPanel : public PanelPower {
 public:
  void set_night(bool night) override { night_ = night; }
  wres::PanelState state() const override { return night_ ? wres::PanelState::black : wres::PanelState::on; }

 private:
  bool night_ = false;
};

// HDMI-CEC: `cec-client -s -d 1` reads "standby 0" or "on 0" from its input.
// The program can be another (tests give a fake one on PATH).
std::unique_ptr<PanelPower> make_cec_panel(std::string program = "cec-client");
// X11 DPMS on GLFW's display; null when there is none or it has no DPMS extension.
std::unique_ptr<PanelPower> make_dpms_panel();

}  // namespace display
