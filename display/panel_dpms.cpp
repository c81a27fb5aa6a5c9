// DPMS under X: the X11 DPMS extension, as `xset dpms force off` does.
#include "panel_power.hpp"  // first: Xlib defines Status, which the model uses

#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>

#include <cstdio>

namespace display {

namespace {

class DpmsPanel : public PanelPower {
 public:
  explicit DpmsPanel(Display* dpy) : dpy_(dpy) {}
  void set_night(bool night) override {
    CARD16 level = 0;
    BOOL was_enabled = False;
    DPMSInfo(dpy_, &level, &was_enabled);
    // ForceLevel needs DPMS enabled; the kiosk session usually disables it
    // (xset -dpms) so the X server never blanks the board by itself.
    if (night) {
      enabled_before_ = was_enabled;
      DPMSEnable(dpy_);
      ok_ = DPMSForceLevel(dpy_, DPMSModeOff);
    } else {
      DPMSForceLevel(dpy_, DPMSModeOn);
      if (!enabled_before_) DPMSDisable(dpy_);
      ok_ = true;
    }
    XFlush(dpy_);
    if (night && !ok_) std::fprintf(stderr, "wres-display: DPMS standby failed: drawing black instead\n");
    night_ = night;
  }
  wres::PanelState state() const override {
    if (!night_) return wres::PanelState::on;
    return ok_ ? wres::PanelState::standby : wres::PanelState::black;
  }

 private:
  Display* dpy_;
  bool night_ = false, ok_ = true;
  BOOL enabled_before_ = False;
};

}  // namespace

std::unique_ptr<PanelPower> make_dpms_panel() {
  Display* dpy = glfwGetX11Display();
  int event_base = 0, error_base = 0;
  if (!dpy || !DPMSQueryExtension(dpy, &event_base, &error_base) || !DPMSCapable(dpy)) return nullptr;
  return std::make_unique<DpmsPanel>(dpy);
}

std::unique_ptr<PanelPower> make_panel_power(wres::PanelControl control) {
  switch (control) {
    case wres::PanelControl::cec: return make_cec_panel();
    case wres::PanelControl::dpms:
    case wres::PanelControl::automatic:
      if (auto p = make_dpms_panel()) return p;
      if (control == wres::PanelControl::dpms)
        std::fprintf(stderr, "wres-display: [display] panel = \"dpms\" but this X server has no DPMS: drawing black\n");
      return std::make_unique<BlackPanel>();
    case wres::PanelControl::none: break;
  }
  return std::make_unique<BlackPanel>();
}

}  // namespace display
